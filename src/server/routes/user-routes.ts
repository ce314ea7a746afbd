/**
 * @module server/routes/user-routes
 * User administration (admins only): list, create, change role, disable, reset password.
 */
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { DragnetError } from '../../core/errors.js';
import { hashPassword, passwordProblem } from '../password.js';
import type { ServerContext } from '../server-context.js';
import { Role, UserSchema } from './schemas.js';

const NewUser = Type.Object(
  {
    username: Type.String({ minLength: 2, maxLength: 64 }),
    password: Type.String({ maxLength: 1024 }),
    role: Role,
  },
  { additionalProperties: false },
);
const PatchUser = Type.Object(
  {
    role: Type.Optional(Role),
    disabled: Type.Optional(Type.Boolean()),
    password: Type.Optional(Type.String({ maxLength: 1024 })),
  },
  { additionalProperties: false },
);

export function userRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/users', {
    config: { access: 'admin' },
    schema: { tags: ['users'], summary: 'All users', response: { 200: Type.Array(UserSchema) } },
    handler: async () => ctx.users.listUsers(),
  });

  app.post('/api/users', {
    config: { access: 'admin' },
    schema: { tags: ['users'], summary: 'Create a local user', body: NewUser, response: { 200: UserSchema } },
    handler: async (request) => {
      const body = request.body as Static<typeof NewUser>;
      const problem = passwordProblem(body.password);
      if (problem) throw new DragnetError('BAD_INPUT', problem);
      return ctx.users.createUser(
        body.username,
        await hashPassword(body.password, ctx.passwordParams),
        body.role,
      );
    },
  });

  app.patch('/api/users/:userId', {
    config: { access: 'admin' },
    schema: {
      tags: ['users'],
      summary: 'Change role, disable/enable, or reset the password',
      params: Type.Object({ userId: Type.String() }),
      body: PatchUser,
      response: { 200: UserSchema },
    },
    handler: async (request) => {
      const { userId } = request.params as { userId: string };
      const body = request.body as Static<typeof PatchUser>;
      if (userId === request.principal!.user.id && (body.disabled || (body.role && body.role !== 'admin'))) {
        throw new DragnetError('CONFLICT', 'you cannot demote or disable yourself', {
          hint: 'ask another administrator',
        });
      }
      let passwordHash: string | undefined;
      if (body.password !== undefined) {
        const problem = passwordProblem(body.password);
        if (problem) throw new DragnetError('BAD_INPUT', problem);
        passwordHash = await hashPassword(body.password, ctx.passwordParams);
      }
      return ctx.users.updateUser(userId, {
        ...(body.role ? { role: body.role } : {}),
        ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        ...(passwordHash ? { passwordHash } : {}),
      });
    },
  });
}
