import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emailToTriageMessage } from './email-message.js';
import { createTriageEngine } from './engine.js';
import { extractFeatures } from './features.js';
import { scoreMessage } from './score-message.js';

/**
 * Modern mail with the headers a receiving server writes (issue 5): the training data has none, so
 * these fixtures are the only check of the authenticated-sender damping. `legit-*` are receipts,
 * resets, alerts, notices from authenticated senders whose links stay on their own domain;
 * `phish-*` try to ride on the damping (authenticated look-alike or risky domain, foreign link,
 * shortener, anchor mismatch, Reply-To elsewhere, free-mail CEO, forged Authentication-Results).
 */
const DIR = new URL('../../../test/fixtures/triage/modern-mail/', import.meta.url);
const engine = createTriageEngine();
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.eml'))
  .sort();
const legit = files.filter((f) => f.startsWith('legit-'));
const phish = files.filter((f) => f.startsWith('phish-'));
// Still unwanted after the damping: the receipt's delivery, amounts and "reply to this e-mail" are
// cues the damping leaves alone. (The sign-in alert has passed, barely, since its "IP address:" is
// no phone number: 0.488 with its "opt out" still counted.)
const KNOWN_MISSES = new Set(['legit-en-shop-receipt.eml']);
const DAMPED_CUES = new Set(['credential-request', 'account-lure', 'payment-request', 'urgency']);

const load = async (f: string) => emailToTriageMessage(readFileSync(new URL(f, DIR)));

describe('modern authenticated mail (test/fixtures/triage/modern-mail)', () => {
  it('has the fixture set: legitimate and phishing mail in en, de, fr, es', () => {
    expect(legit.length).toBeGreaterThanOrEqual(12);
    expect(phish.length).toBeGreaterThanOrEqual(8);
    for (const lang of ['en', 'de', 'fr', 'es'])
      expect(legit.some((f) => f.includes(`-${lang}-`))).toBe(true);
  });
  it.each(legit.filter((f) => !KNOWN_MISSES.has(f)))('lets %s through', async (f) => {
    const v = scoreMessage(engine, await load(f));
    expect(v.class).toBe('ham');
    expect(v.score).toBeLessThan(0.5);
  });
  it.each(phish)('keeps %s unwanted, its lures undamped', async (f) => {
    const msg = await load(f);
    const v = scoreMessage(engine, msg);
    expect(v.class).not.toBe('ham');
    expect(v.score).toBeGreaterThan(0.5);
    const damped = extractFeatures(msg, engine.cues).signals.filter(
      (s) => DAMPED_CUES.has(s.name) && s.evidence.includes('sender authenticated'),
    );
    expect(damped).toEqual([]);
  });
  it.each([...KNOWN_MISSES])('dampens the lures of %s but does not yet pass it', async (f) => {
    const msg = await load(f);
    const damped = extractFeatures(msg, engine.cues).signals.filter((s) => DAMPED_CUES.has(s.name));
    expect(damped.length).toBeGreaterThan(0);
    expect(damped.every((s) => s.evidence.includes('sender authenticated'))).toBe(true);
    expect(scoreMessage(engine, msg).class).not.toBe('ham');
  });
});

/**
 * The same mail as exported without the receiver's authentication headers (Authentication-Results,
 * ARC-*, DKIM-Signature, Received-SPF dropped with their continuation lines): the unverified tier
 * of the damping rule (issue 5).
 */
function stripAuthHeaders(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  const lines = raw.slice(0, end).split(/\r?\n/);
  const kept: string[] = [];
  let drop = false;
  for (const line of lines) {
    if (!/^[ \t]/.test(line)) {
      const name = line.slice(0, line.indexOf(':')).toLowerCase();
      drop = /^(?:authentication-results|dkim-signature|received-spf|arc-.*)$/.test(name);
    }
    if (!drop) kept.push(line);
  }
  return kept.join('\n') + raw.slice(end);
}
const loadStripped = async (f: string) =>
  emailToTriageMessage(stripAuthHeaders(readFileSync(new URL(f, DIR), 'utf8')));
// A number the phone detector reads (a hotline) is a way to reach an unverified sender, so this
// mail keeps every cue at full weight once stripped. The DHL notice's 20-digit tracking number and
// the sign-in alert's "IP address: 203.0.113.58" are no phones, so their lures are damped like the
// rest.
const CHANNEL_OUTSIDE_LINKS = new Set(['legit-en-it-hotline-relay.eml']);
// Unwanted when stripped before the unverified tier (0.87, 0.73, 0.78), ham with it.
const HAM_ONLY_UNVERIFIED = [
  'legit-en-paypal-money-received.eml',
  'legit-fr-invoice.eml',
  'legit-fr-password-reset.eml',
];

describe('the same modern mail without its authentication headers', () => {
  it('strips them', async () => {
    const raw = readFileSync(new URL('legit-en-password-reset.eml', DIR), 'utf8');
    expect(raw).toMatch(/^Authentication-Results:/m);
    const stripped = stripAuthHeaders(raw);
    expect(stripped).not.toMatch(/^(?:Authentication-Results|ARC-|DKIM-Signature)/im);
    expect(stripped).toMatch(/^From: Dropbox/m);
    expect(stripped.endsWith(raw.slice(raw.indexOf('\n\n')))).toBe(true);
  });
  it.each(legit.filter((f) => !CHANNEL_OUTSIDE_LINKS.has(f)))(
    'dampens the lures of %s as an unverified sender',
    async (f) => {
      const damped = extractFeatures(await loadStripped(f), engine.cues).signals.filter((s) =>
        DAMPED_CUES.has(s.name),
      );
      for (const s of damped) expect(s.evidence).toContain('(sender unverified:');
    },
  );
  it.each(HAM_ONLY_UNVERIFIED)('lets %s through without authentication headers', async (f) => {
    const msg = await loadStripped(f);
    expect(
      extractFeatures(msg, engine.cues).signals.some((s) => s.evidence.includes('sender unverified')),
    ).toBe(true);
    const v = scoreMessage(engine, msg);
    expect(v.class).toBe('ham');
    expect(v.score).toBeLessThan(0.5);
  });
  it.each([...CHANNEL_OUTSIDE_LINKS])('leaves %s undamped: a number to call', async (f) => {
    const signals = extractFeatures(await loadStripped(f), engine.cues).signals;
    expect(signals.some((s) => s.name === 'phone-number')).toBe(true);
    expect(signals.some((s) => s.evidence.includes('(sender '))).toBe(false);
  });
  it.each(phish)('keeps %s unwanted without authentication headers, its lures undamped', async (f) => {
    const msg = await loadStripped(f);
    const v = scoreMessage(engine, msg);
    expect(v.class).not.toBe('ham');
    expect(v.score).toBeGreaterThan(0.9);
    expect(extractFeatures(msg, engine.cues).signals.some((s) => s.evidence.includes('(sender '))).toBe(
      false,
    );
  });
});

/**
 * The second development set (test/fixtures/triage/modern-mail-dev2, issue 5): modern mail of real
 * kinds of senders in de/en/es/fr/it/nl, the prefix saying the expected class. Brands' national
 * and regional domains (paypal.de, amazon.it, santander.es, sparkasse-hannover.de), an
 * authenticated shop's shipping words, list headers of a sender whose authentication failed, CEO
 * fraud in German.
 */
const DEV2 = new URL('../../../test/fixtures/triage/modern-mail-dev2/', import.meta.url);
const dev2 = readdirSync(DEV2)
  .filter((f) => f.endsWith('.eml'))
  .sort();
const expectedClass = (f: string): string =>
  f.startsWith('legit-') ? 'ham' : f.startsWith('phish-') ? 'phishing' : (f.split('-')[0] as string);
// Wrong today: parcel-fee fraud that the English/Spanish
// n-grams pull to `phishing`; an English investment pitch whose n-grams pull to `spam`.
const DEV2_KNOWN_MISSES = new Set([
  'scam-en-crypto-investment-whatsapp.eml',
  'scam-en-evri-redelivery-fee.eml',
  'scam-es-correos-aduana.eml',
]);

describe('modern mail, second development set (test/fixtures/triage/modern-mail-dev2)', () => {
  it('has legitimate mail and every unwanted class', () => {
    for (const p of ['legit-', 'phish-', 'scam-', 'spam-'])
      expect(dev2.some((f) => f.startsWith(p))).toBe(true);
  });
  it.each(dev2.filter((f) => !DEV2_KNOWN_MISSES.has(f)))('calls %s by its class', async (f) => {
    const v = scoreMessage(engine, await emailToTriageMessage(readFileSync(new URL(f, DEV2))));
    expect(v.class).toBe(expectedClass(f));
  });
  it("dampens an authenticated shop's shipping words, never an unverified sender's", async () => {
    const raw = readFileSync(new URL('legit-it-amazon-conferma-ordine.eml', DEV2), 'utf8');
    const delivery = async (text: string) =>
      extractFeatures(await emailToTriageMessage(text), engine.cues).signals.find(
        (s) => s.name === 'delivery',
      );
    const authenticated = await delivery(raw);
    expect(authenticated?.evidence).toContain(
      '(sender authenticated: dkim=pass header.d=amazon.it; links on amazon.it)',
    );
    const stripped = await delivery(stripAuthHeaders(raw));
    expect(stripped?.evidence).not.toContain('(sender');
    expect(stripped?.value).toBeCloseTo((authenticated?.value ?? 0) * 4);
  });
  it.each([...DEV2_KNOWN_MISSES])('still gets %s wrong (a known miss)', async (f) => {
    const v = scoreMessage(engine, await emailToTriageMessage(readFileSync(new URL(f, DEV2))));
    expect(v.class).not.toBe(expectedClass(f));
  });
});
