/**
 * @module share/match-intel
 * Which of the case's indicators a partner already knows: exact matches on type and normalised
 * value, plus the registrable domain of a case URL or e-mail address matching a partner's domain
 * ("this phishing link is on a domain in a partner's report").
 */
import { WALLET_TYPES } from '../core/observable.js';
import { canonicalValue, registrableDomain, urlHost } from '../graph/normalise-entity.js';
import type { CaseIndicator } from './share-input.js';

/** A partner indicator with the source it came from. */
export interface StoredPartnerIndicator {
  type: string;
  value: string;
  object: string;
  context?: string;
  source: string;
}

export interface IntelMatch {
  type: string;
  value: string;
  /** `exact`, or `domain` when the case value's registrable domain is what the partner listed. */
  match: 'exact' | 'domain';
  /** Evidence ids in the case carrying the indicator. */
  evidence: string[];
  /** The partner source (its title) and object. */
  source: string;
  partner_object: string;
  partner_type: string;
  partner_value: string;
  context?: string;
}

const key = (type: string, value: string): string => `${type}\u0000${value}`;
/** Wallet types compare across chains reported loosely (`wallet` when the partner did not say). */
const WALLETS = new Set([...WALLET_TYPES, 'wallet']);
const family = (type: string): string => (WALLETS.has(type) ? 'wallet' : type);

/** Matches, in case-indicator order then source order. */
export function matchIntel(
  caseIndicators: ReadonlyArray<Pick<CaseIndicator, 'type' | 'value' | 'evidence'>>,
  partner: ReadonlyArray<StoredPartnerIndicator>,
): IntelMatch[] {
  const index = new Map<string, StoredPartnerIndicator[]>();
  for (const p of partner) {
    const k = key(family(p.type), canonicalValue(p.type, p.value));
    const list = index.get(k);
    if (list) list.push(p);
    else index.set(k, [p]);
  }
  const out: IntelMatch[] = [];
  for (const ind of caseIndicators) {
    const value = canonicalValue(ind.type, ind.value);
    const emit = (list: StoredPartnerIndicator[] | undefined, match: 'exact' | 'domain'): void => {
      for (const p of list ?? []) {
        out.push({
          type: ind.type,
          value,
          match,
          evidence: ind.evidence,
          source: p.source,
          partner_object: p.object,
          partner_type: p.type,
          partner_value: p.value,
          ...(p.context ? { context: p.context } : {}),
        });
      }
    };
    emit(index.get(key(family(ind.type), value)), 'exact');
    const host = ind.type === 'url' ? urlHost(value) : ind.type === 'email' ? value.split('@')[1] : undefined;
    if (host) {
      const dom = registrableDomain(host);
      emit(index.get(key('domain', dom)), 'domain');
      if (host !== dom) emit(index.get(key('domain', host)), 'domain');
    }
  }
  return out;
}
