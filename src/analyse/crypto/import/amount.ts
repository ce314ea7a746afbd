/**
 * @module analyse/crypto/import/amount
 * Exact decimal amounts. JSON numbers like `0.00012345` lose their text in `JSON.parse`, and a
 * value with a ninth decimal must be refused, not rounded; so amount fields are turned into
 * strings before parsing ({@link quoteAmounts}) and converted here without floating point.
 */

export type AmountResult = { ok: true; value: bigint } | { ok: false; error: string };

const DECIMAL = /^(-?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses a decimal string (`12.5`, `1e-05`, `0.00100000`) into base units with `decimals`
 * decimals. Refuses negatives, more precision than `decimals`, and absurd exponents.
 */
export function parseDecimalAmount(text: string, decimals: number): AmountResult {
  const m = DECIMAL.exec(text.trim().replace(/,/g, ''));
  if (!m) return { ok: false, error: `amount "${text}" is not a number` };
  if (m[1] === '-' && /[1-9]/.test(text)) return { ok: false, error: `amount "${text}" is negative` };
  const intPart = m[2] ?? '0';
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0');
  if (Math.abs(exp) > 80) return { ok: false, error: `amount "${text}" is out of range` };
  const digits = intPart + frac;
  const shift = exp - frac.length + decimals;
  if (shift >= 0) return { ok: true, value: BigInt(digits) * 10n ** BigInt(shift) };
  const cut = digits.length + shift;
  const kept = cut > 0 ? digits.slice(0, cut) : '0';
  const dropped = cut > 0 ? digits.slice(cut) : digits;
  if (/[1-9]/.test(dropped))
    return { ok: false, error: `amount "${text}" has more than ${decimals} decimals` };
  return { ok: true, value: BigInt(kept) };
}

/** Parses an integer amount (`12345`, `0x1bc16d674ec80000`). */
export function parseIntegerAmount(text: string): AmountResult {
  const t = text.trim();
  if (/^0x[0-9a-fA-F]+$/.test(t)) return { ok: true, value: BigInt(t) };
  if (/^\d+$/.test(t)) return { ok: true, value: BigInt(t) };
  return { ok: false, error: `amount "${text}" is not a non-negative integer` };
}

const AMOUNT_FIELDS = /"(value|fee)"(\s*:\s*)(-?\d[\d.eE+-]*)/g;

/** Wraps the numbers of `"value"` and `"fee"` fields in quotes so their exact text survives `JSON.parse`. */
export const quoteAmounts = (json: string): string => json.replace(AMOUNT_FIELDS, '"$1"$2"$3"');

/** Formats base units as a decimal string with `decimals` places, trailing zeros kept off. */
export function formatUnits(value: bigint, decimals: number): string {
  const neg = value < 0n;
  const s = (neg ? -value : value).toString().padStart(decimals + 1, '0');
  const int = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals).replace(/0+$/, '');
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}
