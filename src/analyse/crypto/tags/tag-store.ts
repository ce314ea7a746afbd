/**
 * @module analyse/crypto/tags/tag-store
 * Tags in the case (`crypto_tags`) and the lists bundled with Dragnet (`data/crypto/*.csv`:
 * OFAC SDN addresses and small public lists, with their sources in PROVENANCE.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DragnetError } from '../../../core/errors.js';
import type { CryptoCase } from '../store/crypto-case.js';
import { parseTagList, type RejectedRow, type Tag, type TagDefaults } from './parse-tag-list.js';

/** Folder of the bundled lists (same relative place from src/ and dist/). */
export const BUNDLED_TAG_DIR = fileURLToPath(new URL('../../../../data/crypto/', import.meta.url));

export interface TagImportSummary {
  imported: number;
  rejected: RejectedRow[];
}

/** Reads one tag file; throws naming the file when it cannot be read or parsed at all. */
export function readTagFile(
  file: string,
  defaults: TagDefaults = {},
): { tags: Tag[]; rejected: RejectedRow[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DragnetError(
      code === 'ENOENT' ? 'NOT_FOUND' : 'BAD_INPUT',
      code === 'ENOENT' ? 'no such file' : 'cannot read',
      { subject: file, cause: err },
    );
  }
  try {
    return parseTagList(text, { source: path.basename(file), ...defaults });
  } catch (err) {
    throw new DragnetError('BAD_INPUT', `not a tag list (${(err as Error).message})`, { subject: file });
  }
}

/** `dragnet crypto tags import`: stores valid rows in the case (one write), reports the rest. */
export async function importTagFiles(
  store: CryptoCase,
  files: ReadonlyArray<string>,
  defaults: TagDefaults = {},
): Promise<TagImportSummary> {
  const lists = files.map((f) => ({ file: f, ...readTagFile(f, defaults) }));
  const rejected = lists.flatMap((l) =>
    l.rejected.map((r) => ({ ...r, error: `${path.basename(l.file)} row ${r.row}: ${r.error}` })),
  );
  const imported = await store.write(
    {
      action: 'crypto.tags.import',
      target: files.map((f) => path.basename(f)).join(', '),
      details: { rejected: rejected.length },
    },
    (w) => {
      const ins = store.db.prepare(
        'INSERT OR IGNORE INTO crypto_tags (chain, address, label, category, source) VALUES (?, ?, ?, ?, ?)',
      );
      let n = 0;
      for (const l of lists)
        for (const t of l.tags) n += ins.run(t.chain, t.address, t.label, t.category, t.source).changes;
      w.note({ imported: n });
      return n;
    },
  );
  return { imported, rejected };
}

let bundled: Tag[] | undefined;

/** The bundled lists, parsed once per process. */
export function bundledTags(): Tag[] {
  if (bundled) return bundled;
  bundled = [];
  let names: string[] = [];
  try {
    names = readdirSync(BUNDLED_TAG_DIR)
      .filter((n) => n.endsWith('.csv'))
      .sort();
  } catch {
    return bundled;
  }
  for (const n of names) bundled.push(...readTagFile(path.join(BUNDLED_TAG_DIR, n)).tags);
  return bundled;
}

/** Case tags plus bundled tags, by `chain:address`; case tags first (the analyst's own word wins). */
export function tagIndex(store: Pick<CryptoCase, 'db'>, withBundled = true): Map<string, Tag> {
  const index = new Map<string, Tag>();
  for (const t of store.db
    .prepare('SELECT chain, address, label, category, source FROM crypto_tags ORDER BY rowid')
    .all() as Tag[]) {
    const k = `${t.chain}:${t.address}`;
    if (!index.has(k)) index.set(k, t);
  }
  if (withBundled)
    for (const t of bundledTags())
      if (!index.has(`${t.chain}:${t.address}`)) index.set(`${t.chain}:${t.address}`, t);
  return index;
}
