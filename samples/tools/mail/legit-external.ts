/**
 * @module samples/tools/mail/legit-external
 * Legitimate external mail: a PayPal receipt and a Sparkasse e-postbox notice from the brands'
 * real domains (passing SPF/DKIM/DMARC, no login links), two newsletters, and a supplier invoice
 * with a PDF attachment.
 */
import type { MailSpec } from '../lib/mail-spec.js';
import { goodHops, MX_PRIVATE, NW, PASS } from './infra.js';
import { legitInvoicePdf } from './pdfs.js';

/** Legitimate external mails. */
export function externalMails(): MailSpec[] {
  return [
    {
      key: 'legit-paypal-receipt',
      kind: 'ham',
      lang: 'en',
      date: '2026-02-08T18:22:31Z',
      tz: '-0800',
      from: { name: 'PayPal', addr: 'service@paypal.com' },
      to: [NW.private],
      returnPath: 'bounce-3f81@paypal.com',
      subject: 'Receipt for your payment to Harbour Books Ltd',
      text: `Hello Markus Weber,

You sent a payment of EUR 23.90 to Harbour Books Ltd.

Transaction ID: 4TX01977MH2218207
Transaction date: February 8, 2026

It may take a few moments for this transaction to appear in your account.

To see all the transaction details, log in to your PayPal account as you
normally would (type paypal.com into your browser).

PayPal
`,
      hops: goodHops('paypal.com', '2001:db8:4a::25'),
      auth: { ...PASS, dkimDomain: 'paypal.com' },
    },
    {
      key: 'legit-sparkasse',
      kind: 'ham',
      lang: 'de',
      date: '2026-02-12T05:01:00Z',
      tz: '+0100',
      from: { name: 'Sparkasse', addr: 'noreply@sparkasse.de' },
      to: [NW.private],
      returnPath: 'bounce@sparkasse.de',
      subject: 'Neues Dokument in Ihrem elektronischen Postfach',
      text: `Guten Tag Herr Weber,

in Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit:
Kontoauszug 02/2026 zum Girokonto.

Bitte melden Sie sich wie gewohnt im Online-Banking oder in der App
"Sparkasse" an, um das Dokument abzurufen.

Hinweis: Wir fordern Sie niemals per E-Mail auf, Zugangsdaten, TANs oder
Kartendaten einzugeben oder Ihr pushTAN-Verfahren über einen Link zu
"aktualisieren".

Mit freundlichen Grüßen
Ihre Sparkasse
`,
      hops: goodHops('sparkasse.de', '2001:db8:5b::10', MX_PRIVATE),
      auth: PASS,
    },
    {
      key: 'legit-newsletter-en',
      kind: 'ham',
      lang: 'en',
      date: '2026-02-11T06:00:00Z',
      from: { name: 'Freight Weekly', addr: 'newsletter@news.example.org' },
      to: [NW.weber],
      returnPath: 'bounce+weber=example.com@news.example.org',
      subject: 'Freight Weekly #312: port congestion eases, rail freight rates up 4%',
      text: `FREIGHT WEEKLY #312

- Port congestion in the North Range eases for the third week in a row
- Rail freight spot rates up 4% month on month
- Interview: what EU e-CMR adoption means for mid-sized carriers

Read online: https://news.example.org/freight-weekly/312

You receive this newsletter because you subscribed at news.example.org.
Unsubscribe: https://news.example.org/unsubscribe?u=8812
`,
      html: `<html><body style="font-family:Georgia,serif">
<h1>Freight Weekly #312</h1>
<ul>
<li><a href="https://news.example.org/freight-weekly/312#ports">Port congestion in the North Range eases for the third week in a row</a></li>
<li><a href="https://news.example.org/freight-weekly/312#rail">Rail freight spot rates up 4% month on month</a></li>
<li><a href="https://news.example.org/freight-weekly/312#ecmr">Interview: what EU e-CMR adoption means for mid-sized carriers</a></li>
</ul>
<p style="font-size:11px">You receive this newsletter because you subscribed at news.example.org.
<a href="https://news.example.org/unsubscribe?u=8812">Unsubscribe</a></p>
</body></html>`,
      hops: goodHops('news.example.org', '2001:db8:77::5'),
      auth: PASS,
      extra: [
        ['List-Unsubscribe', '<https://news.example.org/unsubscribe?u=8812>'],
        ['List-Id', 'Freight Weekly <freight-weekly.news.example.org>'],
      ],
    },
    {
      key: 'legit-newsletter-de',
      kind: 'ham',
      lang: 'de',
      date: '2026-03-04T07:00:00Z',
      tz: '+0100',
      from: { name: 'Logistik-Verband Nord', addr: 'newsletter@verband.example.org' },
      to: [NW.info],
      returnPath: 'bounce@verband.example.org',
      subject: 'Mitglieder-Info März: Seminar Gefahrgut, Mautänderungen',
      text: `Liebe Mitglieder,

- Seminar "Gefahrgut-Beauftragte": 24.03.2026 in Hamburg, noch 6 Plätze frei
- Mautänderungen zum 1. April: unsere Übersicht für Ihre Kalkulation
- Jahreshauptversammlung am 16.04.2026

Alle Details: https://verband.example.org/mitglieder/info-2026-03

Abmelden: https://verband.example.org/newsletter/abmelden
`,
      hops: goodHops('verband.example.org', '2001:db8:91::3'),
      auth: PASS,
      extra: [['List-Unsubscribe', '<https://verband.example.org/newsletter/abmelden>']],
    },
    {
      key: 'legit-invoice-pdf',
      kind: 'ham',
      lang: 'de',
      date: '2026-02-16T11:42:18Z',
      tz: '+0100',
      from: { name: 'Müller Verpackungen GmbH', addr: 'rechnung@mueller-verpackungen.example.net' },
      to: [NW.accounts],
      returnPath: 'rechnung@mueller-verpackungen.example.net',
      subject: 'Rechnung RE-2026-0188 zu Ihrer Bestellung 10442-77',
      text: `Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-0188 über 1.475,60 EUR zu Ihrer
Bestellung 10442-77 vom 09.02.2026. Die Bankverbindung ist unverändert.

Mit freundlichen Grüßen
Petra Schulz
Buchhaltung, Müller Verpackungen GmbH
`,
      attachments: [
        { filename: 'RE-2026-0188.pdf', contentType: 'application/pdf', data: legitInvoicePdf() },
      ],
      hops: goodHops('mueller-verpackungen.example.net', '2001:db8:c3::44'),
      auth: PASS,
    },
  ];
}
