import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emailToTriageMessage } from './email-message.js';
import { createTriageEngine } from './engine.js';
import { extractFeatures } from './features.js';
import { headProbabilities, rawScores, scoreMessage } from './score-message.js';

const engine = createTriageEngine();
const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../test/fixtures/triage/${name}`, import.meta.url));

describe('scoreMessage with the committed model', () => {
  it('flags a credential lure as phishing with its real reasons', async () => {
    const v = scoreMessage(engine, await emailToTriageMessage(fixture('phish.eml')));
    expect(v.score).toBeGreaterThan(0.9);
    expect(v.class).toBe('phishing');
    expect(v.reasons.length).toBeGreaterThan(0);
    expect(v.reasons.every((r) => r.weight > 0 && r.evidence !== '')).toBe(true);
  });
  it('lets an ordinary work mail through', async () => {
    const v = scoreMessage(engine, await emailToTriageMessage(fixture('ham.eml')));
    expect(v.score).toBeLessThan(0.5);
    expect(v.class).toBe('ham');
    expect(v.reasons.every((r) => r.weight < 0)).toBe(true);
  });
  it('lists the signals that pulled against a verdict after its reasons', () => {
    // A Hi-Mum opener without a request stays ham, but the story's signal lifted it: the analyst
    // sees that, not only the everyday words that held it down.
    const v = scoreMessage(engine, { text: 'Hi Mum, this is my new number, my phone broke. Save this one.' });
    expect(v.class).toBe('ham');
    expect(v.score).toBeGreaterThan(0.2);
    const firstAgainst = v.reasons.findIndex((r) => r.weight > 0);
    expect(firstAgainst).toBeGreaterThan(0);
    expect(v.reasons.slice(0, firstAgainst).every((r) => r.weight < 0)).toBe(true);
    const against = v.reasons.slice(firstAgainst);
    expect(against.length).toBeLessThanOrEqual(2);
    expect(against[0]).toMatchObject({
      signal: 'family-impersonation',
      evidence: '"new number" + "phone broke"',
    });
    expect(
      against.every((r) => r.weight >= 0.5 && !['word', 'phrase', 'text-fragment'].includes(r.signal)),
    ).toBe(true);
  });
  it('classifies a prize-call SMS as fraud and a discount SMS as spam', () => {
    expect(
      scoreMessage(engine, {
        text: 'Congratulations! You have won a £1000 prize. Call 09061701461 now to claim',
      }).class,
    ).toBe('scam');
    expect(
      scoreMessage(engine, {
        text: 'SALE! 50% off all shoes this weekend only. Shop now at www.shoeshop.example/sale. Reply STOP to opt out',
      }).class,
    ).toBe('spam');
  });
  it('calls fraud without a credential lure scam and keeps a credential lure phishing (head priors)', async () => {
    // Invented mails, not the sample mailbox: the head priors, not these texts, are what was tuned.
    const mail = (from: string, subject: string, body: string): string =>
      `From: ${from}\r\nTo: anna.berg@example.org\r\nSubject: ${subject}\r\nDate: Tue, 3 Mar 2026 09:12:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
    const wallet = 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE';
    const classOf = async (raw: string): Promise<string> =>
      scoreMessage(engine, await emailToTriageMessage(raw)).class;
    expect(
      await classOf(
        mail(
          '"Apex Yield Desk" <desk@apex-yield.example>',
          'Guaranteed 30% a month on USDT',
          `Dear investor,\n\nOur trading desk guarantees a profit of 30% every month on crypto. Deposit 250 USDT to our TRC-20 wallet ${wallet} and withdraw your income any time.\n\nYour account manager answers on WhatsApp: +44 7700 900123.\n\nApex Yield Desk`,
        ),
      ),
    ).toBe('scam');
    expect(
      await classOf(
        mail(
          '"Apex Invest" <info@apex-invest.example>',
          'Garantiert 30 % Rendite im Monat',
          `Sehr geehrter Anleger,\n\nunser Trading-Team garantiert Ihnen 30 % Rendite pro Monat mit Kryptowährungen. Senden Sie 250 USDT an die TRC-20-Wallet ${wallet} und lassen Sie sich Ihre Gewinne jederzeit auszahlen.\n\nIhr Berater antwortet auf WhatsApp: +49 151 23456789.\n\nApex Invest`,
        ),
      ),
    ).toBe('scam');
    // Sextortion in French, a language the model never trained on: the extortion cues ("accès à votre
    // appareil", "je vous ai filmé", "à tous vos contacts") make it unwanted (0.995) and `scam`
    // (head 0.990 against 0.007 spam). Without that cue category it was a near tie (0.526, head
    // scam 0.37 / spam 0.47).
    const sextortion = await classOf(
      mail(
        'anna.berg@example.org',
        'Votre appareil a été piraté',
        "Bonjour,\n\nJ'ai accès à votre appareil depuis des mois et je vous ai filmé avec votre caméra. Si vous ne voulez pas que la vidéo soit envoyée à tous vos contacts, envoyez 1 300 USD en Bitcoin à cette adresse : bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh\n\nVous avez 48 heures.",
      ),
    );
    expect(sextortion).toBe('scam');
    expect(
      await classOf(
        mail(
          '"Mail Administrator" <admin@mailbox-quota.example>',
          'Your mailbox is almost full',
          'Dear user,\n\nYour mailbox has exceeded its storage limit and will be suspended. To keep receiving mail, verify your account now: sign in with your username and password at https://mailbox-quota.example/login within 24 hours.\n\nIT Helpdesk',
        ),
      ),
    ).toBe('phishing');
  });
  it('calls a parcel-fee lure scam and a parcel lure that asks for a login or card phishing', async () => {
    // Invented texts (not the sample SMS): a fee to pay is scam by the definition; the same
    // lure asking for a password or the card number and CVV is a credential lure.
    const classOf = (text: string): string => scoreMessage(engine, { text }).class;
    expect(
      classOf(
        'Royal Mail: your parcel RM4419023GB is held at our depot. A redelivery fee of GBP 1.45 is due within 48h: https://royalmail-redelivery-fee.top/p/GB4419',
      ),
    ).toBe('scam');
    expect(
      classOf(
        'PostNL: uw pakket 3SPNL0098123 wacht op bezorging. Betaal EUR 2,49 douanekosten binnen 48 uur: https://postnl-douane-kosten.top/p/NL0098',
      ),
    ).toBe('scam');
    expect(
      classOf(
        'DHL: your parcel is on hold. Sign in with your username and password and confirm your card number and CVV to release it: https://dhl-parcel-release.top/login',
      ),
    ).toBe('phishing');
    // The fee taken through a card form in the mail itself is a credential lure too.
    const form =
      '<p>DHL Express: your parcel 7781 is held at customs. Pay the customs fee of EUR 1.99 to release it.</p><form action="https://dhl-customs-fee.top/pay" method="post">Card number <input name="cc"> Expiry <input name="exp"> CVV <input name="cvv" type="password"><button>Pay now</button></form>';
    const raw = `From: "DHL Express" <noreply@dhl-customs-fee.top>\r\nTo: anna.berg@example.org\r\nSubject: Your parcel is held at customs\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>${form}</body></html>\r\n`;
    expect(scoreMessage(engine, await emailToTriageMessage(raw)).class).toBe('phishing');
  });
  it('reason weights are the model contributions: they never exceed the logit distance', () => {
    const msg = { text: 'URGENT: your bank account is locked. Confirm your PIN at http://10.0.0.7/bank' };
    const v = scoreMessage(engine, msg);
    const fv = extractFeatures(msg, engine.cues);
    const logit = engine.model.platt.a * rawScores(engine.model, fv).z + engine.model.platt.b;
    const sumPositive = v.reasons.reduce((s, r) => s + r.weight, 0);
    expect(sumPositive).toBeGreaterThan(0);
    expect(v.reasons.map((r) => r.signal)).toEqual(expect.arrayContaining(['link-ip-host']));
    expect(Math.abs(1 / (1 + Math.exp(-logit)) - v.score)).toBeLessThan(1e-4);
  });
  it('is deterministic and blind to letter case', () => {
    const text = 'Your Account Has Been Suspended, Verify Your Password At https://secure-login.example.xyz';
    const a = scoreMessage(engine, { text });
    expect(scoreMessage(engine, { text })).toEqual(a);
    expect(scoreMessage(engine, { text: text.toLowerCase() }).score).toBe(a.score);
    expect(scoreMessage(engine, { text: text.toUpperCase() }).score).toBe(a.score);
  });
  it('scores a 50 MB message in bounded time', () => {
    const big = `Verify your account now. ${'lorem ipsum dolor sit amet '.repeat(2_000_000)}`;
    const t = performance.now();
    const v = scoreMessage(engine, { text: big });
    expect(performance.now() - t).toBeLessThan(5000);
    expect(v.score).toBeGreaterThanOrEqual(0);
  });
});

describe('languages absent from training', () => {
  it('catches lures through the language-independent signals and cue lexicons', () => {
    const lures = [
      'บัญชีของคุณถูกระงับ กรุณายืนยันตัวตนภายใน 24 ชั่วโมง https://bit.ly/3abc',
      'आपका खाता ब्लॉक कर दिया गया है, तुरंत केवाईसी अपडेट करें http://sbi-kyc.top',
      'お客様のアカウントが停止されました。今すぐ本人確認をしてください http://amaz0n-jp.xyz',
      'Twoja paczka czeka. Dopłata 1,99 zł: https://inpost-pl.xyz/pay',
    ];
    for (const text of lures) expect(scoreMessage(engine, { text }).score, text).toBeGreaterThan(0.5);
  });
  it('leaves everyday messages alone', () => {
    for (const text of [
      'Salut, on se retrouve demain à 19h au restaurant ?',
      'Hola mamá, llego a casa a las 8. ¿Compro pan?',
    ]) {
      expect(scoreMessage(engine, { text }).class, text).toBe('ham');
    }
  });
});

describe('headProbabilities', () => {
  it('is the softmax of each class head over the float32 weights (one pass for all classes)', () => {
    const msg = {
      text: 'Your parcel is held at customs: pay the 2.99 GBP fee at http://parcel-fee.example.top now',
    };
    const fv = extractFeatures(msg, engine.cues);
    const { head } = engine.model;
    const logits = head.weights.map((w, c) => {
      let z = head.bias[c] as number;
      for (let k = 0; k < fv.indices.length; k++)
        z += (w[fv.indices[k] as number] as number) * (fv.values[k] as number);
      return z;
    });
    const max = Math.max(...logits);
    const exp = logits.map((z) => Math.exp(z - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    const expected = exp.map((e) => e / sum);
    const got = headProbabilities(engine.model, fv);
    expect(got).toHaveLength(3);
    expect(got).toEqual(expected);
  });
});
