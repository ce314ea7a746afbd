import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../temp-dirs.js';
import { dragnet, jsonOf } from './run-cli.js';

const tmp = tempDirs('dragnet-cli-');

describe('dragnet CLI basics', () => {
  it('prints its version and help', () => {
    const v = dragnet(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = dragnet(['ingest', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--text-column');
  });

  it('exits 2 on usage errors, with one line on stderr', () => {
    const r = dragnet(['no-such-command']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'no-such-command'");
  });

  it('exits 2 naming the folder when there is no case', () => {
    const dir = path.join(tmp(), 'nothing');
    const r = dragnet(['case', 'info', '--case', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no case in ${dir}`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('creates, describes and verifies a case; names a tampered blob', () => {
    const dir = path.join(tmp(), 'case');
    expect(dragnet(['case', 'init', '--case', dir, '--name', 'Op Test']).code).toBe(0);
    expect(dragnet(['case', 'init', '--case', dir]).code).toBe(2);
    const evidence = path.join(path.dirname(dir), 'note.txt');
    writeFileSync(evidence, 'Pay 0.5 BTC to the wallet in the attached note.\n');
    const ing = dragnet(['ingest', evidence, '--case', dir, '--json']);
    expect(ing.code).toBe(0);
    const report = jsonOf<{
      ingested: number;
      evidence: Array<{ id: string; sha256: string; kind: string; path: string }>;
    }>(ing);
    expect(report.ingested).toBe(1);
    const item = report.evidence[0]!;
    expect(item.kind).toBe('text');

    const info = jsonOf<{ name: string; evidence: number }>(
      dragnet(['case', 'info', '--case', dir, '--json']),
    );
    expect(info).toMatchObject({ name: 'Op Test', evidence: 1 });

    const ok = dragnet(['case', 'verify', '--case', dir, '--json']);
    expect(ok.code).toBe(0);
    expect(jsonOf<{ ok: boolean }>(ok).ok).toBe(true);

    const blob = path.join(dir, 'blobs', item.sha256.slice(0, 2), item.sha256);
    const bytes = readFileSync(blob);
    bytes[3] = bytes[3]! ^ 0x20;
    chmodSync(blob, 0o644);
    writeFileSync(blob, bytes);
    const bad = dragnet(['case', 'verify', '--case', dir]);
    expect(bad.code).toBe(4);
    expect(bad.stdout).toContain(`blob ${item.sha256} was altered`);

    const audit = dragnet(['case', 'audit', '--case', dir, '--jsonl'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string; actor: string });
    expect(audit.map((a) => a.action)).toEqual(['case.init', 'ingest']);
    expect(audit[1]!.actor).toBe('test-runner');
  });
});
