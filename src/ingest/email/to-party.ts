/**
 * @module ingest/email/to-party
 * postal-mime addresses → Dragnet `Party` (display name as written, address lower-cased so the
 * same mailbox written `Alice@Example.COM` and `alice@example.com` links in the graph).
 * Groups are flattened: the analyst cares about the mailboxes, not the list name.
 */
import { type Address, addressParser } from 'postal-mime';
import type { Party } from '../../core/evidence.js';
import { fixC1Controls } from '../text/fix-c1-controls.js';

/** One address as a Party (the first member for a group). */
export function toParty(address: Address | undefined): Party | undefined {
  if (!address) return undefined;
  if (address.group) return toParty(address.group[0]);
  const party: Party = { address: address.address.trim().toLowerCase() };
  const name = fixC1Controls(address.name.trim());
  if (name) party.name = name;
  return party.address || party.name ? party : undefined;
}

/** An address list as Parties, groups flattened; undefined when empty. */
export function toParties(addresses: Address[] | undefined): Party[] | undefined {
  if (!addresses || addresses.length === 0) return undefined;
  const out: Party[] = [];
  for (const a of addresses) {
    for (const m of a.group ?? [a]) {
      const p = toParty(m);
      if (p) out.push(p);
    }
  }
  return out.length > 0 ? out : undefined;
}

/**
 * The sender of a From header. A display name with an unquoted comma (`Daniel Brooks, CEO
 * <ceo.office@…>`: invalid RFC 5322, common in CEO-fraud mail) is split by the parser into a
 * name-only entry and the mailbox, so the first entry alone has no address and the analyst, the
 * graph and the free-mail/executive-title checks would lose the sender. Name-only entries before
 * the first mailbox are the rest of its display name, as mail clients show it.
 */
export function senderParty(first: Address | undefined, headerValue: string | undefined): Party | undefined {
  const party = toParty(first);
  if (party?.address || !headerValue) return party;
  const names: string[] = [];
  for (const a of addressParser(headerValue)) {
    if (a.group) break;
    if (a.address)
      return toParty({ address: a.address, name: [...names, a.name.trim()].filter(Boolean).join(', ') });
    if (a.name.trim()) names.push(a.name.trim());
  }
  return party;
}
