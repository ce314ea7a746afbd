/**
 * @module analyse/triage/signals/transaction-notice
 * Notices of something that already happened ("INR 25,000.00 credited to A/c XX4821", "Your
 * package was delivered today", "Payment of $45.00 received"): with one-time codes the commonest
 * legitimate SMS today, and everything the 2012 SMS corpora taught says spam about them — they
 * fill a segment, name an amount, a payment or a parcel (0.61–0.94 before this rule, in en/de/fr).
 * Balance alerts ("balance is below $100.00") are the same kind of text. A lure needs its reader
 * to act: a link, a number to call or text, "reply", an address, a messenger, a wallet, or at
 * least a threat, a prize or a request for credentials. A short text
 * that reports a completed credit, debit, payment or delivery and has none of these sends its
 * reader nowhere, so its segment length, amount, payment and delivery signals keep a quarter of
 * their weight, as the one-time code rule does for code notices (`one-time-code.ts`).
 *
 * Team-set, stated in the model card (§5); the development rows it touches are counted there.
 */

import { dampNotice, offersNoWayToAct } from './notice.js';
import type { SignalHit, SignalName } from './signal-names.js';

// A completed credit, debit, payment or delivery, in the lexicon languages (past participles and
// the phrases banks and carriers use). Whole words where the script has them.
const DONE_RE = new RegExp(
  [
    '(?<![\\p{L}\\p{N}])(?:',
    [
      // en
      'credited',
      'debited',
      'received',
      'delivered',
      'charged',
      'paid',
      'spent',
      'withdrawn',
      'transferred',
      'deposited',
      'refunded',
      'approved',
      'balance',
      // de
      'gutgeschrieben',
      'abgebucht',
      'belastet',
      'zugestellt',
      'eingegangen',
      'bezahlt',
      'überwiesen',
      'erstattet',
      'kontostand',
      // fr
      // (SMS often drop the accents)
      'cr[ée]dit[ée]e?s?',
      'd[ée]bit[ée]e?s?',
      'effectu[ée]e?s?',
      'livr[ée]e?s?',
      're[çc]ue?s?',
      'rembours[ée]e?s?',
      'pr[ée]lev[ée]e?s?',
      'solde',
      // es, pt, it, ro
      'abonad[oa]',
      'acreditad[oa]',
      'cargad[oa]',
      'debitad[oa]',
      'entregad[oa]',
      'recibid[oa]',
      'realizad[oa]',
      'aprobad[oa]',
      'aprovad[oa]',
      'reembolsad[oa]',
      'creditad[oa]',
      'entregue',
      'recebid[oa]',
      'efetuad[oa]',
      'accreditat[oa]',
      'addebitat[oa]',
      'consegnat[oa]',
      'ricevut[oa]',
      'effettuat[oa]',
      'rimborsat[oa]',
      'creditat',
      'debitat',
      'livrat',
      'primit',
      'efectuat',
      'saldo',
      // nl, pl
      'bijgeschreven',
      'afgeschreven',
      'bezorgd',
      'ontvangen',
      'betaald',
      'zaksięgowan[oa]',
      'obciążon[oa]',
      'doręczon[oa]',
      'otrzyman[oa]',
      'zrealizowan[oa]',
      // ru, uk (stems)
      'зачислен\\p{L}*',
      'списан\\p{L}*',
      'доставлен\\p{L}*',
      'получен\\p{L}*',
      'оплачен\\p{L}*',
      'зараховано',
      'списано',
      'доставлено',
      'отримано',
      'оплачено',
      // tr, id, vi
      'yatırıldı',
      'çekildi',
      'teslim edildi',
      'ödendi',
      'dikreditkan',
      'didebet',
      'diterima',
      'terkirim',
      'dibayar',
      'đã được cộng',
      'đã bị trừ',
      'đã giao',
      'đã nhận',
      // ar, hi
      'تم إيداع',
      'تم خصم',
      'تم تسليم',
      'تم استلام',
      'जमा',
      'डेबिट',
      'क्रेडिट',
      'डिलीवर',
    ].join('|'),
    ')(?![\\p{L}\\p{N}])',
    // zh, ja, ko, th: no spaces, matched as substrings
    '|入账|到账|扣款|已签收|已送达|入金|引き落とし|配達完了|お届けしました|입금|출금|배송완료|เงินเข้า|จัดส่งแล้ว',
  ].join(''),
  'iu',
);

// A notice that something did not happen ("could not be delivered", "konnte nicht zugestellt
// werden") is the opening of a parcel or payment lure, not a report: a negation in the few words
// before the completion word vetoes the rule.
const NEGATION_RE =
  /(?<![\p{L}\p{N}])(?:not|n't|never|unable|failed|nicht|kein\p{L}*|pas|non|no|niet|nie|не|değil|tidak|belum|không|未|不|没有)(?![\p{L}\p{N}])[^.!?\n]{0,30}$/iu;
// Anything asking the reader to do something ("please", "required", "send", "confirm"): a plain
// notice asks nothing. The lexicon cues catch most requests; these are the words they leave out.
const REQUEST_RE =
  /(?<![\p{L}\p{N}])(?:please|kindly|requir\p{L}*|request\p{L}*|action|confirm\p{L}*|verif\p{L}*|send|click|visit|bitte|erforderlich|veuillez|merci de|requis|por favor|necesari[oa]|per favore|richiest[oa]|prosimy|proszę|wymagan\p{L}*|gelieve|vereist|пожалуйста|необходимо|lütfen|gerekli|mohon|harap|vui lòng|يرجى|कृपया)(?![\p{L}\p{N}])|请|請|してください|주세요/iu;

/**
 * Cues of a lure: a notice that asks for credentials, threatens, promises, urges or asks for a
 * reply is no plain notice. (Verifying or confirming an account is in `REQUEST_RE`.)
 */
const LURE_CUES: ReadonlySet<SignalName> = new Set<SignalName>([
  'credential-request',
  'urgency',
  'threat',
  'prize-or-gift',
  'investment',
  'contact-request',
  'extortion',
  'family-impersonation',
]);

/** What such a notice fires by being one. */
const DAMPED: ReadonlySet<SignalName> = new Set<SignalName>([
  // "your account has been credited": the account a notice is about, not a lure to verify it
  'account-lure',
  'fills-sms-segment',
  'money-amount',
  'large-money-amount',
  'payment-request',
  'delivery',
]);

/**
 * The completion word when `text` (an SMS or chat message, no headers) reports a completed
 * transaction or delivery and `signals` hold no channel to act on and no lure cue; undefined
 * otherwise.
 */
export function transactionNotice(text: string, signals: ReadonlyArray<SignalHit>): string | undefined {
  if (!offersNoWayToAct(text, signals) || signals.some((s) => LURE_CUES.has(s.name))) return undefined;
  if (REQUEST_RE.test(text)) return undefined;
  const done = DONE_RE.exec(text);
  if (!done || NEGATION_RE.test(text.slice(0, done.index))) return undefined;
  return `"${done[0]}", no link, number or request to act on`;
}

/** Dampens what a transaction or delivery notice fires by being one; the evidence says why. */
export function dampTransactionNotice(text: string, signals: SignalHit[]): void {
  if (!signals.some((s) => DAMPED.has(s.name))) return;
  const notice = transactionNotice(text, signals);
  if (notice) dampNotice(signals, DAMPED, 'completed-transaction notice', notice);
}
