/**
 * Starts the real `dragnet serve` (the CLI, from source) on a free loopback port with a fresh
 * case and server home, and an administrator created from the environment.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ADMIN = { username: 'inspector', password: 'e2e-password-123' };

export interface ServeProcess {
  url: string;
  dir: string;
  caseDir: string;
  /** The server's process id (the bench reads its CPU time). */
  pid: number;
  stop(): Promise<void>;
}

export async function startServe(
  extraArgs: string[] = [],
  caseDir?: string,
  env: Record<string, string> = {},
): Promise<ServeProcess> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-e2e-'));
  const theCase = caseDir ?? path.join(dir, 'case');
  const root = path.resolve(import.meta.dirname, '..', '..');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'src/cli/main.ts'),
      'serve',
      '--case',
      theCase,
      '--home',
      path.join(dir, 'home'),
      '--port',
      '0',
      ...extraArgs,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DRAGNET_ADMIN_USER: ADMIN.username,
        DRAGNET_ADMIN_PASSWORD: ADMIN.password,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dragnet serve did not start:\n${stderr}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`dragnet serve exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    dir,
    caseDir: theCase,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
