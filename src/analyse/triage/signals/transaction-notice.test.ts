import { describe, expect, it } from 'vitest';
import { createTriageEngine } from '../engine.js';
import { extractFeatures } from '../features.js';
import { scoreMessage } from '../score-message.js';
import { transactionNotice } from './transaction-notice.js';

const engine = createTriageEngine();

// Written after the pattern of real bank, carrier and utility notices, in six languages.
const NOTICES = [
  'Your A/c XX4821 is credited with INR 25,000.00 on 05-12-2026 by NEFT from ACME PVT LTD. Avl Bal INR 31,245.50 - HDFC Bank',
  'Payment of $45.00 received. Thank you for paying your Verizon bill. Your balance is $0.00.',
  'Your Amazon package with 2 items was delivered today at 2:14 PM. It was left at your front door.',
  'Ihre DHL Sendung wurde heute zugestellt. Ablageort: Garage.',
  'Credit Agricole: un paiement de 52,30 EUR a ete effectue avec votre carte se terminant par 4821 chez CARREFOUR.',
  'BBVA: Se ha realizado un cargo de 23,50 EUR en su tarjeta terminada en 1234 en MERCADONA el 05/12.',
  'mBank: Przelew 250,00 PLN zaksięgowano na rachunku ...1234. Saldo: 3 120,45 PLN',
  // The 12-digit UPI/IMPS reference every Indian debit and credit alert prints: a reference, not a
  // number to call (`reference-label.ts`).
  'Dear Customer, INR 1,250.00 credited to your A/c XX4521 on 06-Dec-26 by UPI Ref 412398765432. Avl Bal INR 10,234.50 - SBI',
  'Your a/c no. XXXXXXXX3456 is debited for Rs.2,000.00 on 04-12-2026 and credited to a/c no. XXXXXXXX7788 (IMPS Ref no 433812345678)',
];

describe('completed-transaction notices (issue 5)', () => {
  it.each(NOTICES)('lets "%s" through, what it fires by being a notice damped', (text) => {
    const fv = extractFeatures({ text }, engine.cues);
    const damped = fv.signals.filter((s) => s.evidence.includes('(completed-transaction notice:'));
    expect(damped.length).toBeGreaterThan(0);
    const v = scoreMessage(engine, { text });
    expect(v.class).toBe('ham');
    expect(v.score).toBeLessThan(0.5);
  });

  it('leaves the same notices alone once they give the reader something to act on', () => {
    for (const text of [
      'Your A/c XX4821 will be blocked today. Update your KYC now: http://hdfc-kyc-update.top/verify',
      'Payment of $499.00 to Apple Store is pending. If you did not authorize reply NO to cancel.',
      'Chase: unusual activity on your card ending 4821. If this was not you call 1-888-555-0142 immediately.',
      'Your refund of GBP 264.10 has been processed. Please confirm your bank details to receive it.',
      'INR 1,499.00 debited from A/c XX4821. Not you? SMS BLOCK 4821 to 7308080808',
    ]) {
      expect(transactionNotice(text, extractFeatures({ text }, engine.cues).signals), text).toBeUndefined();
      expect(scoreMessage(engine, { text }).class, text).not.toBe('ham');
    }
  });

  it('reads a failure as the opening of a lure, not as a report', () => {
    for (const text of [
      'A shipment associated with your address could not be delivered.',
      'Ihre Sendung konnte nicht zugestellt werden.',
      'Votre colis n’a pas pu être livré.',
    ]) {
      expect(transactionNotice(text, []), text).toBeUndefined();
    }
    expect(transactionNotice('Your parcel was delivered today.', [])).toBe(
      '"delivered", no link, number or request to act on',
    );
  });

  it('applies to texts only: a mail with a subject keeps its signals', () => {
    const fv = extractFeatures({ text: NOTICES[1] as string, subject: 'Payment received' }, engine.cues);
    expect(fv.signals.some((s) => s.evidence.includes('completed-transaction notice'))).toBe(false);
  });
});
