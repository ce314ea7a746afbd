/**
 * @module analyse/triage/signals/one-time-code
 * One-time code notices ("482913 is your OTP. Do not share it with anyone."): the commonest
 * legitimate SMS today, and in every language they name a credential ("verification code",
 * "código", "OTP"), so the credential and account cues call them phishing (0.60–0.93 before this
 * rule, in en/fr/es/hi). A lure must give its victim a way to act: a link, a number to call or
 * text, an address, a messenger, a wallet. A short text that carries a code and none of these
 * sends its reader nowhere; even in an OTP-relay fraud the SMS itself is the bank's genuine one
 * (the fraudster asks for the code by phone). So its credential, account and urgency cues and its
 * segment fill keep a quarter of their weight, as for a mail from an authenticated sender whose
 * links stay on its own domain.
 *
 * Team-set: no development row is such a notice (the 2012 SMS corpora predate them; their "code"
 * texts are prize draws with a number to call), so nothing was learnt from it and the rule does
 * not change any training row. Stated in the model card (§5).
 */
import { dampNotice, offersNoWayToAct } from './notice.js';
import type { SignalHit, SignalName } from './signal-names.js';

// The code itself: 4–8 digits standing alone, optionally behind a short letter prefix (`G-482913`).
const CODE_RE = /(?<![\p{L}\p{N}.,:/-])(?:[A-Z]{1,3}-)?\d{4,8}(?![\p{L}\p{N}]|[.,:/-]\d)/u;
// What the notice calls it, in the lexicon languages. Whole words where the script has them.
const CODE_WORD_RE =
  /(?<![\p{L}\p{N}])(?:otp|one[- ]time|passcode|pass code|code|codes|código|codigo|codice|kod|kodu|kode|код|кодом|mã|mật khẩu|رمز|कोड|ओटीपी)(?![\p{L}\p{N}])|验证码|驗證碼|校验码|認証コード|確認コード|認証番号|인증번호|รหัส/iu;
/**
 * The cues a code notice fires by naming its code and its validity ("expires in 10 minutes"), and
 * the segment it fills around the code: its digits are the way to act that `fills-sms-segment`
 * looks for, but they are the reader's own code, not a number to call.
 */
const DAMPED: ReadonlySet<SignalName> = new Set([
  'credential-request',
  'account-lure',
  'urgency',
  'fills-sms-segment',
]);

/**
 * The code and the word naming it when `text` (an SMS or chat message, no headers) is a one-time
 * code notice with no channel to act on among `signals`; undefined otherwise.
 */
export function oneTimeCodeNotice(text: string, signals: ReadonlyArray<SignalHit>): string | undefined {
  if (!offersNoWayToAct(text, signals)) return undefined;
  const code = CODE_RE.exec(text);
  const word = code ? CODE_WORD_RE.exec(text) : null;
  return code && word ? `"${word[0]}" ${code[0]}, no link or number to act on` : undefined;
}

/** Dampens the credential, account and urgency cues of a one-time code notice; the evidence says why. */
export function dampOneTimeCodeNotice(text: string, signals: SignalHit[]): void {
  // A notice names a credential ("verification code", "OTP"): without that cue it is something else.
  if (!signals.some((s) => s.name === 'credential-request' || s.name === 'account-lure')) return;
  const notice = oneTimeCodeNotice(text, signals);
  if (notice) dampNotice(signals, DAMPED, 'one-time code notice', notice);
}
