/**
 * @module share/partner-intel
 * Partner intelligence as imported from a STIX bundle or a MISP event: the indicators it names
 * (in Dragnet's types and normalised values, so they compare with the case's), and a per-object
 * error list for whatever could not be used. A source is stored whole or not at all.
 */
import { WALLET_TYPES } from '../core/observable.js';

export interface PartnerIndicator {
  type: string;
  value: string;
  /** The STIX object id or MISP attribute uuid it came from. */
  object: string;
  /** Human context from the partner: indicator name, report or event title, comment. */
  context?: string;
}

export interface IntelError {
  /** Object id, uuid, or `objects[i]` / `Attribute[i]` when it has none. */
  object: string;
  message: string;
}

export interface PartnerIntel {
  format: 'stix' | 'misp';
  /** Title of the source (bundle report name, MISP event info) or the file name. */
  name: string;
  objectCount: number;
  indicators: PartnerIndicator[];
  errors: IntelError[];
}

/** Safety limits for imports (a partner file is outside data). */
export interface ImportLimits {
  /** Largest accepted file, bytes. */
  maxBytes: number;
  /** Most objects (STIX) or attributes (MISP) accepted in one source. */
  maxObjects: number;
  /** Longest accepted indicator value. */
  maxValueLength: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 256 * 1024 * 1024,
  maxObjects: 1_000_000,
  maxValueLength: 8192,
};

/** Guesses the chain of a wallet address from its shape, for sources that do not say. */
export function walletTypeOf(address: string): string | undefined {
  if (/^0x[0-9a-f]{40}$/i.test(address)) return 'eth';
  if (
    /^(bc1|tb1)[02-9ac-hj-np-z]{11,87}$/i.test(address) ||
    /^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(address)
  )
    return 'btc';
  if (/^(ltc1|[LM])[0-9A-Za-z]{25,87}$/.test(address)) return 'ltc';
  if (/^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(address)) return 'trx';
  if (/^[48][0-9AB][1-9A-HJ-NP-Za-km-z]{93}$/.test(address)) return 'xmr';
  if (/^D[1-9A-HJ-NP-Za-km-z]{33}$/.test(address)) return 'doge';
  if (/^r[1-9A-HJ-NP-Za-km-z]{24,34}$/.test(address)) return 'xrp';
  return undefined;
}

/** Dragnet type for a chain ticker (`BTC` → `btc`), when we know the chain. */
export function walletTypeOfSymbol(symbol: string | undefined): string | undefined {
  const s = symbol?.toLowerCase();
  return s && WALLET_TYPES.has(s) ? s : undefined;
}
