/**
 * @module analyse/triage/signals/family-impersonation
 * Texts from someone posing as the reader's child or grandchild, the messenger fraud European
 * police warn about most. Two stories, told by SMS or WhatsApp in every European language:
 * - "Hi Mum": "this is my new number, my phone fell in the bath. Save this one and delete the old
 *   one", then "can you pay two bills for me today, my banking app doesn't work on the new phone,
 *   I'll pay you back tomorrow", often with an IBAN;
 * - the emergency ("Mama minta pulsa", the grandparent scam): "Ma, ini papa, I'm at the police
 *   station, send 100rb of phone credit to this number"; "Oma, ich hatte einen Unfall und bin bei
 *   der Polizei, kannst du überweisen?".
 * Nothing in them is a lure the other signals know — no link, no brand, no prize — and their words
 * are a family's everyday words, so the model read the demo's own Hi-Mum texts as ham (0.003–0.03)
 * and the money request as `spam`.
 *
 * Three parts, each a phrase list in the lexicon languages:
 * - a new-number claim ("this is my new number", "die alte Nummer kannst du löschen");
 * - a story: a lost phone (a phone word next to broken, dropped, lost, stolen, new or spare), or
 *   trouble with the police or an accident ("kantor polisi", "Unfall", "arrested", "comisaría");
 * - a personal request for money ("can you transfer", "überweisen", "ik betaal je morgen terug",
 *   "te lo devuelvo", "kirim pulsa") or an IBAN in the text.
 * The signal fires on two parts or more; its value counts them (claim 1, story 1, request 2), so
 * the opener ("new number, my phone broke") is 2 and the whole scam 4. One part alone fires
 * nothing: people do text a new number, lose phones, have accidents and lend each other money.
 * Words that also mean a rent deposit (Kaution, caution, fianza, cauzione, kaucja, borg, залог)
 * are left out of the emergency list: "can you transfer the deposit" is everyday life.
 *
 * Team-set: no development row has two parts (2 ham rows have a bare claim, "this is my new number
 * by the way"), so nothing can be learnt; its weight and head prior are set in `signal-names.ts`
 * and stated in the model card (§5). SMS and chat only: a new number in mail is a company's
 * switchboard.
 */
import type { SignalHit } from './signal-names.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/**
 * Words, phrases and substrings of dense scripts, as one case-insensitive alternation; the words
 * whole (no letter or digit on either side).
 */
export function alternation(words: ReadonlyArray<string>, dense: ReadonlyArray<string> = []): RegExp {
  const spaced = `${B}(?:${words.join('|')})${E}`;
  return new RegExp(dense.length ? `${spaced}|${dense.join('|')}` : spaced, 'iu');
}

// "my new number", "die alte Nummer": the number the sender claims or tells the reader to drop.
// Not "your new number" (an operator's notice): a possessive of the reader just before it vetoes.
const NEW_NUMBER_RE = new RegExp(
  `(?<!${B}(?:your|ihre|deine|uw|je|votre|ton|tu|su|tuo|seu|vostro|jouw)\\s)${
    alternation(
      [
        'new (?:phone |mobile |cell )?number',
        'old (?:phone |mobile )?number',
        'changed my number',
        'neue(?:n)? (?:handy)?nummer',
        'alte(?:n)? (?:handy)?nummer',
        'nummer geändert',
        'nieuwe? (?:telefoon)?nummer',
        'oude (?:telefoon)?nummer',
        'nouveau num[ée]ro',
        'ancien num[ée]ro',
        'chang[ée] de num[ée]ro',
        'nuevo n[úu]mero',
        'n[úu]mero nuevo',
        'antiguo n[úu]mero',
        'n[úu]mero antiguo',
        'cambi[ée] de n[úu]mero',
        'nuovo numero',
        'numero nuovo',
        'vecchio numero',
        'cambiato numero',
        'novo n[úu]mero',
        'n[úu]mero novo',
        'n[úu]mero antigo',
        'troquei de n[úu]mero',
        'nom[oe]r baru',
        'nom[oe]r lama',
        'ganti nom[oe]r',
        'yeni numara\\p{L}*',
        'eski numara\\p{L}*',
        'nowy numer',
        'nowym numerem',
        'stary numer',
        'starego numeru',
        'num[ăa]r nou',
        'noul num[ăa]r',
        'num[ăa]rul (?:nou|vechi)',
        'нов(?:ый|ом) номер\\p{L}*',
        'стар(?:ый|ом) номер\\p{L}*',
        'сменил[аи]? номер',
        'нов(?:ий|ому) номер\\p{L}*',
        'стар(?:ий|ому) номер\\p{L}*',
        'змінил?[аи]? номер',
        'رقمي الجديد',
        'رقم جديد',
        'الرقم القديم',
        'नया नंबर',
        'नए नंबर',
        'पुराना नंबर',
        'số mới',
        'số cũ',
      ],
      [
        '新号码',
        '新號碼',
        '换号',
        '換號',
        '旧号码',
        '新しい番号',
        '番号が変わ',
        '새 번호',
        '새번호',
        '번호 바꿨',
        'เบอร์ใหม่',
        'เบอร์เก่า',
      ],
    ).source
  }`,
  'iu',
);

// A phone word next to what happened to it, within a few words either way ("I dropped my phone
// in the bath", "mein Handy ist kaputt", "se me ha roto el móvil", "hp lama rusak").
const PHONE = [
  'phone',
  'mobile',
  'handy',
  'smartphone',
  'telefoon',
  'mobiel',
  't[ée]l[ée]phone',
  'portable',
  'm[óo]vil',
  'tel[ée]fono',
  'celular',
  'cellulare',
  'telefonino',
  'telem[óo]vel',
  'hp',
  'ponsel',
  'telefon\\p{L}*',
  'телефон\\p{L}*',
  'смартфон\\p{L}*',
  'điện thoại',
  'फ\\u093C?ोन', // with or without the nukta
  'هاتف\\p{L}*',
].join('|');
const MISHAP = [
  'broke',
  'broken',
  'dropped',
  'lost',
  'stolen',
  'fell',
  'died',
  'dead',
  'cracked',
  'new',
  'spare',
  'borrowed',
  'kaputt',
  'verloren',
  'gestohlen',
  '\\p{L}*gefallen',
  'neue[mnrs]?',
  'ersatz\\p{L}*',
  'kapot',
  'gevallen',
  'gestolen',
  'nieuwe?',
  'cass[ée]e?',
  'perdu',
  'vol[ée]',
  'tomb[ée]e?',
  'en panne',
  'nouveau',
  'roto',
  'rompi[óo]',
  'cay[óo]',
  'perd[íi]',
  'robaron',
  'nuevo',
  'rotto',
  'caduto',
  'perso',
  'rubato',
  'nuovo',
  'quebrou',
  'quebrado',
  'caiu',
  'perdi',
  'roubado',
  'novo',
  'rusak',
  'hilang',
  'jatuh',
  'baru',
  'bozuldu',
  'kırıldı',
  'kayboldu',
  'düştü',
  'yeni',
  'zepsu\\p{L}*',
  'zgubi\\p{L}*',
  'ukradli',
  'nowy\\p{L}*',
  'stricat',
  'pierdut',
  'nou',
  'слома\\p{L}*',
  'разби\\p{L}*',
  'потеря\\p{L}*',
  'украли',
  'нов\\p{L}*',
  'злама\\p{L}*',
  'розби\\p{L}*',
  'загуби\\p{L}*',
  'hỏng',
  'mất',
  'mới',
  'टूट\\p{L}*',
  'खो',
  'नया',
  'مكسور',
  'ضاع',
  'جديد',
].join('|');
const LOST_PHONE_RE = new RegExp(
  `${B}(?:(?:${PHONE})${E}(?:[^.!?\\n]{0,30}?)${B}(?:${MISHAP})|(?:${MISHAP})${E}(?:[^.!?\\n]{0,20}?)${B}(?:${PHONE})|(?:ersatz|zweit|leih)-?handy|reservetelefoon)${E}|手机坏了|手机丢了|新手机|手機壞了|新手機|携帯が壊れ|スマホが壊れ|新しい携帯|핸드폰이 고장|휴대폰이 고장|새 핸드폰|โทรศัพท์เสีย|โทรศัพท์หาย`,
  'iu',
);

// Trouble the child says they are in: arrested, at the police station, in an accident. Not a bare
// "hospital" (people visit hospitals and text about parking money) nor the deposit words above.
const EMERGENCY_RE = alternation(
  [
    'arrested',
    'police station',
    'in custody',
    'bail',
    'unfall',
    'verhaftet',
    'festgenommen',
    'bei der polizei',
    'auf der wache',
    'ongeluk',
    'aangehouden',
    'opgepakt',
    'politiebureau',
    'borgtocht',
    'accident',
    'garde à vue',
    'commissariat',
    'accidente',
    'detenid[oa]',
    'comisar[íi]a',
    'incidente',
    'arrestat[oa]',
    'in questura',
    'acidente',
    'delegacia',
    'fian[çc]a',
    'kecelakaan',
    'ditangkap',
    'ditahan',
    'kantor polisi',
    'kaza',
    'gözaltı\\p{L}*',
    'karakol\\p{L}*',
    'wypadek',
    'wypadku',
    'zatrzyman[yaoi]',
    'komisariac\\p{L}*',
    'arestat',
    'poliți\\p{L}*',
    'авари\\p{L}*',
    'задержа\\p{L}*',
    'в полиции',
    'аварі\\p{L}*',
    'затрима\\p{L}*',
    'в поліції',
    'एक्सीडेंट',
    'दुर्घटना',
    'पुलिस स्टेशन',
    'गिरफ्तार',
    'حادث',
    'مركز الشرطة',
    'قسم الشرطة',
    'tai nạn',
    'đồn công an',
  ],
  [
    '出车祸',
    '车祸',
    '車禍',
    '派出所',
    '被警察',
    '被拘留',
    '事故に',
    '警察に',
    '교통사고',
    '경찰서',
    'อุบัติเหตุ',
    'สถานีตำรวจ',
  ],
);

// A request for money between people who know each other: "can you transfer", "lend me", "I'll
// pay you back tomorrow". Bank and shop words ("payment", "invoice") are the lexicon's; these are
// the ones a child writes to a parent.
const MONEY_ASK_RE = alternation(
  [
    '(?:can|could) you (?:\\p{L}+ )?(?:pay|transfer|send|lend|cover)',
    'pay (?:it|you|u) back',
    'pay (?:it |this )?for me',
    'lend me',
    'send me (?:some )?money',
    '\\p{L}*überweis\\p{L}*',
    'zahl\\p{L}* (?:\\p{L}+ ){0,2}zurück',
    'zurück(?:zahlen|überweisen|geben)',
    'leih\\p{L}* mir',
    'für mich (?:bezahlen|zahlen|überweisen)',
    'overmaken',
    'overmaak\\p{L}*',
    'maak\\p{L}* (?:\\p{L}+ ){0,3}over',
    'betaal (?:\\p{L}+ ){0,2}terug',
    'terugbetalen',
    'voorschieten',
    'voor me betalen',
    'lenen',
    'virement',
    '(?:je )?te rembourse',
    'te rends',
    'payer pour moi',
    'pr[êe]ter',
    'transferencia',
    'transferir(?:me)?',
    'te lo devuelvo',
    'devolv\\p{L}*',
    'prest(?:ar|as|es)(?:me)?',
    'bizum',
    'bonifico',
    'ti (?:restituisco|rid[òo]|ridar[òo])',
    'prest(?:are|armi|i)',
    'transfer[êe]ncia',
    'pix',
    'mb ?way',
    'te (?:devolvo|pago)',
    'emprest\\p{L}*',
    'pagar (?:pra|para) mim',
    'transfer(?:in)?',
    'tf',
    'pinjam\\p{L}*',
    'aku ganti',
    'kirim(?:in)? (?:uang|pulsa)',
    '(?:beliin|isiin) pulsa',
    'bayar(?:in)?',
    'havale',
    'eft',
    'geri öde\\p{L}*',
    'borç',
    'przelew\\p{L}*',
    'przela\\p{L}*',
    'po[żz]ycz\\p{L}*',
    'oddam',
    'blik',
    'virament\\p{L}*',
    '[îi]mprumut\\p{L}*',
    'dau [îi]napoi',
    'переведи\\p{L}*',
    'перевести',
    'одолжи\\p{L}*',
    'верну',
    'скинь',
    'переказ\\p{L}*',
    'позич\\p{L}*',
    'поверну',
    'पैसे भेज',
    'ट्रांसफर कर',
    'उधार',
    'वापस कर दूं\\p{M}*(?:गा|गी)',
    'حو[ّ]?ل(?:ي)? لي',
    'أ?ارسل(?:ي)? لي',
    'سلفني',
    'chuyển khoản',
    'chuyển tiền',
    'gửi tiền',
    'cho (?:con|em|mình) mượn',
  ],
  [
    '转账',
    '轉帳',
    '转给我',
    '打钱',
    '借我',
    '还你',
    '汇款',
    '匯款',
    '振り込んで',
    'お金を貸して',
    '송금해',
    '보내줘',
    '빌려줘',
    'โอนเงิน',
    'ยืมเงิน',
  ],
);

/** `text` with the match `m` overwritten by spaces (same length, so offsets hold). */
const blank = (text: string, m: RegExpExecArray): string =>
  text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);

/** Text of a match, trimmed for the evidence. */
const quote = (m: RegExpExecArray | null): string => (m ? `"${m[0].trim().slice(0, 40)}"` : '');

/** The parts of the story one text tells, each as the evidence that shows it ('' when absent). */
export interface StoryParts {
  claim: string;
  story: string;
  request: string;
}

/** Value of a set of parts: claim 1, story 1, request 2. */
export const storyValue = (p: StoryParts): number =>
  (p.claim ? 1 : 0) + (p.story ? 1 : 0) + (p.request ? 2 : 0);

/** A story fires on two parts or more: claim and story, or a request with either. */
export const tellsStory = (p: StoryParts): boolean =>
  (p.claim !== '' && p.story !== '') || (p.request !== '' && (p.claim !== '' || p.story !== ''));

/**
 * The parts of the story in `text`; `iban` is an IBAN found in it (a request for money), if any.
 * A request alone tells no story, so it is looked for only beside a claim or a story unless
 * `anyRequest` (the conversation pass, which joins the parts of one sender's messages).
 */
export function storyParts(text: string, iban?: string, anyRequest = false): StoryParts {
  const claim = NEW_NUMBER_RE.exec(text);
  // The story is looked for outside the claim: "mon nouveau numéro, mon téléphone" is no story.
  const rest = claim ? blank(text, claim) : text;
  const story = LOST_PHONE_RE.exec(rest) ?? EMERGENCY_RE.exec(rest);
  const ask = anyRequest || claim || story ? MONEY_ASK_RE.exec(text) : null;
  const request = ask ? quote(ask) : iban ? `IBAN ${iban}` : '';
  return { claim: quote(claim), story: quote(story), request };
}

/**
 * The `family-impersonation` signal of an SMS or chat text, if it fires; `signals` are the message's
 * other signals (an IBAN in the text is a request for money).
 */
export function familyImpersonation(text: string, signals: ReadonlyArray<SignalHit>): SignalHit | undefined {
  const parts = storyParts(text, signals.find((s) => s.name === 'iban-in-text')?.evidence);
  if (!tellsStory(parts)) return undefined;
  return {
    name: 'family-impersonation',
    value: storyValue(parts),
    evidence: [parts.claim, parts.story, parts.request].filter(Boolean).join(' + '),
  };
}
