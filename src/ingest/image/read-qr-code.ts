/**
 * @module ingest/image/read-qr-code
 * The QR code in a PNG or JPEG picture (an attachment or an inline image of a mail): "quishing"
 * puts the phishing link in a QR code, where no text analyser sees it and the victim opens it on
 * a phone, outside the company's protections. Decoding is pure JavaScript (`pngjs`, `jpeg-js`,
 * `jsqr`), nothing is rendered or shown, and the cost is bounded: pictures over 4 MB or
 * 4 megapixels are not scanned.
 */

type Decoders = {
  jpeg: typeof import('jpeg-js');
  PNG: typeof import('pngjs').PNG;
  jsQR: typeof import('jsqr').default;
};
let decoders: Promise<Decoders> | undefined;
/**
 * Loaded on the first picture: the three packages cost ~90 CPU-ms to load, and most runs (every
 * `dragnet score` of text-only mail) never meet a picture.
 */
const loadDecoders = (): Promise<Decoders> => {
  decoders ??= Promise.all([import('jpeg-js'), import('pngjs'), import('jsqr')]).then(
    ([jpeg, png, jsqr]) => ({
      jpeg: jpeg.default,
      PNG: png.PNG,
      // CommonJS whose typings declare an ES default: under Node's ESM loader the module is the
      // function itself, which also carries itself as `.default`.
      jsQR: jsqr.default.default,
    }),
  );
  return decoders;
};

/** Pictures larger than this (bytes) are not scanned. */
export const MAX_QR_IMAGE_BYTES = 4 * 1024 * 1024;
/** Nor pictures of more pixels than this: a QR code a phone can scan needs far fewer. */
export const MAX_QR_IMAGE_PIXELS = 4_000_000;

const isPng = (b: Uint8Array): boolean => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpeg = (b: Uint8Array): boolean => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** True for the picture formats `readQrCode` scans (told by their bytes). */
export function isScannablePicture(bytes: Uint8Array): boolean {
  return isPng(bytes) || isJpeg(bytes);
}

interface Pixels {
  data: Uint8Array;
  width: number;
  height: number;
}

function decodePixels(bytes: Uint8Array, { jpeg, PNG }: Decoders): Pixels | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isPng(bytes)) {
    // Width and height from the IHDR chunk, before anything is inflated.
    if (bytes.byteLength < 24 || buffer.readUInt32BE(16) * buffer.readUInt32BE(20) > MAX_QR_IMAGE_PIXELS) {
      return undefined;
    }
    const png = PNG.sync.read(buffer);
    return { data: png.data, width: png.width, height: png.height };
  }
  const image = jpeg.decode(buffer, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: MAX_QR_IMAGE_PIXELS / 1_000_000,
    maxMemoryUsageInMB: 64,
  });
  return { data: image.data, width: image.width, height: image.height };
}

/**
 * The text of the QR code in a PNG or JPEG picture, or undefined when there is none, the picture
 * is of another format, too large, or cannot be decoded. Never rejects.
 */
export async function readQrCode(bytes: Uint8Array): Promise<string | undefined> {
  if (!isScannablePicture(bytes) || bytes.byteLength > MAX_QR_IMAGE_BYTES) return undefined;
  let pixels: Pixels | undefined;
  try {
    pixels = decodePixels(bytes, await loadDecoders());
  } catch {
    // A damaged or hostile picture: no code read, and the picture stays evidence as it is.
    return undefined;
  }
  if (!pixels) return undefined;
  const rgba = new Uint8ClampedArray(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
  return findQrCode(rgba, pixels.width, pixels.height);
}

/**
 * The text of the QR code in decoded RGBA pixels (a picture a PDF draws), or undefined. Pictures
 * of more than `MAX_QR_IMAGE_PIXELS` are not scanned. Never rejects.
 */
export async function findQrCode(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
): Promise<string | undefined> {
  if (width * height > MAX_QR_IMAGE_PIXELS || rgba.length !== width * height * 4) return undefined;
  const { jsQR } = await loadDecoders();
  try {
    return jsQR(rgba, width, height, { inversionAttempts: 'attemptBoth' })?.data.trim() || undefined;
  } catch {
    return undefined;
  }
}
