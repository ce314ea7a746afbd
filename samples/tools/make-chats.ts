/**
 * @module samples/tools/make-chats
 * Writes the chat and SMS samples: samples/chat/whatsapp-scam.txt (Android), whatsapp-ios.txt,
 * samples/chat/telegram/result.json and samples/sms/sms-backup.xml. Deterministic.
 *
 * Run: npx tsx samples/tools/make-chats.ts   (then make-mailbox.ts, which writes campaigns.json)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { smsXml } from './chat/sms-xml.js';
import { telegramExport } from './chat/telegram.js';
import { whatsappFiles } from './chat/whatsapp.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(ROOT, 'chat', 'telegram'), { recursive: true });
mkdirSync(join(ROOT, 'sms'), { recursive: true });
for (const [f, text] of Object.entries(whatsappFiles())) writeFileSync(join(ROOT, 'chat', f), text);
writeFileSync(
  join(ROOT, 'chat', 'telegram', 'result.json'),
  JSON.stringify(telegramExport(), null, 1) + '\n',
);
writeFileSync(join(ROOT, 'sms', 'sms-backup.xml'), smsXml());
process.stdout.write(
  'wrote chat/whatsapp-scam.txt, chat/whatsapp-ios.txt, chat/telegram/result.json, sms/sms-backup.xml\n',
);
