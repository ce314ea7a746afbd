/**
 * @module samples/tools/mail/legit-internal
 * Legitimate internal mail at Nordwind Logistik (example.com): colleagues in de, fr, en. The real
 * Julia Hartmann writes from j.hartmann@example.com (contrast with the CEO-fraud free-mail sender).
 * One body carries lines starting with "From " and ">From " to exercise mboxrd quoting.
 */
import type { MailSpec } from '../lib/mail-spec.js';
import { internalHops, NW, PASS } from './infra.js';

/** Internal colleague mails. */
export function internalMails(): MailSpec[] {
  return [
    {
      key: 'int-hartmann-de',
      kind: 'ham',
      lang: 'de',
      date: '2026-02-02T08:30:00Z',
      tz: '+0100',
      from: NW.hartmann,
      to: [NW.weber, NW.nowak],
      cc: [NW.laurent],
      returnPath: NW.hartmann.addr,
      subject: 'Protokoll Abteilungsrunde 02.02.',
      cte: '8bit',
      text: `Hallo zusammen,

anbei kurz die Punkte aus der heutigen Runde:

1. Lagererweiterung Halle 3: Angebot der Firma Krause liegt vor, Entscheidung
   in der Geschäftsleitung am 12.02.
2. Neue Tourenplanung ab März: Markus stellt den Entwurf nächste Woche vor.
3. IT: Bitte meldet verdächtige Mails weiterhin an it-security@example.com.
From what I heard from the IT team, the new filter goes live on 16 February.
>From the old archive we will migrate only the last two years.

Zahlungen über 10.000 EUR gibt weiterhin nur die Geschäftsführung frei, und zwar
ausschließlich über das Freigabe-Tool, nie per E-Mail.

Viele Grüße
Julia

--
Julia Hartmann
Geschäftsführerin | Nordwind Logistik GmbH
Hafenstraße 12, 20457 Hamburg | Tel. +49 30 23125 100
`,
      hops: internalHops(),
      auth: PASS,
    },
    {
      key: 'int-laurent-fr',
      kind: 'ham',
      lang: 'fr',
      date: '2026-02-09T14:12:45Z',
      tz: '+0100',
      from: NW.laurent,
      to: [NW.weber],
      returnPath: NW.laurent.addr,
      subject: 'Livraison Lyon – créneau de jeudi',
      text: `Salut Markus,

Le client de Lyon confirme le créneau de jeudi entre 8h et 10h pour les
12 palettes. Le chauffeur devra appeler le quai au +33 1 99 00 42 17 trente
minutes avant l'arrivée.

Peux-tu mettre à jour la tournée dans le système ? Merci !

Bonne journée,
Sophie
`,
      hops: internalHops(),
      auth: PASS,
    },
    {
      key: 'int-nowak-en',
      kind: 'ham',
      lang: 'en',
      date: '2026-02-16T09:05:12Z',
      tz: '+0100',
      from: NW.nowak,
      to: [NW.weber],
      returnPath: NW.nowak.addr,
      subject: 'Re: Laptop replacement ticket #4471',
      text: `Hi Markus,

Your new laptop is ready for pick-up at the IT desk (room 2.14) from tomorrow
10:00. Please bring the old one and its charger. Your files are synced to the
company OneDrive, nothing else to do on your side.

Reminder: IT will never ask you for your password by email or phone.

Cheers,
Tomasz
IT Support, Nordwind Logistik

> On 13 Feb 2026, at 16:40, Markus Weber <m.weber@example.com> wrote:
> My laptop battery lasts barely an hour now. Could we replace it?
`,
      hops: internalHops(),
      auth: PASS,
    },
  ];
}
