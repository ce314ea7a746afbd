import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { fixC1Controls } from './fix-c1-controls.js';

describe('decodeText', () => {
  it('follows BOM, then valid UTF-8, else windows-1252 (with a real €)', () => {
    expect(decodeText(Buffer.from('\ufeffPrivet Привет'))).toEqual({
      text: 'Privet Привет',
      charset: 'utf-8',
    });
    expect(decodeText(iconv.encode('\ufeffé€', 'utf-16le'))).toEqual({ text: 'é€', charset: 'utf-16le' });
    expect(decodeText(iconv.encode('\ufeffé€', 'utf-16be'))).toEqual({ text: 'é€', charset: 'utf-16be' });
    expect(decodeText(Buffer.from('naïve'))).toEqual({ text: 'naïve', charset: 'utf-8' });
    expect(decodeText(Buffer.from([0x80, 0x20, 0x93, 0x71, 0x94, 0xe9]))).toEqual({
      text: '€ “q”é',
      charset: 'windows-1252',
    });
  });

  it('maps C1 controls left by Node 20 windows-1252 decoding', () => {
    expect(fixC1Controls('\u0080 \u0093x\u0094 \u0081')).toBe('€ “x” \u0081');
    expect(fixC1Controls('plain')).toBe('plain');
  });
});
