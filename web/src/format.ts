/** Small display helpers. */
export const fmtDate = (iso?: string | null): string => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : '—');
export const fmtBytes = (n: number): string =>
  n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 ** 2).toFixed(1)} MiB`;
export const fmtScore = (s?: number): string => (s === undefined ? '' : `${Math.round(s * 100)}%`);
export const party = (p?: { name?: string; address: string }): string => (p ? (p.name ? `${p.name} <${p.address}>` : p.address) : '—');
