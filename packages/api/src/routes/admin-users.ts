import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listUsers, updateUser, ZListUsersQuery, ZUpdateUserInput } from '@puoti/core/accounts';
import { requireAdmin } from '../auth';
import type { AppDeps, AppEnv } from '../context';
import { ZUser } from '../schemas/accounts';
import { errorResponses, pageOf } from '../schemas/common';
import { validationHook } from '../validation';

const tags = ['Admin'];
const ZAdminUser = ZUser.extend({ createdAt: z.string(), lastLoginAt: z.string().nullable() }).openapi(
  'AdminUser',
);
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];

const listRoute = createRoute({
  method: 'get',
  path: '/admin/users',
  tags,
  security,
  summary: 'Users, searchable by name or email',
  request: { query: ZListUsersQuery },
  responses: {
    200: {
      description: 'One page of users',
      content: { 'application/json': { schema: pageOf(ZAdminUser, 'AdminUserPage') } },
    },
    ...errorResponses(400, 401, 403),
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/admin/users/{id}',
  tags,
  security,
  summary: 'Deactivate, reactivate or change the role (deactivation ends the sessions at once)',
  request: {
    params: z.object({ id: z.string().min(1).max(100) }),
    body: { required: true, content: { 'application/json': { schema: ZUpdateUserInput } } },
  },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: ZAdminUser } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function adminUserRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listRoute, async (c) => {
    requireAdmin(c);
    return c.json(await listUsers(deps.db, c.req.valid('query')), 200);
  });
  app.openapi(updateRoute, async (c) => {
    const actor = requireAdmin(c);
    const user = await updateUser(deps.db, actor, c.req.valid('param').id, c.req.valid('json'), {
      requestId: c.var.requestId,
    });
    return c.json(user, 200);
  });
  return app;
}
