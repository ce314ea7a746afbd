/**
 * @module server/text-search
 * Substring search over the evidence of a case (subject, sender, recipients, file name, text and
 * HTML) through an SQLite FTS5 trigram index, so a search costs an index lookup instead of a
 * `LIKE '%…%'` scan of every item's JSON. The index belongs to the server, not the case: it lives
 * in a temporary database (SQLite deletes it on close) and is derived from the case, never
 * evidence itself. Rows are keyed by the item's position in ingest order (as in `EvidenceList`)
 * and, since evidence is append-only, brought up to date by indexing only the items added since.
 *
 * Matching: case-insensitive substring. Queries of three characters or more use the trigram
 * index; shorter ones scan the index's stored text.
 */
import Database from 'better-sqlite3';
import type { CaseStore } from '../case/case-store.js';
import type { Evidence } from '../core/evidence.js';

function searchableText(e: Evidence): string {
  const parts = [e.subject, e.from?.name, e.from?.address, e.fileName, e.path, e.text, e.html];
  for (const p of [...(e.to ?? []), ...(e.cc ?? [])]) parts.push(p.name, p.address);
  return parts.filter((s): s is string => typeof s === 'string' && s !== '').join('\n');
}

export class TextSearch {
  private readonly db: Database.Database;
  private indexed = 0;
  private version = -1;
  private readonly results = new Map<string, Uint32Array>();

  constructor(private readonly store: CaseStore) {
    // '' = a private temporary database on disk, removed when closed.
    this.db = new Database('');
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec("CREATE VIRTUAL TABLE items USING fts5(body, tokenize = 'trigram')");
  }

  /** Indexes the items added since the last call (`version` is the case's data version). */
  update(version: number): this {
    if (version === this.version) return this;
    const insert = this.db.prepare('INSERT INTO items (rowid, body) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const e of this.store.iterateEvidence({ offset: this.indexed, limit: Number.MAX_SAFE_INTEGER })) {
        insert.run(this.indexed, searchableText(e));
        this.indexed++;
      }
    })();
    this.results.clear();
    this.version = version;
    return this;
  }

  /** Positions (ingest order) of the items containing `query`, ascending; cached per version. */
  find(query: string): Uint32Array {
    const hit = this.results.get(query);
    if (hit) return hit;
    let rows: number[];
    if ([...query].length >= 3) {
      const phrase = `"${query.replace(/"/g, '""')}"`;
      rows = this.db
        .prepare('SELECT rowid FROM items WHERE items MATCH ? ORDER BY rowid')
        .pluck()
        .all(phrase) as number[];
    } else {
      rows = this.db
        .prepare('SELECT rowid FROM items WHERE instr(lower(body), lower(?)) > 0 ORDER BY rowid')
        .pluck()
        .all(query) as number[];
    }
    const result = Uint32Array.from(rows);
    if (this.results.size >= 256) this.results.delete(this.results.keys().next().value as string);
    this.results.set(query, result);
    return result;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

const indexes = new WeakMap<CaseStore, TextSearch>();

/** Closes and forgets the case's search index (its temporary database is deleted). */
export function closeTextSearch(store: CaseStore): void {
  indexes.get(store)?.close();
  indexes.delete(store);
}

/** The case's search index, up to date with `version`. Built on first use. */
export function textSearch(store: CaseStore, version: number): TextSearch {
  let index = indexes.get(store);
  if (!index) {
    index = new TextSearch(store);
    indexes.set(store, index);
  }
  return index.update(version);
}
