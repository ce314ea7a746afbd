/**
 * @module samples/tools/mail/campaign-invest
 * Campaign "novabit-investment": fake crypto-investment platform, five variants (en, nl, pl, ru in
 * KOI8-R, es). Shared: USDT-TRC20 deposit wallet, "account manager" on WhatsApp +61 491 570 156,
 * URL path /r/<ref>, Reply-To accounts@novabit-capital.top, the Telegram group t.me/novabit_vip
 * (whose export is samples/chat/telegram/result.json), senders in 192.0.2.0/24.
 */
import type { MailSpec } from '../lib/mail-spec.js';
import { badHops, FAIL, IBAN, MX_PRIVATE, NW, PHONE, SOFTFAIL, WALLET } from './infra.js';

const CAMPAIGN = 'novabit-investment';
const REPLY = { name: 'NovaBit Capital', addr: 'accounts@novabit-capital.top' };

/** The five variants. */
export function investCampaign(): MailSpec[] {
  return [
    {
      key: 'nova-en',
      kind: 'scam',
      lang: 'en',
      campaign: CAMPAIGN,
      date: '2026-02-07T14:22:10Z',
      from: { name: 'Daniel Brooks | NovaBit Capital', addr: 'daniel.brooks@novabit-invest.online' },
      to: [NW.private],
      replyTo: REPLY,
      returnPath: 'mailer@novabit-invest.online',
      subject: 'Your NovaBit portfolio: +31.4% this month',
      text: `Hello Markus,

As promised, here is your personal performance summary. Our AI trading desk
closed February with +31.4% for members in the Premium tier.

Your starter position of 250 USDT is ready to be activated. Deposit to your
personal USDT (TRC20) wallet:

    ${WALLET.trxInvest}

and your account manager will confirm within 15 minutes. Dashboard:
https://novabit-capital.top/r/MW2291

Guaranteed returns, withdraw any time. Questions? WhatsApp me directly:
${PHONE.investManager}  -  or join our VIP signals group: https://t.me/novabit_vip

Best regards,
Daniel Brooks
Senior Account Manager, NovaBit Capital Ltd.
`,
      hops: badHops('mail.novabit-invest.online', '192.0.2.77', MX_PRIVATE),
      auth: SOFTFAIL,
    },
    {
      key: 'nova-nl',
      kind: 'scam',
      lang: 'nl',
      campaign: CAMPAIGN,
      date: '2026-02-11T19:03:44Z',
      tz: '+0100',
      from: { name: 'NovaBit Capital', addr: 'info@novabit-invest.online' },
      to: [NW.private],
      replyTo: REPLY,
      returnPath: 'mailer@novabit-invest.online',
      subject: 'Laatste kans: 30% rendement per maand gegarandeerd',
      text: `Beste belegger,

Onze AI-handelsrobot heeft deze maand opnieuw meer dan 30% rendement behaald.
Er zijn nog maar 12 plaatsen vrij in het Premium-programma.

Start vandaag al met 250 USDT. Stort via TRC20 naar:
${WALLET.trxInvest}

Uw persoonlijke accountmanager neemt contact met u op via WhatsApp
(${PHONE.investManager}). Registreren: https://novabit-capital.top/r/NL7730

Met vriendelijke groet,
Het NovaBit-team
`,
      hops: badHops('mail.novabit-invest.online', '192.0.2.78', MX_PRIVATE),
      auth: FAIL,
    },
    {
      key: 'nova-pl',
      kind: 'scam',
      lang: 'pl',
      campaign: CAMPAIGN,
      date: '2026-02-16T10:47:29Z',
      tz: '+0100',
      from: { name: 'NovaBit Capital Polska', addr: 'kontakt@novabit-invest.online' },
      to: [NW.nowak],
      replyTo: REPLY,
      returnPath: 'mailer@novabit-invest.online',
      subject: 'Pasywny dochód z kryptowalut – 30% miesięcznie',
      text: `Dzień dobry,

nasz robot inwestycyjny oparty na sztucznej inteligencji zarabia dla klientów
ponad 30% miesięcznie. Gwarantujemy zysk i wypłatę w każdej chwili.

Wystarczy wpłacić 250 USDT (sieć TRC20) na portfel:
${WALLET.trxInvest}
lub przelewem na konto ${IBAN.investPl}.

Twój opiekun konta: WhatsApp ${PHONE.investManager}
Panel klienta: https://novabit-capital.top/r/PL1184

Pozdrawiamy,
Zespół NovaBit
`,
      hops: badHops('mail.novabit-invest.online', '192.0.2.77'),
      auth: FAIL,
    },
    {
      key: 'nova-ru',
      kind: 'scam',
      lang: 'ru',
      campaign: CAMPAIGN,
      date: '2026-02-20T15:35:51Z',
      tz: '+0300',
      charset: 'koi8-r',
      cte: '8bit',
      from: { name: 'Даниил Брукс, NovaBit Capital', addr: 'd.brooks@novabit-invest.online' },
      to: [NW.private],
      replyTo: REPLY,
      returnPath: 'mailer@novabit-invest.online',
      subject: 'Гарантированный доход 30% в месяц на криптовалюте',
      text: `Здравствуйте!

Наш торговый робот на основе искусственного интеллекта уже третий месяц
подряд приносит участникам более 30% прибыли. Доход гарантирован, вывод
средств в любое время.

Для старта достаточно 250 USDT. Переведите их на ваш личный кошелёк TRC20:
${WALLET.trxInvest}

Личный менеджер ответит в WhatsApp: ${PHONE.investManager}
Личный кабинет: https://novabit-capital.top/r/RU5502
Закрытый канал с сигналами: https://t.me/novabit_vip

С уважением,
Даниил Брукс, старший менеджер NovaBit Capital
`,
      hops: badHops('mail.novabit-invest.online', '192.0.2.79', MX_PRIVATE),
      auth: FAIL,
    },
    {
      key: 'nova-es',
      kind: 'scam',
      lang: 'es',
      campaign: CAMPAIGN,
      date: '2026-02-26T21:10:05Z',
      tz: '+0100',
      from: { name: 'NovaBit Capital', addr: 'soporte@novabit-invest.online' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'mailer@novabit-invest.online',
      subject: 'Invierta 250 USDT y reciba ganancias diarias garantizadas',
      text: `Hola,

¿Quiere ingresos pasivos? Nuestro robot de trading con inteligencia artificial
genera más de un 30% al mes para nuestros miembros. Retire su dinero cuando
quiera.

Empiece con solo 250 USDT en la red TRC20:
${WALLET.trxInvest}

Escriba a su gestor por WhatsApp: ${PHONE.investManager}
Regístrese aquí: https://novabit-capital.top/r/ES0419

Un saludo,
Equipo NovaBit
`,
      hops: badHops('mail.novabit-invest.online', '192.0.2.78'),
      auth: FAIL,
    },
  ];
}
