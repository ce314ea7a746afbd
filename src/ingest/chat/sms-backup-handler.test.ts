import { describe, expect, it } from 'vitest';
import { collect, errors, fixture, values } from '../../../test/fixtures/ingest/helpers.js';
import { memorySourceFile } from '../memory-source-file.js';
import { smsBackupHandler } from './sms-backup-handler.js';

describe('SMS Backup & Restore XML', () => {
  it('reads sms and mms, direction, E.164 peers, entities, MMS parts', async () => {
    const items = values(await collect(smsBackupHandler, fixture('chat/sms-backup.xml')));
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      kind: 'sms',
      from: { address: '+447700900123' },
      date: '2023-12-30T10:00:00.000Z',
      meta: { direction: 'received', serviceCenter: '+447785016005' },
    });
    expect(items[1]).toMatchObject({
      to: [{ name: 'Alex', address: '+447700900456' }],
      meta: { direction: 'sent', peer: '07700 900456' },
    });
    expect(items[1]?.from).toBeUndefined();
    expect(items[2]?.text).toBe('Yes & I ignored it 👍');
    expect(items[3]).toMatchObject({
      text: 'See the attached invoice',
      meta: { mms: true, attachments: ['invoice.png'] },
    });
    const png = items[3]?.children?.[0];
    expect(png).toMatchObject({ kind: 'file', fileName: 'invoice.png', mediaType: 'image/png' });
    expect(Buffer.from(png!.bytes).subarray(1, 4).toString()).toBe('PNG');
  });

  it('reports malformed XML with line and column, after the messages before it', async () => {
    const xml =
      '<smses count="2">\n<sms address="+447700900123" date="1703930400000" type="1" body="first" />\n<sms address="x" body="unclosed\n</smses>';
    const r = await collect(smsBackupHandler, memorySourceFile('sms.xml', Buffer.from(xml)));
    expect(values(r).map((i) => i.text)).toEqual(['first']);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(/^malformed SMS backup XML: line \d+, column \d+: /);
  });

  it('refuses XML whose root is not <smses>', async () => {
    const r = await collect(
      smsBackupHandler,
      memorySourceFile('calls.xml', Buffer.from('<calls count="0"></calls>')),
    );
    expect(errors(r)).toEqual([
      'malformed SMS backup XML: not an SMS Backup & Restore file: root element <calls>, expected <smses>',
    ]);
  });
});
