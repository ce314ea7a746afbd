import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';

describe('readDocument for HTML', () => {
  it('reads the visible text and the link targets', async () => {
    const html = '<html><body><p>Sign in</p><a href="https://login.example.top/x">here</a></body></html>';
    const { doc, problems } = await readDocument('html', Buffer.from(html));
    expect(problems).toEqual([]);
    expect(doc?.text).toContain('Sign in');
    expect(doc?.text).toContain('https://login.example.top/x');
  });
  it('says why it did not read an HTML document over its size limit, instead of skipping it silently', async () => {
    const { doc, problems } = await readDocument('html', new Uint8Array(32 * 1024 * 1024 + 1));
    expect(doc).toBeUndefined();
    expect(problems).toEqual([
      { message: 'HTML not read: 33554433 bytes (limit 33554432)', severity: 'warning' },
    ]);
  });
});
