/**
 * @module ingest/chat/parse-whatsapp-line
 * Recognises the first line of a WhatsApp export message, in the layouts phones write:
 * - Android: `12/31/23, 9:41 PM - Name: text`, `31.12.23, 21:41 - Name: text`, `2023-12-31, 21:41 - …`
 * - iOS:     `[31/12/2023, 21:41:05] Name: text`, `[12/31/23, 9:41:05 PM] Name: text`
 * Lines without `Name: ` after the stamp are system messages ("Messages are end-to-end encrypted").
 * Date order (day/month) cannot be known from one line: the caller decides it for the whole file.
 */

export interface WhatsAppStamp {
  /** The three numeric date fields as written, in order, and the separator between them. */
  parts: [number, number, number];
  /** Digits of each date part as written (a 4-digit first part means year-first). */
  widths: [number, number, number];
  separator: string;
  hour: number;
  minute: number;
  second: number;
  /** `am`/`pm` when the export uses a 12-hour clock. */
  meridiem?: 'am' | 'pm';
  layout: 'android' | 'ios';
  /** Everything after the stamp: `Name: text` or a system message. */
  rest: string;
}

const STAMP =
  /^(\[)?(\d{1,4})([./-])(\d{1,2})\3(\d{2,4}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[\s\u202f\u00a0]*([AaPp])\.?\s?[Mm]\.?)?(?:\]\s?| - )(.*)$/;

/** Direction and embedding marks phones sprinkle around names and stamps. */
const MARKS = /[\u200e\u200f\u202a-\u202e\ufeff]/g;

/** The line without invisible direction marks and BOMs. */
export function stripMarks(line: string): string {
  return line.replace(MARKS, '');
}

/** The stamp that opens a message line, or undefined for a continuation line. */
export function parseWhatsAppLine(line: string): WhatsAppStamp | undefined {
  const m = STAMP.exec(line);
  if (!m) return undefined;
  const ios = m[1] === '[';
  // The bracket must close for iOS, and Android lines must use " - " (the regex accepts either).
  if (ios !== /^\[[^\]]*\]/.test(line)) return undefined;
  const stamp: WhatsAppStamp = {
    parts: [Number(m[2]), Number(m[4]), Number(m[5])],
    widths: [m[2]!.length, m[4]!.length, m[5]!.length],
    separator: m[3]!,
    hour: Number(m[6]),
    minute: Number(m[7]),
    second: m[8] ? Number(m[8]) : 0,
    layout: ios ? 'ios' : 'android',
    rest: m[10] ?? '',
  };
  if (m[9]) stamp.meridiem = m[9].toLowerCase() === 'a' ? 'am' : 'pm';
  return stamp;
}

/** Order of day, month and year in an export's stamps. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/**
 * Picks the date order for a whole export: a first field > 12 means day-first, a second
 * field > 12 month-first; otherwise dotted dates and 24-hour clocks mean day-first, and a
 * 12-hour clock month-first (the US Android default).
 */
export function decideDateOrder(stamps: Iterable<WhatsAppStamp>): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  let dotted = false;
  let twelveHour = false;
  for (const s of stamps) {
    if (s.widths[0] === 4) return 'ymd';
    if (s.parts[0] > 12) dayFirst = true;
    if (s.parts[1] > 12) monthFirst = true;
    if (s.separator === '.') dotted = true;
    if (s.meridiem) twelveHour = true;
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'dmy' : 'mdy';
  if (dotted) return 'dmy';
  return twelveHour ? 'mdy' : 'dmy';
}

/** Local wall-clock time of the stamp as `YYYY-MM-DDTHH:MM:SS`, or undefined if impossible. */
export function localTime(s: WhatsAppStamp, order: DateOrder): string | undefined {
  const [a, b, c] = s.parts;
  let [year, month, day] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  if (year < 100) year += 2000;
  let hour = s.hour;
  if (s.meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (s.meridiem === 'pm' ? 12 : 0);
  }
  const t = Date.UTC(year, month - 1, day, hour, s.minute, s.second);
  const d = new Date(t);
  // Date.UTC rolls 31/02 over to March; refuse instead of inventing a date.
  if (
    d.getUTCMonth() !== month - 1 ||
    d.getUTCDate() !== day ||
    hour > 23 ||
    s.minute > 59 ||
    s.second > 59
  ) {
    return undefined;
  }
  return d.toISOString().slice(0, 19);
}
