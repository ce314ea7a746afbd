/**
 * @module samples/tools/make-mailbox
 * Generates samples/mail/inbox.mbox (mboxrd), the standalone samples/mail/*.eml files,
 * samples/mail/labels.json (per-message ground truth) and samples/campaigns.json (campaign ground
 * truth across mail, chat and SMS). Deterministic: run twice, get the same bytes.
 *
 * Run: npx tsx samples/tools/make-mailbox.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chatCampaignMembers } from './chat/members.js';
import type { MailSpec } from './lib/mail-spec.js';
import { mboxEntry } from './lib/mbox.js';
import { renderMail } from './lib/mime.js';
import { advanceCampaign } from './mail/campaign-advance.js';
import { bankCampaign } from './mail/campaign-bank.js';
import { ceoCampaign } from './mail/campaign-ceo.js';
import { investCampaign } from './mail/campaign-invest.js';
import { parcelCampaign } from './mail/campaign-parcel.js';
import { paypalCampaign } from './mail/campaign-paypal.js';
import { sextortionCampaign } from './mail/campaign-sextortion.js';
import { certReport } from './mail/cert-report.js';
import { emlFiles } from './mail/eml-files.js';
import { externalMails } from './mail/legit-external.js';
import { internalMails } from './mail/legit-internal.js';
import { intlMails } from './mail/legit-intl.js';
import { spamMails } from './mail/spam.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** All mbox messages in mailbox order (by date; ties by key). */
export function mailboxSpecs(): MailSpec[] {
  const all = [
    ...paypalCampaign(),
    ...bankCampaign(),
    ...investCampaign(),
    ...advanceCampaign(),
    ...parcelCampaign(),
    ...sextortionCampaign(),
    ...ceoCampaign(),
    ...spamMails(),
    ...internalMails(),
    ...externalMails(),
    ...intlMails(),
    certReport(),
  ];
  return all.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

function toCrlf(b: Buffer): Buffer {
  return Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
}

function main(): void {
  const specs = mailboxSpecs();
  mkdirSync(join(ROOT, 'mail'), { recursive: true });
  const parts = specs.map((m) => mboxEntry(m.returnPath, m.date, renderMail(m)));
  writeFileSync(join(ROOT, 'mail', 'inbox.mbox'), Buffer.concat(parts));

  const labels: Record<string, unknown>[] = specs.map((m, i) => ({
    id: `mail/inbox.mbox#${i}`,
    key: m.key,
    class: m.kind,
    lang: m.lang,
    campaign: m.campaign ?? null,
    subject: m.subject,
  }));
  const members = new Map<string, string[]>();
  const add = (c: string | undefined, id: string) => {
    if (!c) return;
    members.set(c, [...(members.get(c) ?? []), id]);
  };
  specs.forEach((m, i) => add(m.campaign, `mail/inbox.mbox#${i}`));

  for (const e of emlFiles()) {
    // .eml files use CRLF line ends, as saved by most mail clients on Windows.
    writeFileSync(join(ROOT, 'mail', e.file), toCrlf(renderMail(e.spec)));
    const id = `mail/${e.file}`;
    labels.push({
      id,
      key: e.spec.key,
      class: e.spec.kind,
      lang: e.spec.lang,
      campaign: e.spec.campaign ?? null,
      subject: e.spec.subject,
    });
    add(e.spec.campaign, id);
    if (e.nested) {
      const nid = `${id}#attached`;
      labels.push({
        id: nid,
        key: e.nested.key,
        class: e.nested.kind,
        lang: e.nested.lang,
        campaign: e.nested.campaign ?? null,
        subject: e.nested.subject,
      });
      add(e.nested.campaign, nid);
    }
  }
  for (const [c, ids] of chatCampaignMembers()) for (const id of ids) add(c, id);

  writeFileSync(join(ROOT, 'mail', 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
  const campaigns = [...members.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([campaign, m]) => ({ campaign, members: m }));
  writeFileSync(join(ROOT, 'campaigns.json'), JSON.stringify(campaigns, null, 2) + '\n');
  process.stdout.write(`inbox.mbox: ${specs.length} messages; ${campaigns.length} campaigns\n`);
  specs.forEach((m, i) =>
    process.stdout.write(
      `${String(i).padStart(2)} ${m.kind.padEnd(8)} ${m.lang} ${m.campaign ?? '-'}  ${m.key}\n`,
    ),
  );
}

main();
