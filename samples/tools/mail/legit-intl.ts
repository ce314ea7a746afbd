/**
 * @module samples/tools/mail/legit-intl
 * Legitimate mail from international business contacts: Russian in windows-1251 (base64), Italian,
 * Spanish, Arabic. Senders on example.net / example.org subdomains, IPv6 documentation addresses.
 */
import type { MailSpec } from '../lib/mail-spec.js';
import { goodHops, NW, PASS } from './infra.js';

/** International legitimate mails. */
export function intlMails(): MailSpec[] {
  return [
    {
      key: 'legit-ru-1251',
      kind: 'ham',
      lang: 'ru',
      date: '2026-02-05T10:18:40Z',
      tz: '+0200',
      charset: 'windows-1251',
      cte: 'base64',
      from: { name: 'Ирина Козлова', addr: 'i.kozlova@baltic-forwarding.example.net' },
      to: [NW.weber],
      returnPath: 'i.kozlova@baltic-forwarding.example.net',
      subject: 'График отправок на февраль',
      text: `Добрый день, Маркус!

Направляю график отправок на февраль. Контейнеры из Риги уходят по вторникам
и пятницам, первая отгрузка 10.02. Документы (CMR и счёт) пришлю отдельно
в понедельник.

Если нужно изменить количество паллет, сообщите до четверга.

С уважением,
Ирина Козлова
Baltic Forwarding
`,
      hops: goodHops('baltic-forwarding.example.net', '2001:db8:2e::7'),
      auth: PASS,
    },
    {
      key: 'legit-it-order',
      kind: 'ham',
      lang: 'it',
      date: '2026-02-13T09:40:02Z',
      tz: '+0100',
      from: { name: 'Ufficio Ordini – Trasporti Rossi', addr: 'ordini@trasporti-rossi.example.org' },
      to: [NW.info],
      returnPath: 'ordini@trasporti-rossi.example.org',
      subject: 'Conferma ordine n. 2026/0342',
      text: `Buongiorno,

confermiamo il ritiro di 8 bancali presso il vostro magazzino di Amburgo il
giorno 18/02/2026. Consegna prevista a Verona entro il 20/02/2026.

Il documento di trasporto seguirà via e-mail.

Cordiali saluti,
Giulia Bianchi
Trasporti Rossi S.r.l.
`,
      hops: goodHops('trasporti-rossi.example.org', '2001:db8:39::12'),
      auth: PASS,
    },
    {
      key: 'legit-es-hotel',
      kind: 'ham',
      lang: 'es',
      date: '2026-02-24T16:55:09Z',
      tz: '+0100',
      from: { name: 'Hotel Puerto Azul', addr: 'reservas@hotel-puerto-azul.example.net' },
      to: [NW.laurent],
      returnPath: 'reservas@hotel-puerto-azul.example.net',
      subject: 'Confirmación de su reserva n.º 88213',
      text: `Estimada Sra. Laurent:

Le confirmamos su reserva:

  Llegada: 10/03/2026   Salida: 12/03/2026
  Habitación individual, desayuno incluido
  Precio total: 238,00 EUR (pago en el hotel)

Puede cancelar sin gastos hasta 48 horas antes de la llegada respondiendo a
este correo.

Un cordial saludo,
Recepción – Hotel Puerto Azul, Valencia
`,
      hops: goodHops('hotel-puerto-azul.example.net', '2001:db8:e1::2'),
      auth: PASS,
    },
    {
      key: 'legit-ar-quote',
      kind: 'ham',
      lang: 'ar',
      date: '2026-03-01T07:20:44Z',
      tz: '+0400',
      from: { name: 'أحمد الحسيني', addr: 'a.alhusseini@gulf-trading.example.org' },
      to: [NW.info],
      returnPath: 'a.alhusseini@gulf-trading.example.org',
      subject: 'طلب عرض سعر للشحن إلى دبي',
      text: `السادة في شركة Nordwind Logistik المحترمين،

تحية طيبة وبعد،

نرجو تزويدنا بعرض سعر لشحن ٦ منصات من هامبورغ إلى دبي خلال شهر أبريل،
مع توضيح مدة الشحن والتأمين.

شكراً لتعاونكم،
أحمد الحسيني
مدير المشتريات
`,
      hops: goodHops('gulf-trading.example.org', '2001:db8:a7::9'),
      auth: PASS,
    },
  ];
}
