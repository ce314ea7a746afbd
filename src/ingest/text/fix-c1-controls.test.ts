import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CP1252_C1 } from './fix-c1-controls.js';

describe('fixC1Controls table', () => {
  it('is what iconv-lite decodes windows-1252 0x80-0x9F to', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(CP1252_C1).toBe(iconv.decode(bytes, 'windows-1252'));
  });
});
