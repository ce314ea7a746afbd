/**
 * @module ingest/html/html-to-text
 * Safe HTML → plain text for analysers, which read `text`. Streams tokens through htmlparser2
 * (no DOM, nothing executed, no resource loaded): drops `script`, `style`, `noscript`, `template`,
 * `head` content and comments, keeps link text, turns block elements into line breaks and decodes
 * entities. Also returns the page `<title>` so a saved web page can use it as its subject.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never text a reader sees (the tag tables are exported for the test). */
export const SKIP: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'object',
  'iframe',
]);

/** Elements that start and end a line of their own. */
export const BLOCK: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'title',
]);

export const CELL: ReadonlySet<string> = new Set(['td', 'th']);

/** Form controls and images sit inline but never run into the next word. */
export const SPACED: ReadonlySet<string> = new Set([
  'img',
  'label',
  'button',
  'input',
  'select',
  'option',
  'textarea',
]);

const TAB_RUN = /[ \t]*\t[ \t]*/g;
const SPACE_RUN = / {2,}/g;

/** Text and title extracted from an HTML document. */
export interface HtmlText {
  /** Visible text, one block per line, runs of spaces collapsed, at most one blank line in a row. */
  text: string;
  /** Content of the first `<title>`, whitespace collapsed; undefined when absent or empty. */
  title?: string;
}

/**
 * Extracts the visible text of an HTML document.
 * Never throws on malformed markup: htmlparser2 is forgiving, unclosed tags simply end at EOF.
 */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let title = '';
  let titleDone = false;

  const parser = new Parser(
    {
      // The name alone: with an `onopentag` handler htmlparser2 builds an attribute object for
      // every tag. Same events in the same order; only a tag cut off by the end of the document
      // now counts as opened, and what it adds there is trailing white space, trimmed below.
      onopentagname(name) {
        if (name === 'title' && !titleDone) inTitle = true;
        if (SKIP.has(name)) skipDepth++;
        if (name === 'pre') preDepth++;
        if (BLOCK.has(name)) out.push('\n');
        else if (CELL.has(name)) out.push('\t');
        else if (SPACED.has(name)) out.push(' ');
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleDone = true;
        }
        if (SKIP.has(name) && skipDepth > 0) skipDepth--;
        if (name === 'pre' && preDepth > 0) preDepth--;
        // Void <br> fires both events: one line break, not two.
        if (BLOCK.has(name) && name !== 'br') out.push('\n');
        else if (SPACED.has(name)) out.push(' ');
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (skipDepth > 0) return;
        // Outside <pre>, source line breaks are just spaces.
        out.push(preDepth > 0 ? data : data.replace(/[\s\u00a0]+/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();

  const text = out
    .join('')
    .split('\n')
    // A blank run holding a tab becomes one tab, a run of spaces one space (a callback per
    // single space between words was a fifth of this function).
    .map((line) => line.replace(TAB_RUN, '\t').replace(SPACE_RUN, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return cleanTitle ? { text, title: cleanTitle } : { text };
}
