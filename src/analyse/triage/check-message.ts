/**
 * @module analyse/triage/check-message
 * Per-message input checks run before scoring: what cannot be scored gets a clear one-line
 * reason instead of a verdict, and never stops the other messages.
 */
import type { TriageMessage } from './message.js';

/** Messages larger than this (text + HTML) are rejected rather than scored on a fragment. */
export const MAX_MESSAGE_CHARS = 20 * 1024 * 1024;

// C0 controls other than tab/newline/CR, replacement characters and private-use code points: what
// binary data looks like once decoded as text.
const JUNK_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd\ue000-\uf8ff]/g;

/** `undefined` when the message can be scored, else the reason it cannot. */
export function checkMessage(msg: TriageMessage): string | undefined {
  const size = msg.text.length + (msg.html?.length ?? 0) + (msg.subject?.length ?? 0);
  if (size > MAX_MESSAGE_CHARS) {
    return `message too large: ${size} characters (limit ${MAX_MESSAGE_CHARS}); split it or score an excerpt`;
  }
  const text = msg.text.trim() !== '' ? msg.text : (msg.html ?? '');
  if (text.trim() === '' && (msg.subject ?? '').trim() === '' && !msg.attachmentText?.trim()) {
    return 'empty message: no text to score';
  }
  const sample = text.slice(0, 65_536);
  const junk = sample.match(JUNK_RE)?.length ?? 0;
  if (sample.length >= 16 && junk / sample.length > 0.1) {
    return `binary content, not text (${Math.round((100 * junk) / sample.length)}% control or undecodable characters)`;
  }
  return undefined;
}
