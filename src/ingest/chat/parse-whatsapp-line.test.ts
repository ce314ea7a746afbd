import { describe, expect, it } from 'vitest';
import { decideDateOrder, localTime, parseWhatsAppLine } from './parse-whatsapp-line.js';

const stamp = (line: string) => {
  const s = parseWhatsAppLine(line);
  if (!s) throw new Error(`no stamp in ${line}`);
  return s;
};

describe('parseWhatsAppLine', () => {
  it('reads Android and iOS stamps, 12 and 24-hour clocks, narrow no-break spaces', () => {
    expect(stamp('12/31/23, 9:41 PM - Bob: hi')).toMatchObject({
      parts: [12, 31, 23],
      hour: 9,
      meridiem: 'pm',
      layout: 'android',
      rest: 'Bob: hi',
    });
    expect(stamp('31.12.23, 21:41 - Bob: hi')).toMatchObject({ separator: '.', hour: 21, layout: 'android' });
    expect(stamp('[31/12/2023, 21:41:05] Bob: hi')).toMatchObject({
      second: 5,
      layout: 'ios',
      rest: 'Bob: hi',
    });
    expect(stamp('[12/31/23, 9:41:05\u202fAM] Bob: hi')).toMatchObject({ meridiem: 'am' });
    expect(parseWhatsAppLine('Just text - with a dash')).toBeUndefined();
    expect(parseWhatsAppLine('[31/12/2023, 21:41:05 Bob: no closing bracket')).toBeUndefined();
  });

  it('decides the date order for the whole file', () => {
    expect(decideDateOrder([stamp('12/31/23, 9:41 PM - a: b')])).toBe('mdy');
    expect(decideDateOrder([stamp('1/2/23, 9:41 PM - a: b'), stamp('13/2/23, 9:41 PM - a: b')])).toBe('dmy');
    expect(decideDateOrder([stamp('1/2/23, 21:41 - a: b')])).toBe('dmy');
    expect(decideDateOrder([stamp('2023-12-31, 21:41 - a: b')])).toBe('ymd');
  });

  it('turns a stamp into local wall-clock time, refusing impossible dates', () => {
    expect(localTime(stamp('12/31/23, 12:05 AM - a: b'), 'mdy')).toBe('2023-12-31T00:05:00');
    expect(localTime(stamp('12/31/23, 12:05 PM - a: b'), 'mdy')).toBe('2023-12-31T12:05:00');
    expect(localTime(stamp('30/02/24, 10:00 - a: b'), 'dmy')).toBeUndefined();
  });
});
