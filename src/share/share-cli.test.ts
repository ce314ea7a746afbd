/**
 * The campaigns / timeline / export / match commands, run in-process through the real commander
 * program against a real case folder (stdout captured).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInProcess } from '../../test/cli/run-in-process.js';
import { writeSyntheticCase } from '../../test/fixtures/graph/write-synthetic-case.js';
import { tempDirs } from '../../test/temp-dirs.js';

const tempDir = tempDirs('dragnet-share-cli-');

const run = (args: string[]) => runInProcess(args);

afterEach(() => vi.restoreAllMocks());

describe('campaign and sharing commands', () => {
  it('campaigns, timeline, export and match work end to end on a case', async () => {
    const dir = path.join(tempDir(), 'case');
    await writeSyntheticCase(dir);

    const campaigns = await run(['campaigns', '--case', dir, '--jsonl']);
    expect(campaigns.code).toBe(0);
    const lines = campaigns.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    for (const k of ['id', 'members', 'indicators', 'first_seen', 'last_seen', 'languages', 'summary'])
      expect(lines[0]).toHaveProperty(k);

    const timeline = await run(['timeline', '--case', dir, '--jsonl', '--campaign', lines[1].id]);
    expect(timeline.code).toBe(0);
    const events = timeline.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(new Set(events.map((e: { evidence: string }) => e.evidence))).toEqual(new Set(lines[1].members));
    expect((await run(['timeline', '--case', dir, '--campaign', 'cmp-nope'])).code).toBe(3);

    const stix1 = await run(['export', 'stix', '--case', dir]);
    const stix2 = await run(['export', 'stix', '--case', dir]);
    expect(stix1.code).toBe(0);
    expect(stix2.stdout).toBe(stix1.stdout);
    expect(JSON.parse(stix1.stdout).type).toBe('bundle');
    const csv = await run(['export', 'csv', '--case', dir, '--campaign', lines[0].id]);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'type,value,first_seen,last_seen,evidence_count,campaigns,verdicts',
    );
    expect((await run(['export', 'pdf', '--case', dir])).code).toBe(2);

    const misp = await run(['export', 'misp', '--case', dir]);
    const file = path.join(path.dirname(dir), 'partner.json');
    writeFileSync(file, misp.stdout);
    const match = await run(['match', '--case', dir, file, '--jsonl']);
    expect(match.code).toBe(0);
    expect(match.stderr).toContain('imported');
    expect(match.stdout).toContain('"type":"btc"');

    const broken = path.join(path.dirname(dir), 'broken.json');
    writeFileSync(broken, '{"type": "bundle", "objects": [');
    const bad = await run(['match', '--case', dir, broken]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('broken.json');
  });
});
