/**
 * @module ingest/email/to-party
 * postal-mime addresses → Dragnet `Party` (display name as written, address lower-cased so the
 * same mailbox written `Alice@Example.COM` and `alice@example.com` links in the graph).
 * Groups are flattened: the analyst cares about the mailboxes, not the list name.
 */
import type { Address } from 'postal-mime';
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
