/**
 * @module samples/tools/chat/members
 * Campaign ground truth outside the mailbox: SMS entries by 0-based index in sms-backup.xml, and
 * whole chat exports (one conversation = one operation), and the saved phishing page.
 */
import { SMS } from './sms.js';

/** [campaign, member ids] pairs. */
export function chatCampaignMembers(): [string, string[]][] {
  const out: [string, string[]][] = [
    ['romance-btc-mentor', ['chat/whatsapp-scam.txt']],
    ['hi-mum', ['chat/whatsapp-ios.txt']],
    ['novabit-investment', ['chat/telegram/result.json']],
    ['sparkasse-pushtan', ['web/login-page.html']],
  ];
  SMS.forEach((s, i) => {
    if (s.campaign) out.push([s.campaign, [`sms/sms-backup.xml#${i}`]]);
  });
  return out;
}
