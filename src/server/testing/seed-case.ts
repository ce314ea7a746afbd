/**
 * @module server/testing/seed-case
 * Deterministic synthetic cases for the server's tests, browser tests and benchmarks: e-mails
 * with verdicts, languages, senders and shared indicators, written straight through the case
 * store (so the API can be tested without the ingest pipeline). Fictional data only.
 */
import { createHash } from 'node:crypto';
import type { CaseStore } from '../../case/case-store.js';
import { evidenceIdFromSha256 } from '../../core/evidence.js';
import type { Observable } from '../../core/observable.js';

const CLASSES = ['phishing', 'scam', 'spam', 'ham'] as const;
const LANGS = ['en', 'de', 'fr', 'nl'];
const DOMAINS = [
  'paypa1-verify.com',
  'secure-bank-login.net',
  'parcel-fee.info',
  'example.org',
  'crypto-double.io',
];

export interface SeedMessage {
  subject: string;
  from: string;
  fromName?: string;
  text: string;
  html?: string;
  date: string;
  class: (typeof CLASSES)[number];
  lang: string;
  urls: string[];
}

/** Message `i` of a seeded case: cheap to compute, varied enough to exercise filters and graph. */
export function seedMessage(i: number): SeedMessage {
  const cls = CLASSES[i % 4]!;
  const domain = DOMAINS[(i * 7) % DOMAINS.length]!;
  const url = `https://${domain}/login?id=${i % 97}`;
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    subject: `${cls === 'ham' ? 'Meeting notes' : 'Verify your account'} #${i}`,
    from: `sender${i % 53}@${domain}`,
    fromName: cls === 'phishing' ? 'PayPal Security' : `Sender ${i % 53}`,
    text: `Message ${i}. Please visit ${url} soon.`,
    html: `<p>Message ${i}.</p><p><a href="${url}">click here</a></p>`,
    date: `2026-10-${day}T${String(i % 24).padStart(2, '0')}:00:00.000Z`,
    class: cls,
    lang: LANGS[i % LANGS.length]!,
    urls: [url],
  };
}

/** Writes messages `[from, from+count)` (or the given ones) in one audited write. */
export async function seedCase(
  store: CaseStore,
  count: number,
  custom: SeedMessage[] = [],
): Promise<string[]> {
  const messages = custom.length > 0 ? custom : Array.from({ length: count }, (_, i) => seedMessage(i));
  const ids: string[] = [];
  await store.write({ action: 'test.seed', actor: 'seed', details: { count: messages.length } }, (w) => {
    for (const [n, m] of messages.entries()) {
      const raw = `From: ${m.from}\r\nSubject: ${m.subject}\r\nDate: ${m.date}\r\n\r\n${m.text}\r\n#${n}`;
      const bytes = Buffer.from(raw);
      const sha256 = w.putBlob(bytes);
      const id = evidenceIdFromSha256(sha256);
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new Error('blob hash mismatch');
      w.addEvidence({
        id,
        sha256,
        kind: 'email',
        path: `seed/${n}.eml`,
        size: bytes.length,
        from: { name: m.fromName ?? '', address: m.from },
        to: [{ address: 'victim@example.org' }],
        subject: m.subject,
        date: m.date,
        text: m.text,
        ...(m.html ? { html: m.html } : {}),
        headers: [
          { name: 'From', value: m.fromName ? `"${m.fromName}" <${m.from}>` : m.from },
          { name: 'Subject', value: m.subject },
          { name: 'Date', value: m.date },
        ],
      });
      const observables: Observable[] = m.urls.flatMap((u) => {
        const start = m.text.indexOf(u);
        const host = new URL(u).hostname;
        return [
          { type: 'url' as const, value: u, raw: u, start, end: start + u.length, source: 'text' },
          {
            type: 'domain' as const,
            value: host,
            raw: host,
            start: start + 8,
            end: start + 8 + host.length,
            source: 'text',
          },
        ];
      });
      w.addObservables(id, observables);
      w.addFindings(id, [
        {
          analyser: 'triage',
          kind: 'verdict',
          label: m.class,
          score: m.class === 'ham' ? 0.05 : 0.93,
          reasons: m.class === 'ham' ? [] : [{ signal: 'urgency', weight: 1.2, evidence: 'soon' }],
          data: { lang: m.lang },
        },
      ]);
      ids.push(id);
    }
  });
  return ids;
}
