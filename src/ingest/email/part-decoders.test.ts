import { describe, expect, it } from 'vitest';
import { concatChunks, partDecodersPatched } from './part-decoders.js';

describe('postal-mime part decoders without Blob', () => {
  it('are patched (a postal-mime upgrade that moves them must be looked at)', () => {
    expect(partDecodersPatched).toBe(true);
  });

  it('concatenate exactly the bytes a Blob of the same chunks holds', async () => {
    const whole = new Uint8Array([0, 1, 2, 250, 251, 252, 10, 13]);
    const cases: Array<Array<ArrayBuffer | ArrayBufferView<ArrayBuffer> | string>> = [
      [],
      [''],
      ['\n'],
      [whole.subarray(2, 5), '\n', whole.subarray(0, 0), '\n'],
      [whole.buffer.slice(1, 4), 'é€\ud83d\ude00', whole],
      // A lone surrogate becomes U+FFFD in a Blob (USVString) and in UTF-8 from a Buffer alike.
      ['a\ud800b'],
      // One-character strings: ASCII inline, anything else through the encoder.
      ['\n', 'é', '\u0000', '\u007f', '\u0080', '\ud83d', whole.subarray(6), '\r'],
      [new Uint16Array([0x0102, 0xfffe]), new DataView(whole.buffer, 3, 2), '\n'],
    ];
    for (const chunks of cases) {
      const mine = new Uint8Array(concatChunks(chunks));
      const blob = new Uint8Array(await new Blob(chunks).arrayBuffer());
      expect(mine).toEqual(blob);
      expect(concatChunks(chunks).byteLength).toBe(blob.byteLength);
    }
  });
});
