import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScannablePicture, readQrCode } from './read-qr-code.js';

const FIX = join(import.meta.dirname, '../../../test/fixtures/ingest/documents');
const read = (name: string): Buffer => readFileSync(join(FIX, name));
const URL = 'https://mfa-revalidate.pages.dev/m365?u=finance';

describe('readQrCode (qrencode- and ImageMagick-made fixtures)', () => {
  it('reads the link of a QR code in a PNG and in a JPEG picture around it', async () => {
    expect(await readQrCode(read('qr.png'))).toBe(URL);
    expect(await readQrCode(read('quish.jpg'))).toBe(URL);
  });

  it('reads codes that are no link as their text', async () => {
    expect(await readQrCode(read('wifi-qr.png'))).toBe('WIFI:S:Office;T:WPA;P:guest2026;;');
  });

  it('answers undefined, never throws, for other formats, damaged pictures and oversized ones', async () => {
    expect(await readQrCode(read('lure.pdf'))).toBeUndefined();
    expect(await readQrCode(read('quish.jpg').subarray(0, 2000))).toBeUndefined();
    expect(await readQrCode(read('qr.png').subarray(0, 100))).toBeUndefined();
    // A PNG header that claims 100,000 × 100,000 pixels is not inflated.
    const huge = Buffer.from(read('qr.png'));
    huge.writeUInt32BE(100_000, 16);
    huge.writeUInt32BE(100_000, 20);
    expect(await readQrCode(huge)).toBeUndefined();
    expect(isScannablePicture(Buffer.from('GIF89a'))).toBe(false);
  });
});
