import { describe, expect, it } from 'vitest';
import { createTriageEngine } from '../engine.js';
import { extractFeatures } from '../features.js';
import { labelledReference } from './reference-label.js';

const engine = createTriageEngine();
const at = (text: string, number: string): boolean => labelledReference(text, text.indexOf(number));
const phoneOf = (text: string): string | undefined =>
  extractFeatures({ text }, engine.cues).signals.find((s) => s.name === 'phone-number')?.evidence;

describe('numbers labelled as references (issue 5)', () => {
  it('knows a reference or account label right before a number', () => {
    expect(at('UPI Ref No 634512345678.', '634512345678')).toBe(true);
    expect(at('Transaction Ref No.: 634512345678', '634512345678')).toBe(true);
    expect(at('Order #991-4958216 has shipped', '991-4958216')).toBe(true);
    expect(at('please pay into account number 400-939134', '400-939134')).toBe(true);
    expect(at('Kundennummer: 0123 456789', '0123 456789')).toBe(true);
    expect(at('numéro de commande n° 0612345678', '0612345678')).toBe(true);
  });

  it('leaves numbers to call alone, and labels that only end in a reference word', () => {
    expect(at('Not you? Call 18002586161', '18002586161')).toBe(false);
    expect(at('Customer care number: 1800 209 4324', '1800 209 4324')).toBe(false);
    expect(at('WhatsApp me on +44 7700 900123', '+44 7700 900123')).toBe(false);
    // "preorder" is not "order", "prefer" not "ref".
    expect(at('preorder 0612345678', '0612345678')).toBe(false);
    expect(at('I prefer 0612345678', '0612345678')).toBe(false);
  });

  it('keeps a labelled reference out of the phone-number signal, a phone to call in it', () => {
    const alert =
      'Rs.500.00 debited from A/c XX1234 on 05-12-26 to VPA ramesh@okaxis. UPI Ref No 634512345678. Not you? Call 18002586161 - HDFC Bank';
    expect(phoneOf(alert)).toBe('18002586161');
    expect(
      phoneOf('Dear Customer, INR 1,250.00 credited by UPI Ref 412398765432. Avl Bal INR 10,234.50'),
    ).toBe(undefined);
  });
});
