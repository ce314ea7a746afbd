/**
 * Defanging for display: an indicator shown to an analyst must never be one click (or one
 * copy-paste into a browser) away from the attacker's server.
 */
export function defang(value: string): string {
  return value
    .replace(/^http/i, (m) => (m[0] === 'H' ? 'HXXP' : 'hxxp'))
    .replace(/^ftp/i, 'fxp')
    .replace(/\./g, '[.]')
    .replace(/@/g, '[@]')
    .replace(/:\/\//, '[://]');
}

/** Registrable-ish host of a URL for comparisons (no public-suffix list in the browser). */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
