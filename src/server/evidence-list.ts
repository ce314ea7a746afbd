/**
 * @module server/evidence-list
 * The evidence table's projection of a case: one entry per item in ingest order holding only
 * what the list shows and filters on, with its row already serialised as JSON. A page is then
 * a slice of a cached index array joined into a string, instead of a SQL query that parses
 * every matching item's full `doc` and a fresh serialisation.
 *
 * Kept per case and brought up to date when the case's data version moves: evidence rows are
 * append-only (ingest order = rowid order, never updated or deleted), so only the items added
 * since are read; verdicts may change on any write, so the rows' verdict part is re-joined.
 */
import type { CaseStore } from '../case/case-store.js';
import type { Evidence, EvidenceKind } from '../core/evidence.js';
import type { VerdictSummary } from './verdict-index.js';

const CONTAINERS: ReadonlySet<EvidenceKind> = new Set(['mailbox', 'chat-export', 'archive']);

interface Entry {
  id: string;
  kind: EvidenceKind;
  /** The row as JSON without its closing brace, so the verdict can be appended. */
  head: string;
  senderAddress: string;
  senderName: string;
}

export interface ListFilter {
  kind?: string;
  /** Include mailboxes, chat exports and archives (default: items only). */
  containers?: boolean;
  class?: string;
  lang?: string;
  /** Lower-case substring of the sender's address or name. */
  sender?: string;
  /** Entry positions matching a text search, ascending (from `TextSearch`). */
  searchHits?: { key: string; positions: Uint32Array };
}

/** The fields of `EvidenceRow` (routes/schemas.ts), in its order, minus the verdict. */
function rowHead(e: Evidence): string {
  const row: Record<string, unknown> = {
    id: e.id,
    kind: e.kind,
    path: e.path,
    sha256: e.sha256,
    size: e.size,
  };
  if (e.parentId !== undefined) row.parentId = e.parentId;
  if (e.date !== undefined) row.date = e.date;
  if (e.subject !== undefined) row.subject = e.subject;
  if (e.fileName !== undefined) row.fileName = e.fileName;
  if (e.from?.address !== undefined) {
    row.from =
      e.from.name !== undefined
        ? { name: e.from.name, address: e.from.address }
        : { address: e.from.address };
  }
  const json = JSON.stringify(row);
  return json.slice(0, -1);
}

function verdictJson(v: VerdictSummary): string {
  return JSON.stringify({ class: v.class, score: v.score, lang: v.lang, source: v.source });
}

export class EvidenceList {
  private readonly entries: Entry[] = [];
  private rows: string[] = [];
  private verdicts: Map<string, VerdictSummary> = new Map();
  private readonly matches = new Map<string, Uint32Array>();
  private version = -1;

  constructor(private readonly store: CaseStore) {}

  /** Brings the projection to `version` (the caller's `caseVersion`) with its verdict index. */
  update(version: number, verdicts: Map<string, VerdictSummary>): this {
    if (version === this.version) return this;
    // Append-only: the rows after the ones held are exactly the new ones.
    for (const e of this.store.iterateEvidence({
      offset: this.entries.length,
      limit: Number.MAX_SAFE_INTEGER,
    })) {
      this.entries.push({
        id: e.id,
        kind: e.kind,
        head: rowHead(e),
        senderAddress: e.from?.address.toLowerCase() ?? '',
        senderName: e.from?.name?.toLowerCase() ?? '',
      });
    }
    this.verdicts = verdicts;
    this.rows = this.entries.map((en) => {
      const v = verdicts.get(en.id);
      return v ? `${en.head},"verdict":${verdictJson(v)}}` : `${en.head}}`;
    });
    this.matches.clear();
    this.version = version;
    return this;
  }

  /** Every item of the case, containers included. */
  get size(): number {
    return this.entries.length;
  }

  /** Evidence id of the entry at `position` (what `TextSearch` indexes by). */
  idAt(position: number): string | undefined {
    return this.entries[position]?.id;
  }

  /** Positions of the entries matching `filter`, ascending (ingest order); cached per version. */
  matching(filter: ListFilter): Uint32Array {
    const key = JSON.stringify([
      filter.kind ?? null,
      filter.containers === true,
      filter.class ?? null,
      filter.lang ?? null,
      filter.sender ?? null,
      filter.searchHits?.key ?? null,
    ]);
    const hit = this.matches.get(key);
    if (hit) return hit;
    const candidates = filter.searchHits?.positions;
    const out: number[] = [];
    const test = (i: number): void => {
      const en = this.entries[i];
      if (!en) return;
      if (filter.kind !== undefined ? en.kind !== filter.kind : !filter.containers && CONTAINERS.has(en.kind))
        return;
      if (filter.class !== undefined || filter.lang !== undefined) {
        const v = this.verdicts.get(en.id);
        if (filter.class !== undefined && v?.class !== filter.class) return;
        if (filter.lang !== undefined && v?.lang !== filter.lang) return;
      }
      if (
        filter.sender !== undefined &&
        !en.senderAddress.includes(filter.sender) &&
        !en.senderName.includes(filter.sender)
      )
        return;
      out.push(i);
    };
    if (candidates) for (const i of candidates) test(i);
    else for (let i = 0; i < this.entries.length; i++) test(i);
    const result = Uint32Array.from(out);
    if (this.matches.size >= 512) this.matches.delete(this.matches.keys().next().value as string);
    this.matches.set(key, result);
    return result;
  }

  /** `{"total":…,"items":[…]}` for one page of `positions`. */
  pageJson(positions: Uint32Array, offset: number, limit: number): string {
    const end = Math.min(positions.length, offset + limit);
    const parts: string[] = [];
    for (let i = offset; i < end; i++) parts.push(this.rows[positions[i]!]!);
    return `{"total":${positions.length},"items":[${parts.join(',')}]}`;
  }
}

const lists = new WeakMap<CaseStore, EvidenceList>();

export function evidenceList(
  store: CaseStore,
  version: number,
  verdicts: Map<string, VerdictSummary>,
): EvidenceList {
  let list = lists.get(store);
  if (!list) {
    list = new EvidenceList(store);
    lists.set(store, list);
  }
  return list.update(version, verdicts);
}
