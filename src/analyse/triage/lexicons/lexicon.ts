/**
 * @module analyse/triage/lexicons/lexicon
 * The shape of one language's cue lexicon. Terms are lower-case; a term ending in `*` matches any
 * word starting with it (inflected languages); a term with spaces matches that word sequence.
 * Terms in scripts written without spaces (Han, kana, Thai, Hangul) match as substrings.
 *
 * Why categories and not weights: the model learns one weight per category from the languages it
 * was trained on, and that weight transfers to every language that has the same category, which is
 * what lets a model trained on English, German and Chinese react to a Thai or Polish lure.
 */

/** Cue categories, each a feature of the model (`cue-<category>`). */
export type CueCategory =
  | 'credential' // passwords, logins, codes, card or bank details requested
  | 'account' // "your account", verify / update / confirm identity
  | 'urgency' // act now, within 24 hours, last chance
  | 'threat' // suspended, locked, legal action, fine
  | 'payment' // pay a fee, transfer, invoice, gift card, refund
  | 'prize' // you have won, congratulations, claim your reward, inheritance
  | 'marketing' // offer, discount, sale, unsubscribe
  | 'delivery' // parcel, customs, redelivery
  | 'investment' // returns, profit, crypto trading, guaranteed income
  | 'contact' // call now, reply, WhatsApp me, text STOP
  | 'extortion'; // I recorded you, sent to all your contacts, your device was hacked, do not contact the police

export const CUE_CATEGORIES: ReadonlyArray<CueCategory> = [
  'credential',
  'account',
  'urgency',
  'threat',
  'payment',
  'prize',
  'marketing',
  'delivery',
  'investment',
  'contact',
  'extortion',
];

export type Lexicon = Readonly<Record<CueCategory, ReadonlyArray<string>>>;
