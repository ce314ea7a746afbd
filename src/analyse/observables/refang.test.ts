import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defang } from './defang.js';
import { refang } from './refang.js';

const REF = '../shared/reference/observables/ioc-fanger-tests';
const calls = JSON.parse(readFileSync(`${REF}/ioc_fanger_recorded_calls.json`, 'utf8')) as Array<{
  fn: 'fang' | 'defang';
  input: string;
  output: string;
}>;

describe('refang: the ioc-fanger recorded pairs', () => {
  const fang = calls.filter((c) => c.fn === 'fang');
  it('has the reference pairs', () => expect(fang.length).toBe(186));
  it.each(fang.map((c) => [c.input, c.output]))('fang %j', (input, output) => {
    expect(refang(input)).toBe(output);
  });
  it('refangs the 1017-line aligned sample text exactly', () => {
    const defanged = readFileSync(`${REF}/src/tests/sample_text_defanged.txt`, 'utf8');
    const fanged = readFileSync(`${REF}/src/tests/sample_text_fanged.txt`, 'utf8');
    expect(refang(defanged)).toBe(fanged);
  });
});

describe('defang: the ioc-fanger recorded pairs', () => {
  it.each(calls.filter((c) => c.fn === 'defang').map((c) => [c.input, c.output]))(
    'defang %j',
    (input, output) => {
      expect(defang(input)).toBe(output);
    },
  );
  it('round-trips through refang', () => {
    const s = 'see http://evil.example.com/x and bob@evil.example.com at 10.0.0.1';
    expect(refang(defang(s))).toBe(s);
  });
});
