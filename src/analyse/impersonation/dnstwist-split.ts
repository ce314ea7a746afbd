/**
 * @module analyse/impersonation/dnstwist-split
 * Splits a host into `subdomain`, `domain` (the label that gets fuzzed) and `tld`, the way
 * dnstwist does when its optional `tld` module is absent (Debian installs it without): the last
 * label is the TLD unless the one before it is a generic second level (`co`, `com`, `org`…), as
 * in `example.co.uk`. We also split with the public suffix list (tldts) and fuzz both when they
 * differ, so a candidate dnstwist would produce is never missed for a split disagreement.
 */
import { parse } from 'tldts';

export interface DomainParts {
  subdomain: string;
  domain: string;
  tld: string;
}

// dnstwist 20221213 used this list; 20250130 added `ne`. We accept both splits.
const CTLD_2022 = ['org', 'com', 'net', 'gov', 'edu', 'co', 'mil', 'nom', 'ac', 'info', 'biz'];
const CTLD_2025 = [...CTLD_2022, 'ne'];

function fallbackSplit(host: string, ctld: ReadonlyArray<string>): DomainParts {
  const all = host.split('.');
  // Python's rsplit('.', 3): at most four pieces, the first keeps the remaining dots.
  const d = all.length > 4 ? [all.slice(0, all.length - 3).join('.'), ...all.slice(-3)] : all;
  if (d.length < 2) return { subdomain: '', domain: d[0] ?? '', tld: '' };
  if (d.length === 2) return { subdomain: '', domain: d[0] ?? '', tld: d[1] ?? '' };
  const second = d[d.length - 2] ?? '';
  if (ctld.includes(second)) {
    return {
      subdomain: d.slice(0, -3).join('.'),
      domain: d[d.length - 3] ?? '',
      tld: d.slice(-2).join('.'),
    };
  }
  return { subdomain: d.slice(0, -2).join('.'), domain: second, tld: d[d.length - 1] ?? '' };
}

/** The distinct splits of `host` (lower-case, Unicode form) to fuzz; the first is dnstwist's. */
export function splitForFuzzing(host: string): DomainParts[] {
  const out: DomainParts[] = [];
  const seen = new Set<string>();
  const add = (p: DomainParts): void => {
    if (p.domain === '') return;
    const key = `${p.subdomain}|${p.domain}|${p.tld}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  add(fallbackSplit(host, CTLD_2022));
  add(fallbackSplit(host, CTLD_2025));
  const psl = parse(host, { allowPrivateDomains: false });
  if (psl.domainWithoutSuffix && psl.publicSuffix) {
    add({ subdomain: psl.subdomain ?? '', domain: psl.domainWithoutSuffix, tld: psl.publicSuffix });
  }
  return out;
}
