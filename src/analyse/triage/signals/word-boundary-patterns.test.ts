import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFANGED_RE, MESSAGING_RE, MONEY_RE, SHORTCODE_RE } from './content-signals.js';

// The patterns as they were written with `\b` (slower under the `iu` flags, same matches).
const CURRENCY =
  '[$€£¥₹₽₩₺₫฿₦]|\\b(?:usd|eur|gbp|inr|rs\\.?|rub|cny|rmb|jpy|krw|try|vnd|thb|idr|rp|brl|r\\$|pln|zł|ron|lei|chf|aed|sar|ngn)\\b';
const REFERENCE: ReadonlyArray<readonly [string, RegExp, RegExp]> = [
  [
    'short code',
    SHORTCODE_RE,
    /\b(?:(?:text|txt|send|sms|reply|envoyez|envoie|textez|tapez|répondez|schick\w*|sende\w*|manda|envía|envia|escribe|responde|envie|invia|scrivi|rispondi|stuur)\s+(?:\S+\s+){1,2}(?:to|an|au|al|a|à|para|ao|naar)|(?:par )?sms (?:au|à))\s+\d{4,6}\b/giu,
  ],
  [
    'messaging',
    MESSAGING_RE,
    /\b(?:wa\.me|t\.me|whatsapp|telegram|signal|wechat|weixin|viber|line id|kakao|zalo)\b|微信|加v/giu,
  ],
  [
    'money',
    MONEY_RE,
    new RegExp(
      `(?:${CURRENCY})\\s?\\d[\\d,. ']*(?:\\s?(?:k|m|million|bn|billion|lakh|crore|万|億|亿))?|\\d[\\d,. ']*\\s?(?:${CURRENCY}|dollars?|euros?|pounds?|元|円|원|рубл\\w*|гривень|грн|บาท|đồng|рупий|रुपये|دولار|ريال|جنيه)`,
      'giu',
    ),
  ],
  ['defanged', DEFANGED_RE, /\bhxxps?(?:\[:\]|:)\/\/|\[\.\]|\(\.\)|\[(?:at|@|dot)\]|\[:\]\/\//giu],
];

const matches = (re: RegExp, text: string): Array<[number, string]> =>
  [...text.matchAll(re)].map((m) => [m.index, m[0]]);

// Pieces that make each pattern match, or nearly match, next to the characters that decide a word
// boundary under `iu`: ſ and the Kelvin sign (word characters: they case-fold to s and k), dotless
// and dotted I, digits, underscore, accented and non-Latin letters.
const piece = fc.oneof(
  fc.constantFrom(
    'text',
    'TXT',
    'ſend',
    'SMS',
    'reply',
    'Schicken',
    'sende',
    'envía',
    'to',
    'AN',
    'a',
    ' ',
    '  ',
    '\n',
    '12345',
    '1234567',
    '0',
    '9',
    'wa.me',
    'T.ME',
    'WhatsApp',
    'ſignal',
    'telegram',
    'line id',
    'Kakao',
    '\u212aakao',
    'zalo',
    '微信',
    '加V',
    'usd',
    'EUR',
    'rs',
    'Rs.',
    'r$',
    'zł',
    'ZŁ',
    'rub',
    'try',
    '$',
    '€',
    '¥',
    'dollars',
    'рублей',
    '万',
    'million',
    'k',
    'hxxp://',
    'HXXPS[:]//',
    '[.]',
    '(.)',
    '[at]',
    '[:]//',
    'ſ',
    '\u212a',
    'ı',
    'İ',
    '_',
    '-',
    '.',
    ',',
    "'",
    'é',
    'ß',
    'x',
    'Я',
    '中',
  ),
  fc.string({ maxLength: 3 }),
);

describe('content-signal patterns with \\b spelt out', () => {
  it('match exactly what their \\b spelling matched', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        for (const [, fast, reference] of REFERENCE)
          expect(matches(fast, text)).toEqual(matches(reference, text));
      }),
      { seed: 43, numRuns: 20_000 },
    );
  });

  it('keep the boundary cases of ſ, the Kelvin sign and codes that end without a letter', () => {
    const cases = [
      'call ſignal or \u212aakao now',
      'xſignal, signalx, _zalo, zalo_, 5wa.me',
      'send STOP to 12345, text WIN to 123456789, reply A an 8888',
      'pay Rs.500 or rs. 500 or rs.x500, r$20, zł5, 20zł, 100 usd, 100usd, 100 usdx',
      'hxxps://evil[.]com, xhxxp://a, user[at]host',
    ];
    for (const text of cases)
      for (const [name, fast, reference] of REFERENCE)
        expect(matches(fast, text), `${name}: ${text}`).toEqual(matches(reference, text));
    // The cases do exercise the patterns (a test that matched nothing would hold nothing).
    expect(matches(MESSAGING_RE, cases[0] as string).map(([, m]) => m)).toEqual(['ſignal', '\u212aakao']);
    expect(matches(MONEY_RE, cases[3] as string).length).toBeGreaterThanOrEqual(4);
  });
});
