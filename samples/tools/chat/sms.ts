/**
 * @module samples/tools/chat/sms
 * Android "SMS Backup & Restore" XML from the fictional victim Karin Weber's phone: family texts
 * (de, fr), 2FA codes, a legitimate DHL notice, and smishing: parcel-fee (de, nl, fr, en, es on the
 * same /p/<code> URL pattern as the mail campaign), Sparkasse pushTAN (same infrastructure as the
 * mail campaign), an ING card lure, "Hi Mum" (de, es, en) with its family-emergency follow-up, and
 * the romance scam's wrong-number opener. Each entry carries its ground-truth campaign (not written to the XML).
 */
import { ibanPaper } from '../lib/iban.js';
import { HI_MUM_IBAN, HI_MUM_PHONES, ROMANCE_PHONE } from './shared.js';

/** One SMS with its ground truth. */
export interface Sms {
  address: string;
  contact: string;
  at: string;
  type: 1 | 2;
  body: string;
  campaign?: string;
  kind: 'phishing' | 'scam' | 'ham';
  lang: string;
}

const [HM1, HM2, HM3] = HI_MUM_PHONES as [string, string, string];
const MARKUS = '+493023125612';
const JUERGEN = '+493023125733';
const LENA = '+493023125648';

/** The messages in backup order (chronological). */
export const SMS: Sms[] = [
  {
    address: MARKUS,
    contact: 'Markus',
    at: '2026-02-01T16:04:11Z',
    type: 1,
    kind: 'ham',
    lang: 'de',
    body: 'Hi Mama, denkst du an Omas Geburtstag am Sonntag? Ich bringe den Kuchen mit.',
  },
  {
    address: MARKUS,
    contact: 'Markus',
    at: '2026-02-01T16:10:37Z',
    type: 2,
    kind: 'ham',
    lang: 'de',
    body: 'Na klar! Wir sind um 15 Uhr da. Kuss',
  },
  {
    address: '+442079460417',
    contact: '(Unknown)',
    at: '2026-02-03T09:12:33Z',
    type: 1,
    kind: 'phishing',
    lang: 'de',
    campaign: 'parcel-fee',
    body: 'DHL: Ihr Paket JJD0003944120 wartet auf Zustellung. Bitte bestaetigen Sie die Zollgebuehr (1,99 EUR): https://dhl-zustellung-gebuehr.top/p/JJD4410023',
  },
  {
    address: 'PayPal',
    contact: '(Unknown)',
    at: '2026-02-08T18:20:02Z',
    type: 1,
    kind: 'ham',
    lang: 'en',
    body: 'PayPal: 481207 is your security code. Never share it with anyone, including PayPal staff.',
  },
  {
    address: '+442079460533',
    contact: '(Unknown)',
    at: '2026-02-09T07:45:50Z',
    type: 1,
    kind: 'phishing',
    lang: 'de',
    campaign: 'sparkasse-pushtan',
    body: 'Sparkasse: Ihr pushTAN-Zugang laeuft heute ab. Jetzt aktualisieren, um eine Sperrung zu vermeiden: https://s-kundenportal-sicherheit.top/pushtan/aktualisierung?kd=40719288',
  },
  {
    address: JUERGEN,
    contact: 'Jürgen',
    at: '2026-02-10T12:31:09Z',
    type: 1,
    kind: 'ham',
    lang: 'de',
    body: 'Bin gut in Kiel angekommen. Zug hatte nur 10 Minuten Verspätung 😉',
  },
  {
    address: ROMANCE_PHONE,
    contact: '(Unknown)',
    at: '2026-02-12T10:03:44Z',
    type: 1,
    kind: 'scam',
    lang: 'en',
    campaign: 'romance-btc-mentor',
    body: "Hi Sarah, it's David from the sailing club. Are we still meeting for coffee on Saturday?",
  },
  {
    address: ROMANCE_PHONE,
    contact: '(Unknown)',
    at: '2026-02-12T10:20:15Z',
    type: 2,
    kind: 'ham',
    lang: 'de',
    body: 'Sorry, falsche Nummer. Ich bin Karin, nicht Sarah.',
  },
  {
    address: ROMANCE_PHONE,
    contact: '(Unknown)',
    at: '2026-02-12T10:24:58Z',
    type: 1,
    kind: 'scam',
    lang: 'en',
    campaign: 'romance-btc-mentor',
    body: 'Oh I am so sorry to bother you Karin! Nice to meet you anyway, maybe it is fate 😊 Do you use WhatsApp? I am David, engineer from Sweden.',
  },
  {
    address: HM1,
    contact: '(Unknown)',
    at: '2026-02-14T10:29:30Z',
    type: 1,
    kind: 'scam',
    lang: 'de',
    campaign: 'hi-mum',
    body: 'Hallo Mama, mein Handy ist kaputt, das ist meine neue Nummer. Kannst du sie speichern und mir bei WhatsApp schreiben?',
  },
  {
    address: HM1,
    contact: '(Unknown)',
    at: '2026-02-14T10:33:51Z',
    type: 2,
    kind: 'ham',
    lang: 'de',
    body: 'Wer ist da?',
  },
  {
    address: HM1,
    contact: '(Unknown)',
    at: '2026-02-14T10:34:40Z',
    type: 1,
    kind: 'scam',
    lang: 'de',
    campaign: 'hi-mum',
    body: `Ich bin's, Lena! Kannst du mir kurz 1.380 EUR überweisen? Mein Banking geht auf dem neuen Handy noch nicht. IBAN ${ibanPaper(HI_MUM_IBAN)}, ich zahl's morgen zurück`,
  },
  {
    address: LENA,
    contact: 'Lena',
    at: '2026-02-14T11:02:17Z',
    type: 1,
    kind: 'ham',
    lang: 'de',
    body: 'Mama, ich hab KEINE neue Nummer!! Das ist Betrug, bitte nichts überweisen. Ich ruf dich gleich an.',
  },
  {
    address: '+442079460602',
    contact: '(Unknown)',
    at: '2026-02-15T08:41:27Z',
    type: 1,
    kind: 'phishing',
    lang: 'nl',
    campaign: 'parcel-fee',
    body: 'PostNL: uw pakket kon niet worden bezorgd. Betaal EUR 1,99 verzendkosten om een nieuwe bezorging in te plannen: https://paket-zoll-service.info/p/NL8831452',
  },
  {
    address: 'INFO-SMS',
    contact: '(Unknown)',
    at: '2026-02-16T14:02:44Z',
    type: 1,
    kind: 'ham',
    lang: 'fr',
    body: 'Votre code de vérification est 552108. Il expire dans 10 minutes. Ne le communiquez à personne.',
  },
  {
    address: '+33199004288',
    contact: 'Claire',
    at: '2026-02-17T17:15:03Z',
    type: 1,
    kind: 'ham',
    lang: 'fr',
    body: "Coucou Karin ! On arrive à Hambourg le 20 mars, toujours d'accord pour le dîner ? Bises, Claire",
  },
  {
    address: '+33199004288',
    contact: 'Claire',
    at: '2026-02-17T17:40:22Z',
    type: 2,
    kind: 'ham',
    lang: 'fr',
    body: 'Oui avec plaisir ! À bientôt',
  },
  {
    address: '+442079460655',
    contact: '(Unknown)',
    at: '2026-02-19T11:11:11Z',
    type: 1,
    kind: 'phishing',
    lang: 'fr',
    campaign: 'parcel-fee',
    body: 'Colissimo : votre colis est en attente, des frais de 1,99 EUR sont à régler sous 48h : https://paket-zoll-service.info/p/FR2093177',
  },
  {
    address: HM2,
    contact: '(Unknown)',
    at: '2026-02-21T09:02:58Z',
    type: 1,
    kind: 'scam',
    lang: 'es',
    campaign: 'hi-mum',
    body: 'Hola mamá, se me ha roto el móvil y este es mi número nuevo. ¿Me escribes por WhatsApp? Es urgente',
  },
  {
    address: '+442079460700',
    contact: '(Unknown)',
    at: '2026-02-22T19:30:41Z',
    type: 1,
    kind: 'phishing',
    lang: 'nl',
    body: 'ING: uw betaalpas verloopt binnenkort. Vraag vandaag nog gratis een nieuwe pas aan via https://ing-pasvervanging.top/nieuw om blokkering te voorkomen.',
  },
  {
    address: '+442079460718',
    contact: '(Unknown)',
    at: '2026-02-24T07:58:09Z',
    type: 1,
    kind: 'phishing',
    lang: 'en',
    campaign: 'parcel-fee',
    body: 'Royal Mail: your parcel has a GBP 1.99 unpaid shipping fee. Pay now to avoid return to sender: https://parcel-redelivery.xyz/p/GB7712049',
  },
  {
    address: HM3,
    contact: '(Unknown)',
    at: '2026-02-25T15:44:36Z',
    type: 1,
    kind: 'scam',
    lang: 'en',
    campaign: 'hi-mum',
    body: 'Hi Mum, I dropped my phone in the bath 🙈 this is my new number. Can you message me on WhatsApp? x',
  },
  {
    address: '+442079460533',
    contact: '(Unknown)',
    at: '2026-02-26T06:55:12Z',
    type: 1,
    kind: 'phishing',
    lang: 'de',
    campaign: 'sparkasse-pushtan',
    body: 'Sparkasse: Ihre Karte wurde vorübergehend gesperrt. Freischalten: https://sparkasse-pushtan-update.com/pushtan/aktualisierung?kd=40719305 oder Rückruf unter +49 30 23125 471',
  },
  {
    // The same scammer's second story, the family emergency (the grandparent scam).
    address: HM1,
    contact: '(Unknown)',
    at: '2026-02-27T10:15:32Z',
    type: 1,
    kind: 'scam',
    lang: 'de',
    campaign: 'hi-mum',
    body: 'Mama, ich bin es nochmal. Ich hatte einen Unfall mit dem Auto und bin gerade bei der Polizei, die haben mein Handy einbehalten. Kannst du sofort 2.400 € überweisen? Gleiche IBAN wie letztes Mal. Bitte nicht anrufen, ich erkläre dir alles später.',
  },
  {
    address: 'DHL',
    contact: '(Unknown)',
    at: '2026-03-02T08:03:00Z',
    type: 1,
    kind: 'ham',
    lang: 'de',
    body: 'DHL: Ihre Sendung 00340434161234567890 wird heute zwischen 10:00 und 13:00 Uhr zugestellt. Details in der Post & DHL App.',
  },
  {
    address: '+442079460781',
    contact: '(Unknown)',
    at: '2026-03-04T12:26:50Z',
    type: 1,
    kind: 'phishing',
    lang: 'es',
    campaign: 'parcel-fee',
    body: 'Correos: su envío está pendiente del pago de tasas (1,99 EUR). Abónelas aquí: https://parcel-redelivery.xyz/p/ES5523108',
  },
  {
    address: JUERGEN,
    contact: 'Jürgen',
    at: '2026-03-05T18:47:19Z',
    type: 1,
    kind: 'ham',
    lang: 'de',
    body: 'Hab Brot und Milch mitgebracht. Soll ich noch was besorgen?',
  },
];
