import * as htmlparser2 from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { Parser } from './html-parser.js';

describe('html-parser', () => {
  it('is the Parser class htmlparser2 exports', () => {
    expect(Parser).toBe(htmlparser2.Parser);
  });

  it('streams tags and text', () => {
    const seen: string[] = [];
    const p = new Parser({
      onopentag: (name) => seen.push(`<${name}>`),
      ontext: (text) => seen.push(text),
    });
    p.end('<p>a &amp; b</p>');
    expect(seen.join('')).toBe('<p>a & b');
  });
});
