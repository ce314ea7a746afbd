/**
 * Export validity figures: builds cases from the labelled campaign generator (plus awkward values:
 * quotes and backslashes in URLs, IDN and IPv6 hosts, every wallet type), exports each case and
 * each of its campaigns as STIX 2.1 and MISP, validates every STIX object against the official
 * OASIS schemas (+ the checks they cannot express), and round-trips both formats through import.
 * Run: `npx tsx bench/export.ts [MESSAGES] [CASES]` (default 2000 messages, 3 cases).
 */
import { fileURLToPath } from 'node:url';
import type { Evidence } from '../src/core/evidence.js';
import type { Finding } from '../src/core/finding.js';
import type { Observable, ObservableType } from '../src/core/observable.js';
import { messagesFromCase } from '../src/graph/case-messages.js';
import { clusterCampaigns } from '../src/graph/cluster-campaigns.js';
import { buildShareInput, type CaseData } from '../src/share/build-share-input.js';
import { parseMispEvent } from '../src/share/parse-misp-event.js';
import { parseStixBundle } from '../src/share/parse-stix-bundle.js';
import { createStixValidator } from '../src/share/stix-validator.js';
import { toMispEvent } from '../src/share/to-misp-event.js';
import { toStixBundle } from '../src/share/to-stix-bundle.js';
import { generateCampaignSet } from './campaigns-dataset.js';

const [messagesArg, casesArg] = process.argv.slice(2).map(Number);
const SCHEMAS = fileURLToPath(new URL('../test/fixtures/share/stix21/schemas', import.meta.url));
const validator = createStixValidator(SCHEMAS);

const AWKWARD: { type: ObservableType; value: string }[] = [
  { type: 'url', value: 'https://evil.example/it\'s\\a\'test?q="x"' },
  { type: 'url', value: 'http://[2001:db8::1]/login' },
  { type: 'domain', value: 'xn--bcher-kva.example' },
  { type: 'ipv6', value: '2001:db8::1' },
  { type: 'eth', value: '0x52908400098527886E0F7030069857D2E4169EE7' },
  { type: 'trx', value: 'TQ4b6bSsN7nFDJGdvWkNXV6jt8VKPmCUdq' },
  { type: 'xmr', value: `4${'A'.repeat(94)}` },
  { type: 'sha1', value: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' },
  { type: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e' },
  { type: 'bic', value: 'DEUTDEFF' },
  { type: 'onion', value: 'abcdefghijklmnopabcdefghijklmnopabcdefghijklmnopabcd.onion' },
];

function syntheticCase(n: number, seed: number): CaseData {
  const data = generateCampaignSet(n, seed);
  const evidence: Evidence[] = [];
  const observables: (Observable & { evidenceId: string })[] = [];
  const findings: (Finding & { evidenceId: string })[] = [];
  data.forEach((m, i) => {
    const id = (0x100000 + i).toString(16).padStart(16, '0');
    evidence.push({
      id,
      sha256: id.padEnd(64, '0'),
      size: m.text.length,
      kind: i % 3 === 0 ? 'sms' : 'email',
      path: `x/${id}`,
      ingestedAt: '2026-11-01T00:00:00.000Z',
      text: m.text,
      ...(m.time ? { date: m.time } : {}),
      ...(m.sender ? { from: { address: m.sender, name: 'Support' } } : {}),
      ...(m.replyTo ? { replyTo: m.replyTo.map((address) => ({ address })) } : {}),
      subject: 'Notice',
    });
    const obs = [...m.indicators, ...(i % 50 === 0 ? AWKWARD : [])];
    for (const o of obs)
      observables.push({
        evidenceId: id,
        type: o.type as ObservableType,
        value: o.value,
        raw: o.value,
        start: 0,
        end: 1,
      });
    findings.push({
      evidenceId: id,
      analyser: 'triage',
      kind: 'verdict',
      label: m.verdict ?? 'phishing',
      score: 0.9,
      data: { lang: 'en' },
    });
  });
  const rows = { evidence, observables, findings };
  const campaigns = clusterCampaigns(messagesFromCase(rows.evidence, rows.observables, rows.findings));
  return {
    caseId: `bench-${seed}`,
    caseName: `Bench ${seed}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...rows,
    campaigns,
  };
}

const key = (xs: { type: string; value: string }[]): string =>
  [...new Set(xs.map((x) => `${x.type} ${x.value}`))].sort().join('\n');

let exports = 0;
let stixObjects = 0;
let stixValid = 0;
let stixRoundTrip = 0;
let mispValid = 0;
let problems: string[] = [];
const t0 = performance.now();
for (let c = 0; c < (casesArg || 3); c++) {
  const data = syntheticCase(messagesArg || 2000, 100 + c);
  const scopes = [
    buildShareInput(data),
    ...data.campaigns.slice(0, 20).map((cmp) => buildShareInput(data, cmp.id)),
  ];
  for (const input of scopes) {
    exports++;
    const bundle = toStixBundle(input);
    stixObjects += bundle.objects.length;
    const p = validator.validateBundle(bundle);
    if (p.length === 0) stixValid++;
    else problems = problems.concat(p.slice(0, 3).map((x) => `${x.object}: ${x.message.slice(0, 200)}`));
    const s = parseStixBundle(JSON.stringify(bundle), 'b');
    if (s.ok && s.value.errors.length === 0 && key(s.value.indicators) === key(input.indicators))
      stixRoundTrip++;
    const m = parseMispEvent(JSON.stringify(toMispEvent(input)), 'm');
    if (m.ok && m.value.errors.length === 0 && key(m.value.indicators) === key(input.indicators)) mispValid++;
  }
}

const pct = (x: number): string => `${((100 * x) / exports).toFixed(1)}%`;
const rows = [
  ['exports', 'STIX objects', 'STIX schema-valid', 'STIX round trip', 'MISP round trip', 'seconds'],
  [
    String(exports),
    String(stixObjects),
    pct(stixValid),
    pct(stixRoundTrip),
    pct(mispValid),
    ((performance.now() - t0) / 1000).toFixed(1),
  ],
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
for (const p of problems.slice(0, 10)) console.log(`  problem: ${p}`);
