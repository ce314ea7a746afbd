/**
 * @module samples/tools/chat/sms-xml
 * Serialises the SMS list in the "SMS Backup & Restore" XML format (attribute order, "null"
 * strings, millisecond dates and readable_date as the Android app writes them).
 */
import { SMS } from './sms.js';

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, '&#10;');
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 Feb 2026 11:29:30" in the phone's local time (CET, +01:00), as the app writes it. */
function readable(iso: string): string {
  const d = new Date(Date.parse(iso) + 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** The backup XML. */
export function smsXml(): string {
  const rows = SMS.map((s) => {
    const ms = Date.parse(s.at);
    return `  <sms protocol="0" address="${esc(s.address)}" date="${ms}" type="${s.type}" subject="null" body="${esc(s.body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${s.type === 1 ? ms - 2000 : 0}" sub_id="1" readable_date="${readable(s.at)}" contact_name="${esc(s.contact)}" />`;
  });
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<!--File Created By SMS Backup & Restore v10.20.002 on 06/03/2026 09:14:52-->
<?xml-stylesheet type="text/xsl" href="sms.xsl"?>
<smses count="${SMS.length}" backup_set="0b5c3f0e-7e1a-4a55-9d1f-2f6a3c1e8b42" backup_date="${Date.parse('2026-03-06T08:14:52Z')}" type="full">
${rows.join('\n')}
</smses>
`;
}
