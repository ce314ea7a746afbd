/**
 * @module server/routes/schemas
 * TypeBox schemas shared by routes: they validate requests, shape responses (fast-json-stringify
 * drops anything not declared, so internals cannot leak by accident) and feed the OpenAPI document.
 */
import { Type } from '@sinclair/typebox';

export const Ok = Type.Object({ ok: Type.Boolean() });
export const Role = Type.Union([Type.Literal('admin'), Type.Literal('analyst'), Type.Literal('viewer')]);
export const CaseRole = Type.Union([Type.Literal('analyst'), Type.Literal('viewer')]);

export const UserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  role: Role,
  disabled: Type.Boolean(),
  createdAt: Type.String(),
});

export const ApiToken = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
});

export const CaseParams = Type.Object({ caseId: Type.String({ maxLength: 100 }) });

export const CaseSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  evidence: Type.Integer(),
  right: Type.Union([Type.Literal('read'), Type.Literal('write')]),
});

export const Party = Type.Object({ name: Type.Optional(Type.String()), address: Type.String() });
export const ReasonSchema = Type.Object({
  signal: Type.String(),
  weight: Type.Number(),
  evidence: Type.String(),
});

export const VerdictSchema = Type.Object({
  class: Type.String(),
  score: Type.Number(),
  lang: Type.String(),
  source: Type.String(),
  reasons: Type.Array(ReasonSchema),
});

export const EvidenceRow = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  path: Type.String(),
  sha256: Type.String(),
  size: Type.Integer(),
  parentId: Type.Optional(Type.String()),
  date: Type.Optional(Type.String()),
  subject: Type.Optional(Type.String()),
  fileName: Type.Optional(Type.String()),
  from: Type.Optional(Party),
  verdict: Type.Optional(
    Type.Object({ class: Type.String(), score: Type.Number(), lang: Type.String(), source: Type.String() }),
  ),
});

/** Anything JSON: analyser data and format-specific extras are open-ended. */
export const Json = Type.Unsafe<unknown>({});
export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), hint: Type.Optional(Type.String()) }),
});
