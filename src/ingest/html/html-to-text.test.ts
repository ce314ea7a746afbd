import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { BLOCK, CELL, htmlToText, SKIP, SPACED } from './html-to-text.js';

describe('htmlToText', () => {
  it('drops script, style and head, keeps link text, decodes entities, breaks blocks', () => {
    const html =
      '<html><head><title> Pay &amp; go </title><style>p{}</style><script>var a="<p>no</p>"</script></head>' +
      '<body><noscript>enable js</noscript><h1>Hello</h1><p>Visit <a href="https://evil.example">your bank</a>&nbsp;now</p>' +
      '<ul><li>one</li><li>two</li></ul>line<br>break<table><tr><td>a</td><td>b</td></tr></table><pre>  keep\n  this</pre></body></html>';
    const { text, title } = htmlToText(html);
    expect(title).toBe('Pay & go');
    expect(text).toBe('Hello\n\nVisit your bank now\n\none\n\ntwo\n\nline\nbreak\n\na\tb\n\nkeep\nthis');
    expect(text).not.toMatch(/<p>no|enable js|p\{\}/);
  });

  it('survives broken markup and never throws', () => {
    expect(htmlToText('<p>unclosed <b>bold <a href=x>link').text).toBe('unclosed bold link');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(typeof htmlToText(`<div>${s}</div><script>${s}`).text).toBe('string');
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});

/**
 * htmlToText as it was before the speed-ups (attribute objects, a callback per blank run): the
 * oracle of the algorithm; the tag tables are the module's own.
 */
function referenceHtmlToText(html: string): { text: string; title?: string } {
  const out: string[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let title = '';
  let titleDone = false;
  const parser = new Parser(
    {
      onopentag(name) {
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
        if (BLOCK.has(name) && name !== 'br') out.push('\n');
        else if (SPACED.has(name)) out.push(' ');
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (skipDepth > 0) return;
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
    .map((line) => line.replace(/[ \t]+/g, (m) => (m.includes('\t') ? '\t' : ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return cleanTitle ? { text, title: cleanTitle } : { text };
}

describe('htmlToText against the reference', () => {
  // Tags from every handled set, blank runs with tabs, entities, and documents cut off inside a tag.
  const piece = fc.oneof(
    fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="a b">',
      '</div>',
      '<br>',
      '</br>',
      '<br/>',
      '<td>',
      '</td>',
      '<tr>',
      '<table>',
      '<pre>',
      '</pre>',
      '<title>',
      '</title>',
      '<script>',
      '</script>',
      '<img src=x alt="y">',
      '<input type=text>',
      '<svg><path d="M0"/></svg>',
      '<a href="https://e.example/?a=1&amp;b=2">',
      '</a>',
      '<li>',
      '<form><form>',
      ' ',
      '  ',
      '\t',
      ' \t ',
      '\n',
      '\r\n',
      '&nbsp;',
      '&amp;',
      '&#9;',
      '\u00a0',
      'word',
      'two words',
    ),
    fc.string({ maxLength: 6 }),
  );
  it('gives the same text and title, cut-off tags included', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.constantFrom('', '<div class="x', '<td', '<title a=', '<pre '),
        (parts, tail) => {
          const html = parts.join('') + tail;
          expect(htmlToText(html)).toEqual(referenceHtmlToText(html));
        },
      ),
      { seed: 11, numRuns: 2000 },
    );
  });
});
