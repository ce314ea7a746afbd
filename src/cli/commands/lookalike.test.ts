import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../../test/cli/run-in-process.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const fixture = (f: string) => path.join(ROOT, 'test/fixtures/impersonation', f);

/** Runs `dragnet ARGS` in-process, capturing stdout, stderr and the exit code. */
async function dragnet(...args: string[]): Promise<{ code: number; lines: string[]; err: string }> {
  const r = await runInProcess(args);
  return { code: r.code, lines: r.lines, err: r.stderr };
}

describe('dragnet lookalike', () => {
  it('generate --jsonl prints {"domain","fuzzer"} records, punycode for IDNs', async () => {
    const r = await dragnet(
      '--jsonl',
      'lookalike',
      'generate',
      'apple.com',
      '--fuzzers',
      'cyrillic,omission',
    );
    expect(r.code).toBe(0);
    const rows = r.lines.map((l) => JSON.parse(l));
    expect(rows).toContainEqual({ domain: 'xn--80ak6aa92e.com', fuzzer: 'cyrillic', unicode: 'аррӏе.com' });
    expect(rows).toContainEqual({ domain: 'aple.com', fuzzer: 'omission' });
  });

  it('generate exits 3 on a bad domain and 2 on an unknown fuzzer', async () => {
    expect((await dragnet('--jsonl', 'lookalike', 'generate', 'a..com')).code).toBe(3);
    expect((await dragnet('--jsonl', 'lookalike', 'generate', 'x.com', '--fuzzers', 'nope')).code).toBe(2);
  });

  it('check --jsonl follows the contract, bad inputs as target null with an error', async () => {
    const r = await dragnet('--jsonl', 'lookalike', 'check', 'paypa1.com', 'paypal.com', 'http://');
    expect(r.code).toBe(0);
    const [a, b, c] = r.lines.map((l) => JSON.parse(l));
    expect(a).toMatchObject({
      input: 'paypa1.com',
      target: 'paypal.com',
      score: expect.any(Number),
      techniques: ['homoglyph'],
    });
    expect(b).toMatchObject({ input: 'paypal.com', target: null, score: 0, techniques: [] });
    expect(c).toMatchObject({ input: 'http://', target: null, error: 'URL without a host' });
  });

  it('check --brands replaces the bundled list; a malformed file exits 3 naming the line', async () => {
    const r = await dragnet(
      '--jsonl',
      'lookalike',
      'check',
      '--brands',
      fixture('brands-good.csv'),
      'acme-c0rp.com',
      'paypa1.com',
    );
    expect(r.lines.map((l) => JSON.parse(l).target)).toEqual(['acme-corp.com', null]);
    const bad = await dragnet(
      '--jsonl',
      'lookalike',
      'check',
      '--brands',
      fixture('brands-bad-fields.csv'),
      'x.com',
    );
    expect(bad.code).toBe(3);
    expect(bad.err).toContain('line 3');
  });
});
