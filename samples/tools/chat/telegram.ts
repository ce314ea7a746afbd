/**
 * @module samples/tools/chat/telegram
 * Telegram Desktop export (result.json, single chat) of the fake "crypto signals" supergroup that
 * funnels victims into the NovaBit investment scam: pump calls, @handles, t.me links, the ETH
 * deposit wallet and the same TRC20 wallet as the NovaBit mails. Real export schema: `text` is a
 * string when unformatted and an array of strings and entity objects otherwise; `text_entities`
 * is always the flat entity list; dates are local time (CET) plus `date_unixtime` as a string.
 */
import { WALLET } from '../mail/infra.js';

type Part = string | { type: string; text: string; href?: string };

interface Opt {
  reply?: number;
  edited?: string;
  photo?: boolean;
  fwd?: string;
}

const ADMIN = ['NovaBit Admin', 'user5210093311'] as const;
const DANIEL = ['Daniel Brooks | NovaBit', 'user5198340276'] as const;

function local(iso: string): string {
  return new Date(Date.parse(iso) + 3600_000).toISOString().slice(0, 19);
}

function unix(iso: string): string {
  return String(Math.floor(Date.parse(iso) / 1000));
}

function msg(
  id: number,
  at: string,
  who: readonly [string, string],
  parts: Part[],
  o: Opt = {},
): Record<string, unknown> {
  const entities = parts.map((p) => (typeof p === 'string' ? { type: 'plain', text: p } : p));
  const plain = parts.every((p) => typeof p === 'string');
  const m: Record<string, unknown> = { id, type: 'message', date: local(at), date_unixtime: unix(at) };
  if (o.edited) Object.assign(m, { edited: local(o.edited), edited_unixtime: unix(o.edited) });
  Object.assign(m, { from: who[0], from_id: who[1] });
  if (o.fwd) m.forwarded_from = o.fwd;
  if (o.reply) m.reply_to_message_id = o.reply;
  if (o.photo)
    Object.assign(m, {
      photo: '(File not included. Change data exporting settings to download.)',
      photo_file_size: 148213,
      width: 1080,
      height: 1920,
    });
  m.text = plain ? parts.join('') : parts;
  m.text_entities = entities;
  return m;
}

function service(
  id: number,
  at: string,
  who: readonly [string, string],
  action: Record<string, unknown>,
): Record<string, unknown> {
  return {
    id,
    type: 'service',
    date: local(at),
    date_unixtime: unix(at),
    actor: who[0],
    actor_id: who[1],
    ...action,
    text: '',
    text_entities: [],
  };
}

const link = (text: string) => ({ type: 'link', text });
const mention = (text: string) => ({ type: 'mention', text });
const bold = (text: string) => ({ type: 'bold', text });
const cashtag = (text: string) => ({ type: 'cashtag', text });
const hashtag = (text: string) => ({ type: 'hashtag', text });

/** The export object. */
export function telegramExport(): Record<string, unknown> {
  const messages = [
    service(1, '2026-02-02T17:00:12Z', ADMIN, {
      action: 'migrate_from_group',
      title: 'NovaBit VIP Signals 🚀',
    }),
    msg(2, '2026-02-02T17:01:40Z', ADMIN, [
      bold('Welcome to NovaBit VIP Signals 🚀'),
      '\n\nOur AI trading desk shares 2-3 premium signals per week. Members made ',
      bold('+31.4%'),
      ' in January.\n\nOfficial support ONLY: ',
      mention('@novabit_support'),
      '\nRegister: ',
      link('https://novabit-capital.top/r/TG0001'),
    ]),
    service(3, '2026-02-02T17:02:05Z', ADMIN, { action: 'pin_message', message_id: 2 }),
    msg(4, '2026-02-05T18:30:00Z', DANIEL, [
      '📢 Presale signal: BUY ',
      cashtag('$NOVA'),
      ' before the listing. Target ',
      bold('10x'),
      ' 🚀\nMinimum 250 USDT. Deposit USDT (TRC20) to:\n',
      { type: 'code', text: WALLET.trxInvest },
      '\nSend your TXID to ',
      mention('@novabit_support'),
      ' to get your allocation.',
    ]),
    msg(
      5,
      '2026-02-05T18:41:19Z',
      ['Peter K.', 'user6022817401'],
      ['Just withdrew 4,200 USDT profit 🙏🙏 thank you Daniel, best group on Telegram!'],
      { photo: true },
    ),
    msg(
      6,
      '2026-02-05T19:02:33Z',
      ['Sandra M.', 'user6190245518'],
      ['Wie kann ich einzahlen? Ich habe nur ETH auf meiner Wallet.'],
    ),
    msg(
      7,
      '2026-02-05T19:05:47Z',
      ADMIN,
      [
        mention('@SandraM88'),
        ' ETH (ERC20) deposits go to our treasury wallet:\n',
        { type: 'code', text: WALLET.ethSignals },
        '\nThen send a screenshot to ',
        mention('@novabit_support'),
        ' ✅',
      ],
      { reply: 6 },
    ),
    msg(
      8,
      '2026-02-06T08:12:10Z',
      ['Алексей', 'user5933170624'],
      ['Когда следующий сигнал? Хочу зайти на 1000 USDT'],
    ),
    msg(
      9,
      '2026-02-09T18:55:00Z',
      DANIEL,
      [
        '⏰ PUMP starts 20:00 CET sharp! Buy ',
        cashtag('$NOVA'),
        ' in the first 2 minutes, sell at +300%. ',
        hashtag('#NovaPump'),
        '\nNot a member yet? Your account manager is on WhatsApp: +61 491 570 156',
      ],
      { edited: '2026-02-09T18:57:31Z' },
    ),
    msg(10, '2026-02-10T09:30:00Z', ADMIN, [
      '⚠️ Beware of scammers impersonating our admins! Admins NEVER write to you first. Our only official support is ',
      mention('@novabit_support'),
      '.',
    ]),
    msg(
      11,
      '2026-02-14T20:14:52Z',
      ['Jan de Vries', 'user6244719932'],
      ["Ik heb 500 USDT gestort maar mijn opname staat al 5 dagen op 'pending'. Wat is er aan de hand?"],
    ),
    msg(
      12,
      '2026-02-14T20:31:08Z',
      ADMIN,
      [
        'Withdrawals above 500 USDT need a one-time ',
        bold('20% AML verification fee'),
        '. Pay it to the same TRC20 wallet and your withdrawal is released within 24h.',
      ],
      { reply: 11 },
    ),
    msg(
      13,
      '2026-02-14T20:40:26Z',
      ['Jan de Vries', 'user6244719932'],
      ['Dit is gewoon oplichting. Ik ga naar de politie.'],
    ),
    service(14, '2026-02-14T20:41:02Z', ADMIN, { action: 'remove_members', members: ['Jan de Vries'] }),
    msg(15, '2026-02-20T17:00:00Z', DANIEL, [
      'Congratulations to all VIP members 🥂 ',
      bold('+31.4%'),
      ' this month!\nOnly 12 places left in the private Premium room: ',
      link('https://t.me/+Xk3b9QvN2aA1ZTU0'),
      '\nDashboard: ',
      link('https://novabit-capital.top/r/TG0415'),
    ]),
    msg(
      16,
      '2026-02-21T10:03:44Z',
      ['NovaBit Capital News', 'channel1804473390'],
      [
        'NovaBit Capital is now a regulated trading partner in 14 countries. Read more: ',
        link('https://t.me/novabit_vip/88'),
      ],
      { fwd: 'NovaBit Capital News' },
    ),
  ];
  return { name: 'NovaBit VIP Signals 🚀', type: 'public_supergroup', id: 1804473391, messages };
}
