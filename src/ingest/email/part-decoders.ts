/**
 * @module ingest/email/part-decoders
 * Speed: postal-mime's three body decoders (pass-through, base64, quoted-printable) end every MIME
 * part by packing its chunks into a `Blob` and reading it back with `blob.arrayBuffer()`. In Node
 * that round trip (a native Blob per part, an async read, a transferable wrapper) was ~40 % of an
 * e-mail's parse time. Here their `finalize` is replaced by a plain copy of the same chunks into
 * one ArrayBuffer: the same bytes, without the Blob.
 *
 * The decoders are internal modules of postal-mime (pinned in package.json), loaded by file URL
 * beside its ESM entry so that they are the very instances its parser uses. If a release moves or
 * renames them, nothing is patched and parsing stays correct, only slower; `partDecodersPatched`
 * says which, and a test fails so the upgrade is noticed.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type Chunk = ArrayBuffer | ArrayBufferView | string;
interface DecoderClass {
  prototype: { finalize: () => unknown; chunks?: Chunk[] };
}

/** The chunks' bytes, concatenated as `new Blob(chunks)` would (strings as UTF-8). */
export function concatChunks(chunks: ReadonlyArray<Chunk>): ArrayBuffer {
  let size = 0;
  for (const c of chunks) size += typeof c === 'string' ? stringBytes(c) : c.byteLength;
  const out = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const c of chunks) {
    if (typeof c === 'string') {
      // The pass-through decoder puts a '\n' string after every line: one byte, no encoder call.
      if (c.length === 1 && c.charCodeAt(0) < 0x80) out[at++] = c.charCodeAt(0);
      else at += out.write(c, at, 'utf8');
    } else {
      // Lines are Uint8Array views already; other views are copied as their bytes, as a Blob does.
      const view =
        c instanceof Uint8Array
          ? c
          : ArrayBuffer.isView(c)
            ? new Uint8Array(c.buffer, c.byteOffset, c.byteLength)
            : new Uint8Array(c);
      out.set(view, at);
      at += view.byteLength;
    }
  }
  // allocUnsafeSlow never comes from the shared pool: the ArrayBuffer is exactly these bytes.
  return out.buffer as ArrayBuffer;
}

/** UTF-8 length of a chunk string; the one-ASCII-character line ends without a native call. */
function stringBytes(c: string): number {
  return c.length === 1 && c.charCodeAt(0) < 0x80 ? 1 : Buffer.byteLength(c, 'utf8');
}

async function patch(): Promise<boolean> {
  try {
    const entry = createRequire(import.meta.url).resolve('postal-mime');
    const esm = new URL('../esm/', pathToFileURL(entry));
    const load = async (name: string): Promise<DecoderClass | undefined> => {
      const mod = (await import(new URL(name, esm).href)) as { default?: DecoderClass };
      return typeof mod.default?.prototype?.finalize === 'function' ? mod.default : undefined;
    };
    const [pass, b64, qp] = await Promise.all([
      load('pass-through-decoder.js'),
      load('base64-decoder.js'),
      load('qp-decoder.js'),
    ]);
    const b64Proto = b64?.prototype as { flushRemainder?: () => void } | undefined;
    const qpProto = qp?.prototype as { flushBuffer?: () => void } | undefined;
    if (!pass || !b64 || !qp || typeof b64Proto?.flushRemainder !== 'function') return false;
    if (typeof qpProto?.flushBuffer !== 'function') return false;
    pass.prototype.finalize = function (this: { chunks: Chunk[] }) {
      return concatChunks(this.chunks);
    };
    b64.prototype.finalize = function (this: { chunks: Chunk[]; flushRemainder(): void }) {
      this.flushRemainder();
      return concatChunks(this.chunks);
    };
    qp.prototype.finalize = function (this: { chunks: Chunk[]; flushBuffer(): void }) {
      this.flushBuffer();
      return concatChunks(this.chunks);
    };
    return true;
  } catch {
    return false;
  }
}

/** Whether postal-mime's decoders now finish without a Blob. */
export const partDecodersPatched: boolean = await patch();
