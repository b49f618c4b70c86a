import { beforeAll, describe, expect, it } from 'vitest';
import type { PuotiApp } from './app';
import { createTestApp } from './testing';

let app: PuotiApp;
let customerToken: string;
let adminToken: string;
let adminRoutes: { method: string; path: string }[];

async function login(email: string, password: string, ip: string): Promise<string> {
  const response = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

beforeAll(async () => {
  ({ app } = await createTestApp());
  customerToken = await login('customer4@example.com', 'puoti-customer-demo', '10.5.0.1');
  adminToken = await login('admin@example.com', 'puoti-admin-demo', '10.5.0.2');
  // Every admin route the API documents, so a new one is covered without editing this test.
  const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  adminRoutes = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/v1/admin'))
    .flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({
        method: method.toUpperCase(),
        path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'),
      })),
    );
});

describe('admin routes', () => {
  it('are documented', () => {
    expect(adminRoutes.length).toBeGreaterThanOrEqual(2);
  });

  it('answer 401 without a session and 403 for a customer, on every admin route', async () => {
    for (const route of adminRoutes) {
      const init = (token?: string) => ({
        method: route.method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: route.method === 'GET' ? undefined : '{}',
      });
      const anonymous = await app.request(route.path, init());
      expect([route, anonymous.status]).toEqual([route, 401]);
      const customer = await app.request(route.path, init(customerToken));
      expect([route, customer.status]).toEqual([route, 403]);
    }
  });

  it('let an admin search users', async () => {
    const response = await app.request('/api/v1/admin/users?q=customer1', {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { email: string }[]; total: number };
    expect(body.items.map((user) => user.email)).toEqual(['customer1@example.com']);
    const wildcard = await app.request('/api/v1/admin/users?q=%25', {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(((await wildcard.json()) as { total: number }).total).toBe(0);
  });

  it('deactivating a user ends their sessions at once; reactivating lets them sign in again', async () => {
    const token = await login('customer5@example.com', 'puoti-customer-demo', '10.5.0.3');
    const users = (await (
      await app.request('/api/v1/admin/users?q=customer5', {
        headers: { authorization: `Bearer ${adminToken}` },
      })
    ).json()) as { items: { id: string }[] };
    const id = users.items[0]?.id;
    const patch = (body: unknown) =>
      app.request(`/api/v1/admin/users/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify(body),
      });
    expect((await patch({ isActive: false })).status).toBe(200);
    expect(
      (await app.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
    expect((await patch({ isActive: true })).status).toBe(200);
    await login('customer5@example.com', 'puoti-customer-demo', '10.5.0.4');
  });

  it('keep the last admin', async () => {
    const me = (await (
      await app.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${adminToken}` } })
    ).json()) as {
      user: { id: string };
    };
    const response = await app.request(`/api/v1/admin/users/${me.user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ role: 'customer' }),
    });
    expect(response.status).toBe(409);
  });
});
