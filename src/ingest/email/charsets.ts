/**
 * @module ingest/email/charsets
 * Which charset labels the MIME parser can decode, and a fallback for the ones it cannot.
 *
 * postal-mime decodes with the WHATWG `TextDecoder` (Node's full ICU handles windows-125x,
 * KOI8-R/U, ISO-2022-JP, GB2312/GBK/GB18030, Big5, Shift_JIS, EUC-JP/KR, ISO-8859-x…), and
 * silently falls back to windows-1252 for any other label. We make that visible: every label it
 * cannot decode becomes a warning. Where iconv-lite knows the label (UTF-7, CP437, CP850…), RFC
 * 2047 encoded words are re-encoded to UTF-8 before parsing so at least headers decode right;
 * bodies in such charsets still fall back (warned).
 */
import type { Problem } from '../../core/result.js';

/** Same alias knowledge as postal-mime's `getDecoder` (decode-strings.ts), so our verdict matches its. */
const ALIASES = new Map<string, string>([
  ['iso88598i', 'iso-8859-8'],
  ['iso88598e', 'iso-8859-8'],
  ['shiftjis', 'shift_jis'],
  ['windows31j', 'shift_jis'],
  ['mskanji', 'shift_jis'],
  ['eucjp', 'euc-jp'],
  ['iso2022jp', 'iso-2022-jp'],
  ['iso2022jp1', 'iso-2022-jp'],
  ['iso2022jp2', 'iso-2022-jp'],
  ['junet', 'iso-2022-jp'],
  ['euckr', 'euc-kr'],
  ['uhc', 'euc-kr'],
  ['tis620', 'windows-874'],
]);
const CODE_PAGES = new Map<string, string>([
  ['932', 'shift_jis'],
  ['936', 'gbk'],
  ['949', 'euc-kr'],
  ['950', 'big5'],
  ['874', 'windows-874'],
  ['51932', 'euc-jp'],
  ['50220', 'iso-2022-jp'],
  ['50221', 'iso-2022-jp'],
  ['50222', 'iso-2022-jp'],
]);

const verdicts = new Map<string, boolean>();

function textDecoderKnows(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** True when postal-mime will decode text in this charset correctly. */
export function isDecodableCharset(label: string): boolean {
  const key = label.trim().toLowerCase();
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    const normalized = key.replace(/^(?:x-ms-|x-|cs)/, '').replace(/[\s._-]+/g, '');
    const cp = /^(?:cp|windows|ms|ibm)(\d+)$/.exec(normalized);
    const alias = (cp && CODE_PAGES.get(cp[1]!)) || ALIASES.get(normalized) || normalized;
    verdict = textDecoderKnows(key) || textDecoderKnows(alias);
    // Bounded: a message could invent labels; only remember a sane number.
    if (verdicts.size < 1000) verdicts.set(key, verdict);
  }
  return verdict;
}

const LABELS = /charset\s*=\s*"?([^"';\s]{1,64})|=\?([^?*\s]{1,64})(?:\*[^?\s]*)?\?[bq]\?/gi;
/** Part header lines that carry labels; bodies are not scanned (an HTML body's own
 * `<meta charset=…>`, often QP-encoded as `charset=3D…`, is not a MIME label). */
const PART_LABEL_LINES = /^content-(?:type|disposition|description)[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;

/** The top header block plus every Content-* header line of the parts. */
function headerText(raw: string): string {
  const lf = raw.indexOf('\n\n');
  const crlf = raw.indexOf('\r\n\r\n');
  const end = lf < 0 ? crlf : crlf < 0 ? lf : Math.min(lf, crlf);
  const top = end < 0 ? raw : raw.slice(0, end);
  if (end < 0) return top;
  const parts: string[] = [top];
  PART_LABEL_LINES.lastIndex = end;
  for (let m = PART_LABEL_LINES.exec(raw); m; m = PART_LABEL_LINES.exec(raw)) parts.push(m[0]);
  return parts.join('\n');
}
const ENCODED_WORD = /=\?([^?*\s]{1,64})(?:\*[^?\s]*)?\?([bq])\?([^?\s]*)\?=/gi;

/**
 * Looks at every charset label in the raw message (`raw` = `bytes` as latin1); returns warnings for labels that will be
 * mis-decoded and, when iconv-lite can help with encoded words, rewritten input bytes.
 */
export async function prepareCharsets(
  bytes: Uint8Array,
  raw: string,
): Promise<{ bytes: Uint8Array; warnings: Problem[] }> {
  // Fast path: the vast majority of mail declares only charsets TextDecoder knows.
  const bad = new Set<string>();
  for (const m of headerText(raw).matchAll(LABELS)) {
    const label = (m[1] ?? m[2] ?? '').toLowerCase();
    if (label && !isDecodableCharset(label)) bad.add(label);
  }
  if (bad.size === 0) return { bytes, warnings: [] };

  // Only mail with such a label needs iconv-lite: loaded then, not by every thread that parses mail.
  const { default: iconv } = await import('iconv-lite');
  const warnings: Problem[] = [];
  const rescued = new Set<string>();
  for (const label of bad) {
    if (iconv.encodingExists(label)) {
      rescued.add(label);
      warnings.push({
        message: `charset "${label}" is not supported by the MIME decoder: encoded-word headers decoded with iconv-lite, body text decoded as windows-1252`,
        severity: 'warning',
      });
    } else {
      warnings.push({
        message: `unknown charset label "${label}": text decoded as windows-1252`,
        severity: 'warning',
      });
    }
  }
  if (rescued.size === 0) return { bytes, warnings };
  const rewritten = raw.replace(ENCODED_WORD, (word, cs: string, enc: string, data: string) => {
    const label = cs.toLowerCase();
    if (!rescued.has(label)) return word;
    const octets =
      enc.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          );
    return `=?UTF-8?B?${Buffer.from(iconv.decode(octets, label), 'utf8').toString('base64')}?=`;
  });
  return { bytes: Buffer.from(rewritten, 'latin1'), warnings };
}
