import { describe, expect, it } from 'vitest';
import { type InfraKey, infrastructureKeys, urlPathPattern } from './infrastructure-keys.js';
import { lshPairs } from './lsh-pairs.js';
import { normaliseText, signatureSimilarity, textSignature } from './text-signature.js';

describe('text signatures', () => {
  it('normalise away URLs, e-mail addresses, numbers, case and punctuation', () => {
    expect(normaliseText('Pay 1,99 EUR at HTTPS://x.top/a?b=1 or mail a@b.co!')).toBe(
      'pay 0 eur at u or mail e',
    );
  });

  it('estimate high similarity for rewrites and low for unrelated text, in any script', () => {
    const a = textSignature(
      'Your parcel could not be delivered. Pay the fee at https://a.top/1 within 24 hours.',
    );
    const b = textSignature(
      'Your parcel could not be delivered today. Pay the fee at https://b.xyz/2 within 48 hours.',
    );
    const c = textSignature('Minutes of the project meeting are attached; next meeting on Tuesday.');
    expect(signatureSimilarity(a, b)).toBeGreaterThan(0.6);
    expect(signatureSimilarity(a, c)).toBeLessThan(0.2);
    const ja = textSignature('您的包裹无法投递，请在24小时内支付费用');
    const jb = textSignature('您的包裹无法投递，请在48小时内支付运费');
    expect(signatureSimilarity(ja, jb)).toBeGreaterThan(0.4);
  });

  it('LSH finds the similar pair without comparing all pairs', () => {
    const sigs = [
      textSignature(
        'Congratulations, you won a gift card worth 500 EUR, claim it now at the link below before midnight',
      ),
      textSignature('The quarterly report is attached, please review the figures before the meeting'),
      textSignature(
        'Congratulations, you have won a gift card worth 750 EUR, claim it now at the link before midnight',
      ),
    ];
    const pairs = lshPairs(sigs, { bands: 16, rows: 4, threshold: 0.5, maxCompare: 6 });
    expect(pairs.map((p) => [p.a, p.b])).toContainEqual([0, 2]);
    expect(pairs.some((p) => p.b === 1 || p.a === 1)).toBe(false);
  });
});

describe('infrastructure keys', () => {
  it('keeps kit paths across rotated domains and drops per-victim tokens', () => {
    expect(urlPathPattern('https://a.top/secure-1jft/verify.php?id=88123&t=x')).toBe(
      '/secure-1jft/verify.php?id&t',
    );
    expect(urlPathPattern('https://b.xyz/track/123456/a8f9c0d1e2f3a4b5c6d7')).toBe('/track/{n}/{x}');
  });

  it('ignores free-mail and platform domains, and trivial paths', () => {
    const keys = infrastructureKeys({
      id: 'm',
      text: '',
      sender: 'Someone@GMAIL.com',
      replyTo: ['payout@scam-ops.top'],
      indicators: [
        { type: 'url', value: 'https://bit.ly/abc' },
        { type: 'url', value: 'https://evil-login.top/login' },
        { type: 'phone', value: '+44 7700 900123' },
      ],
    }).map((k: InfraKey) => k.key);
    expect(keys).toEqual([
      'domain:evil-login.top',
      'phone:+447700900123',
      'reply-to:payout@scam-ops.top',
      'sender-email:someone@gmail.com',
      'url:https://bit.ly/abc',
      'url:https://evil-login.top/login',
    ]);
  });
});

describe('canonical URLs', () => {
  it('are valid URIs: forbidden characters percent-encoded, IDN hosts in punycode, escapes kept', async () => {
    const { canonicalUrl } = await import('./normalise-entity.js');
    expect(canonicalUrl('HTTP://Bücher.Example:80/ä ö?x=%20')).toBe(
      'http://xn--bcher-kva.example/%C3%A4%20%C3%B6?x=%20',
    );
    expect(canonicalUrl(`https://evil.example/it's\\a?q="x"`)).toBe(
      "https://evil.example/it's%5Ca?q=%22x%22",
    );
    expect(canonicalUrl('https://a.example/')).toBe('https://a.example');
    expect(canonicalUrl(`https://a.example/\uD800`)).toBe('https://a.example/%EF%BF%BD');
  });
});
