/**
 * @module server/password
 * Password hashing with scrypt from node:crypto (no native dependency). The stored form is
 * self-describing, `scrypt$N$r$p$salt$hash` (base64url), so parameters can be raised later while
 * old hashes still verify.
 */
import { randomBytes, type ScryptOptions, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** OWASP-recommended minimum for scrypt: N=2^17, r=8, p=1 (128 MiB·r… ≈ 128 MiB of memory). */
const DEFAULT = { N: 2 ** 17, r: 8, p: 1 };
const KEYLEN = 32;

export interface PasswordParams {
  N: number;
  r: number;
  p: number;
}

/** Hashes a password; `params` only for tests that need it fast. */
export async function hashPassword(password: string, params: PasswordParams = DEFAULT): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, { ...params, maxmem: 256 * params.N * params.r });
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/** Constant-time verification; any malformed stored value simply fails. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (expected.length !== KEYLEN) return false;
  const key = await scrypt(password, salt, KEYLEN, { N, r, p, maxmem: 256 * N * r });
  return timingSafeEqual(key, expected);
}

/** A password policy an investigator's workstation can live with: long beats complex. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 10) return 'password must be at least 10 characters long';
  if (password.length > 1024) return 'password must be at most 1024 characters long';
  return undefined;
}
