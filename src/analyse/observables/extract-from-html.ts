/**
 * @module analyse/observables/extract-from-html
 * Indicators in an HTML document: the visible text with entities decoded, then the values of the
 * link-bearing attributes (`href`, `src`, `action`, …), which is where phishing pages hide their
 * real targets. Offsets refer to the *decoded text* this module returns: the visible text,
 * followed by a blank line and one line per attribute value.
 */
import { Parser } from 'htmlparser2';
import type { Observable } from '../../core/observable.js';
import { htmlToText } from '../../ingest/html/html-to-text.js';
import { type ExtractOptions, extractObservables } from './extract-observables.js';

const LINK_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data-href',
  'data-url',
  'poster',
  'background',
  'cite',
]);

export interface HtmlExtraction {
  /** The decoded text the offsets refer to. */
  text: string;
  /** Length of the visible-text part; attribute lines start after it. */
  visibleLength: number;
  observables: Observable[];
}

/** Values of link-bearing attributes, entities decoded, in document order. */
export function linkAttributes(html: string): string[] {
  const out: string[] = [];
  const parser = new Parser(
    {
      onattribute(name, value) {
        const v = value.trim();
        if (
          LINK_ATTRIBUTES.has(name.toLowerCase()) &&
          v !== '' &&
          !v.startsWith('#') &&
          !/^(?:javascript|data):/i.test(v)
        ) {
          out.push(v.replace(/\s+/g, ' '));
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

/**
 * Extracts from HTML. Records from the visible text get `source` = `options.source ?? 'html'`;
 * records from attribute values get `<source>:attr`.
 */
export function extractFromHtml(html: string, options: ExtractOptions = {}): HtmlExtraction {
  const visible = htmlToText(html).text;
  const attrs = linkAttributes(html);
  const source = options.source ?? 'html';
  const text = attrs.length > 0 ? `${visible}\n\n${attrs.join('\n')}` : visible;
  const visibleLength = visible.length;
  const observables = extractObservables(text, { ...options, source }).map((o) =>
    o.start >= visibleLength ? { ...o, source: `${source}:attr` } : o,
  );
  return { text, visibleLength, observables };
}
