/**
 * @module bench/observables-corpus
 * Deterministic "seized disk" text for the throughput bench: mostly ordinary prose (English,
 * German, Russian), mail headers and bodies, web-server log lines, and indicator-dense documents
 * from the gold set. Proportions (by bytes, approx.): prose 60%, mail 10%, logs 15%, gold 15%.
 */
import { int, mulberry32, pick, publicIp, type Rng } from './observables-gold-values.js';

const EN = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her ' +
  'she there been one all we their has would when if so no will more about can out up them some could what into than then its only ' +
  'report incident team access review meeting budget partner customer account invoice payment delivery system network server update ' +
  'analysis evidence investigation suspect victim transfer bank message phone email website company office'
).split(' ');
const DE =
  'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach Rechnung Zahlung Konto Kunde Bank Überweisung'.split(
    ' ',
  );
const RU =
  'и в не на я что тот быть с он а весь это как она по но они к у ты из мы за вы так же от сказать этот который мочь человек счёт платёж банк'.split(
    ' ',
  );

function sentence(r: Rng, words: ReadonlyArray<string>): string {
  const n = int(r, 6, 18);
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(pick(r, words));
  const s = w.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}${pick(r, ['.', '.', '.', ',', '?', '!'])}`;
}
function paragraph(r: Rng, words: ReadonlyArray<string>): string {
  const out: string[] = [];
  for (let i = int(r, 3, 8); i > 0; i--) out.push(sentence(r, words));
  return out.join(' ');
}
function mail(r: Rng): string {
  const d = pick(r, ['example.com', 'mail.example.org', 'contoso.com', 'fabrikam.net']);
  return [
    `From: ${pick(r, ['Anna', 'Ben', 'Carla'])} <user${int(r, 1, 999)}@${d}>`,
    `To: team@${d}`,
    `Date: Mon, ${int(r, 1, 28)} Jan 2026 10:${int(r, 10, 59)}:00 +0100`,
    `Subject: ${sentence(r, EN)}`,
    '',
    paragraph(r, EN),
    '',
    `See https://${d}/docs/${int(r, 100, 999)} for details.`,
    '',
  ].join('\n');
}
function logLine(r: Rng): string {
  return `${publicIp(r)} - - [25/Nov/2026:10:${int(r, 10, 59)}:${int(r, 10, 59)} +0000] "GET /${pick(r, ['index.html', 'wp-login.php', 'api/v1/items', 'static/app.js'])} HTTP/1.1" ${pick(r, ['200', '404', '302'])} ${int(r, 100, 99999)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`;
}

/** Builds at least `bytes` bytes of mixed text (UTF-8 length), seeded. */
export function mixedCorpus(bytes: number, goldTexts: ReadonlyArray<string>, seed = 42): string {
  const r = mulberry32(seed);
  const parts: string[] = [];
  let size = 0;
  let g = 0;
  while (size < bytes) {
    const x = r();
    let p: string;
    if (x < 0.5) p = paragraph(r, EN);
    else if (x < 0.56) p = paragraph(r, DE);
    else if (x < 0.6) p = paragraph(r, RU);
    else if (x < 0.7) p = mail(r);
    else if (x < 0.85) p = Array.from({ length: 5 }, () => logLine(r)).join('\n');
    else p = goldTexts[g++ % goldTexts.length] ?? '';
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}
