/**
 * @module samples/tools/verify-samples
 * Sanity check of the generated samples with the same parser ingest uses (postal-mime): every mbox
 * message parses, subjects and bodies decode (legacy charsets included), and the ground truth
 * counts line up. Prints one line per message; exits 1 on any problem.
 *
 * Run: npx tsx samples/tools/verify-samples.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PostalMime from 'postal-mime';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
let bad = 0;

/** Split an mboxrd file into messages and undo one level of ">From " quoting. */
function splitMbox(buf: Buffer): Buffer[] {
  const text = buf.toString('latin1');
  return text
    .split(/\n(?=From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n)/)
    .map((chunk) => chunk.replace(/^From [^\n]*\n/, ''))
    .map((m) => m.replace(/^>(>*From )/gm, '$1'))
    .map((m) => Buffer.from(m, 'latin1'));
}

async function main(): Promise<void> {
  const msgs = splitMbox(readFileSync(join(ROOT, 'mail', 'inbox.mbox')));
  const labels = JSON.parse(readFileSync(join(ROOT, 'mail', 'labels.json'), 'utf8')) as {
    id: string;
    subject: string;
  }[];
  for (const [i, raw] of msgs.entries()) {
    const e = await PostalMime.parse(raw);
    const want = labels.find((l) => l.id === `mail/inbox.mbox#${i}`);
    const ok = want?.subject === e.subject && (e.text ?? e.html ?? '').length > 20;
    if (!ok) bad++;
    const body = (e.text ?? '').replace(/\s+/g, ' ').slice(0, 60);
    process.stdout.write(
      `${ok ? 'ok ' : 'BAD'} #${i} ${e.from?.address} | ${e.subject} | ${body} | att=${e.attachments.length}\n`,
    );
  }
  for (const f of [
    'phishing-invoice-attachment.eml',
    'phishing-remittance-html.eml',
    'phishing-mfa-qr.eml',
    'legit-colleague.eml',
    'forward-rfc822.eml',
  ]) {
    const e = await PostalMime.parse(readFileSync(join(ROOT, 'mail', f)));
    process.stdout.write(
      `${f}: ${e.subject} | att=${e.attachments.map((a) => `${a.filename ?? '?'}:${a.mimeType}`).join(',')}\n`,
    );
  }
  if (msgs.length !== labels.filter((l) => l.id.startsWith('mail/inbox.mbox#')).length) bad++;
  process.stdout.write(bad ? `${bad} problem(s)\n` : 'all samples parse\n');
  process.exitCode = bad ? 1 : 0;
}

await main();
