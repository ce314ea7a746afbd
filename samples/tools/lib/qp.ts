/**
 * @module samples/tools/lib/qp
 * Quoted-printable (RFC 2045) and base64 line wrapping for the sample MIME writer.
 */

/** Quoted-printable encode bytes; lines separated by LF, soft breaks at 76 columns. */
export function qpEncode(buf: Buffer): string {
  const lines: string[] = [];
  let cur = '';
  const flush = (soft: boolean) => {
    lines.push(cur + (soft ? '=' : ''));
    cur = '';
  };
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i] as number;
    if (b === 0x0a) {
      // Trailing whitespace before a hard break must be encoded.
      if (cur.endsWith(' ')) cur = cur.slice(0, -1) + '=20';
      flush(false);
      continue;
    }
    const tok =
      (b >= 33 && b <= 126 && b !== 61) || b === 32
        ? String.fromCharCode(b)
        : '=' + b.toString(16).toUpperCase().padStart(2, '0');
    if (cur.length + tok.length > 75) flush(true);
    cur += tok;
  }
  lines.push(cur);
  return lines.join('\n');
}

/** Base64 wrapped at 76 columns. */
export function b64Wrap(buf: Buffer): string {
  return (buf.toString('base64').match(/.{1,76}/g) ?? []).join('\n');
}
