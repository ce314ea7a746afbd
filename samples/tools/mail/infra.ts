/**
 * @module samples/tools/mail/infra
 * Shared fictional infrastructure of the sample campaigns: victims (example.com etc.), criminal
 * domains, documentation-range IPs (RFC 5737), fiction-range phone numbers, wallets, IBANs.
 * Reusing these values across variants is what gives campaign clustering something to find.
 */
import { ibanValid, makeIban } from '../lib/iban.js';
import type { Addr, Hop } from '../lib/mail-spec.js';
import { makeWallets } from '../make-wallets.js';

const w = makeWallets();
/** The four sample wallets (same order as wallets.json). */
export const WALLET = {
  btcRomance: w[0]!.address,
  btcSextortion: w[1]!.address,
  ethSignals: w[2]!.address,
  trxInvest: w[3]!.address,
};

/** IBANs with valid mod-97 check digits (fictional account numbers). */
export const IBAN = {
  /** CEO-fraud mule account (Lithuanian EMI style). */
  ceoMule: makeIban('LT', '3250061234567890'),
  /** Advance-fee "release fee" account (BBAN with valid Portuguese NIB check digits). */
  advanceFee: makeIban('PT', '003500010001234567805'),
  /** Legit supplier account of Nordwind (appears in a legit invoice). */
  supplier: makeIban('DE', '37040044' + '0532013000'),
  /** Polish account in the investment-scam "bank transfer" option. */
  investPl: makeIban('PL', '109010140000071219812874'),
};
for (const [k, v] of Object.entries(IBAN)) if (!ibanValid(v)) throw new Error(`bad IBAN ${k}`);

/** Phone numbers from ranges reserved for fiction (Ofcom, ACMA, NANP 555-01xx, BNetzA, ARCEP). */
export const PHONE = {
  sparkasseHotline: '+49 30 23125 471',
  investManager: '+61 491 570 156',
  barrister: '+44 20 7946 0958',
  ceoAssistant: '+44 20 7946 0321',
  nordwindDesk: '+49 30 23125 100',
  helpdeskFr: '+33 1 99 00 42 17',
};

/** People and role mailboxes at the fictional victim company Nordwind Logistik GmbH. */
export const NW = {
  info: { name: 'Nordwind Logistik Info', addr: 'info@example.com' } as Addr,
  weber: { name: 'Markus Weber', addr: 'm.weber@example.com' } as Addr,
  hartmann: { name: 'Julia Hartmann', addr: 'j.hartmann@example.com' } as Addr,
  laurent: { name: 'Sophie Laurent', addr: 's.laurent@example.com' } as Addr,
  nowak: { name: 'Tomasz Nowak', addr: 't.nowak@example.com' } as Addr,
  accounts: { name: 'Buchhaltung', addr: 'buchhaltung@example.com' } as Addr,
  cert: { name: 'Nordwind IT-Security', addr: 'it-security@example.com' } as Addr,
  private: { name: 'Markus Weber', addr: 'markus.weber@example.net' } as Addr,
};

/** The receiving side: Nordwind's MX (and the private mailbox provider for example.net). */
export const MX = 'mx01.example.com';
export const MX_PRIVATE = 'mx.example.net';

/** A two-hop chain from a criminal host in a documentation range to `mx`. */
export function badHops(helo: string, ip: string, mx = MX): Hop[] {
  return [
    { helo: 'localhost', rdns: 'localhost', ip: '127.0.0.1', by: helo },
    { helo, rdns: 'unknown', ip, by: mx },
  ];
}

/** A realistic legitimate chain: internal submission host, outbound relay, then our MX (IPv6 doc range). */
export function goodHops(org: string, ipv6: string, mx = MX): Hop[] {
  return [
    { helo: `app01.int.${org}`, rdns: `app01.int.${org}`, ip: '10.20.0.15', by: `smtp-out.${org}` },
    { helo: `smtp-out.${org}`, rdns: `smtp-out.${org}`, ip: `IPv6:${ipv6}`, by: mx },
  ];
}

/** Internal mail between colleagues (same domain). */
export function internalHops(): Hop[] {
  return [{ helo: 'ws-0142.int.example.com', rdns: 'ws-0142.int.example.com', ip: '10.20.4.142', by: MX }];
}

export const FAIL = { spf: 'fail', dkim: 'fail', dmarc: 'fail' };
export const SOFTFAIL = { spf: 'softfail', dkim: 'none', dmarc: 'fail' };
export const PASS = { spf: 'pass', dkim: 'pass', dmarc: 'pass' };
