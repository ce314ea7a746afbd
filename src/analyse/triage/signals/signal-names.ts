/**
 * @module analyse/triage/signals/signal-names
 * The engineered, language-independent signals, in the fixed order the model's weight vector
 * stores them (after the hashed n-gram block). Appending is safe; reordering changes the model.
 * Each name is also the `signal` an analyst reads in a reason.
 */
export const SIGNAL_NAMES = [
  // links and their shape
  'link',
  'many-links',
  'link-ip-host',
  'link-shortener',
  'link-punycode-or-mixed-script',
  'link-risky-tld',
  'link-brand-in-foreign-host',
  'link-lure-words-in-host',
  'link-anchor-mismatch',
  'link-userinfo-or-odd-port',
  // contact channels and money
  'phone-number',
  'premium-sms-shortcode',
  'messaging-app-contact',
  'email-address-in-body',
  'money-amount',
  'large-money-amount',
  'crypto-address',
  'percent-discount',
  // lexicon cues (one per category)
  'credential-request',
  'account-lure',
  'urgency',
  'threat',
  'payment-request',
  'prize-or-gift',
  'marketing',
  'delivery',
  'investment',
  'contact-request',
  // e-mail header evidence
  'reply-to-mismatch',
  'return-path-mismatch',
  'auth-results-fail',
  'display-name-brand-mismatch',
  'freemail-sender',
  'has-email-headers',
  'has-list-headers',
  // HTML tricks and obfuscation
  'html-hidden-text',
  'html-form',
  'html-script',
  'html-only',
  'mixed-script-word',
  'invisible-characters',
  'exclamations',
  // appended 2026-12-05 (order above is the model's; new names only at the end)
  'header-bulk-forgery',
  'sender-address-digits',
  'garbled-charset',
  'html-big-font',
  'html-image-heavy',
  'fills-sms-segment',
] as const;

export type SignalName = (typeof SIGNAL_NAMES)[number];

export const SIGNAL_INDEX: Readonly<Record<SignalName, number>> = Object.fromEntries(
  SIGNAL_NAMES.map((n, i) => [n, i]),
) as Record<SignalName, number>;

/** One fired signal: its strength (feature value) and the text that fired it. */
export interface SignalHit {
  name: SignalName;
  value: number;
  evidence: string;
}
