/**
 * `dragnet score` through the built binary: the worker pool must not change what is printed,
 * nor its order, nor the per-message error lines.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dragnet, ROOT } from './run-cli.js';

const fx = (name: string): string => path.join(ROOT, 'test/fixtures/triage', name);
const inbox = path.join(ROOT, 'samples/mail/inbox.mbox');
const inputs = [inbox, fx('rows.jsonl'), fx('phish.eml'), fx('two.mbox')];

const lines = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('dragnet score --workers', () => {
  it('prints the same lines in input order with 1 and 2 threads', () => {
    const one = dragnet(['score', '--jsonl', '--workers', '1', ...inputs]);
    const two = dragnet(['score', '--jsonl', '--workers', '2', ...inputs]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const recs = lines(two.stdout);
    expect(recs).toHaveLength(47 + 6 + 1 + 2);
    expect(recs.slice(0, 47).map((r) => r.id)).toEqual(Array.from({ length: 47 }, (_, i) => `${inbox}#${i}`));
    expect(recs.slice(47, 53).map((r) => r.id)).toEqual([
      'sms-1',
      'sms-2',
      `${fx('rows.jsonl')}:3`,
      'no-text',
      'blank',
      'zh-1',
    ]);
    expect(recs[49]?.error).toMatch(/line 3: malformed JSON/);
    expect(Object.keys(recs[53] ?? {})).toEqual(['id', 'score', 'class', 'lang', 'reasons']);
    expect(recs.at(-1)?.id).toBe(`${fx('two.mbox')}#1`);
  });

  it('reads standard input with workers too', () => {
    const rows =
      '{"id":"a","text":"lunch at 1?"}\nnot json\n{"id":"c","text":"Verify your account now: http://198.51.100.7/login"}\n';
    const r = dragnet(['score', '--jsonl', '--workers', '2'], { input: rows });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(['a', '-:2', 'c']);
  });

  it('refuses a bad --workers value', () => {
    const r = dragnet(['score', '--jsonl', '--workers', '0', fx('phish.eml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--workers/);
  });

  it('prints the messages before a missing file, then exits 3', () => {
    const r = dragnet(['score', '--jsonl', '--workers', '2', fx('two.mbox'), fx('nope.eml')]);
    expect(r.code).toBe(3);
    expect(lines(r.stdout).map((x) => x.id)).toEqual([`${fx('two.mbox')}#0`, `${fx('two.mbox')}#1`]);
  });
});
