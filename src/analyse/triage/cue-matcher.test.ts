import { describe, expect, it } from 'vitest';
import { buildCueIndex, matchCues } from './cue-matcher.js';
import { CUE_CATEGORIES, LEXICONS } from './lexicons/index.js';
import { normaliseText, tokenise } from './normalise.js';

const index = buildCueIndex();
const cats = (text: string): string[] => {
  const n = normaliseText(text);
  return [...new Set(matchCues(index, n, tokenise(n)).map((h) => h.category))].sort();
};

describe('cue lexicons', () => {
  it('writes a `*` stem as one word: the matcher extends a single token, never a phrase', () => {
    for (const [lang, lex] of Object.entries(LEXICONS))
      for (const category of CUE_CATEGORIES)
        for (const term of lex[category])
          if (term.endsWith('*')) expect(term, `${lang} ${category}`).not.toMatch(/\s/);
  });

  it('reads the Turkish suspension threat in its inflected forms', () => {
    expect(cats('Hesabınız askıya alındı')).toContain('threat');
    expect(cats('Hizmetiniz askıya alınmıştır.')).toContain('threat');
  });

  it('cover the 20 required languages, every category filled', () => {
    const required = [
      'en',
      'de',
      'fr',
      'es',
      'it',
      'pt',
      'nl',
      'pl',
      'ro',
      'ru',
      'uk',
      'tr',
      'ar',
      'hi',
      'id',
      'zh',
      'ja',
      'ko',
      'vi',
      'th',
    ];
    for (const lang of required) {
      const lex = LEXICONS[lang];
      expect(lex, lang).toBeDefined();
      for (const c of CUE_CATEGORIES) expect(lex?.[c].length, `${lang}/${c}`).toBeGreaterThan(0);
    }
  });
  it('matches multi-word phrases, numbers generalised', () => {
    expect(cats('Please reply within 48 hours')).toContain('urgency');
    expect(cats('Enter your password')).toContain('credential');
  });
  it('matches inflected words through prefix terms', () => {
    expect(cats('Ваша карта заблокирована')).toContain('threat');
    // German puts the participle at the end ("muss aktualisiert werden"): the stem, not the infinitive.
    expect(cats('Ihr pushTAN-Verfahren muss aktualisiert werden')).toEqual(
      expect.arrayContaining(['account', 'credential']),
    );
  });
  it('matches unspaced scripts by substring', () => {
    expect(cats('您的账户已被冻结')).toEqual(expect.arrayContaining(['account', 'threat']));
    expect(cats('บัญชีของคุณถูกระงับ')).toEqual(expect.arrayContaining(['account', 'threat']));
    expect(cats('お荷物の再配達')).toContain('delivery');
  });
  it('finds extortion cues in spaced, inflected and unspaced scripts', () => {
    expect(cats('I recorded you through your webcam and will send it to all your contacts')).toContain(
      'extortion',
    );
    expect(cats('Ich habe Zugriff auf Ihr Gerät. Wenden Sie sich nicht an die Polizei.')).toContain(
      'extortion',
    );
    expect(cats("J'ai accès à votre appareil et je vous ai filmé")).toContain('extortion');
    expect(cats('У меня есть доступ к вашему устройству, не обращайтесь в полицию')).toContain('extortion');
    expect(cats('Я установил троянскую программу')).toContain('extortion');
    expect(cats('我已经入侵了你的电脑，不要报警')).toContain('extortion');
    expect(cats('あなたのデバイスにアクセスしました。警察に連絡しないでください')).toContain('extortion');
    expect(cats('تم اختراق جهازك ولدي فيديو فاضح')).toContain('extortion');
  });
  it('can match every extortion term (no phrase longer than the matcher reads)', () => {
    for (const [lang, lex] of Object.entries(LEXICONS)) {
      for (const raw of lex.extortion) {
        const text = raw.endsWith('*') ? `${raw.slice(0, -1)}ый` : raw;
        expect(cats(`… ${text} …`), `${lang}: ${raw}`).toContain('extortion');
      }
    }
  });
  it('needs the extortion phrase, not its broad words', () => {
    expect(cats('The police report and the video of the meeting are attached')).not.toContain('extortion');
    expect(cats('Your webcam driver was updated; all your contacts are synced')).not.toContain('extortion');
  });
  it('does not fire on neutral text', () => {
    expect(cats('The meeting notes are attached')).toEqual([]);
  });
  it('reads Hindi everyday verbs as verbs: कर is "do", बंद "off", पहचान "recognise", लाभ "benefit"', () => {
    expect(cats('क्या आप मुझे बाद में फोन कर सकते हैं? मेरा फोन बंद था')).toEqual([]);
    expect(cats('मैंने उसे तुरंत पहचान लिया')).not.toContain('account');
    expect(cats('लागत, जोखिम, लाभ और बाकी सब')).toEqual([]);
    expect(cats('आपका खाता बंद कर दिया जाएगा')).toEqual(expect.arrayContaining(['account', 'threat']));
    expect(cats('आयकर रिफंड के लिए')).toContain('payment');
    expect(cats('£2000 का पुरस्कार जीतें, दावा करने के लिए कॉल करें')).toEqual(
      expect.arrayContaining(['contact', 'prize']),
    );
  });
  it('reads Vietnamese cues typed without diacritics', () => {
    expect(cats('Tai khoan cua quy khach bi tam khoa, vui long xac minh')).toEqual(
      expect.arrayContaining(['account', 'threat']),
    );
  });
  it('reads a guaranteed return, not the Turkish bank Garanti BBVA, as an investment pitch', () => {
    expect(cats('Garanti BBVA: Hesabiniza 3.400,00 TL yatirildi.')).not.toContain('investment');
    expect(cats('Placement exclusif : rendement garanti, gains garantis chaque mois')).toContain(
      'investment',
    );
  });
});
