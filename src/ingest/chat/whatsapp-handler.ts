/**
 * @module ingest/chat/whatsapp-handler
 * WhatsApp "Export chat" `.txt` → one `chat-message` item per message (container `chat-export`).
 *
 * Timezone: exports carry the phone's local wall-clock time with no zone. We record it as written
 * in `meta.localTime` and set `date` as if it were UTC (`meta.timezone` says so): an analyst who
 * knows the phone's zone can correct it; silently guessing one would be worse in court.
 *
 * Multi-line messages: lines that do not start with a stamp continue the previous message.
 * Attachments: `<attached: 0001-PHOTO.jpg>` (iOS) and `IMG-….jpg (file attached)` (Android) go
 * to `meta.attachments`; `<Media omitted>` sets `meta.mediaOmitted`.
 */
import type { Problem } from '../../core/result.js';
import { fatal, ok } from '../../core/result.js';
import type { FormatHandler } from '../format-handler.js';
import { readAllResult } from '../read-all-result.js';
import { decodeText } from '../text/decode-text.js';
import { chatItem } from './chat-item.js';
import {
  decideDateOrder,
  localTime,
  parseWhatsAppLine,
  stripMarks,
  type WhatsAppStamp,
} from './parse-whatsapp-line.js';
import { phoneParty } from './phone-party.js';

const IOS_ATTACHED = /<attached: ([^>]+)>/g;
const ANDROID_ATTACHED =
  /^(\S+\.\w{2,5}) \((?:file attached|Datei angehängt|archivo adjunto|fichier joint|arquivo anexado|file allegato|bestand bijgevoegd)\)/gm;
const MEDIA_OMITTED =
  /^<(?:Media omitted|Medien ausgeschlossen|Multimedia omitido|Médias omis|Mídia oculta)>$/;

interface Draft {
  stamp: WhatsAppStamp;
  line: number;
  lines: string[];
}

/** Handler for WhatsApp `.txt` exports (container `chat-export`). */
export const whatsappHandler: FormatHandler = {
  format: 'whatsapp',
  container: 'chat-export',
  async *parse(file, options) {
    const bytes = await readAllResult(file);
    if (!bytes.ok) {
      yield bytes;
      return;
    }
    const lines = decodeText(bytes.value).text.split(/\r?\n/);
    const drafts: Draft[] = [];
    let orphan = 0;
    for (const [i, raw] of lines.entries()) {
      const line = stripMarks(raw);
      const stamp = parseWhatsAppLine(line);
      if (stamp) drafts.push({ stamp, line: i + 1, lines: [stamp.rest] });
      else if (drafts.length > 0) drafts[drafts.length - 1]!.lines.push(raw);
      else if (line.trim() !== '') orphan++;
    }
    if (drafts.length === 0) {
      yield fatal('not a WhatsApp chat export: no line starts with a date and time stamp');
      return;
    }
    const order = decideDateOrder(drafts.map((d) => d.stamp));
    for (const [index, d] of drafts.entries()) {
      const warnings: Problem[] = [];
      if (index === 0 && orphan > 0) {
        warnings.push({
          message: `${orphan} line(s) before the first message ignored`,
          line: 1,
          severity: 'warning',
        });
      }
      // The export ends with a line break: drop trailing empty continuation lines.
      while (d.lines.length > 1 && d.lines[d.lines.length - 1]!.trim() === '') d.lines.pop();
      const first = d.lines[0] ?? '';
      const colon = first.indexOf(': ');
      const system = colon <= 0;
      const sender = system ? undefined : first.slice(0, colon).trim();
      const text = (
        system ? [first, ...d.lines.slice(1)] : [first.slice(colon + 2), ...d.lines.slice(1)]
      ).join('\n');
      const local = localTime(d.stamp, order);
      if (!local)
        warnings.push({
          message: `line ${d.line}: impossible date/time in stamp`,
          line: d.line,
          severity: 'warning',
        });
      const attachments = [...text.matchAll(IOS_ATTACHED), ...text.matchAll(ANDROID_ATTACHED)].map((m) =>
        m[1]!.trim(),
      );
      const meta: Record<string, unknown> = { line: d.line, layout: d.stamp.layout, dateOrder: order };
      if (local) {
        meta.localTime = local;
        meta.timezone = 'unknown: local time of the exporting phone, recorded as UTC';
      }
      if (system) meta.system = true;
      if (MEDIA_OMITTED.test(text.trim())) meta.mediaOmitted = true;
      const item = chatItem({
        kind: 'chat-message',
        containerPath: file.path,
        index,
        text,
        meta,
        attachments,
        ...(sender ? { sender, from: phoneParty(sender, options.region) } : {}),
        ...(local ? { date: `${local}.000Z` } : {}),
      });
      yield ok(item, warnings);
    }
  },
};
