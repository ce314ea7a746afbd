/**
 * Runs the built `dragnet` CLI (`dist/cli/main.js`, compiled by `npm test`'s pretest step) in a
 * child process, exactly as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function dragnet(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): CliResult {
  const res = spawnSync(process.execPath, [`${ROOT}dist/cli/main.js`, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    env: { ...process.env, DRAGNET_ACTOR: 'test-runner', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

export function jsonOf<T = Record<string, unknown>>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(
      `not JSON (exit ${r.code}): ${r.stdout.slice(0, 500)}\nstderr: ${r.stderr.slice(0, 2000)}`,
    );
  }
}
