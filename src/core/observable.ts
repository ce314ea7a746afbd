/**
 * @module core/observable
 * An indicator found in text. The field names are the `dragnet extract --jsonl` contract:
 * never rename or drop one.
 */

/** The crypto-address types, in table order (listed once, spread into OBSERVABLE_TYPES). */
const WALLET_TYPE_LIST = ['btc', 'ltc', 'bch', 'doge', 'eth', 'trx', 'xmr', 'xrp', 'sol'] as const;

/** Every indicator type, in the order tables list them. */
export const OBSERVABLE_TYPES = [
  'url',
  'domain',
  'ipv4',
  'ipv6',
  'email',
  'phone',
  'iban',
  'bic',
  'card',
  ...WALLET_TYPE_LIST,
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'cve',
  'attack',
  'onion',
  'telegram',
  'asn',
  'mac',
] as const;

export type ObservableType = (typeof OBSERVABLE_TYPES)[number];

/** The types that are crypto addresses: wallets, to the graph and to the conversation pass. */
export const WALLET_TYPES: ReadonlySet<string> = new Set<ObservableType>(WALLET_TYPE_LIST);

export function isObservableType(value: string): value is ObservableType {
  return (OBSERVABLE_TYPES as ReadonlyArray<string>).includes(value);
}

export interface Observable {
  type: ObservableType;
  /** Normalised, usable form: refanged, lower-case host, E.164 phone, compact IBAN, masked card. */
  value: string;
  /** The text exactly as written. */
  raw: string;
  /** UTF-16 offsets of `raw` in the decoded text. */
  start: number;
  end: number;
  /** True when `raw` was defanged (hxxp, [.], …). */
  defanged?: boolean;
  /** Where in the evidence it was found: `text`, `html`, `header:From`, `attachment-name`… */
  source?: string;
  /** Extra, type-specific facts (scope of an IP, punycode form, chain, mixed-script flag…). */
  [extra: string]: unknown;
}
