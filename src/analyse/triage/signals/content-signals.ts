/**
 * @module analyse/triage/signals/content-signals
 * Language-independent content signals: phone numbers, premium SMS short codes, messaging-app
 * contacts, money amounts, crypto addresses, discounts, homoglyph words, invisible characters.
 * All work on the raw (not case-folded) text but never look at letter case.
 */
import { emailSpans } from '../email-spans.js';
import type { SignalHit, SignalName } from './signal-names.js';

const PHONE_RE = /(?<![A-Za-z0-9])(?:\+|00)?\d[\d ().-]{6,16}\d(?![A-Za-z0-9])/gu;
const SHORTCODE_RE =
  /\b(?:text|txt|send|sms|reply|envoyez|schick\w*|sende\w*|manda|envía|invia)\s+(?:\S+\s+){1,2}(?:to|an|au|al|a)\s+\d{4,6}\b/giu;
const MESSAGING_RE =
  /\b(?:wa\.me|t\.me|whatsapp|telegram|signal|wechat|weixin|viber|line id|kakao|zalo)\b|微信|加v/giu;
const CURRENCY =
  '[$€£¥₹₽₩₺₫฿₦]|\\b(?:usd|eur|gbp|inr|rs\\.?|rub|cny|rmb|jpy|krw|try|vnd|thb|idr|rp|brl|r\\$|pln|zł|ron|lei|chf|aed|sar|ngn)\\b';
const MONEY_RE = new RegExp(
  `(?:${CURRENCY})\\s?\\d[\\d,. ']*(?:\\s?(?:k|m|million|bn|billion|lakh|crore|万|億|亿))?|\\d[\\d,. ']*\\s?(?:${CURRENCY}|dollars?|euros?|pounds?|元|円|원|рубл\\w*|гривень|грн|บาท|đồng|рупий|रुपये|دولار|ريال|جنيه)`,
  'giu',
);
const MONEY_WORD_LARGE_RE =
  /million|billion|milliard|millones|milioni|milhões|miljoen|milion|миллион|мільйон|milyon|مليون|करोड़|lakh|juta|triệu|ล้าน|百万|万元|億|백만/giu;
const CRYPTO_RE =
  /\b(?:bc1[ac-hj-np-z02-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40}|T[1-9A-HJ-NP-Za-km-z]{33})\b/g;
const PERCENT_RE =
  /\d{1,2}\s?%\s?(?:off|rabatt|de descuento|de réduction|sconto|скидк\w*|indirim|giảm|折|할인|割引|ส่วนลด)?|(?:up to|bis zu|jusqu'à|hasta)\s\d{1,2}\s?%/giu;
const MIXED_WORD_RE =
  /(?=[\p{L}]*\p{Script=Latin})(?=[\p{L}]*(?:\p{Script=Cyrillic}|\p{Script=Greek}))[\p{L}]{3,}/gu;
const CYRILLIC_OR_GREEK_RE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const MASKED_DIGITS_RE = /(?<![A-Za-z])[xX]{3,}(?![A-Za-z])/g;
const INVISIBLE_RE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e]|\u034f/gu;

function first(re: RegExp, text: string): { count: number; sample: string } {
  let count = 0;
  let sample = '';
  for (const m of text.matchAll(re)) {
    if (count === 0) sample = m[0];
    if (++count >= 50) break;
  }
  return { count, sample: sample.trim().slice(0, 80) };
}

// Digit runs the phone pattern also matches but that are not phones: dates (2026-03-14),
// year-prefixed references (advisory 2026-014, invoice 2026-0188), amounts grouped in thousands
// (4 850 000, 4.850.000,00) and bare account/customer numbers without a 0, + or 00 dialling prefix.
const DATE_LIKE_RE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const YEAR_REFERENCE_RE = /^(?:19|20)\d\d[./-]\d{2,6}$/;
const THOUSANDS_RE = /^\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?$/;
const BARE_DIGITS_RE = /^[1-9]\d{0,9}$/;

/** True when a phone-pattern match reads as a phone number rather than a date, reference or amount. */
export function looksLikePhone(match: string): boolean {
  const s = match.trim();
  if (s.replace(/\D/g, '').length < 7) return false;
  return !(
    DATE_LIKE_RE.test(s) ||
    YEAR_REFERENCE_RE.test(s) ||
    THOUSANDS_RE.test(s) ||
    BARE_DIGITS_RE.test(s)
  );
}

/** Phone numbers in `text`: every phone-pattern match that passes `looksLikePhone`. */
function phoneNumbers(text: string): { count: number; sample: string } {
  let count = 0;
  let seen = 0;
  let sample = '';
  for (const m of text.matchAll(PHONE_RE)) {
    if (++seen > 200) break; // bounds the work on number-heavy text (tables, logs)
    if (!looksLikePhone(m[0])) continue;
    if (count === 0) sample = m[0];
    if (++count >= 50) break;
  }
  return { count, sample: sample.trim().slice(0, 80) };
}

/** Content signals of a message body. `text` is the body; `subject` is scanned too. */
export function contentSignals(raw: string): SignalHit[] {
  // Some sources mask digits as `x` (`xxxx-xxxxxxx`, `07808 XXXXXX`): read them as digits so a masked
  // phone number or amount is still one.
  // Masked runs read as `0555…`: a leading 0 keeps a masked bare number a (trunk-dialled) phone.
  const text = raw.replace(MASKED_DIGITS_RE, (m) => `0${'5'.repeat(m.length - 1)}`);
  const out: SignalHit[] = [];
  const add = (name: SignalName, r: { count: number; sample: string }): void => {
    if (r.count > 0) out.push({ name, value: Math.log2(1 + r.count), evidence: r.sample });
  };
  add('phone-number', phoneNumbers(text));
  add('premium-sms-shortcode', first(SHORTCODE_RE, text));
  add('messaging-app-contact', first(MESSAGING_RE, text));
  const emails = emailSpans(text, 50);
  add('email-address-in-body', {
    count: emails.length,
    sample: emails[0] ? text.slice(emails[0][0], emails[0][1]).trim().slice(0, 80) : '',
  });
  const money = first(MONEY_RE, text);
  add('money-amount', money);
  if (money.count > 0) {
    const large = first(MONEY_WORD_LARGE_RE, text);
    const digits = money.sample.replace(/[^\d]/g, '').length;
    if (large.count > 0 || digits >= 6)
      out.push({ name: 'large-money-amount', value: 1, evidence: money.sample });
  }
  add('crypto-address', first(CRYPTO_RE, text));
  if (text.includes('%')) add('percent-discount', first(PERCENT_RE, text));
  // The look-ahead regex is tried at every letter: only worth it when there is Cyrillic or Greek.
  if (CYRILLIC_OR_GREEK_RE.test(text)) add('mixed-script-word', first(MIXED_WORD_RE, text));
  add('invisible-characters', first(INVISIBLE_RE, text));
  const excl = first(/[!！]/gu, text);
  if (excl.count >= 2)
    out.push({
      name: 'exclamations',
      value: Math.log2(excl.count),
      evidence: `${excl.count} exclamation marks`,
    });
  return out;
}
