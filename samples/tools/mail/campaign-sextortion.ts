/**
 * @module samples/tools/mail/campaign-sextortion
 * Campaign "webcam-extortion": the classic bulk "I hacked your device" extortion (no images, no
 * real claims), four variants (en, de, it, es). Shared: legacy P2PKH bitcoin wallet, USD 1,200
 * demand, 48-hour deadline, From spoofed as the recipient's own address, senders in 192.0.2.0/24.
 */
import type { Addr, MailSpec } from '../lib/mail-spec.js';
import { badHops, FAIL, MX_PRIVATE, NW, WALLET } from './infra.js';

const CAMPAIGN = 'webcam-extortion';

function self(a: Addr): Addr {
  return { addr: a.addr };
}

/** The four variants. */
export function sextortionCampaign(): MailSpec[] {
  const w = WALLET.btcSextortion;
  return [
    {
      key: 'sx-en',
      kind: 'scam',
      lang: 'en',
      campaign: CAMPAIGN,
      date: '2026-02-06T02:11:40Z',
      from: self(NW.private),
      to: [NW.private],
      returnPath: 'markus.weber@example.net',
      subject: 'Your account is hacked. Read this message carefully.',
      text: `Hello!

I am a hacker who has gained access to your operating system. I have been
watching you for a few months now through a malware I installed on your device.
I have copies of your contacts, messages and browser history.

To stop me from sending everything to all your contacts, transfer USD 1200 in
Bitcoin to this wallet:

${w}

You have 48 hours. I get a notification when you read this email. Do not reply,
do not contact the police: I will know.
`,
      hops: badHops('host-29.static.example', '192.0.2.29', MX_PRIVATE),
      auth: FAIL,
    },
    {
      key: 'sx-de',
      kind: 'scam',
      lang: 'de',
      campaign: CAMPAIGN,
      date: '2026-02-17T23:48:02Z',
      tz: '+0100',
      from: self(NW.weber),
      to: [NW.weber],
      returnPath: 'm.weber@example.com',
      subject: 'Sicherheitswarnung: Ihr Konto wurde kompromittiert',
      text: `Hallo,

ich habe vor einigen Monaten Zugriff auf Ihr Gerät erhalten und seitdem Ihre
Aktivitäten beobachtet. Ich besitze Kopien Ihrer Kontakte, Nachrichten und Ihres
Browserverlaufs.

Überweisen Sie innerhalb von 48 Stunden 1200 USD in Bitcoin an folgende Adresse,
dann lösche ich alles:

${w}

Antworten Sie nicht und wenden Sie sich nicht an die Polizei.
`,
      hops: badHops('host-30.static.example', '192.0.2.30'),
      auth: FAIL,
    },
    {
      key: 'sx-it',
      kind: 'scam',
      lang: 'it',
      campaign: CAMPAIGN,
      date: '2026-02-25T01:26:33Z',
      tz: '+0100',
      from: self(NW.info),
      to: [NW.info],
      returnPath: 'info@example.com',
      subject: 'Il tuo dispositivo è stato violato',
      text: `Ciao,

da alcuni mesi ho accesso al tuo dispositivo tramite un malware e ho copiato i
tuoi contatti, i messaggi e la cronologia del browser.

Se non vuoi che invii tutto ai tuoi contatti, trasferisci 1200 USD in Bitcoin a
questo indirizzo entro 48 ore:
${w}

Non rispondere a questa email e non rivolgerti alla polizia.
`,
      hops: badHops('host-31.static.example', '192.0.2.31'),
      auth: FAIL,
    },
    {
      key: 'sx-es',
      kind: 'scam',
      lang: 'es',
      campaign: CAMPAIGN,
      date: '2026-03-05T03:09:14Z',
      tz: '+0100',
      from: self(NW.private),
      to: [NW.private],
      returnPath: 'markus.weber@example.net',
      subject: 'He accedido a su dispositivo',
      text: `Hola:

Desde hace varios meses tengo acceso a su dispositivo mediante un programa
malicioso. Tengo copia de sus contactos, mensajes e historial de navegación.

Tiene 48 horas para enviar 1200 USD en Bitcoin a esta dirección:
${w}

No responda a este correo ni acuda a la policía.
`,
      hops: badHops('host-29.static.example', '192.0.2.29', MX_PRIVATE),
      auth: FAIL,
    },
  ];
}
