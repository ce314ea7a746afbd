import { describe, expect, it } from 'vitest';
import { emailSpans, replaceEmails } from './email-spans.js';

// The regex the scanner replaces: both must find the same addresses, in the same order.
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const viaRegex = (t: string): string[] => [...t.matchAll(EMAIL_RE)].map((m) => m[0]);
const viaSpans = (t: string): string[] => emailSpans(t).map(([s, e]) => t.slice(s, e));

describe('emailSpans', () => {
  const cases = [
    'write to alice@example.com or bob.smith+x@mail.example.co.uk today',
    'no address here, just @handles and user@localhost',
    'x@y@z.com and a@b.com.x@y.com',
    'müller@beispiel.de, 用户@例子.中国, 𝒶@b.cd',
    '@@@ a@ @b.com a@b.c a@b.cd.',
    'first.last@sub-domain.example.org>next@example.net',
  ];
  it.each(cases)('matches the regex on %s', (t) => {
    expect(viaSpans(t)).toEqual(viaRegex(t));
  });

  it('honours the limit and replaces addresses with a token', () => {
    expect(emailSpans('a@b.cd e@f.gh', 1)).toHaveLength(1);
    expect(replaceEmails('mail a@b.cd now', ' zzemail ')).toBe('mail  zzemail  now');
  });
});
