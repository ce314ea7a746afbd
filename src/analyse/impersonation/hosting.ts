/**
 * @module analyse/impersonation/hosting
 * Where anyone can publish: free hosting, site builders, storage buckets, tunnels, dynamic DNS
 * (data/impersonation/free-hosting.txt) and URL shorteners (url-shorteners.txt, from MISP).
 */
import { readDataList } from './data-file.js';

let hosting: ReadonlySet<string> | undefined;
let shorteners: ReadonlySet<string> | undefined;

function longestSuffixIn(host: string, set: ReadonlySet<string>, includeSelf: boolean): string | undefined {
  if (includeSelf && set.has(host)) return host;
  let i = host.indexOf('.');
  while (i >= 0) {
    const suffix = host.slice(i + 1);
    if (set.has(suffix)) return suffix;
    i = host.indexOf('.', i + 1);
  }
  return undefined;
}

/**
 * The free-hosting suffix `host` sits under (`x.weebly.com` → `weebly.com`), or the host itself
 * when it is a path-based publishing host (`sites.google.com`); undefined otherwise.
 */
export function hostingSuffix(host: string): string | undefined {
  hosting ??= new Set(readDataList('free-hosting.txt'));
  return longestSuffixIn(host, hosting, true);
}

/** True when `host` is (under) a URL shortener. */
export function isShortener(host: string): boolean {
  shorteners ??= new Set(readDataList('url-shorteners.txt'));
  return longestSuffixIn(host, shorteners, true) !== undefined;
}
