import { describe, expect, it } from 'vitest';
import { htmlLinkTargets } from './html-link-targets.js';

describe('htmlLinkTargets', () => {
  it('lists absolute link, form and refresh targets once, in document order', () => {
    const html = `<meta http-equiv="Refresh" content="0; URL='https://a.example/r'">
      <a href="https://b.example/x?a=1&amp;b=2">x</a><area href="http://c.example/">
      <form action="https://d.example/post"><button formaction="https://e.example/alt">go</button>
      <input type="submit" formaction="https://d.example/post"></form>
      <a href="https://b.example/x?a=1&b=2">again</a>`;
    expect(htmlLinkTargets(html)).toEqual([
      'https://a.example/r',
      'https://b.example/x?a=1&b=2',
      'http://c.example/',
      'https://d.example/post',
      'https://e.example/alt',
    ]);
  });

  it('ignores relative, script and mail targets, and attributes on other elements', () => {
    const html = `<a href="/local">l</a><a href="javascript:go()">j</a><a href="mailto:x@example.org">m</a>
      <img src="https://img.example/p.png"><div href="https://f.example/">d</div><form action="post.php"></form>`;
    expect(htmlLinkTargets(html)).toEqual([]);
  });

  it('survives markup cut off mid-tag', () => {
    expect(htmlLinkTargets('<a href="https://g.example/ok">ok</a><form action="https://h.exa')).toEqual([
      'https://g.example/ok',
    ]);
  });
});
