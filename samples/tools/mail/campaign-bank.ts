/**
 * @module samples/tools/mail/campaign-bank
 * Campaign "sparkasse-pushtan": bank credential phishing ("pushTAN procedure must be renewed"),
 * five variants (3 de rewrites, en, tr). Shared: path /pushtan/aktualisierung?kd=<n>, fake hotline
 * +49 30 23125 471, Reply-To kundenservice@sparkasse-pushtan-update.com, senders in
 * 198.51.100.0/24. One variant links to a Cyrillic-a homograph of sparkasse.de written as punycode
 * (xn--sprkasse-26g.de) with the real-looking Unicode form as anchor text.
 */
import type { MailSpec } from '../lib/mail-spec.js';
import { badHops, FAIL, NW, PHONE } from './infra.js';

const CAMPAIGN = 'sparkasse-pushtan';
const REPLY = { name: 'Sparkasse Kundenservice', addr: 'kundenservice@sparkasse-pushtan-update.com' };
const HOMO = 'https://xn--sprkasse-26g.de/pushtan/aktualisierung?kd=40718832';

/** The five variants. */
export function bankCampaign(): MailSpec[] {
  return [
    {
      key: 'spk-de-1',
      kind: 'phishing',
      lang: 'de',
      campaign: CAMPAIGN,
      date: '2026-02-05T06:58:21Z',
      tz: '+0100',
      from: { name: 'Sparkasse', addr: 'info@sparkasse-pushtan-update.com' },
      to: [NW.weber],
      replyTo: REPLY,
      returnPath: 'info@sparkasse-pushtan-update.com',
      subject: 'Wichtig: Ihr pushTAN-Verfahren muss aktualisiert werden',
      text: `Sehr geehrter Kunde,

aufgrund der neuen EU-Richtlinie PSD2 muss Ihr pushTAN-Verfahren bis zum
07.02.2026 aktualisiert werden. Andernfalls wird Ihr Online-Banking-Zugang
aus Sicherheitsgründen gesperrt.

Bitte führen Sie die Aktualisierung hier durch:
${HOMO}

Bei Fragen erreichen Sie unsere Kundenhotline unter ${PHONE.sparkasseHotline}.

Mit freundlichen Grüßen
Ihre Sparkasse
`,
      html: `<html><body style="font-family:Arial">
<p><img alt="Sparkasse" src="data:image/gif;base64,R0lGODlhAQABAIAAAP8AAP///yH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==" width="120" height="30"></p>
<p>Sehr geehrter Kunde,</p>
<p>aufgrund der neuen EU-Richtlinie PSD2 muss Ihr pushTAN-Verfahren bis zum <b>07.02.2026</b> aktualisiert werden. Andernfalls wird Ihr Online-Banking-Zugang aus Sicherheitsgründen gesperrt.</p>
<p><a href="${HOMO}">https://www.spаrkasse.de/pushtan</a></p>
<p>Bei Fragen erreichen Sie unsere Kundenhotline unter ${PHONE.sparkasseHotline}.</p>
<p>Mit freundlichen Grüßen<br>Ihre Sparkasse</p>
<div style="display:none">Kontoauszug Überweisung Dauerauftrag Rechnung bezahlt danke</div>
</body></html>`,
      hops: badHops('mx.sparkasse-pushtan-update.com', '198.51.100.23'),
      auth: FAIL,
    },
    {
      key: 'spk-de-2',
      kind: 'phishing',
      lang: 'de',
      campaign: CAMPAIGN,
      date: '2026-02-10T17:44:02Z',
      tz: '+0100',
      from: { name: 'Sparkasse Online-Banking', addr: 'sicherheit@s-kundenportal-sicherheit.top' },
      to: [NW.accounts],
      replyTo: REPLY,
      returnPath: 'bounce@s-kundenportal-sicherheit.top',
      subject: 'Letzte Erinnerung: Sperrung Ihres Online-Bankings',
      text: `Guten Tag,

Ihr Online-Banking-Zugang wird morgen gesperrt, da die Aktualisierung Ihres
pushTAN-Verfahrens noch nicht erfolgt ist. Dies ist unsere letzte Erinnerung.

Die Aktualisierung dauert nur 3 Minuten:
https://s-kundenportal-sicherheit.top/pushtan/aktualisierung?kd=40718917

Halten Sie Ihre Anmeldedaten und Ihre Kartennummer bereit. Telefonische Hilfe:
${PHONE.sparkasseHotline} (Mo-Fr 8-20 Uhr).

Ihr Sparkassen-Sicherheitsteam
`,
      hops: badHops('mail.s-kundenportal-sicherheit.top', '198.51.100.24'),
      auth: FAIL,
    },
    {
      key: 'spk-de-3',
      kind: 'phishing',
      lang: 'de',
      campaign: CAMPAIGN,
      date: '2026-02-18T07:15:36Z',
      tz: '+0100',
      from: { name: 'Sparkasse', addr: 'service@sparkasse-pushtan-update.com' },
      to: [NW.weber],
      replyTo: REPLY,
      returnPath: 'service@sparkasse-pushtan-update.com',
      subject: 'Ihre Sparkassen-Card wurde vorübergehend deaktiviert',
      text: `Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Sparkassen-Card wurde vorübergehend deaktiviert. Grund: Ihr pushTAN-Verfahren
ist nicht mehr aktuell (EU-Richtlinie PSD2).

Rufen Sie uns an (${PHONE.sparkasseHotline}) oder aktualisieren Sie Ihre Daten
online, um die Karte wieder freizuschalten:
https://sparkasse-pushtan-update.com/pushtan/aktualisierung?kd=40719003

Freundliche Grüße
Ihre Sparkasse – Kundenservice
`,
      hops: badHops('mx.sparkasse-pushtan-update.com', '198.51.100.23'),
      auth: FAIL,
    },
    {
      key: 'spk-en',
      kind: 'phishing',
      lang: 'en',
      campaign: CAMPAIGN,
      date: '2026-02-19T12:30:00Z',
      from: { name: 'Sparkasse Customer Service', addr: 'noreply@s-kundenportal-sicherheit.top' },
      to: [NW.nowak],
      replyTo: REPLY,
      returnPath: 'bounce@s-kundenportal-sicherheit.top',
      subject: 'Security notice: update your pushTAN app',
      text: `Dear customer,

Due to the new EU directive PSD2 your pushTAN procedure must be renewed. If the
update is not completed within 48 hours, access to online banking will be
blocked for your protection.

Update now: https://s-kundenportal-sicherheit.top/pushtan/aktualisierung?kd=40719044

Questions? Call our hotline ${PHONE.sparkasseHotline}.

Kind regards,
Your Sparkasse
`,
      hops: badHops('mail.s-kundenportal-sicherheit.top', '198.51.100.25'),
      auth: FAIL,
    },
    {
      key: 'spk-tr',
      kind: 'phishing',
      lang: 'tr',
      campaign: CAMPAIGN,
      date: '2026-02-24T09:11:45Z',
      tz: '+0100',
      from: { name: 'Sparkasse Müşteri Hizmetleri', addr: 'destek@sparkasse-pushtan-update.com' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'destek@sparkasse-pushtan-update.com',
      subject: 'Önemli: pushTAN uygulamanızı güncelleyin',
      text: `Sayın müşterimiz,

Yeni AB direktifi PSD2 nedeniyle pushTAN yönteminizin güncellenmesi
gerekmektedir. Güncelleme 48 saat içinde yapılmazsa online bankacılık
erişiminiz güvenliğiniz için engellenecektir.

Güncellemek için: https://sparkasse-pushtan-update.com/pushtan/aktualisierung?kd=40719120

Sorularınız için Türkçe destek hattımız: ${PHONE.sparkasseHotline}

Saygılarımızla,
Sparkasse
`,
      hops: badHops('mx.sparkasse-pushtan-update.com', '198.51.100.23'),
      auth: FAIL,
    },
  ];
}
