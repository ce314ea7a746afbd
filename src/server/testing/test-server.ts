/**
 * @module server/testing/test-server
 * A throw-away server for tests: two seeded cases in a temp folder, users of every kind (admin,
 * analyst and viewer on case A, an outsider on case B only), their API tokens, and fast scrypt
 * parameters (the real ones cost ~0.3 s per hash by design).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initCase, isCaseDir, openCase } from '../../case/open-case.js';
import { type BuiltServer, buildServer, type ServerOptions } from '../build-server.js';
import { CaseRegistry } from '../case-registry.js';
import { hashPassword } from '../password.js';
import type { Role } from '../user-directory.js';
import { seedCase } from './seed-case.js';

export const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };
export const PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  username: string;
  token: string;
}

export interface TestServer extends BuiltServer {
  dir: string;
  caseA: string;
  caseB: string;
  evidenceA: string[];
  users: Record<'admin' | 'analyst' | 'viewer' | 'outsider', TestUser>;
  dispose(): Promise<void>;
}

export async function startTestServer(options: Partial<ServerOptions> = {}, seed = 8): Promise<TestServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-server-'));
  const fixed = { N: 1024, r: 8, p: 1 };
  const a = await initCase(path.join(dir, 'cases', 'alpha'), { name: 'Operation Alpha', actor: 'test' });
  const b = await initCase(path.join(dir, 'cases', 'bravo'), { name: 'Operation Bravo', actor: 'test' });
  const evidenceA = await seedCase(a, seed);
  await seedCase(b, 3);
  const caseA = a.info.id;
  const caseB = b.info.id;
  a.close();
  b.close();
  const registry = new CaseRegistry(
    { open: (d) => openCase(d), init: (d, name) => initCase(d, { name }), isCase: isCaseDir },
    path.join(dir, 'cases'),
  );
  await registry.load([]);
  const server = await buildServer({
    homeDir: path.join(dir, 'home'),
    registry,
    passwordParams: fixed,
    setupToken: 'test-setup-token',
    ...options,
  });
  const users = {} as TestServer['users'];
  const make = async (key: keyof TestServer['users'], role: Role): Promise<void> => {
    const u = server.ctx.users.createUser(key, await hashPassword(PASSWORD, fixed), role);
    users[key] = { id: u.id, username: u.username, token: server.ctx.users.createToken(u.id, 'test').token };
  };
  await make('admin', 'admin');
  await make('analyst', 'analyst');
  await make('viewer', 'viewer');
  await make('outsider', 'analyst');
  server.ctx.users.setMembership(caseA, users.analyst.id, 'analyst');
  server.ctx.users.setMembership(caseA, users.viewer.id, 'viewer');
  server.ctx.users.setMembership(caseB, users.outsider.id, 'analyst');
  return {
    ...server,
    dir,
    caseA,
    caseB,
    evidenceA,
    users,
    dispose: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Logs in through the API; returns the cookie header and the CSRF token. */
export async function login(
  server: BuiltServer,
  username: string,
  password = PASSWORD,
): Promise<{ cookie: string; csrf: string }> {
  const res = await server.app.inject({ method: 'POST', url: '/api/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const setCookie = String(res.headers['set-cookie'] ?? '');
  return { cookie: setCookie.split(';')[0] ?? '', csrf: (res.json() as { csrfToken: string }).csrfToken };
}
