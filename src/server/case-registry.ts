/**
 * @module server/case-registry
 * The cases one server serves: a single case (`--case DIR`) and/or every case folder directly
 * inside a folder of cases (`--cases DIR`, where new cases are also created). Stores are opened
 * once and kept open for the server's life (the SQLite adapter is synchronous and cheap to share).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CaseInfo, CaseStore } from '../case/case-store.js';
import { DragnetError } from '../core/errors.js';
import { caseVersion } from './case-version.js';

/** How the registry opens and creates stores (the CLI passes `openCase` / `initCase`). */
export interface CaseOpener {
  open(dir: string): Promise<CaseStore>;
  init(dir: string, name: string): Promise<CaseStore>;
  isCase(dir: string): boolean;
}

export class CaseRegistry {
  private readonly stores = new Map<string, CaseStore>();

  constructor(
    private readonly opener: CaseOpener,
    private readonly casesDir?: string,
  ) {}

  /** Opens the single case and/or scans the folder of cases. */
  async load(caseDirs: ReadonlyArray<string>): Promise<void> {
    for (const dir of caseDirs) await this.add(await this.opener.open(dir));
    if (this.casesDir) {
      mkdirSync(this.casesDir, { recursive: true });
      for (const entry of readdirSync(this.casesDir, { withFileTypes: true })) {
        const dir = path.join(this.casesDir, entry.name);
        if (entry.isDirectory() && this.opener.isCase(dir)) await this.add(await this.opener.open(dir));
      }
    }
  }

  async add(store: CaseStore): Promise<void> {
    if (this.stores.has(store.info.id)) {
      store.close();
      return;
    }
    this.stores.set(store.info.id, store);
  }

  get canCreate(): boolean {
    return this.casesDir !== undefined;
  }

  /** Creates a case inside the folder of cases; the folder name is derived from the case name. */
  async create(name: string): Promise<CaseStore> {
    if (!this.casesDir) {
      throw new DragnetError('CONFLICT', 'this server serves fixed cases', {
        hint: 'start it with --cases DIR to create cases',
      });
    }
    const slug =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 48) || 'case';
    let dir = path.join(this.casesDir, slug);
    for (let n = 2; this.opener.isCase(dir); n++) dir = path.join(this.casesDir, `${slug}-${n}`);
    const store = await this.opener.init(dir, name);
    await this.add(store);
    return store;
  }

  list(): CaseInfo[] {
    return [...this.stores.values()].map((s) => s.info).sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): CaseStore | undefined {
    return this.stores.get(id);
  }

  /** The case's data version (see `case-version.ts`): moves on every commit, from any process. */
  version(id: string): number {
    const store = this.stores.get(id);
    return store ? caseVersion(store) : 0;
  }

  close(): void {
    for (const s of this.stores.values()) s.close();
    this.stores.clear();
  }
}
