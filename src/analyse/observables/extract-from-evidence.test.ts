import { describe, expect, it } from 'vitest';
import { observablesAnalyser } from './analyser.js';
import { extractFromEvidence } from './extract-from-evidence.js';
import { extractFromHtml } from './extract-from-html.js';

describe('extractFromHtml', () => {
  it('reads href/src attributes and decodes entities; offsets refer to the decoded text', () => {
    const html =
      '<html><body><p>Pay at <a href="https://evil.example.com/pay?a=1&amp;b=2">our portal</a> or mail bob&#64;evil.example.com</p><img src="http://198.51.100.7/p.gif"><script>var x="http://ignored.example.org/"</script></body></html>';
    const r = extractFromHtml(html);
    const vals = r.observables.map((o) => `${o.type}:${o.value}:${o.source}`);
    expect(vals).toContain('email:bob@evil.example.com:html');
    expect(vals).toContain('url:https://evil.example.com/pay?a=1&b=2:html:attr');
    expect(vals).toContain('ipv4:198.51.100.7:html:attr');
    expect(vals.some((v) => v.includes('ignored.example.org'))).toBe(false);
    for (const o of r.observables) expect(r.text.slice(o.start, o.end)).toBe(o.raw);
  });
});

describe('extractFromEvidence / observablesAnalyser', () => {
  it('names the field each indicator came from, headers included', () => {
    const obs = extractFromEvidence({
      headers: [
        { name: 'From', value: 'PayPal <service@paypa1-secure.com>' },
        { name: 'Reply-To', value: 'claims@paypa1-secure.com' },
        {
          name: 'Received',
          value: 'from mail.paypa1-secure.com (unknown [203.0.113.120]) by mx.example.com',
        },
      ],
      subject: 'Your account at paypa1-secure.com',
      text: 'Log in at https://paypa1-secure.com/login',
      attachmentNames: ['invoice.pdf.exe'],
    });
    expect(obs.map((o) => `${o.source} ${o.type} ${o.value}`)).toEqual([
      'header:From email service@paypa1-secure.com',
      'header:Reply-To email claims@paypa1-secure.com',
      'header:Received ipv4 203.0.113.120',
      'subject domain paypa1-secure.com',
      'text url https://paypa1-secure.com/login',
    ]);
  });
  it('runs as the ingest analyser with the shared phone region', () => {
    const out = observablesAnalyser.analyse(
      {
        id: 'x',
        sha256: '0'.repeat(64),
        kind: 'sms',
        bytes: new Uint8Array(),
        path: 'sms#1',
        text: 'Ruf an: 030 901820',
      },
      { observables: [], findings: [] },
      { region: 'DE' },
    );
    expect(out.observables).toEqual([
      expect.objectContaining({ type: 'phone', value: '+4930901820', source: 'text' }),
    ]);
  });
});
