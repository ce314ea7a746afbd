/**
 * @module analyse/observables/normalize-span
 * Local refanging of one candidate span with an offset map back to the original text.
 *
 * The scanner never rewrites the whole text (that would cost a copy of a 100 MB input and lose the
 * offsets); it only normalises the few spans that can hold a defanged indicator. Every character
 * of the normalised string knows the original range it came from, so `raw`, `start` and `end`
 * always describe the text as written while `value` is the usable form.
 */

/**
 * A normalised span: `norm[i]` came from `text.slice(starts[i], ends[i])`; when the maps are null
 * nothing changed and `norm[i]` is `text[base + i]`.
 */
export interface NormalizedSpan {
  norm: string;
  base: number;
  starts: Int32Array | null;
  ends: Int32Array | null;
  /** True when anything was refanged (brackets, hxxp, zero-width, full-width dots, joiner words). */
  changed: boolean;
}

const DOT_WORDS = new Set(['.', 'dot', 'punto', 'punkt', ',']);
const AT_WORDS = new Set(['@', 'at', 'et', 'arroba']);
const BRACKET_CONTENT: Record<string, string> = {
  ':': ':',
  '://': '://',
  ':/': ':/',
  '/': '/',
  '//': '//',
  '-': '-',
  www: 'www',
};
const OPEN = '[({<';
const CLOSE = '])}>';
/** A character of OPEN or CLOSE (by code unit: no one-character string per character looked at). */
const isBracket = (c: number): boolean =>
  c === 91 || c === 40 || c === 123 || c === 60 || c === 93 || c === 41 || c === 125 || c === 62;

/** Defanged or fanged URL scheme at a word start, optionally in brackets (`[hxxps]`, `h**p`). */
const SCHEME_RE = /[[(]?(h[x*_]{2}ps?|h(?:xt|tx)ps?|https?|fxps?|ftps?|x{4,5}s?|meows?|sftp|wss?)[\])]?/iy;
/** What separates the scheme from the host in the wild: `://`, `[:]//`, `[://]`, `//`, `:///`, with stray spaces. */
const SEP_RE = /[ \t]?(?:\[:\/\/\]|\[:\]\/\/|\(:\)\/\/|\[:\/\]\/|:\[\/\/\]|:\/\/\/?|\/\/\/?)[ \t]?/y;

/** Canonical scheme for a (possibly defanged) scheme word. */
export function canonicalScheme(word: string): string {
  const w = word.toLowerCase();
  if (w === 'sftp' || w === 'ws' || w === 'wss' || w === 'ftps') return w;
  if (w.startsWith('f')) return w.endsWith('s') ? 'ftps' : 'ftp';
  if (w === 'xxxx' || w === 'meow') return 'http';
  if (w === 'xxxxx' || w === 'meows') return 'https';
  return w.endsWith('s') ? 'https' : 'http';
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLabel = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c > 127;
/** A joiner word closed by a bracket that was never opened (ioc-fanger accepts these). */
const HALF_RE = /(dot|punto|punkt|at|et|arroba)[\])}]/iy;

/** Matches a bracketed joiner at `p` (`[.]`, `(dot)`, `{at}`, `[://]`, `].[`, `<.>`…); returns [replacement, length]. */
function matchBracket(text: string, p: number, e: number): [string, number] | null {
  const open = text[p] ?? '';
  const closeIdx = CLOSE.indexOf(open);
  if (closeIdx >= 0) {
    // `].[`, `].]`, `}.{`, `}.}`: ioc-fanger's broken-bracket dot variants.
    if (text[p + 1] === '.' && (text[p + 2] === open || text[p + 2] === OPEN[closeIdx])) {
      return p + 3 <= e ? ['.', 3] : null;
    }
    return null;
  }
  const openIdx = OPEN.indexOf(open);
  if (openIdx < 0) return null;
  // Content up to 7 characters, then any closing bracket (or the same opening one: `[.[`).
  for (let q = p + 1; q < e && q <= p + 8; q++) {
    const ch = text[q] ?? '';
    if (CLOSE.includes(ch) || (ch === open && q > p + 1)) {
      const inner = text
        .slice(p + 1, q)
        .trim()
        .toLowerCase();
      if (DOT_WORDS.has(inner)) return ['.', q - p + 1];
      if (AT_WORDS.has(inner)) return ['@', q - p + 1];
      const rep = BRACKET_CONTENT[inner];
      if (rep !== undefined && (rep !== 'www' || text[q + 1] === '.')) return [rep, q - p + 1];
      return null;
    }
  }
  return null;
}

/** Bare joiner words allowed between spaces inside a span the scanner decided to join. */
function joinerWord(word: string): string | null {
  const w = word.toLowerCase();
  if (w === 'dot' || w === 'punto' || w === 'punkt') return '.';
  if (w === 'at' || w === 'et' || w === 'arroba') return '@';
  return null;
}

interface Builder {
  text: string;
  norm: string;
  starts: Int32Array;
  ends: Int32Array;
  /** Map entries this span may write (its length; the scratch arrays may be longer). */
  cap: number;
  n: number;
  /** Characters kept as written, [runStart, runEnd) of `text`, not yet appended to `norm`. */
  runStart: number;
  runEnd: number;
}

/** Appends the pending run of characters kept as written (one slice instead of one string per character). */
function flush(b: Builder): void {
  if (b.runEnd > b.runStart) b.norm += b.text.slice(b.runStart, b.runEnd);
  b.runStart = b.runEnd = 0;
}

/** Keeps `text[p]` as written. */
function keep(b: Builder, p: number): void {
  if (b.runEnd !== p || b.runEnd === b.runStart) {
    flush(b);
    b.runStart = p;
  }
  b.runEnd = p + 1;
  if (b.n < b.cap) {
    b.starts[b.n] = p;
    b.ends[b.n] = p + 1;
    b.n++;
  }
}

function push(b: Builder, str: string, from: number, to: number): void {
  flush(b);
  b.norm += str;
  for (let k = 0; k < str.length && b.n < b.cap; k++) {
    b.starts[b.n] = from;
    b.ends[b.n] = to;
    b.n++;
  }
}

/** Scratch offset maps shared by all calls (grown on demand); results get their own copies. */
let scratchStarts = new Int32Array(256);
let scratchEnds = new Int32Array(256);

/**
 * Normalises `text[s, e)`: refangs brackets, schemes, zero-width and full-width characters, and
 * (in joined spans) drops spaces around joiners.
 */
export function normalizeSpan(text: string, s: number, e: number): NormalizedSpan {
  // The normalised text is never longer than the span (every rule shrinks or keeps length), so
  // the maps are written into shared scratch arrays of the span's length; no closure is created
  // per call (this runs on every URL-ish token). Most spans turn out unchanged and need no maps.
  if (scratchStarts.length < e - s) {
    scratchStarts = new Int32Array(Math.max(e - s, 2 * scratchStarts.length));
    scratchEnds = new Int32Array(scratchStarts.length);
  }
  const st: Builder = {
    text,
    norm: '',
    starts: scratchStarts,
    ends: scratchEnds,
    cap: e - s,
    n: 0,
    runStart: 0,
    runEnd: 0,
  };
  let changed = false;
  let p = s;
  while (p < e) {
    const c = text.charCodeAt(p);
    if ((isLetter(c) && (p === s || !isLetter(text.charCodeAt(p - 1)))) || c === 91 || c === 40) {
      SCHEME_RE.lastIndex = p;
      const m = SCHEME_RE.exec(text);
      if (m && m.index + m[0].length <= e) {
        SEP_RE.lastIndex = m.index + m[0].length;
        const sep = SEP_RE.exec(text);
        if (sep && sep.index + sep[0].length <= e) {
          const end = sep.index + sep[0].length;
          const rep = `${canonicalScheme(m[1] ?? '')}://`;
          if (text.slice(p, end) !== rep) changed = true;
          push(st, rep, p, end);
          p = end;
          continue;
        }
      }
    }
    if (isLetter(c) && p > s && isLabel(text.charCodeAt(p - 1))) {
      // `fooDOT]com`, `foo(dot)com` written with one bracket only: `fooat]bar.com`.
      HALF_RE.lastIndex = p;
      const h = HALF_RE.exec(text);
      if (h && p + h[0].length < e && isLabel(text.charCodeAt(p + h[0].length))) {
        const word = (h[1] ?? '').toLowerCase();
        changed = true;
        push(st, DOT_WORDS.has(word) ? '.' : '@', p, p + h[0].length);
        p += h[0].length;
        continue;
      }
    }
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) {
      changed = true;
      p++;
      continue;
    }
    let rep: string | null = null;
    let len = 1;
    if (c === 0x3002 || c === 0xff0e || c === 0xff61) rep = '.';
    else if (c === 0xff20) rep = '@';
    else if (c === 0xff1a) rep = ':';
    else if (c === 0xff0f) rep = '/';
    else if (c === 92 || c === 94) {
      // `\.`, `\/`, `^.`
      const n = text[p + 1];
      if (p + 1 < e && (n === '.' || (c === 92 && (n === '/' || n === '@')))) {
        rep = n;
        len = 2;
      }
    } else if (isBracket(c)) {
      const m = matchBracket(text, p, e);
      if (m) [rep, len] = m;
    } else if (isSpace(c) || c === 10 || c === 13) {
      // Inside a joined span: drop the spaces; a bare joiner word between spaces becomes its sign.
      let q = p;
      while (q < e && isSpace(text.charCodeAt(q))) q++;
      let w = q;
      while (w < e && isLetter(text.charCodeAt(w))) w++;
      const j = w > q && w < e && isSpace(text.charCodeAt(w)) ? joinerWord(text.slice(q, w)) : null;
      if (j) {
        let r = w;
        while (r < e && isSpace(text.charCodeAt(r))) r++;
        push(st, j, q, w);
        p = r;
      } else p = q;
      changed = true;
      continue;
    }
    if (rep !== null) {
      changed = true;
      push(st, rep, p, p + len);
      p += len;
      continue;
    }
    keep(st, p);
    p++;
  }
  if (!changed) return identitySpan(text, s, e);
  flush(st);
  return {
    norm: st.norm,
    base: s,
    // Copies: the scratch arrays are reused by the next call.
    starts: st.starts.slice(0, st.n),
    ends: st.ends.slice(0, st.n),
    changed,
  };
}

/** Original start offset of normalised character `i`. */
export const origStart = (ns: NormalizedSpan, i: number): number =>
  ns.starts ? (ns.starts[i] ?? 0) : ns.base + i;
/** Original end offset of normalised character `i` (exclusive). */
export const origEnd = (ns: NormalizedSpan, i: number): number =>
  ns.ends ? (ns.ends[i] ?? 0) : ns.base + i + 1;

/** An identity span (nothing to refang): the cheap path for the common case. */
export function identitySpan(text: string, s: number, e: number): NormalizedSpan {
  return { norm: text.slice(s, e), base: s, starts: null, ends: null, changed: false };
}
