/**
 * @module server/cookies
 * The one cookie Dragnet sets (the session id) and a strict parser for the Cookie header.
 * HttpOnly (scripts cannot read it), SameSite=Strict (no cross-site sends), Path=/, and Secure
 * whenever the server is reached over HTTPS (on plain-HTTP loopback a Secure cookie would never
 * come back).
 */
export const SESSION_COOKIE = 'dragnet_session';

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (!out.has(name)) out.set(name, value);
  }
  return out;
}

export function sessionCookie(value: string, options: { secure: boolean; maxAgeSeconds: number }): string {
  const attrs = [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${options.maxAgeSeconds}`,
  ];
  if (options.secure) attrs.push('Secure');
  return attrs.join('; ');
}
