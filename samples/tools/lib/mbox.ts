/**
 * @module samples/tools/lib/mbox
 * mboxrd writer: "From " separator per message and ">From " quoting of any body line matching
 * /^>*From / (so a reader can un-quote exactly one level).
 */
import { rfcDate } from './mime.js';

/** Asctime-style date for the separator line, e.g. "Tue Feb  3 08:14:00 2026". */
function asctime(iso: string): string {
  const r = rfcDate(iso); // "Tue, 3 Feb 2026 08:14:00 +0000"
  const m = /^(\w+), (\d+) (\w+) (\d+) ([\d:]+)/.exec(r);
  if (!m) throw new Error(`bad date ${iso}`);
  return `${m[1]} ${m[3]} ${m[2]!.padStart(2, ' ')} ${m[5]} ${m[4]}`;
}

/** One mbox entry: separator line, quoted message, blank line. */
export function mboxEntry(envelopeFrom: string, iso: string, raw: Buffer): Buffer {
  const text = raw.toString('latin1').replace(/\n+$/, '');
  const quoted = text
    .split('\n')
    .map((l) => (/^>*From /.test(l) ? '>' + l : l))
    .join('\n');
  return Buffer.from(`From ${envelopeFrom} ${asctime(iso)}\n${quoted}\n\n`, 'latin1');
}
