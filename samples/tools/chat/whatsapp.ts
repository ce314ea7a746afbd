/**
 * @module samples/tools/chat/whatsapp
 * Two WhatsApp chat exports from the phone of the fictional victim Karin Weber:
 * - Android ("DD/MM/YYYY, HH:MM - Name: text", continuation lines, "(file attached)",
 *   "<Media omitted>"): a romance scam that turns into a fake crypto "mentor" investment, paid to
 *   the bech32 wallet (campaign romance-btc-mentor, opened by a "wrong number" SMS).
 * - iOS ("[DD.MM.YY, HH:MM:SS] Name: text", U+200E marks, "<attached: ...>"): a "Hi Mum" scam
 *   asking for a transfer to the same IBAN as the SMS variant (campaign hi-mum).
 */
import { ibanPaper } from '../lib/iban.js';
import { WALLET } from '../mail/infra.js';
import { HI_MUM_IBAN } from './shared.js';

const D = 'David';
const K = 'Karin';

type Line = [date: string, time: string, who: string | null, text: string];

const ANDROID: Line[] = [
  [
    '18/02/2026',
    '19:42',
    null,
    'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
  ],
  [
    '18/02/2026',
    '19:42',
    D,
    "Hello Karin, it is David from the SMS 😊 I hope you don't mind that I write here.",
  ],
  ['18/02/2026', '19:45', K, 'Hello David, no problem. Where are you from?'],
  [
    '18/02/2026',
    '19:47',
    D,
    'I am originally from Gothenburg but I live in Perth now. I work as a structural engineer on an offshore platform, 4 weeks on, 4 weeks off.\nIt can be very lonely out here on the sea.',
  ],
  ['18/02/2026', '19:49', K, 'That sounds exciting. I live near Hamburg, I have two grown up children.'],
  ['18/02/2026', '19:50', D, 'IMG-20260218-WA0004.jpg (file attached)\nThis is me on the platform last week'],
  ['19/02/2026', '07:58', D, 'Good morning my dear Karin ☀️ Did you sleep well?'],
  ['19/02/2026', '08:15', K, 'Good morning! Yes thank you. And you?'],
  [
    '20/02/2026',
    '21:03',
    D,
    'You know, my aunt Lisa is a senior analyst at a crypto fund. She taught me how to trade Bitcoin with their platform, I made 38% last month alone.',
  ],
  ['20/02/2026', '21:04', D, "I don't tell many people because it's insider knowledge. But I trust you."],
  ['20/02/2026', '21:10', K, "I don't know anything about Bitcoin. Is that not risky?"],
  ['20/02/2026', '21:12', D, "Not with her signals, it's very safe. Look:\n<Media omitted>"],
  [
    '20/02/2026',
    '21:13',
    D,
    'You can talk to her directly on Telegram: https://t.me/btc_mentor_lisa\nOr call her office, +61 491 570 158',
  ],
  ['21/02/2026', '20:02', D, 'PTT-20260221-WA0009.opus (file attached)'],
  ['21/02/2026', '20:05', K, 'Your voice is very nice 😊 Is the weather bad on the platform?'],
  ['21/02/2026', '20:07', D, 'Storm since two days. I think about you all the time Karin, you make me feel less alone here.'],
  ['21/02/2026', '20:09', D, 'When my contract ends in June I want to come to Hamburg and meet you for real ❤️'],
  ['22/02/2026', '18:31', K, 'I spoke to Lisa. She said I should start with 2000 euro?'],
  [
    '22/02/2026',
    '18:33',
    D,
    'Yes that is perfect to start ❤️ You buy the Bitcoin at an exchange and then send it to the platform wallet, Lisa gave you the address?',
  ],
  ['22/02/2026', '18:35', K, 'Yes, she sent this one:\n' + WALLET.btcRomance],
  [
    '22/02/2026',
    '18:36',
    D,
    'That is the correct one, I checked. Please send it today, the signal is tomorrow morning.',
  ],
  ['23/02/2026', '10:02', K, 'I sent it. The exchange says 0.0315 BTC.'],
  [
    '23/02/2026',
    '10:05',
    D,
    'Wonderful!! Now login on https://btc-mentor-pro.top/account/KW2291 and you will see your balance grow 📈',
  ],
  ['24/02/2026', '19:40', D, 'Screenshot_20260224-193812.jpg (file attached)\nLook at my account, +6.400 USD this week with Lisa\'s signals'],
  ['24/02/2026', '19:44', K, 'Wow. Can I also see mine?'],
  ['25/02/2026', '20:14', K, 'It shows 2.870 euro already! Can I take some out?'],
  [
    '25/02/2026',
    '20:20',
    D,
    "Don't take it out now, you lose the bonus. Lisa said if you add 5000 more you get into the VIP level with 45% profit.\nWe could use the profit for our trip to Sweden in summer 😍",
  ],
  ['27/02/2026', '09:41', K, 'I want to withdraw my money now. The site says I must pay a 15% tax first?'],
  [
    '27/02/2026',
    '09:50',
    D,
    'Yes this is normal, it is the Australian tax on crypto gains. Just pay the 430 USD to the same wallet ' +
      WALLET.btcRomance +
      ' and it will be released in 24h.',
  ],
  ['27/02/2026', '09:52', K, 'My son says this is a scam. He says I should go to the police.'],
  [
    '27/02/2026',
    '09:58',
    D,
    'Your son does not understand crypto. Please Karin, do you not trust me? After everything we shared?',
  ],
  ['27/02/2026', '10:30', K, 'I will not pay anything more. Please give me back my 2000 euro.'],
  ['28/02/2026', '08:12', D, 'This message was deleted'],
];

function android(): string {
  return ANDROID.map(([d, t, who, text]) => `${d}, ${t} - ${who ? `${who}: ` : ''}${text}`).join('\n') + '\n';
}

const LRM = '\u200e';
const L = 'Lena (neu)';
const IOS: [string, string, string][] = [
  [
    '14.02.26, 10:31:02',
    L,
    `${LRM}Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören.`,
  ],
  [
    '14.02.26, 10:31:40',
    L,
    "Hallo Mama, ich bin's. Das ist meine neue Nummer, die alte kannst du löschen 😘",
  ],
  ['14.02.26, 10:35:12', 'Karin', 'Hallo Schatz, was ist mit deinem Handy passiert?'],
  [
    '14.02.26, 10:36:05',
    L,
    'Ist mir runtergefallen, Display komplett kaputt. Ich hab ein Ersatzhandy, aber das Online-Banking geht darauf noch nicht.',
  ],
  ['14.02.26, 10:36:49', L, `${LRM}<attached: 00000006-PHOTO-2026-02-14-10-36-49.jpg>`],
  [
    '14.02.26, 10:38:20',
    L,
    `Kannst du mir kurz helfen? Ich muss heute noch zwei Rechnungen bezahlen, sonst kommt eine Mahnung. Zusammen 1.380 €.\nEmpfänger: M. Schneider\nIBAN: ${ibanPaper(HI_MUM_IBAN)}\nIch zahl's dir morgen zurück, versprochen!`,
  ],
  ['14.02.26, 10:41:03', 'Karin', 'Warum rufst du nicht an?'],
  [
    '14.02.26, 10:41:37',
    L,
    'Das Mikro geht bei dem Ersatzhandy nicht 🙈 Bitte mach es als Echtzeitüberweisung, ist echt dringend',
  ],
  ['14.02.26, 10:52:18', 'Karin', 'Ich rufe dich jetzt auf der alten Nummer an.'],
  ['14.02.26, 10:53:02', L, `${LRM}Diese Nachricht wurde gelöscht.`],
];

function ios(): string {
  return IOS.map(([ts, who, text]) => `[${ts}] ${who}: ${text}`).join('\n') + '\n';
}

/** File name -> content. */
export function whatsappFiles(): Record<string, string> {
  return { 'whatsapp-scam.txt': android(), 'whatsapp-ios.txt': ios() };
}
