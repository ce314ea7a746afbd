/**
 * @module samples/tools/lib/charset
 * Text to bytes in the legacy charsets the sample mails use.
 *
 * WHY a hand-written ISO-2022-JP encoder: iconv-lite has no ISO-2022-JP codec. JIS X 0208 in
 * ISO-2022-JP is EUC-JP with the high bit cleared, switched in and out with ESC $ B / ESC ( B, so
 * we encode to EUC-JP with iconv-lite and re-frame the double-byte runs (no half-width kana used).
 */
import iconv from 'iconv-lite';

/** Charsets used by the samples. */
export type Charset = 'utf-8' | 'iso-8859-1' | 'koi8-r' | 'windows-1251' | 'iso-2022-jp' | 'gb2312';

function iso2022jp(text: string): Buffer {
  const out: number[] = [];
  let jis = false;
  for (const line of text.split('\n').entries()) {
    const [i, s] = line;
    if (i > 0) out.push(0x0a);
    const euc = iconv.encode(s, 'euc-jp');
    for (let k = 0; k < euc.length; k++) {
      const b = euc[k] as number;
      if (b >= 0xa1) {
        if (!jis) out.push(0x1b, 0x24, 0x42);
        jis = true;
        out.push(b & 0x7f, (euc[k + 1] as number) & 0x7f);
        k++;
      } else if (b >= 0x80) {
        throw new Error(`iso-2022-jp: unsupported character in ${JSON.stringify(s)}`);
      } else {
        if (jis) out.push(0x1b, 0x28, 0x42);
        jis = false;
        out.push(b);
      }
    }
    // Every line must end in ASCII mode (RFC 1468).
    if (jis) out.push(0x1b, 0x28, 0x42);
    jis = false;
  }
  return Buffer.from(out);
}

/** Encode `text` in `charset`. */
export function encodeText(text: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  if (charset === 'iso-2022-jp') return iso2022jp(text);
  const buf = iconv.encode(text, charset);
  // Guard against silent '?' substitution: the round trip must be exact.
  if (iconv.decode(buf, charset) !== text)
    throw new Error(`${charset} cannot represent: ${text.slice(0, 40)}`);
  return buf;
}
