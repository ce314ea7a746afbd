import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

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
