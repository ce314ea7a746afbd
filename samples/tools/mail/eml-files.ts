/**
 * @module samples/tools/mail/eml-files
 * The standalone .eml samples: a phishing mail with a PDF lure attachment, one with an HTML
 * sign-in page attached, one with its link only in an attached QR code, a legitimate colleague
 * mail, and a user's report that forwards a phishing mail as a nested message/rfc822 part (the
 * nested mail is the Dutch variant of the paypal-limited campaign, which is not in the mbox).
 */
import { readFileSync } from 'node:fs';
import type { MailSpec } from '../lib/mail-spec.js';
import { renderMail } from '../lib/mime.js';
import { badHops, FAIL, internalHops, NW, PASS } from './infra.js';
import { remittanceLurePage } from './lure-page.js';
import { lurePdf } from './pdfs.js';

/** A rendered .eml file with its ground truth. */
export interface EmlFile {
  file: string;
  spec: MailSpec;
  nested?: MailSpec;
}

function paypalNl(): MailSpec {
  return {
    key: 'paypal-nl',
    kind: 'phishing',
    lang: 'nl',
    campaign: 'paypal-limited',
    date: '2026-02-17T07:58:13Z',
    tz: '+0100',
    from: { name: 'PayPal Klantenservice', addr: 'melding@account-controle.biz' },
    to: [NW.weber],
    replyTo: { name: 'PayPal Support', addr: 'support@paypa1-secure.com' },
    returnPath: 'bounce-7737@bulk-relay-mail.biz',
    subject: 'Uw PayPal-rekening is beperkt',
    text: `Beste klant,

We hebben ongebruikelijke activiteit op uw rekening vastgesteld en het gebruik
ervan tijdelijk beperkt. Bevestig binnen 24 uur uw identiteit om volledige
toegang te herstellen:

https://paypa1-secure.com/verify/session?id=0d5c88e1f4

Anders wordt uw rekening definitief opgeschort en wordt uw saldo 180 dagen
vastgehouden.

Met vriendelijke groet,
Afdeling Accountcontrole PayPal
`,
    hops: badHops('mail.account-controle.biz', '203.0.113.46'),
    auth: FAIL,
  };
}

/** The .eml files (paths relative to samples/mail/). */
export function emlFiles(): EmlFile[] {
  const nested = paypalNl();
  return [
    {
      file: 'phishing-invoice-attachment.eml',
      spec: {
        key: 'eml-phish-invoice',
        kind: 'phishing',
        lang: 'de',
        date: '2026-02-25T06:47:19Z',
        tz: '+0100',
        from: { name: 'Buchhaltung | Nordwind Logistik', addr: 'buchhaltung@nordwind-logistik.top' },
        to: [NW.accounts],
        replyTo: { addr: 'rechnung.pruefung@docs-secure-viewer.top' },
        returnPath: 'postmaster@nordwind-logistik.top',
        subject: 'Offene Rechnung 2026-0417 – Zahlungserinnerung',
        text: `Guten Morgen,

anbei die Rechnung 2026-0417, die laut unserer Buchhaltung noch offen ist.
Das Dokument ist aus Datenschutzgründen geschützt; bitte öffnen Sie es mit
Ihrem Microsoft-365-Konto.

Bitte prüfen Sie die Zahlung heute noch, da sonst Mahngebühren anfallen.

Mit freundlichen Grüßen
Buchhaltung
`,
        attachments: [
          { filename: 'Rechnung_2026-0417.pdf', contentType: 'application/pdf', data: lurePdf() },
        ],
        hops: badHops('mail.nordwind-logistik.top', '203.0.113.120'),
        auth: FAIL,
      },
    },
    {
      file: 'phishing-remittance-html.eml',
      spec: {
        key: 'eml-phish-remittance-html',
        kind: 'phishing',
        lang: 'en',
        date: '2026-03-03T09:12:44Z',
        tz: '+0000',
        from: { name: 'Accounts Payable', addr: 'payments@hanseatic-freight-partners.top' },
        to: [NW.accounts],
        returnPath: 'bounce@hanseatic-freight-partners.top',
        subject: 'Remittance advice 0417',
        text: `Hello,

please find attached the remittance advice for your invoice 0417.

Kind regards
Accounts Payable
`,
        attachments: [
          { filename: 'Remittance_0417.html', contentType: 'text/html', data: remittanceLurePage() },
        ],
        hops: badHops('mail.hanseatic-freight-partners.top', '203.0.113.121'),
        auth: FAIL,
      },
    },
    {
      file: 'phishing-mfa-qr.eml',
      spec: {
        key: 'eml-phish-mfa-qr',
        kind: 'phishing',
        lang: 'en',
        date: '2026-03-04T07:41:09Z',
        tz: '+0000',
        from: { name: 'IT Service Desk', addr: 'servicedesk@nordwind-it-support.top' },
        to: [NW.weber],
        returnPath: 'bounce@nordwind-it-support.top',
        subject: 'Action required: re-validate your MFA today',
        text: `Hello Markus,

your multi-factor authentication for Microsoft 365 expires today. To keep access
to your mailbox, scan the attached code with your phone and confirm your sign-in.

IT Service Desk
`,
        attachments: [
          {
            filename: 'MFA_code.png',
            contentType: 'image/png',
            // qrencode -s 6 -m 4 'https://mfa-revalidate-nordwind.pages.dev/m365' (made-up host)
            data: readFileSync(new URL('./assets/mfa-qr.png', import.meta.url)),
          },
        ],
        hops: badHops('mail.nordwind-it-support.top', '203.0.113.122'),
        auth: FAIL,
      },
    },
    {
      file: 'legit-colleague.eml',
      spec: {
        key: 'eml-legit-colleague',
        kind: 'ham',
        lang: 'de',
        date: '2026-02-27T15:20:00Z',
        tz: '+0100',
        from: NW.weber,
        to: [NW.laurent],
        returnPath: NW.weber.addr,
        subject: 'Re: Tourenplanung März',
        text: `Hallo Sophie,

danke für die Zahlen. Ich habe die Touren nach Lyon und Lille für März
zusammengelegt; damit sparen wir pro Woche eine Fahrt. Den Entwurf stelle ich
am Montag in der Runde vor.

Viele Grüße
Markus

Am 27.02.2026 um 11:02 schrieb Sophie Laurent:
> Hier die Palettenzahlen für März, wie besprochen.
`,
        hops: internalHops(),
        auth: PASS,
      },
    },
    {
      file: 'forward-rfc822.eml',
      nested,
      spec: {
        key: 'eml-forward-report',
        kind: 'ham',
        lang: 'de',
        date: '2026-02-17T08:15:40Z',
        tz: '+0100',
        from: NW.weber,
        to: [NW.cert],
        returnPath: NW.weber.addr,
        subject: 'WG: Uw PayPal-rekening is beperkt (verdächtig?)',
        text: `Hallo IT-Security,

diese Mail kam heute früh bei mir an, ich habe nichts angeklickt. Sieht nach
Phishing aus, ich habe gar kein PayPal-Konto über die Firma. Original hängt an.

Gruß
Markus
`,
        forwarded: renderMail(nested),
        hops: internalHops(),
        auth: PASS,
      },
    },
  ];
}
