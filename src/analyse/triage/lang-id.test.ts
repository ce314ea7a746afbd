import { describe, expect, it } from 'vitest';
import { dominantScript, loadLanguageIdentifier, scriptLanguageIdentifier } from './lang-id.js';

describe('language identification', () => {
  it('decides short texts in one-language scripts by script', () => {
    expect(scriptLanguageIdentifier.identify('您的账户已被冻结')).toBe('zh');
    expect(scriptLanguageIdentifier.identify('お荷物をお届けにあがりました')).toBe('ja');
    expect(scriptLanguageIdentifier.identify('계정이 정지되었습니다')).toBe('ko');
    expect(scriptLanguageIdentifier.identify('Ваш рахунок заблоковано, підтвердіть')).toBe('uk');
    expect(scriptLanguageIdentifier.identify('12345 !!!')).toBe('und');
    expect(dominantScript('abc')?.script).toBe('latin');
  });
  it('uses fastText (offline, bundled model) for Latin-script languages', async () => {
    const id = await loadLanguageIdentifier();
    expect(id.identify('Bitte bestätigen Sie Ihr Konto innerhalb von 24 Stunden')).toBe('de');
    expect(id.identify('Votre colis est en attente de livraison, payez les frais de douane')).toBe('fr');
    expect(id.identify('Your parcel is waiting for delivery')).toBe('en');
    // Eight Han characters: the script wins over whatever fastText would guess.
    expect(id.identify('恭喜中奖请回电话')).toBe('zh');
  });
});
