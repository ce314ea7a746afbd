/**
 * @module share/indicator-types
 * Every indicator type declared once: how it becomes a STIX cyber-observable (and pattern) and a
 * MISP attribute inside which misp-objects template. Exporters and importers both read this
 * table, so a round trip cannot drift.
 *
 * Types STIX 2.1 lacks (phone numbers, IBANs, wallets) become custom SCOs defined by Dragnet's
 * extension definition (`new-sco`); their type names follow the ones OpenCTI already exchanges
 * (`phone-number`, `bank-account`, `cryptocurrency-wallet`) so partners' platforms recognise them.
 */

export interface StixMapping {
  /** SCO type. */
  sco: string;
  /** Property holding the value (a path for hashes: `hashes.'SHA-256'`). */
  property: string;
  /** True for custom SCOs declared by the Dragnet extension. */
  custom?: boolean;
}

export interface MispMapping {
  /** misp-objects template name. */
  object: string;
  /** Attribute's `object_relation` within that template. */
  relation: string;
  /** MISP attribute type. */
  type: string;
  category: string;
  to_ids: boolean;
}

export interface IndicatorType {
  stix: StixMapping;
  misp: MispMapping;
  /** Ticker for wallets (`symbol` in MISP's coin-address, `chain` in STIX). */
  symbol?: string;
}

const wallet = (symbol: string, relation = 'address-crypto', type = 'text'): IndicatorType => ({
  stix: { sco: 'cryptocurrency-wallet', property: 'value', custom: true },
  misp: { object: 'coin-address', relation, type, category: 'Financial fraud', to_ids: type !== 'text' },
  symbol,
});

export const INDICATOR_TYPES: Readonly<Record<string, IndicatorType>> = {
  url: {
    stix: { sco: 'url', property: 'value' },
    misp: { object: 'url', relation: 'url', type: 'url', category: 'Network activity', to_ids: true },
  },
  domain: {
    stix: { sco: 'domain-name', property: 'value' },
    misp: {
      object: 'domain-ip',
      relation: 'domain',
      type: 'domain',
      category: 'Network activity',
      to_ids: true,
    },
  },
  onion: {
    stix: { sco: 'domain-name', property: 'value' },
    misp: {
      object: 'domain-ip',
      relation: 'domain',
      type: 'domain',
      category: 'Network activity',
      to_ids: true,
    },
  },
  ipv4: {
    stix: { sco: 'ipv4-addr', property: 'value' },
    misp: { object: 'domain-ip', relation: 'ip', type: 'ip-dst', category: 'Network activity', to_ids: true },
  },
  ipv6: {
    stix: { sco: 'ipv6-addr', property: 'value' },
    misp: { object: 'domain-ip', relation: 'ip', type: 'ip-dst', category: 'Network activity', to_ids: true },
  },
  email: {
    stix: { sco: 'email-addr', property: 'value' },
    misp: {
      object: 'email',
      relation: 'from',
      type: 'email-src',
      category: 'Payload delivery',
      to_ids: true,
    },
  },
  phone: {
    stix: { sco: 'phone-number', property: 'value', custom: true },
    // The phone-number template marks the attribute not for IDS (it is not a network artefact).
    misp: {
      object: 'phone-number',
      relation: 'phone-number',
      type: 'phone-number',
      category: 'Financial fraud',
      to_ids: false,
    },
  },
  iban: {
    stix: { sco: 'bank-account', property: 'iban', custom: true },
    misp: {
      object: 'bank-account',
      relation: 'iban',
      type: 'iban',
      category: 'Financial fraud',
      to_ids: true,
    },
  },
  bic: {
    stix: { sco: 'bank-account', property: 'swift_bic', custom: true },
    misp: {
      object: 'bank-account',
      relation: 'swift',
      type: 'bic',
      category: 'Financial fraud',
      to_ids: false,
    },
  },
  btc: wallet('BTC', 'address', 'btc'),
  xmr: wallet('XMR', 'address-xmr', 'xmr'),
  eth: wallet('ETH'),
  ltc: wallet('LTC'),
  bch: wallet('BCH'),
  doge: wallet('DOGE'),
  trx: wallet('TRX'),
  xrp: wallet('XRP'),
  sol: wallet('SOL'),
  md5: {
    stix: { sco: 'file', property: 'hashes.MD5' },
    misp: { object: 'file', relation: 'md5', type: 'md5', category: 'Payload delivery', to_ids: true },
  },
  sha1: {
    stix: { sco: 'file', property: "hashes.'SHA-1'" },
    misp: { object: 'file', relation: 'sha1', type: 'sha1', category: 'Payload delivery', to_ids: true },
  },
  sha256: {
    stix: { sco: 'file', property: "hashes.'SHA-256'" },
    misp: { object: 'file', relation: 'sha256', type: 'sha256', category: 'Payload delivery', to_ids: true },
  },
  sha512: {
    stix: { sco: 'file', property: "hashes.'SHA-512'" },
    misp: { object: 'file', relation: 'sha512', type: 'sha512', category: 'Payload delivery', to_ids: true },
  },
  telegram: {
    stix: { sco: 'user-account', property: 'account_login' },
    misp: {
      object: 'telegram-account',
      relation: 'username',
      type: 'text',
      category: 'Social network',
      to_ids: false,
    },
  },
};

/** The exportable types; others (card numbers, CVEs, MACs…) stay in the case. */
export function isExportableType(type: string): boolean {
  return Object.hasOwn(INDICATOR_TYPES, type);
}

/** Hash property names in STIX `hashes` dictionaries, by our type. */
export const STIX_HASH_NAMES: Readonly<Record<string, string>> = {
  md5: 'MD5',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha512: 'SHA-512',
};
