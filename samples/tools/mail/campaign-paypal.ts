/**
 * @module samples/tools/mail/campaign-paypal
 * Campaign "paypal-limited": PayPal credential phishing, one template rewritten into six variants
 * (en, de, fr, es, it, ja). Shared infrastructure: URL path /verify/session?id=<hex>, Reply-To
 * support@paypa1-secure.com, senders in 203.0.113.0/24. Hosts rotate over lookalikes: a digit
 * swap (paypa1-secure.com), brand-in-subdomain, a Cyrillic-a homograph in punycode, free hosting.
 */
import type { MailSpec } from '../lib/mail-spec.js';
import { badHops, FAIL, NW, SOFTFAIL } from './infra.js';

const CAMPAIGN = 'paypal-limited';
const REPLY = { name: 'PayPal Support', addr: 'support@paypa1-secure.com' };

function html(
  lang: string,
  greeting: string,
  body: string,
  button: string,
  href: string,
  shown: string,
  foot: string,
): string {
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>PayPal</title></head>
<body style="font-family:Arial,sans-serif;color:#2c2e2f">
<div style="display:none;font-size:0;color:#ffffff">Your order has shipped. Thank you for shopping with us. Newsletter weekly digest.</div>
<table width="600" align="center"><tr><td>
<p style="font-size:22px;color:#003087"><b>PayPal</b></p>
<p>${greeting}</p>
<p>${body}</p>
<p style="text-align:center"><a href="${href}" style="background:#0070ba;color:#fff;padding:12px 28px;border-radius:20px;text-decoration:none">${button}</a></p>
<p style="font-size:12px">Link: <a href="${href}">${shown}</a></p>
<p style="font-size:11px;color:#6c7378">${foot}</p>
<span style="color:#ffffff;font-size:1px">ref 0x00 secure genuine verified account safe</span>
</td></tr></table></body></html>`;
}

/** The six variants of the campaign. */
export function paypalCampaign(): MailSpec[] {
  return [
    {
      key: 'paypal-en',
      kind: 'phishing',
      lang: 'en',
      campaign: CAMPAIGN,
      date: '2026-02-03T07:41:12Z',
      from: { name: 'PayPal Support', addr: 'no-reply@account-notice.biz' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'bounce-7731@bulk-relay-mail.biz',
      subject: 'Your account has been limited - action required',
      text: `Dear Customer,

We noticed unusual activity on your PayPal account and have temporarily limited
what you can do with it. To restore full access, please confirm your identity
within 24 hours:

https://paypa1-secure.com/verify/session?id=7f3a91c2e4

If you do not complete the verification, your account will be permanently
suspended and any remaining balance will be held for 180 days.

Sincerely,
PayPal Account Review Department
`,
      html: html(
        'en',
        'Dear Customer,',
        'We noticed unusual activity on your PayPal account and have temporarily limited what you can do with it. To restore full access, please confirm your identity <b>within 24 hours</b>. If you do not complete the verification, your account will be permanently suspended.',
        'Confirm my identity',
        'https://paypa1-secure.com/verify/session?id=7f3a91c2e4',
        'https://www.paypal.com/signin',
        'PayPal Account Review Department. Please do not reply to this email.',
      ),
      hops: badHops('mail.account-notice.biz', '203.0.113.45'),
      auth: SOFTFAIL,
    },
    {
      key: 'paypal-de',
      kind: 'phishing',
      lang: 'de',
      campaign: CAMPAIGN,
      date: '2026-02-04T09:02:55Z',
      tz: '+0100',
      from: { name: 'PayPal Kundenservice', addr: 'service@kundenkonto-hinweis.biz' },
      to: [NW.accounts],
      replyTo: REPLY,
      returnPath: 'bounce-7732@bulk-relay-mail.biz',
      subject: 'Ihr PayPal-Konto wurde eingeschränkt – Bestätigung erforderlich',
      text: `Sehr geehrte Kundin, sehr geehrter Kunde,

aus Sicherheitsgründen mussten wir den Zugriff auf Ihr Konto vorübergehend
einschränken. Bei einer Routineprüfung sind uns ungewöhnliche Anmeldungen
aufgefallen.

Bitte bestätigen Sie innerhalb von 24 Stunden Ihre Identität, sonst wird Ihr
Konto dauerhaft gesperrt und Ihr Guthaben 180 Tage lang einbehalten:

https://paypal.com.secure-login.example-verify.xyz/verify/session?id=91be04d7aa

Mit freundlichen Grüßen
Ihr PayPal-Team
`,
      html: html(
        'de',
        'Sehr geehrte Kundin, sehr geehrter Kunde,',
        'aus Sicherheitsgründen mussten wir den Zugriff auf Ihr Konto vorübergehend einschränken. Bitte bestätigen Sie <b>innerhalb von 24 Stunden</b> Ihre Identität, sonst wird Ihr Konto dauerhaft gesperrt.',
        'Jetzt bestätigen',
        'https://paypal.com.secure-login.example-verify.xyz/verify/session?id=91be04d7aa',
        'https://www.paypal.com/de/signin',
        'PayPal (Europe) S.à r.l. et Cie, S.C.A. – Bitte antworten Sie nicht auf diese E-Mail.',
      ),
      hops: badHops('mail.kundenkonto-hinweis.biz', '203.0.113.46'),
      auth: FAIL,
    },
    {
      key: 'paypal-fr',
      kind: 'phishing',
      lang: 'fr',
      campaign: CAMPAIGN,
      date: '2026-02-06T16:20:03Z',
      tz: '+0100',
      from: { name: 'Service PayPal', addr: 'alerte@securite-compte-info.biz' },
      to: [NW.laurent],
      replyTo: REPLY,
      returnPath: 'bounce-7733@bulk-relay-mail.biz',
      subject: 'Votre compte PayPal est temporairement suspendu',
      text: `Bonjour,

Votre compte est temporairement suspendu : nous avons détecté des connexions
inhabituelles depuis un nouvel appareil.

Pour éviter la fermeture définitive de votre compte, merci de vérifier vos
informations dans les 24 heures en suivant ce lien sécurisé :

https://xn--pypal-4ve.com/verify/session?id=c08e5f1b3d

Sans action de votre part, le solde de votre compte sera bloqué pendant 180 jours.

Cordialement,
Le service Sécurité PayPal
`,
      hops: badHops('smtp.securite-compte-info.biz', '203.0.113.47'),
      auth: FAIL,
    },
    {
      key: 'paypal-es',
      kind: 'phishing',
      lang: 'es',
      campaign: CAMPAIGN,
      date: '2026-02-09T11:05:40Z',
      tz: '+0100',
      from: { name: 'PayPal Soporte', addr: 'avisos@notificacion-cuenta.biz' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'bounce-7734@bulk-relay-mail.biz',
      subject: 'Acción necesaria: confirme su identidad en 24 horas',
      text: `Estimado cliente:

Su cuenta será suspendida de forma permanente si no confirma su identidad en
las próximas 24 horas. Hemos registrado actividad inusual y hemos limitado
temporalmente su cuenta.

Acceda aquí para verificar sus datos:
https://paypal-resolution-center.web.app/verify/session?id=e61d2a9f07

Gracias por su comprensión.
Departamento de Revisión de Cuentas de PayPal
`,
      html: html(
        'es',
        'Estimado cliente:',
        'Su cuenta será suspendida de forma permanente si no confirma su identidad en las próximas <b>24 horas</b>. Hemos registrado actividad inusual.',
        'Verificar ahora',
        'https://paypal-resolution-center.web.app/verify/session?id=e61d2a9f07',
        'https://www.paypal.com/es/signin',
        'Departamento de Revisión de Cuentas de PayPal.',
      ),
      hops: badHops('mail.notificacion-cuenta.biz', '203.0.113.45'),
      auth: FAIL,
    },
    {
      key: 'paypal-it',
      kind: 'phishing',
      lang: 'it',
      campaign: CAMPAIGN,
      date: '2026-02-12T08:33:17Z',
      tz: '+0100',
      from: { name: 'PayPal Assistenza', addr: 'noreply@verifica-conto.biz' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'bounce-7735@bulk-relay-mail.biz',
      subject: 'Il tuo conto PayPal è stato limitato',
      text: `Gentile cliente,

abbiamo notato un'attività insolita sul tuo conto e ne abbiamo limitato
temporaneamente l'utilizzo. Per ripristinare l'accesso completo conferma la tua
identità entro 24 ore:

https://paypa1-secure.com/verify/session?id=4ad7730e9c

In caso contrario il conto verrà chiuso definitivamente e il saldo trattenuto
per 180 giorni.

Cordiali saluti,
Ufficio Verifica Conti PayPal
`,
      hops: badHops('mail.verifica-conto.biz', '203.0.113.48'),
      auth: FAIL,
    },
    {
      key: 'paypal-ja',
      kind: 'phishing',
      lang: 'ja',
      campaign: CAMPAIGN,
      date: '2026-02-13T01:12:09Z',
      tz: '+0900',
      charset: 'iso-2022-jp',
      from: { name: 'PayPal サポート', addr: 'info@kakunin-center.biz' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'bounce-7736@bulk-relay-mail.biz',
      subject: '【重要】お客様のアカウントは制限されています',
      text: `お客様各位

お客様のアカウントで不審なアクティビティが検出されたため、
アカウントの利用を一時的に制限いたしました。

２４時間以内に以下のリンクから本人確認を行ってください。
https://paypa1-secure.com/verify/session?id=b3f9e0112a

確認が完了しない場合、アカウントは永久に停止され、
残高は１８０日間保留されます。

PayPal アカウント審査部
`,
      hops: badHops('mail.kakunin-center.biz', '203.0.113.49'),
      auth: FAIL,
    },
  ];
}
