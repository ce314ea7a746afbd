/**
 * @module cli/read-inputs
 * Reads the `[FILE…|-]` inputs of commands such as `extract` and `score`: each named file, or
 * standard input for `-` or when no file is given.
 */
import { readFile } from 'node:fs/promises';
import { badInput } from '../core/errors.js';

export interface InputText {
  source: string;
  bytes: Buffer;
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function* readInputs(files: ReadonlyArray<string>): AsyncGenerator<InputText> {
  const list = files.length === 0 ? ['-'] : files;
  for (const f of list) {
    if (f === '-') {
      yield { source: '-', bytes: await readStdin() };
      continue;
    }
    try {
      yield { source: f, bytes: await readFile(f) };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw badInput(
        f,
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : `cannot read (${code ?? 'error'})`,
        undefined,
        err,
      );
    }
  }
}
