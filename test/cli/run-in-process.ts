/**
 * Runs `dragnet ARGS` in-process through the real commander program, capturing stdout, stderr
 * and the exit code (faster than a child process; `run-cli.ts` covers the built binary).
 */
import { vi } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Non-empty stdout lines. */
  lines: string[];
}

export async function runInProcess(args: ReadonlyArray<string>): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = 0;
  try {
    await (await buildProgram()).parseAsync(['node', 'dragnet', ...args]);
  } catch {
    // commander usage errors: exitOverride throws after printing
    process.exitCode = process.exitCode || 2;
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, stdout, stderr, lines: stdout.split('\n').filter((l) => l !== '') };
}
