/**
 * @module ingest/chat/phone-party
 * A sender/recipient from a chat or SMS export. Phone numbers keep the form as written in
 * `name` and get their E.164 form as `address` when libphonenumber-js can parse them (national
 * numbers need `region`); anything else (contact names, handles) is both name and address.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Party } from '../../core/evidence.js';

const PHONE_LIKE = /^[+(]?\d[\d\s().\-/]{4,}$/;

/**
 * A party from a sender/recipient as written in an export.
 * @param region default country for national numbers (ISO 3166 alpha-2, e.g. `DE`)
 * @param displayName contact name when the export has one besides the number
 */
export function phoneParty(written: string, region?: string, displayName?: string): Party {
  const raw = written.trim();
  if (PHONE_LIKE.test(raw)) {
    const parsed = parsePhoneNumberFromString(raw, region as CountryCode | undefined);
    if (parsed?.isPossible()) {
      return { name: displayName?.trim() || raw, address: parsed.number };
    }
  }
  const name = displayName?.trim();
  return name && name !== raw ? { name, address: raw } : { name: raw, address: raw };
}
