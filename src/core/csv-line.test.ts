import { describe, expect, it } from 'vitest';
import { splitCsvLine } from './csv-line.js';

describe('splitCsvLine', () => {
  it('reads RFC 4180 quoting: commas and doubled quotes inside a quoted field', () => {
    expect(splitCsvLine('a,"b, c","say ""hi""",')).toEqual(['a', 'b, c', 'say "hi"', '']);
  });
  it('opens quotes only at the start of a field (after blanks)', () => {
    expect(splitCsvLine('5" screen,  "x"')).toEqual(['5" screen', 'x']);
  });
  it('keeps blanks for the caller to trim', () => {
    expect(splitCsvLine(' PayPal , paypal.com')).toEqual([' PayPal ', ' paypal.com']);
  });
  it('returns undefined when a quoted field is never closed', () => {
    expect(splitCsvLine('0xabc,"unterminated')).toBeUndefined();
  });
});
