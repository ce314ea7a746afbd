import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import PostalMime, { type Email } from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { ShapedPostalMime } from './shaped-postal-mime.js';

const ROOT = join(import.meta.dirname, '../../..');
/** Every small real-looking message the repository has: legacy charsets, nested, HTML-only, CEO fraud… */
const MAILS = ['test/fixtures/ingest/email', 'test/fixtures/triage/modern-mail', 'samples/mail']
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.eml'))
      .map((f) => join(dir, f)),
  )
  .concat(['test/fixtures/triage/ham.eml', 'test/fixtures/triage/phish.eml']);
const OPTIONS = { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' } as const;
const TRIAGE_FIELDS = ['headers', 'from', 'replyTo', 'subject', 'html', 'text', 'attachments'] as const;

/** The fields postal-mime set, the others it left out (ours hold them as undefined). */
function defined(email: Email): Record<string, unknown> {
  return Object.fromEntries(Object.entries(email).filter(([, v]) => v !== undefined));
}

describe('ShapedPostalMime', () => {
  it('finds the fixtures', () => {
    expect(MAILS.length).toBeGreaterThan(15);
  });

  it.each(MAILS)('%s: every field as postal-mime sets it', async (file) => {
    const bytes = readFileSync(join(ROOT, file));
    const theirs = await PostalMime.parse(bytes, OPTIONS);
    const ours = await new ShapedPostalMime(OPTIONS, 'all').parse(bytes);
    expect(defined(ours)).toEqual(defined(theirs));
  });

  it.each(MAILS)('%s: the triage fields as postal-mime sets them, recipients left out', async (file) => {
    const bytes = readFileSync(join(ROOT, file));
    const theirs = await PostalMime.parse(bytes, OPTIONS);
    const ours = await new ShapedPostalMime(OPTIONS, 'triage').parse(bytes);
    for (const key of TRIAGE_FIELDS) expect(ours[key]).toEqual(theirs[key]);
    expect([ours.to, ours.cc, ours.date, ours.messageId]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('parses mutated multipart messages as postal-mime does, failures included', async () => {
    const bases = ['test/fixtures/ingest/email/multipart-nested.eml', 'samples/mail/forward-rfc822.eml'].map(
      (f) => readFileSync(join(ROOT, f)),
    );
    const outcome = async (parse: () => Promise<Email>): Promise<unknown> => {
      try {
        return defined(await parse());
      } catch (err) {
        return `threw ${String(err)}`;
      }
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bases),
        fc.nat(),
        fc.nat(),
        // Boundary-like lines, bare CRs, folded headers and a cut are what the line loop decides on.
        fc.constantFrom(
          '',
          '\n--',
          '\r',
          '\n\n',
          '--==outer==\n',
          '--==outer==--\r\n',
          '\n \t',
          'Content-Type: multipart/mixed; boundary=x\n',
        ),
        async (base, a, b, ins) => {
          const at = a % (base.length + 1);
          const cut = Math.max(at, b % (base.length + 1));
          const bytes = Buffer.concat([base.subarray(0, at), Buffer.from(ins, 'latin1'), base.subarray(cut)]);
          const ours = await outcome(() => new ShapedPostalMime(OPTIONS, 'all').parse(bytes));
          expect(ours).toEqual(await outcome(() => PostalMime.parse(bytes, OPTIONS)));
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });

  it('gives every message the same keys in the same order (one hidden class)', async () => {
    const plain = await new ShapedPostalMime(OPTIONS, 'all').parse('Subject: hi\n\nx\n');
    const rich = await new ShapedPostalMime(OPTIONS, 'all').parse(
      'From: a@example.org\nTo: b@example.org\nCc: c@example.org\nDate: Tue, 14 Nov 2023 08:15:00 +0000\n' +
        'Content-Type: text/html\n\n<p>x</p>\n',
    );
    expect(Object.keys(rich)).toEqual(Object.keys(plain));
    expect(plain.from).toBeUndefined();
    expect(rich.cc).toEqual([{ address: 'c@example.org', name: '' }]);
  });
});
