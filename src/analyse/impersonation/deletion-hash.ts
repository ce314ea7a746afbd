/**
 * @module analyse/impersonation/deletion-hash
 * Symmetric-delete candidate search without building strings: every variant of a string with up
 * to two characters deleted is visited as a 32-bit polynomial hash, computed in O(1) from prefix
 * hashes. `check` looks these numbers up in the brand index, so a 14-letter label costs ≈ 100
 * integer map look-ups instead of 100 string allocations. Hash collisions only add candidates:
 * every candidate is verified with the real edit distance.
 */

const B = 131;
const MAX = 256;
const POW = new Uint32Array(MAX + 1);
POW[0] = 1;
for (let k = 1; k <= MAX; k++) POW[k] = Math.imul(POW[k - 1] ?? 0, B) >>> 0;

const prefix = new Uint32Array(MAX + 1);

/** Calls `visit` with the hash of `s` and of every variant with 1 (and, if `depth` is 2, 2) characters deleted. */
export function forEachDeletionHash(s: string, depth: number, visit: (hash: number) => void): void {
  const n = Math.min(s.length, MAX);
  prefix[0] = 0;
  for (let k = 0; k < n; k++) prefix[k + 1] = (Math.imul(prefix[k] ?? 0, B) + s.charCodeAt(k)) >>> 0;
  const part = (x: number, y: number): number =>
    ((prefix[y] ?? 0) - Math.imul(prefix[x] ?? 0, POW[y - x] ?? 0)) >>> 0;
  const join = (h1: number, len2: number, h2: number): number => (Math.imul(h1, POW[len2] ?? 0) + h2) >>> 0;
  visit(prefix[n] ?? 0);
  if (depth < 1) return;
  for (let i = 0; i < n; i++) {
    const head = part(0, i);
    visit(join(head, n - i - 1, part(i + 1, n)));
    if (depth < 2) continue;
    for (let j = i + 1; j < n; j++) {
      visit(join(join(head, j - i - 1, part(i + 1, j)), n - j - 1, part(j + 1, n)));
    }
  }
}
