/**
 * @module ingest/parallel/transfer
 * Moving bytes between threads without copying them twice. Posting a typed array clones its whole
 * underlying buffer, which for a message cut out of a 1 MiB read chunk is the whole chunk; so a
 * view that does not own its buffer is first copied to one that does, and buffers are then
 * transferred (moved, not copied).
 */

/** `bytes` as a view spanning its own buffer (copied only when it is a small part of a larger one). */
export function ownBuffer(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  if (bytes.buffer instanceof ArrayBuffer && bytes.byteLength * 2 >= bytes.buffer.byteLength) return bytes;
  // Not `bytes.slice()`: on a Buffer that is a view of the same (possibly pooled) memory, and a
  // pooled ArrayBuffer must never be put in a transfer list (Node copies it, newer Nodes throw).
  return new Uint8Array(bytes);
}

/** Adds the buffer behind `bytes` to a transfer list (each buffer once). */
export function addTransfer(list: ArrayBuffer[], seen: Set<ArrayBufferLike>, bytes: Uint8Array): void {
  const buf = bytes.buffer;
  if (!(buf instanceof ArrayBuffer) || seen.has(buf) || buf.byteLength === 0) return;
  seen.add(buf);
  list.push(buf);
}
