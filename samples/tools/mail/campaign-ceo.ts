/**
 * @module samples/tools/mail/campaign-ceo
 * Campaign "ceo-fraud-hartmann": business e-mail compromise. "Julia Hartmann, CEO" writes from a
 * free-mail account (which passes SPF/DKIM/DMARC for its own domain: authentication alone does not
 * catch this) asking for an urgent confidential wire to a mule IBAN. Three variants (de, en, nl)
 * to three employees, one with a Reply-To on a second free-mail account.
 */
import { ibanPaper } from '../lib/iban.js';
import type { Hop, MailSpec } from '../lib/mail-spec.js';
import { IBAN, MX, NW, PASS, PHONE } from './infra.js';

const CAMPAIGN = 'ceo-fraud-hartmann';
const FAKE = { name: 'Julia Hartmann, CEO', addr: 'julia.hartmann.ceo.office@gmail.com' };

function gmailHops(ip: string): Hop[] {
  return [
    { helo: '[10.0.0.12]', rdns: 'unknown', ip, by: 'smtp.gmail.com' },
    { helo: 'mail-ed1-f41.google.com', rdns: 'mail-ed1-f41.google.com', ip: '198.51.100.141', by: MX },
  ];
}

/** The three variants. */
export function ceoCampaign(): MailSpec[] {
  return [
    {
      key: 'ceo-de',
      kind: 'scam',
      lang: 'de',
      campaign: CAMPAIGN,
      date: '2026-02-19T08:03:11Z',
      tz: '+0100',
      from: FAKE,
      to: [NW.accounts],
      returnPath: FAKE.addr,
      subject: 'Dringend - vertraulich',
      text: `Hallo,

sind Sie gerade am Platz? Ich brauche kurzfristig Ihre Unterstützung bei einer
vertraulichen Angelegenheit. Wir schließen heute eine Übernahme ab und müssen
eine Anzahlung von 48.750,00 EUR leisten. Bitte veranlassen Sie die Überweisung
noch heute als Eilüberweisung:

Empfänger: Baltic Trade Consulting UAB
IBAN: ${ibanPaper(IBAN.ceoMule)}
Verwendungszweck: Projekt Nordlicht / Anzahlung

Bitte sprechen Sie mit niemandem im Haus darüber, auch nicht mit Herrn Weber,
bis die Pressemitteilung raus ist. Ich sitze in Meetings und bin nur per E-Mail
erreichbar. Geben Sie mir kurz Bescheid, sobald die Zahlung raus ist.

Julia Hartmann
Geschäftsführerin
Gesendet von meinem iPhone
`,
      hops: gmailHops('192.0.2.150'),
      auth: PASS,
    },
    {
      key: 'ceo-en',
      kind: 'scam',
      lang: 'en',
      campaign: CAMPAIGN,
      date: '2026-02-19T08:41:52Z',
      tz: '+0100',
      from: FAKE,
      to: [NW.nowak],
      replyTo: { name: 'Julia Hartmann', addr: 'j.hartmann.private.office@outlook.com' },
      returnPath: FAKE.addr,
      subject: 'Quick favour - urgent wire today',
      text: `Tomasz,

Are you available? I need you to process an urgent wire transfer today for a
confidential acquisition. Amount EUR 48,750.00 to:

Baltic Trade Consulting UAB
IBAN ${IBAN.ceoMule}

Please keep this strictly between us until the deal is announced. I am in back-
to-back meetings, so reply by email only. Our lawyer may call you from
${PHONE.ceoAssistant} to confirm the details.

Thanks,
Julia

Sent from my iPhone
`,
      hops: gmailHops('192.0.2.151'),
      auth: PASS,
    },
    {
      key: 'ceo-nl',
      kind: 'scam',
      lang: 'nl',
      campaign: CAMPAIGN,
      date: '2026-02-20T07:55:30Z',
      tz: '+0100',
      from: FAKE,
      to: [NW.info],
      returnPath: FAKE.addr,
      subject: 'Vertrouwelijk: spoedbetaling vandaag',
      text: `Goedemorgen,

Ik heb vandaag uw hulp nodig bij een vertrouwelijke betaling. Voor een overname
moeten we vandaag nog 48.750,00 EUR aanbetalen aan:

Baltic Trade Consulting UAB
IBAN: ${ibanPaper(IBAN.ceoMule)}

Bespreek dit met niemand tot de aankondiging. Ik zit de hele dag in
vergaderingen, stuur mij alleen een e-mail zodra de betaling is verstuurd.

Met vriendelijke groet,
Julia Hartmann, CEO Nordwind Logistik GmbH
Verzonden vanaf mijn iPhone
`,
      hops: gmailHops('192.0.2.150'),
      auth: PASS,
    },
  ];
}
