import { describe, expect, it } from 'vitest';
import { formatUnits, parseDecimalAmount, quoteAmounts } from './amount.js';

describe('parseDecimalAmount', () => {
  it.each([
    ['0.00100000', 8, 100_000n],
    ['6.25', 8, 625_000_000n],
    ['1e-05', 8, 1_000n],
    ['2.1E7', 8, 2_100_000_000_000_000n],
    ['21000000.00000000', 8, 2_100_000_000_000_000n],
    ['1.234567890123456789', 18, 1_234_567_890_123_456_789n],
    ['2,500.125', 6, 2_500_125_000n],
    ['0', 8, 0n],
  ])('%s with %i decimals is %s', (text, d, v) => {
    expect(parseDecimalAmount(text, d)).toEqual({ ok: true, value: v });
  });
  it('refuses a ninth decimal, negatives and junk', () => {
    expect(parseDecimalAmount('0.000000001', 8)).toEqual({
      ok: false,
      error: 'amount "0.000000001" has more than 8 decimals',
    });
    expect(parseDecimalAmount('1.5e-9', 8).ok).toBe(false);
    expect(parseDecimalAmount('-1', 8).ok).toBe(false);
    expect(parseDecimalAmount('abc', 8).ok).toBe(false);
  });
  it('round-trips with formatUnits', () => {
    expect(formatUnits(123_456_789n, 8)).toBe('1.23456789');
    expect(formatUnits(100_000_000n, 8)).toBe('1');
  });
});

describe('quoteAmounts', () => {
  it('quotes value and fee numbers only', () => {
    expect(quoteAmounts('{"value":0.1,"n":0,"fee": 1e-05,"height":5}')).toBe(
      '{"value":"0.1","n":0,"fee": "1e-05","height":5}',
    );
  });
});
