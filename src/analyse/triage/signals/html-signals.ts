/**
 * @module analyse/triage/signals/html-signals
 * HTML tricks: text hidden from the reader (but seen by filters), forms that collect input inside
 * the mail, scripts, and HTML-only mails with no text alternative.
 */
import type { SignalHit } from './signal-names.js';

const HIDDEN_RE =
  /style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[01](?:px|pt)?\b|opacity\s*:\s*0(?:\.0*)?\s*[;"']|color\s*:\s*(?:#fff(?:fff)?|white)\b[^"']*background(?:-color)?\s*:\s*(?:#fff(?:fff)?|white))/i;
const FORM_RE = /<form\b|<input\b[^>]*type\s*=\s*["']?password/i;
const SCRIPT_RE = /<script\b|\bon(?:load|click|mouseover)\s*=|javascript:/i;
// `<font size=4>` and up: bulk HTML shouting its offer (mail clients and newsletters use CSS).
const BIG_FONT_RE = /<font\b[^>]*\bsize\s*=\s*["']?\+?[4-7]\b/gi;
const IMG_RE = /<img\b/gi;
/** Visible characters under which an HTML body with images is "mostly pictures". */
const IMAGE_HEAVY_TEXT = 300;
const IMAGE_HEAVY_MAX_HTML = 30_000;

/** HTML signals; `hasText` says whether the message also has a real plain-text body. */
export function htmlSignals(html: string | undefined, hasText: boolean): SignalHit[] {
  if (!html) return [];
  const out: SignalHit[] = [];
  const sample = html.length > 400_000 ? html.slice(0, 400_000) : html;
  const hidden = sample.match(HIDDEN_RE);
  if (hidden) out.push({ name: 'html-hidden-text', value: 1, evidence: hidden[0].slice(0, 80) });
  const form = sample.match(FORM_RE);
  if (form) out.push({ name: 'html-form', value: 1, evidence: form[0] });
  const script = sample.match(SCRIPT_RE);
  if (script) out.push({ name: 'html-script', value: 1, evidence: script[0] });
  if (!hasText) out.push({ name: 'html-only', value: 1, evidence: 'no plain-text part' });
  const bigFonts = count(BIG_FONT_RE, sample, 20);
  if (bigFonts > 0)
    out.push({
      name: 'html-big-font',
      value: Math.log2(1 + bigFonts),
      evidence: `${bigFonts} <font size> of 4+`,
    });
  // Image spam: the message is pictures (whose words no filter reads) with a few words around them.
  const images = count(IMG_RE, sample, 50);
  // Only short bodies can be "mostly pictures"; this keeps a second pass over big HTML off the hot path.
  if (images > 0 && sample.length <= IMAGE_HEAVY_MAX_HTML) {
    const visible = htmlToPlain(sample).replace(/\s+/g, '').length;
    if (visible < IMAGE_HEAVY_TEXT)
      out.push({
        name: 'html-image-heavy',
        value: 1,
        evidence: `${images} images, ${visible} characters of text`,
      });
  }
  return out;
}

function count(re: RegExp, s: string, max: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < max && re.exec(s)) n++;
  re.lastIndex = 0;
  return n;
}

/** Crude but safe text of an HTML body: tags dropped, common entities decoded, whitespace folded. */
export function htmlToPlain(html: string): string {
  return html
    .slice(0, 2_000_000)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/tr>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#(\d{1,6});/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/[ \t\r\f\v]+/g, ' ');
}
