/**
 * @module analyse/triage/romance-investment
 * The parts of the romance-investment story ("pig butchering"), for the conversation pass. A
 * stranger courts the victim for days ("good morning my dear", "I think about you all the time"),
 * then tells of a relative or mentor who trades crypto ("I made 38% last month with her signals"),
 * and finally has the victim send money to a wallet or a trading site ("pay the 430 USD to the same
 * wallet bc1q…" to release the gains). Each message is unremarkable on its own — the demo's chat
 * scored spam, scam and ham by turns — and no message tells all three parts.
 *
 * Three parts, all needed (each is everyday life alone, and two of them are a couple talking about
 * their savings):
 * - affection: endearments and longing in the lexicon languages, and the heart and kiss emoji;
 * - a pitch: a message with two `investment` cues of the triage lexicons (profit, returns, crypto,
 *   trading…), or one and a percentage ("I made 38% last month"): a single "stock" or "earn" is
 *   how anybody talks about a shop's stock or their wages;
 * - money to move: a crypto address in the message, or a `payment` cue in a message that is
 *   itself a pitch ("add 5000 more and you get the VIP level with 45% profit").
 *
 * Only the conversation pass uses it: the model has no such signal, since no development row is a
 * courtship, and one message carries at most two of the parts.
 */
import { bundledCueIndex, matchCues } from './cue-matcher.js';
import { normaliseText, tokenise } from './normalise.js';
import { alternation } from './signals/family-impersonation.js';

// Endearments and longing: words a stranger courting the reader writes, not a family's or a
// shop's ("dear customer" is no endearment: only "my dear" counts).
const AFFECTION_RE = alternation(
  [
    // en
    'my dear',
    'my love',
    'my darling',
    'darling',
    'sweetheart',
    'i miss you',
    'miss you so much',
    'thinking (?:of|about) you',
    'think (?:of|about) you all the time',
    'i love you',
    'meet you (?:for real|in person)',
    'you make me feel',
    'soulmate',
    // de
    'mein schatz',
    'meine liebe',
    'mein liebster',
    'meine liebste',
    'liebling',
    'ich vermisse dich',
    'ich liebe dich',
    'ich denke (?:immer )?an dich',
    'dich endlich (?:zu )?treffen',
    // fr
    'mon amour',
    'ma ch[ée]rie',
    'mon ch[ée]ri',
    'tu me manques',
    "je t['’]aime",
    'je pense (?:[àa] toi|tout le temps [àa] toi)',
    'te rencontrer enfin',
    // es
    'mi amor',
    'cari[ñn]o',
    'mi vida',
    'te extra[ñn]o',
    'te echo de menos',
    'te quiero',
    'te amo',
    'pienso en ti',
    'conocerte en persona',
    // it
    'amore mio',
    'tesoro mio',
    'mi manchi',
    'ti amo',
    'penso (?:sempre )?a te',
    'incontrarti di persona',
    // pt
    'meu amor',
    'minha querida',
    'meu querido',
    'saudades? (?:de|tuas|suas)',
    'sinto (?:sua|tua) falta',
    'penso em (?:voc[êe]|ti)',
    // nl
    'mijn lief',
    'lieverd',
    'schatje',
    'ik mis je',
    'ik hou van je',
    'ik denk (?:steeds )?aan je',
    // pl
    'kochanie',
    'skarbie',
    'tęsknię za tobą',
    'kocham cię',
    'myślę o tobie',
    // ro
    'dragostea mea',
    'iubirea mea',
    'iubito',
    'iubitule',
    'mi-e dor de tine',
    'te iubesc',
    'mă gândesc la tine',
    // ru, uk
    'моя дорогая',
    'мой дорогой',
    'любимая',
    'любимый',
    'скучаю по тебе',
    'я люблю тебя',
    'думаю о тебе',
    'моя люба',
    'мій любий',
    'кохана',
    'коханий',
    'сумую за тобою',
    'я тебе кохаю',
    'думаю про тебе',
    // tr
    'aşkım',
    'sevgilim',
    'seni özledim',
    'seni seviyorum',
    'seni düşünüyorum',
    // ar
    'حبيبتي',
    'حبيبي',
    'اشتقت إليك',
    'أحبك',
    'أفكر فيك',
    // hi (and Hinglish)
    'मेरी जान',
    'जानू',
    'तुम्हारी याद आती',
    'मैं तुमसे प्यार करता हूँ',
    'meri jaan',
    'jaanu',
    // id
    'sayangku',
    'cintaku',
    'aku kangen kamu',
    'aku rindu kamu',
    'aku cinta kamu',
    // vi
    'em yêu',
    'anh yêu',
    'nhớ em',
    'nhớ anh',
  ],
  [
    // zh, ja, ko, th: no spaces
    // Not 宝贝 ("baby"): Chinese shops call their products that.
    '亲爱的',
    '親愛的',
    '想你',
    '我爱你',
    '我愛你',
    '愛してる',
    '会いたい',
    'ダーリン',
    '자기야',
    '보고 싶어',
    '사랑해',
    'ที่รัก',
    'คิดถึงคุณ',
    'รักคุณ',
    // heart and kiss emoji, in every language
    '❤',
    '😘',
    '😍',
    '🥰',
    '💕',
    '💖',
  ],
);

/** The parts one message carries, each as the evidence that shows it ('' when absent). */
export interface RomanceParts {
  affection: string;
  pitch: string;
  money: string;
}

// A promised return: "38%", "45 %", "٪" and the full-width sign included.
const PERCENT_RE = /\d+(?:[.,]\d+)?\s?[%٪％]/u;

/** The parts of the story in `text`; `crypto` is a crypto address found in it, if any. */
export function romanceParts(text: string, crypto?: string): RomanceParts {
  const affection = AFFECTION_RE.exec(text);
  const normalised = normaliseText(text);
  const hits = matchCues(bundledCueIndex(), normalised, tokenise(normalised));
  const invest = [...new Set(hits.filter((h) => h.category === 'investment').map((h) => h.term))];
  const percent = PERCENT_RE.exec(text);
  const pitch = invest.length >= 2 || (invest.length === 1 && percent) ? invest : [];
  const payment = pitch.length > 0 ? hits.find((h) => h.category === 'payment') : undefined;
  return {
    affection: affection ? `"${affection[0].trim()}"` : '',
    pitch: pitch.length > 0 ? `"${[...pitch.slice(0, 2), ...(percent ? [percent[0]] : [])].join(', ')}"` : '',
    money: crypto ? `wallet ${crypto}` : payment ? `"${payment.term}"` : '',
  };
}
