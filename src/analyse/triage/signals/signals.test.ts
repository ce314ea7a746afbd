import { describe, expect, it } from 'vitest';
import { contentSignals, looksLikePhone } from './content-signals.js';
import { headerSignals } from './header-signals.js';
import { htmlSignals } from './html-signals.js';
import { linkSignals } from './link-signals.js';

const names = (hits: { name: string }[]): string[] => hits.map((h) => h.name).sort();

describe('link signals', () => {
  it('flags IP hosts, shorteners, punycode, risky TLDs and brands on foreign hosts', () => {
    const n = names(
      linkSignals(
        'go http://192.168.4.2/login and https://bit.ly/abc and http://xn--pypal-4ve.com and https://paypal.com.secure-login.xyz/x',
        undefined,
      ),
    );
    expect(n).toEqual(
      expect.arrayContaining([
        'link',
        'link-ip-host',
        'link-shortener',
        'link-punycode-or-mixed-script',
        'link-risky-tld',
        'link-brand-in-foreign-host',
        'link-lure-words-in-host',
      ]),
    );
  });
  it('flags an anchor whose text names another host than its target', () => {
    const n = names(linkSignals('', '<a href="http://evil.example.net/x">https://www.paypal.com/signin</a>'));
    expect(n).toContain('link-anchor-mismatch');
  });
  it('gives nothing for a plain brand link', () => {
    expect(names(linkSignals('see https://www.paypal.com/help', undefined))).toEqual(['link']);
  });
});

describe('content signals', () => {
  it('finds phones, premium short codes, money, crypto addresses', () => {
    const n = names(
      contentSignals(
        'Call 09061701461 or text WIN to 87121. Send $2,500 to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      ),
    );
    expect(n).toEqual(
      expect.arrayContaining(['phone-number', 'premium-sms-shortcode', 'money-amount', 'crypto-address']),
    );
  });
  it('reads masked digits as a phone number', () => {
    expect(names(contentSignals('咨询热线xxxxxxxxxxx'))).toContain('phone-number');
  });
  it('does not call references, grouped amounts or bare account numbers phone numbers', () => {
    for (const s of ['2026-014', '2026-0188', '4 850 000', '4.850.000,00', '40718917'])
      expect(looksLikePhone(s)).toBe(false);
    for (const s of ['+49 30 23125 100', '09061701461', '(555) 123-4567', '0044 20 7946 0958'])
      expect(looksLikePhone(s)).toBe(true);
    expect(names(contentSignals('Advisory 2026-014, case 40718917, EUR 4 850 000'))).not.toContain(
      'phone-number',
    );
  });
  it('does not call a date a phone number', () => {
    expect(names(contentSignals('see you on 12/11/2026'))).not.toContain('phone-number');
  });
});

describe('header and html signals', () => {
  it('flags Reply-To / Return-Path mismatch, auth failure and brand display names', () => {
    const n = names(
      headerSignals(
        '"PayPal Service" <x@mailer.ru>',
        ['help@gmail.com'],
        [
          { name: 'Return-Path', value: '<b@bulk.example>' },
          { name: 'Authentication-Results', value: 'mx; spf=fail smtp.mailfrom=mailer.ru' },
        ],
      ),
    );
    expect(n).toEqual(
      expect.arrayContaining([
        'reply-to-mismatch',
        'return-path-mismatch',
        'auth-results-fail',
        'display-name-brand-mismatch',
      ]),
    );
  });
  it('says nothing about messages without headers', () => {
    expect(headerSignals(undefined, undefined, undefined)).toEqual([]);
  });
  it('flags hidden text and forms', () => {
    const n = names(
      htmlSignals('<div style="display:none">x</div><form action=x><input type="password"></form>', true),
    );
    expect(n).toEqual(['html-form', 'html-hidden-text']);
  });
});
