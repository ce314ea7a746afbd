/**
 * @module server/access-policy
 * Who may call what. Every route declares `config.access`; the server refuses to register a
 * route without one (fail closed), and one hook enforces it before any handler runs, so a new
 * route cannot forget access control. The access-control test iterates the route table.
 *
 * - `public`: no login (health, setup, login, the OpenAPI document, the UI's static files).
 * - `user`: any logged-in user (own session, own tokens, the list of *their* cases).
 * - `admin`: administrators (users, memberships).
 * - `case:read` / `case:write`: the `:caseId` in the URL must be a case the user is on; writing
 *   needs the analyst role on the case (admins may do everything everywhere).
 */
import type { CaseRole, User } from './user-directory.js';

export type Access = 'public' | 'user' | 'admin' | 'case:read' | 'case:write';
export const ACCESS_LEVELS: ReadonlyArray<Access> = ['public', 'user', 'admin', 'case:read', 'case:write'];

export interface Principal {
  user: User;
  /** How the request authenticated: cookie sessions need CSRF tokens on writes; bearer tokens do not. */
  via: 'session' | 'token';
  csrf?: string;
  sid?: string;
}

export type CaseRight = 'none' | 'read' | 'write';

/** The right a user has on a case, from their global role and their membership. */
export function caseRight(user: User, membership: CaseRole | undefined): CaseRight {
  if (user.disabled) return 'none';
  if (user.role === 'admin') return 'write';
  if (!membership) return 'none';
  // A global viewer stays read-only even if added to a case as analyst.
  if (membership === 'analyst' && user.role === 'analyst') return 'write';
  return 'read';
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}
