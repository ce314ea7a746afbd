import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { parseEmail } from './parse-email.js';
import { recoverUnmatchedBoundary } from './recover-boundary.js';

const mail = (contentType: string, body: string): Buffer =>
  Buffer.from(
    [
      'From: "Inkjet Deals" <deals@example.test>',
      'To: <someone@example.org>',
      'Subject: Cartridges as low as $1.21',
      'MIME-Version: 1.0',
      `Content-Type: ${contentType}`,
      '',
      body,
    ].join('\r\n'),
    'latin1',
  );

// The shape of SpamAssassin spam 00467: the header declares "=Multipart Boundary …", the body
// writes "--= Multipart Boundary …".
const SLOPPY_BODY = [
  'This is a multipart MIME message.',
  '',
  '--= Multipart Boundary 0925021429',
  'Content-Type: text/plain; charset="ISO-8859-1"',
  '',
  'Incredible deals on inkjet cartridges!',
  '',
  '--= Multipart Boundary 0925021429',
  'Content-Type: text/html; charset="ISO-8859-1"',
  '',
  '<p>Incredible deals on <b>inkjet cartridges</b>!</p>',
  '',
  '--= Multipart Boundary 0925021429--',
  '',
].join('\r\n');

describe('parseEmail on a multipart message whose boundary never occurs', () => {
  it('splits the parts at the delimiter the body uses, and warns', async () => {
    const r = await parseEmail(
      mail('multipart/alternative; boundary="=Multipart Boundary 0925021429"', SLOPPY_BODY),
      'sloppy.eml',
    );
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.value.text?.trim()).toBe('Incredible deals on inkjet cartridges!');
    expect(r.value.html).toContain('<b>inkjet cartridges</b>');
    expect(r.warnings?.map((w) => w.message)).toContain(
      'multipart boundary "=Multipart Boundary 0925021429" never occurs; parts split at the delimiter the body uses, "--= Multipart Boundary 0925021429"',
    );
    // The header fields stay as the sender wrote them.
    expect(r.value.headers?.find((h) => h.name === 'Content-Type')?.value).toContain(
      'boundary="=Multipart Boundary 0925021429"',
    );
  });

  it('reads the body as plain text when no delimiter resembles the boundary', async () => {
    const r = await parseEmail(
      mail(
        'multipart/mixed; boundary="b1_aaaa"',
        'Send the fee to claim your parcel.\r\n\r\n--\r\nSupport\r\n',
      ),
      'plain.eml',
    );
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.value.text).toContain('Send the fee to claim your parcel.');
    expect(r.warnings?.map((w) => w.message)).toContain(
      'multipart boundary "b1_aaaa" never occurs: body read as plain text',
    );
  });

  it('leaves a well-formed multipart message with empty parts alone', async () => {
    const body = ['--b1', 'Content-Type: text/plain', '', '', '--b1--', ''].join('\r\n');
    const r = await parseEmail(mail('multipart/mixed; boundary="b1"', body), 'empty.eml');
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect((r.value.text ?? '').trim()).toBe('');
    expect(r.warnings).toBeUndefined();
    // Even handed an empty parse, the recovery sees the boundary in the body and does nothing.
    const bytes = mail('multipart/mixed; boundary="b1"', body);
    const empty = await PostalMime.parse(bytes);
    empty.text = undefined;
    expect(await recoverUnmatchedBoundary(bytes, empty)).toBeUndefined();
  });
});
