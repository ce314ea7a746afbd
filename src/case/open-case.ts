/**
 * @module case/open-case
 * Creating and opening case folders. A case folder holds `case.json` (identity), `case.db`
 * (SQLite), `blobs/` (evidence bytes) and `audit.head` (the audit log's last hash).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DragnetError } from '../core/errors.js';
import type { CaseInfo } from './case-store.js';
import { SqliteCaseStore } from './sqlite-case-store.js';

export const CASE_FORMAT = 'dragnet-case';
export const CASE_FORMAT_VERSION = 1;

export interface OpenCaseOptions {
  actor?: string;
  clock?: () => Date;
  readonly?: boolean;
}

/** The OS user and host, unless `DRAGNET_ACTOR` says otherwise (the API passes its own user). */
export function defaultActor(): string {
  if (process.env.DRAGNET_ACTOR) return process.env.DRAGNET_ACTOR;
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // no passwd entry (containers): keep 'unknown'
  }
  return `${user}@${os.hostname()}`;
}

export function isCaseDir(dir: string): boolean {
  return existsSync(path.join(dir, 'case.json'));
}

export async function initCase(
  dir: string,
  options: OpenCaseOptions & { name?: string } = {},
): Promise<SqliteCaseStore> {
  const abs = path.resolve(dir);
  if (isCaseDir(abs)) {
    throw new DragnetError('CASE_EXISTS', `a case already exists in ${abs}`, {
      hint: 'open it with --case, or choose another folder',
    });
  }
  mkdirSync(abs, { recursive: true });
  const clock = options.clock ?? (() => new Date());
  const info: CaseInfo = {
    id: randomUUID(),
    name: options.name ?? path.basename(abs),
    createdAt: clock().toISOString(),
    dir: abs,
    formatVersion: CASE_FORMAT_VERSION,
  };
  const { dir: _dir, ...stored } = info;
  writeFileSync(
    path.join(abs, 'case.json'),
    `${JSON.stringify({ format: CASE_FORMAT, ...stored }, null, 2)}\n`,
  );
  const store = new SqliteCaseStore(info, { actor: options.actor ?? defaultActor(), clock });
  await store.write({ action: 'case.init', target: info.id, details: { name: info.name } }, () => undefined);
  return store;
}

export function readCaseInfo(dir: string): CaseInfo {
  const abs = path.resolve(dir);
  const file = path.join(abs, 'case.json');
  if (!existsSync(file)) {
    throw new DragnetError('NOT_A_CASE', `no case in ${abs}`, {
      hint: 'create one with `dragnet case init --case DIR`, or point --case / DRAGNET_CASE at an existing case',
    });
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new DragnetError('BAD_INPUT', 'case.json is not valid JSON', { subject: file, cause: err });
  }
  if (raw.format !== CASE_FORMAT || typeof raw.id !== 'string') {
    throw new DragnetError('NOT_A_CASE', `${file} is not a Dragnet case file`);
  }
  const version = Number(raw.formatVersion ?? 1);
  if (version > CASE_FORMAT_VERSION) {
    throw new DragnetError('CASE_VERSION', `case format ${version} is newer than this Dragnet understands`, {
      hint: 'upgrade Dragnet',
    });
  }
  return {
    id: raw.id,
    name: String(raw.name ?? path.basename(abs)),
    createdAt: String(raw.createdAt ?? ''),
    dir: abs,
    formatVersion: version,
  };
}

export async function openCase(dir: string, options: OpenCaseOptions = {}): Promise<SqliteCaseStore> {
  const info = readCaseInfo(dir);
  return new SqliteCaseStore(info, {
    actor: options.actor ?? defaultActor(),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  });
}

/** Opens the case, creating it first if the folder holds none (ingest and demo do this). */
export async function openOrInitCase(dir: string, options: OpenCaseOptions = {}): Promise<SqliteCaseStore> {
  return isCaseDir(dir) ? openCase(dir, options) : initCase(dir, options);
}
