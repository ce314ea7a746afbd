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
    // Han without kana is not Japanese, nor Wu: fastText says `ja` for these Chinese SMS of the
    // development set (zhsms-00167, zhsms-00488) and `wuu` for the accident text of the Hi-Mum
    // fixtures.
    expect(id.identify('南宁交警将创建10条电驴示范道路')).toBe('zh');
    expect(id.identify('世界性金融危机正疾步而来')).toBe('zh');
    expect(id.identify('爸，我出车祸了，现在在派出所，急需2万，快转给我，别告诉妈')).toBe('zh');
    // Cantonese has characters of its own (喺, 哋, 唔): fastText's `yue` stands.
    expect(id.identify('喺邊度呀？我哋聽日見啦，唔好遲到')).toBe('yue');
    expect(id.identify('お荷物のお届けにあがりましたが、ご不在でした')).toBe('ja');
  });
});
