/**
 * @module analyse/triage/signals/notice
 * What the SMS and chat notice rules share (`one-time-code`, `transaction-notice`): a notice is a
 * short text that gives its reader nothing to act on — a lure must, with a link, a number to call
 * or text, an address, a messenger or a wallet — and the cues it fires by being one keep a quarter
 * of their weight, the evidence saying why.
 */
import { labelledReference } from './reference-label.js';
import { CONTACT_CHANNEL_SIGNALS, type SignalHit, type SignalName } from './signal-names.js';

/** A message longer than two SMS segments is no notice. */
const MAX_NOTICE_CHARS = 320;

// Nine or more digits in a row: a phone number the phone detector leaves out (a bare Indian
// mobile, `9876543210`) is still a number to call; one labelled as a reference is not.
const LONG_NUMBER_RE = /\d{9,}/g;

/**
 * Signals that give the reader a way to reach the sender or to act elsewhere: the contact channels
 * of the sender rules (`header-bulk-forgery` among them never fires without headers), a link, an
 * address.
 */
const CHANNEL_SIGNALS: ReadonlySet<SignalName> = new Set<SignalName>([
  ...CONTACT_CHANNEL_SIGNALS,
  'link',
  'email-address-in-body',
]);

/** Share of its weight a cue keeps in a notice. */
const NOTICE_FACTOR = 0.25;

/** True when `text` is short enough for a notice and neither it nor `signals` offer a way to act. */
export function offersNoWayToAct(text: string, signals: ReadonlyArray<SignalHit>): boolean {
  return (
    text.length <= MAX_NOTICE_CHARS &&
    !unlabelledLongNumber(text) &&
    !signals.some((s) => CHANNEL_SIGNALS.has(s.name))
  );
}

/** Whether `text` holds a 9+ digit run that no reference label (`reference-label.ts`) names. */
function unlabelledLongNumber(text: string): boolean {
  for (const m of text.matchAll(LONG_NUMBER_RE)) if (!labelledReference(text, m.index)) return true;
  return false;
}

/** Dampens the `damped` signals of a notice; `kind` and `notice` go into each one's evidence. */
export function dampNotice(
  signals: SignalHit[],
  damped: ReadonlySet<SignalName>,
  kind: string,
  notice: string,
): void {
  for (const s of signals) {
    if (!damped.has(s.name)) continue;
    s.value *= NOTICE_FACTOR;
    s.evidence = `${s.evidence} (${kind}: ${notice})`;
  }
}
