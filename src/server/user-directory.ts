/**
 * @module server/user-directory
 * Users, API tokens, sessions and case memberships of one Dragnet server. They live in the
 * server's home folder (`--home DIR`, default `~/.dragnet-server`), in `server.db`, not inside
 * cases: a case folder can be handed to another unit without carrying anyone's credentials.
 * Memberships are keyed by the case's stable id (case.json), so a moved case keeps its team.
 *
 * Invariants:
 * - Secrets are never stored: passwords as scrypt hashes, tokens and session ids as SHA-256.
 * - A session or token resolves to a user only while that user is enabled.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DragnetError } from '../core/errors.js';

export type Role = 'admin' | 'analyst' | 'viewer';
export type CaseRole = 'analyst' | 'viewer';
export const ROLES: ReadonlyArray<Role> = ['admin', 'analyst', 'viewer'];

export interface User {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export interface ApiTokenInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface Session {
  user: User;
  csrf: string;
  expiresAt: number;
}

interface UserRow {
  id: string;
  username: string;
  role: Role;
  disabled: number;
  created_at: string;
  password_hash: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE, role TEXT NOT NULL,
  password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL, last_used_at TEXT);
CREATE TABLE IF NOT EXISTS sessions (
  id_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, csrf TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS memberships (
  case_id TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (case_id, user_id));
`;

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  role: r.role,
  disabled: r.disabled !== 0,
  createdAt: r.created_at,
});

/** Session lifetime: a working day; sliding on use. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export class UserDirectory {
  private readonly db: Database.Database;
  private readonly clock: () => Date;

  constructor(homeDir: string, clock: () => Date = () => new Date()) {
    mkdirSync(homeDir, { recursive: true, mode: 0o700 });
    this.db = new Database(path.join(homeDir, 'server.db'));
    this.db.pragma('journal_mode = WAL');
    // Sessions and token use stamps are not evidence: NORMAL (no fsync per commit) is enough.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    this.clock = clock;
  }

  close(): void {
    this.db.close();
  }

  countUsers(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  createUser(username: string, passwordHash: string, role: Role): User {
    if (!/^[A-Za-z0-9._@-]{2,64}$/.test(username)) {
      throw new DragnetError('BAD_INPUT', 'username must be 2-64 letters, digits or . _ @ -', {
        subject: username,
      });
    }
    const exists = this.db.prepare('SELECT 1 FROM users WHERE username = ?').get(username);
    if (exists) throw new DragnetError('CONFLICT', `user ${username} already exists`);
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO users (id, username, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, username, role, passwordHash, this.clock().toISOString());
    return this.getUser(id) as User;
  }

  getUser(id: string): User | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  /** The user and stored hash for a login attempt. */
  findLogin(username: string): { user: User; passwordHash: string } | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as
      | UserRow
      | undefined;
    return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
  }

  listUsers(): User[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[]).map(toUser);
  }

  updateUser(id: string, patch: { role?: Role; disabled?: boolean; passwordHash?: string }): User {
    const user = this.getUser(id);
    if (!user) throw new DragnetError('NOT_FOUND', `no user ${id}`);
    if (patch.role) this.db.prepare('UPDATE users SET role = ? WHERE id = ?').run(patch.role, id);
    if (patch.disabled !== undefined) {
      this.db.prepare('UPDATE users SET disabled = ? WHERE id = ?').run(patch.disabled ? 1 : 0, id);
      // Disabling logs the user out everywhere at once.
      if (patch.disabled) this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
    }
    if (patch.passwordHash) {
      this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(patch.passwordHash, id);
      this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
    }
    return this.getUser(id) as User;
  }

  /** Starts a session; returns the secret session id (cookie value) and its CSRF token. */
  createSession(userId: string): { sid: string; csrf: string } {
    const sid = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    const now = this.clock().getTime();
    this.db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(now);
    this.db
      .prepare('INSERT INTO sessions (id_hash, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)')
      .run(sha256(sid), userId, csrf, now + SESSION_TTL_MS);
    return { sid, csrf };
  }

  /** Resolves a session cookie; slides its expiry. */
  getSession(sid: string): Session | undefined {
    const now = this.clock().getTime();
    const row = this.db
      .prepare('SELECT user_id, csrf, expires_at FROM sessions WHERE id_hash = ?')
      .get(sha256(sid)) as { user_id: string; csrf: string; expires_at: number } | undefined;
    if (!row || row.expires_at < now) return undefined;
    const user = this.getUser(row.user_id);
    if (!user || user.disabled) return undefined;
    // Slide the expiry at most once a minute: a write per request would dominate API latency.
    let expiresAt = row.expires_at;
    if (now + SESSION_TTL_MS - expiresAt > 60_000) {
      expiresAt = now + SESSION_TTL_MS;
      this.db.prepare('UPDATE sessions SET expires_at = ? WHERE id_hash = ?').run(expiresAt, sha256(sid));
    }
    return { user, csrf: row.csrf, expiresAt };
  }

  deleteSession(sid: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(sha256(sid));
  }

  /** Creates an API token; the secret is returned once and only its hash is kept. */
  createToken(userId: string, name: string): { token: string; info: ApiTokenInfo } {
    const token = `dgt_${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    const createdAt = this.clock().toISOString();
    this.db
      .prepare('INSERT INTO tokens (id, user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, userId, name, sha256(token), createdAt);
    return { token, info: { id, name, createdAt, lastUsedAt: null } };
  }

  listTokens(userId: string): ApiTokenInfo[] {
    const rows = this.db
      .prepare('SELECT id, name, created_at, last_used_at FROM tokens WHERE user_id = ? ORDER BY created_at')
      .all(userId) as Array<{ id: string; name: string; created_at: string; last_used_at: string | null }>;
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
  }

  deleteToken(userId: string, tokenId: string): boolean {
    return (
      this.db.prepare('DELETE FROM tokens WHERE id = ? AND user_id = ?').run(tokenId, userId).changes > 0
    );
  }

  userForToken(token: string): User | undefined {
    const row = this.db
      .prepare('SELECT id, user_id, last_used_at FROM tokens WHERE token_hash = ?')
      .get(sha256(token)) as { id: string; user_id: string; last_used_at: string | null } | undefined;
    if (!row) return undefined;
    const user = this.getUser(row.user_id);
    if (!user || user.disabled) return undefined;
    // Stamp the use at most once a minute: a write per API call would dominate its latency.
    const now = this.clock();
    if (row.last_used_at === null || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
      this.db.prepare('UPDATE tokens SET last_used_at = ? WHERE id = ?').run(now.toISOString(), row.id);
    }
    return user;
  }

  setMembership(caseId: string, userId: string, role: CaseRole | null): void {
    if (role === null) {
      this.db.prepare('DELETE FROM memberships WHERE case_id = ? AND user_id = ?').run(caseId, userId);
      return;
    }
    this.db
      .prepare(
        'INSERT INTO memberships (case_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET role = excluded.role',
      )
      .run(caseId, userId, role);
  }

  membership(caseId: string, userId: string): CaseRole | undefined {
    const row = this.db
      .prepare('SELECT role FROM memberships WHERE case_id = ? AND user_id = ?')
      .get(caseId, userId) as { role: CaseRole } | undefined;
    return row?.role;
  }

  listMembers(caseId: string): Array<{ user: User; role: CaseRole }> {
    const rows = this.db
      .prepare('SELECT user_id, role FROM memberships WHERE case_id = ?')
      .all(caseId) as Array<{
      user_id: string;
      role: CaseRole;
    }>;
    return rows.flatMap((r) => {
      const user = this.getUser(r.user_id);
      return user ? [{ user, role: r.role }] : [];
    });
  }
}
