/**
 * @module samples/tools/mail/campaign-parcel
 * Campaign "parcel-fee": "your parcel is held, pay a 1.99 EUR customs/redelivery fee". Labelled
 * `scam`, as issue 5 defines parcel-fee fraud (the message asks for a payment, not a login; the card
 * form is on the linked page). Four mail variants (de, en, fr, es) plus SMS variants in
 * sms-backup.xml. Shared: URL path /p/<code>, Reply-To support@paket-zoll-service.info, 1,99 EUR,
 * senders in 203.0.113.0/24.
 */
import type { MailSpec } from '../lib/mail-spec.js';
import { badHops, FAIL, MX_PRIVATE, NW } from './infra.js';

const CAMPAIGN = 'parcel-fee';
const REPLY = { name: 'Paket Service', addr: 'support@paket-zoll-service.info' };

/** The four mail variants. */
export function parcelCampaign(): MailSpec[] {
  return [
    {
      key: 'parcel-de',
      kind: 'scam',
      lang: 'de',
      campaign: CAMPAIGN,
      date: '2026-02-04T13:27:44Z',
      tz: '+0100',
      from: { name: 'DHL Paket', addr: 'benachrichtigung@dhl-zustellung-gebuehr.top' },
      to: [NW.private],
      replyTo: REPLY,
      returnPath: 'noreply@dhl-zustellung-gebuehr.top',
      subject: 'Ihre Sendung JJD0003921847 konnte nicht zugestellt werden',
      text: `Hallo,

Ihr Paket (Sendungsnummer JJD0003921847) befindet sich in unserem Verteilzentrum.
Aufgrund einer ausstehenden Zollgebühr von 1,99 EUR konnte es nicht zugestellt
werden.

Bitte begleichen Sie die Gebühr innerhalb von 48 Stunden, sonst wird die
Sendung an den Absender zurückgeschickt:

https://dhl-zustellung-gebuehr.top/p/JJD3921847

Ihr DHL-Team
`,
      html: `<html><body style="font-family:Arial">
<div style="background:#ffcc00;padding:8px"><b style="color:#d40511">DHL</b></div>
<p>Hallo,</p>
<p>Ihr Paket (Sendungsnummer <b>JJD0003921847</b>) befindet sich in unserem Verteilzentrum. Aufgrund einer ausstehenden Zollgebühr von <b>1,99&nbsp;EUR</b> konnte es nicht zugestellt werden.</p>
<p><a href="https://dhl-zustellung-gebuehr.top/p/JJD3921847">https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html</a></p>
<p>Ihr DHL-Team</p>
<p style="font-size:0px;color:#fff">Rechnung Newsletter Bestellung Termin Meeting Protokoll</p>
</body></html>`,
      hops: badHops('mail.dhl-zustellung-gebuehr.top', '203.0.113.91', MX_PRIVATE),
      auth: FAIL,
    },
    {
      key: 'parcel-en',
      kind: 'scam',
      lang: 'en',
      campaign: CAMPAIGN,
      date: '2026-02-15T10:12:03Z',
      from: { name: 'DHL Express', addr: 'tracking@parcel-redelivery.xyz' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'noreply@parcel-redelivery.xyz',
      subject: 'Delivery attempt failed: action required for parcel JJD0003925510',
      text: `Dear customer,

We attempted to deliver your parcel JJD0003925510 today but a redelivery fee of
EUR 1.99 is outstanding. Please schedule a new delivery and pay the fee within
48 hours, otherwise the parcel will be returned to the sender.

Schedule redelivery: https://parcel-redelivery.xyz/p/JJD3925510

DHL Express Customer Service
`,
      hops: badHops('mail.parcel-redelivery.xyz', '203.0.113.92'),
      auth: FAIL,
    },
    {
      key: 'parcel-fr',
      kind: 'scam',
      lang: 'fr',
      campaign: CAMPAIGN,
      date: '2026-02-22T08:50:19Z',
      tz: '+0100',
      from: { name: 'DHL France', addr: 'suivi@paket-zoll-service.info' },
      to: [NW.laurent],
      replyTo: REPLY,
      returnPath: 'noreply@paket-zoll-service.info',
      subject: 'Votre colis est en attente – frais de douane 1,99 EUR',
      text: `Bonjour,

Votre colis JJD0003927764 est bloqué à notre centre de tri. Des frais de douane
de 1,99 EUR restent à payer. Sans paiement sous 48 heures, le colis sera
retourné à l'expéditeur.

Payer les frais : https://paket-zoll-service.info/p/JJD3927764

Service client DHL
`,
      hops: badHops('mail.paket-zoll-service.info', '203.0.113.93'),
      auth: FAIL,
    },
    {
      key: 'parcel-es',
      kind: 'scam',
      lang: 'es',
      campaign: CAMPAIGN,
      date: '2026-03-03T18:05:51Z',
      tz: '+0100',
      from: { name: 'DHL España', addr: 'envios@parcel-redelivery.xyz' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'noreply@parcel-redelivery.xyz',
      subject: 'Su paquete JJD0003931206 está retenido',
      text: `Estimado cliente:

Su paquete JJD0003931206 está retenido en aduanas. Para liberarlo debe abonar
una tasa de 1,99 EUR en un plazo de 48 horas; de lo contrario será devuelto al
remitente.

Pague aquí: https://parcel-redelivery.xyz/p/JJD3931206

Atención al cliente DHL
`,
      hops: badHops('mail.parcel-redelivery.xyz', '203.0.113.91'),
      auth: FAIL,
    },
  ];
}
