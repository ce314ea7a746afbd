import { describe, expect, it } from 'vitest';
import { createTriageEngine } from '../engine.js';
import { extractFeatures } from '../features.js';
import { scoreMessage } from '../score-message.js';
import { oneTimeCodeNotice } from './one-time-code.js';

const engine = createTriageEngine();

// Written after the pattern of real notices (banks, Amazon, Google), in four languages.
const NOTICES = [
  '482913 is your OTP for login to SBI YONO. Do not share it with anyone. -SBI',
  "Your Amazon verification code is 551902. Don't share this code with anyone.",
  'G-482913 is your Google verification code.',
  'आपका OTP 482913 है। इसे किसी के साथ साझा न करें। - SBI',
  'Votre code de vérification est 482913. Ne le communiquez à personne.',
  'Tu código de verificación es 482913. No lo compartas con nadie.',
  // The demo's 2FA text (samples/sms): its "expire dans 10 minutes" fires `urgency` as well.
  'Votre code de vérification est 552108. Il expire dans 10 minutes. Ne le communiquez à personne.',
];

describe('one-time code notices (issue 5)', () => {
  it.each(NOTICES)('lets "%s" through, its credential cues damped', (text) => {
    const fv = extractFeatures({ text }, engine.cues);
    const cues = fv.signals.filter((s) => s.name === 'credential-request' || s.name === 'account-lure');
    expect(cues.length).toBeGreaterThan(0);
    for (const s of cues) expect(s.evidence).toContain('(one-time code notice:');
    const v = scoreMessage(engine, { text });
    expect(v.class).toBe('ham');
    expect(v.score).toBeLessThan(0.5);
  });

  it('leaves a code message with a link, a number to call or an address undamped', () => {
    for (const text of [
      'Your verification code is 482913. If this was not you, secure your account at http://sbi-kyc-verify.top',
      'Your OTP is 482913. Not you? Call our fraud desk now on 9876543210 to block your account.',
      'Your OTP is 482913. Send it to verify@sbi-support-desk.com to keep your account active.',
    ]) {
      const fv = extractFeatures({ text }, engine.cues);
      expect(fv.signals.some((s) => s.evidence.includes('one-time code notice'))).toBe(false);
      expect(scoreMessage(engine, { text }).class).not.toBe('ham');
    }
  });

  it('damps urgency only in a notice that names a credential', () => {
    const fv = extractFeatures({ text: NOTICES[6] as string }, engine.cues);
    expect(fv.signals.find((s) => s.name === 'urgency')?.evidence).toContain('(one-time code notice:');
    const promo = extractFeatures(
      { text: 'Use code 4821 today only, the offer expires tonight!' },
      engine.cues,
    );
    expect(promo.signals.some((s) => s.evidence.includes('one-time code notice'))).toBe(false);
  });

  it('needs both a code and the word for it, in a short text', () => {
    expect(oneTimeCodeNotice('Your code is ready. Thanks!', [])).toBeUndefined();
    expect(oneTimeCodeNotice('Meet you at 1930 at the station', [])).toBeUndefined();
    expect(oneTimeCodeNotice('Your code: 4821. Valid for 10 minutes.', [])).toContain('4821');
    // A date or an amount is no code.
    expect(oneTimeCodeNotice('Code review on 2026-12-07, budget 1,500.00', [])).toBeUndefined();
    expect(oneTimeCodeNotice(`Your code is 4821. ${'x'.repeat(400)}`, [])).toBeUndefined();
  });

  it('never damps an e-mail (the sender rules of §5 decide there)', () => {
    const text = 'Your verification code is 482913. Do not share it.';
    const fv = extractFeatures({ text, subject: 'Your code', headers: [] }, engine.cues);
    expect(fv.signals.some((s) => s.evidence.includes('one-time code notice'))).toBe(false);
  });
});
