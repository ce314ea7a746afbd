import { describe, expect, it } from 'vitest';
import { familyImpersonation } from './family-impersonation.js';
import type { SignalHit } from './signal-names.js';

const parts = (text: string, signals: SignalHit[] = []): number =>
  familyImpersonation(text, signals)?.value ?? 0;

describe('familyImpersonation', () => {
  it('counts the parts of the story: claim 1, lost phone 1, request for money 2', () => {
    expect(parts('Hi Mum, this is my new number, I dropped my phone in the bath. Save it x')).toBe(2);
    expect(
      parts('Mama, das ist meine neue Nummer, mein Handy ist kaputt. Kannst du mir 500 € überweisen?'),
    ).toBe(4);
    expect(
      parts('Pap, kun je 975 euro voorschieten? Ik kan met mijn nieuwe telefoon nog niet in de bank app.'),
    ).toBe(3);
  });
  it('takes an IBAN in the text as the request for money', () => {
    const iban: SignalHit = { name: 'iban-in-text', value: 1, evidence: 'DE89370400440532013000' };
    const hit = familyImpersonation('Ich bin es, neue Nummer! Bitte an DE89 3704 0044 0532 0130 00, danke', [
      iban,
    ]);
    expect(hit?.value).toBe(3);
    expect(hit?.evidence).toContain('IBAN DE89370400440532013000');
  });
  it('fires on no single part: people do text a new number, lose phones and lend money', () => {
    expect(parts('Not tonight mate. Catching up on some sleep. This is my new number by the way.')).toBe(0);
    expect(parts('My phone screen cracked so I got a new one, same number though. Call you tonight')).toBe(0);
    expect(parts('Can you transfer me the 20 for the pizza? I will pay you back')).toBe(0);
  });
  it('reads the emergency story (police, accident) with a request for money, not a deposit or a hospital visit', () => {
    expect(parts('Mama ini papa, lagi di kantor polisi. Tolong kirim pulsa 100rb ke nomor ini')).toBe(3);
    expect(parts('Oma, ich hatte einen Unfall. Kannst du mir 5.000 € überweisen?')).toBe(3);
    expect(parts('Kannst du mir die Kaution für die neue Wohnung überweisen? Zahle es dir zurück')).toBe(0);
    expect(
      parts('Bu, aku udah sampai rumah sakit buat jenguk nenek. Nanti aku transfer uang parkirnya'),
    ).toBe(0);
    expect(parts('The police closed the road after an accident, I will be 20 minutes late')).toBe(0);
  });
  it("does not read an operator's notice of the reader's own new number as a claim", () => {
    expect(
      parts(
        'Your new number is active. Your old phone will stop working and you can transfer credit in the app',
      ),
    ).toBe(0);
  });
  it('looks for the lost-phone story outside the claim', () => {
    const hit = familyImpersonation(
      "Coucou maman, c'est mon nouveau numéro, mon téléphone est tombé en panne. Tu peux me faire un virement ?",
      [],
    );
    expect(hit?.evidence).toBe('"nouveau numéro" + "téléphone est tombé" + "virement"');
  });
});
