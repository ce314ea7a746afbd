/**
 * @module bench/ingest-mbox-gen
 * Deterministic (seeded) generator of big test mailboxes for the ingest benchmarks.
 *
 *   npx tsx bench/ingest-mbox-gen.ts OUT.mbox N [--seed S] [--measure]
 *
 * Writes N messages, streaming (constant memory whatever N): ~55 % short plain-text mails,
 * ~25 % HTML mails (quoted-printable, UTF-8 subjects), ~10 % multipart with a base64 attachment of
 * 10–200 KB, ~10 % with "From " lines in the body (mboxrd-escaped on write). `--measure` then
 * times `splitMbox` + `parseEmail` alone over the file and prints a table (no case store), with
 * messages per wall second and per CPU second (the latter is what to compare on a shared machine).
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { seededRng } from '../src/core/seeded-rng.js';
import { parseEmail } from '../src/ingest/email/parse-email.js';
import { formatMboxEntry } from '../src/ingest/mbox/format-mbox-entry.js';
import { splitMbox } from '../src/ingest/mbox/split-mbox.js';

const WORDS = (
  'account verify payment invoice urgent please click link password bank transfer meeting lunch report ' +
  'project update delivery parcel customs fee refund prize winner crypto wallet bitcoin support team ' +
  'schedule tomorrow review attached document security alert login suspended confirm details thanks'
).split(' ');
const SUBJECTS = [
  'Verify your account',
  'Lunch tomorrow?',
  'Invoice overdue',
  'Paket wartet auf Zustellung',
  'Réunion de projet',
  'Ваш счёт заблокирован',
  '配送のお知らせ',
  'Quarterly report',
];
const DOMAINS = ['example.org', 'example-bank.test', 'mail.example', 'corp.example', 'parcel-track.example'];

/** Pool of deterministic pseudo-random bytes that attachments are sliced from. */
function bytePool(next: () => number): Buffer {
  const pool = Buffer.alloc(256 * 1024);
  for (let i = 0; i < pool.length; i += 4) pool.writeUInt32LE(Math.floor(next() * 4294967296), i);
  return pool;
}

/**
 * Yields `n` mbox entries (From_ line + escaped message + separator) as latin1 strings.
 * Exported for the lead's ingest bench.
 */
export function* mboxEntries(n: number, seed = 1): Generator<string> {
  const next = seededRng(seed); // same seed ⇒ same mailbox
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const pool = bytePool(next);
  const words = (k: number): string => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < n; i++) {
    const t = new Date(start + i * 61_000 + Math.floor(next() * 60_000));
    const from = `user${Math.floor(next() * 5000)}@${pick(DOMAINS)}`;
    const to = `analyst${i % 50}@example.org`;
    const subject = pick(SUBJECTS);
    const encSubject = /^[\x20-\x7e]*$/.test(subject)
      ? subject
      : `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;
    const head =
      `From: "Sender ${i}" <${from}>\nTo: ${to}\nSubject: ${encSubject} #${i}\nDate: ${t.toUTCString().replace('GMT', '+0000')}\n` +
      `Message-ID: <gen-${seed}-${i}@${pick(DOMAINS)}>\nMIME-Version: 1.0\n`;
    const r = next();
    let msg: string;
    if (r < 0.55) {
      msg = `${head}Content-Type: text/plain; charset=utf-8\n\n${words(20 + Math.floor(next() * 150))}\n`;
    } else if (r < 0.8) {
      const html = `<html><body><p>${words(30)}</p><p><a href="https://${pick(DOMAINS)}/login?id=${i}">${words(3)}</a></p><p>${words(60)}</p></body></html>`;
      msg = `${head}Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${html.replace(/=/g, '=3D').replace(/.{74}/g, '$&=\n')}\n`;
    } else if (r < 0.9) {
      const size = 10_240 + Math.floor(next() * 194_560);
      const offset = Math.floor(next() * (pool.length - 1));
      const data = Buffer.alloc(size);
      for (let o = 0; o < size; o += pool.length - offset) pool.copy(data, o, offset);
      const b64 = data.toString('base64').replace(/.{76}/g, '$&\n');
      msg =
        `${head}Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\nContent-Type: text/plain; charset=utf-8\n\n${words(40)}\n` +
        `--b${i}\nContent-Type: application/octet-stream; name="doc${i}.bin"\nContent-Disposition: attachment; filename="doc${i}.bin"\n` +
        `Content-Transfer-Encoding: base64\n\n${b64}\n--b${i}--\n`;
    } else {
      msg = `${head}Content-Type: text/plain; charset=utf-8\n\n${words(20)}\n\nFrom the desk of ${from}:\n>From an earlier mail\n${words(20)}\n`;
    }
    yield formatMboxEntry(msg, `From ${from} ${asctime(t)}`);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The date of a From_ line as mail tools write it, C's asctime (`Thu Jan  1 09:05:00 2026`).
 * `toUTCString` puts the year before the time, which the splitter reports as a malformed
 * separator on every message, so the bench measured a warning path real mailboxes never take.
 */
function asctime(t: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const day = String(t.getUTCDate()).padStart(2, ' ');
  const time = `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`;
  return `${DAYS[t.getUTCDay()]} ${MONTHS[t.getUTCMonth()]} ${day} ${time} ${t.getUTCFullYear()}`;
}

/** Writes the mailbox to `out`, respecting back-pressure. Returns message and byte counts. */
export async function writeMbox(
  out: string,
  n: number,
  seed = 1,
): Promise<{ messages: number; bytes: number }> {
  const ws = createWriteStream(out);
  let bytes = 0;
  for (const entry of mboxEntries(n, seed)) {
    bytes += entry.length;
    if (!ws.write(entry, 'latin1')) await once(ws, 'drain');
  }
  ws.end();
  await once(ws, 'finish');
  return { messages: n, bytes };
}

/** One row of the throughput table. */
export interface MeasureRow {
  stage: string;
  messages: number;
  seconds: number;
  perSecond: number;
  /** Messages per second of CPU time used by this process: steadier than wall time on a shared box. */
  perCpuSecond: number;
  mbPerSecond: number;
  peakRssMb: number;
}

/** Times splitMbox alone, then splitMbox + parseEmail, over an existing mbox file. */
export async function measure(path: string): Promise<MeasureRow[]> {
  const size = statSync(path).size;
  const rows: MeasureRow[] = [];
  for (const stage of ['splitMbox', 'splitMbox+parseEmail']) {
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    let count = 0;
    let peak = 0;
    for await (const m of splitMbox(createReadStream(path, { highWaterMark: 1 << 20 }))) {
      if (stage !== 'splitMbox') await parseEmail(m.bytes, `${path}#${m.index}`);
      count++;
      if ((count & 1023) === 0) peak = Math.max(peak, process.memoryUsage.rss());
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    peak = Math.max(peak, process.memoryUsage.rss());
    rows.push({
      stage,
      messages: count,
      seconds: Number(seconds.toFixed(2)),
      perSecond: Math.round(count / seconds),
      perCpuSecond: Math.round(count / cpuSeconds),
      mbPerSecond: Number((size / 1e6 / seconds).toFixed(1)),
      peakRssMb: Math.round(peak / 1e6),
    });
  }
  return rows;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [out, nArg, ...rest] = process.argv.slice(2);
  const n = Number(nArg);
  if (!out || !Number.isInteger(n) || n <= 0) {
    console.error('usage: npx tsx bench/ingest-mbox-gen.ts OUT.mbox N [--seed S] [--measure]');
    process.exit(2);
  }
  const seedAt = rest.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(rest[seedAt + 1]) : 1;
  const t0 = Date.now();
  const { bytes } = await writeMbox(out, n, seed);
  console.error(
    `wrote ${n} messages, ${(bytes / 1e6).toFixed(1)} MB to ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (rest.includes('--measure')) console.table(await measure(out));
}
