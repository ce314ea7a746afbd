import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTriageEngine } from './engine.js';
import { type ScoreRecord, scoreSources } from './score-inputs.js';

const engine = createTriageEngine();
const fx = (name: string): string =>
  fileURLToPath(new URL(`../../../test/fixtures/triage/${name}`, import.meta.url));

async function collect(sources: string[], stdin = Readable.from([])): Promise<ScoreRecord[]> {
  const out: ScoreRecord[] = [];
  for await (const r of scoreSources(engine, sources, stdin)) out.push(r);
  return out;
}

describe('scoreSources', () => {
  it('scores JSONL rows and gives bad rows an error without losing the others', async () => {
    const recs = await collect([fx('rows.jsonl')]);
    expect(recs.map((r) => r.id)).toEqual([
      'sms-1',
      'sms-2',
      `${fx('rows.jsonl')}:3`,
      'no-text',
      'blank',
      'zh-1',
    ]);
    expect(recs[0]).toMatchObject({ class: expect.stringMatching(/phishing|scam/) });
    expect(recs[1]).toMatchObject({ class: 'ham' });
    expect(recs[2]?.error).toMatch(/line 3: malformed JSON/);
    expect(recs[3]?.error).toMatch(/no "text"/);
    expect(recs[4]?.error).toMatch(/empty/);
    expect(recs[5]).toMatchObject({ lang: 'zh' });
    for (const r of recs.filter((x) => !x.error))
      expect(Object.keys(r)).toEqual(['id', 'score', 'class', 'lang', 'reasons']);
  });
  it('scores .eml and .mbox files with path and path#n ids', async () => {
    const recs = await collect([fx('phish.eml'), fx('two.mbox')]);
    expect(recs.map((r) => r.id)).toEqual([fx('phish.eml'), `${fx('two.mbox')}#0`, `${fx('two.mbox')}#1`]);
    expect(recs[0]?.class).toBe('phishing');
    expect(recs[1]?.class).toBe('ham');
    expect(recs[2]?.class).toBe('phishing');
  });
  it('sniffs JSONL and binary garbage on stdin', async () => {
    const recs = await collect(
      ['-'],
      Readable.from([
        Buffer.from(
          '{"id":"x","text":"hello there, lunch at 1?"}\n{"id":"y","text":"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\u0008\\u000b\\u000c\\u000e\\u000f\\u0010\\u0011\\u0012"}\n',
        ),
      ]),
    );
    expect(recs[0]?.id).toBe('x');
    expect(recs[1]?.error).toMatch(/binary/);
  });
  it('reports a missing file as a command error', async () => {
    await expect(collect([fx('nope.eml')])).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
