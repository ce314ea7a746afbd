/**
 * `dragnet demo`, the first thing a newcomer runs: built from the bundled samples, its case must
 * carry every kind of verdict, indicator, story, campaign, trace and export Dragnet produces, and
 * pass its own chain-of-custody check.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoReport } from '../../src/demo/run-demo.js';
import { tempDirs } from '../temp-dirs.js';
import { dragnet, jsonOf } from './run-cli.js';

const tmp = tempDirs('dragnet-demo-');

describe('dragnet demo', () => {
  const dir = path.join(tmp(), 'demo-case');
  const run = dragnet(['demo', '--case', dir, '--json']);
  const report = jsonOf<DemoReport>(run);

  it('builds a verified case from every sample', () => {
    expect(run.code).toBe(0);
    expect(report.ingest.failed).toEqual([]);
    expect(report.verify.ok).toBe(true);
    expect(report.summary.evidence).toBeGreaterThan(100);
  });

  it('shows every verdict class, the stories told across chats, and the exports', () => {
    expect(Object.keys(report.summary.verdicts).sort()).toEqual(['ham', 'phishing', 'scam', 'spam']);
    expect(report.summary.stories.map((s) => s.story).sort()).toEqual([
      'family-impersonation',
      'family-impersonation',
      'romance-investment',
    ]);
    for (const file of ['case.stix.json', 'case.misp.json', 'case.csv'])
      expect(existsSync(path.join(dir, 'exports', file)), file).toBe(true);
  });

  it('prints the stories in its report for people', () => {
    const human = dragnet(['demo', '--case', dir]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Stories told across chats');
    expect(human.stdout).toMatch(/romance-investment {2}whatsapp-scam\.txt\n {6}David: "my dear" \(#6\)/);
  });
});
