import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let ipCounter = 0;

beforeAll(async () => {
  ctx = await createTestApp();
});

type Call = (
  method: string,
  url: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers field by field
) => Promise<{ status: number; body: any; headers: Headers }>;

/** A signed-in API client (Bearer token), talking from its own address. */
async function signIn(email: string, password: string): Promise<Call> {
  const ip = `10.2.0.${++ipCounter}`;
  const raw = async (method: string, url: string, body: unknown, token?: string) => {
    const response = await ctx.app.request(url, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': ip,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  };
  const login = await raw('POST', '/api/v1/auth/login', { email, password });
  expect(login.status).toBe(200);
  return (method, url, body) => raw(method, url, body, login.body.token);
}

const demoPassword = 'puoti-customer-demo';
const newPassword = 'oma-uusi-salasana-1';

async function freshCustomer(): Promise<{ email: string; call: Call }> {
  const email = `gdpr-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
  const response = await ctx.app.request('/api/v1/auth/register', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.3.0.${++ipCounter}` },
    body: JSON.stringify({
      email,
      password: newPassword,
      firstName: 'Greta',
      lastName: 'Dahl',
      locale: 'sv',
    }),
  });
  expect(response.status).toBe(201);
  return { email, call: await signIn(email, newPassword) };
}

const address = {
  fullName: 'Greta Dahl',
  line1: 'Storgatan 1',
  postalCode: '11122',
  city: 'Stockholm',
  country: 'se',
  phone: '+46 70 123 45 67',
};

describe('address book', () => {
  it('creates, reads, updates and deletes, keeping one default of each kind', async () => {
    const { call } = await freshCustomer();
    const first = await call('POST', '/api/v1/addresses', address);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      country: 'SE',
      postalCode: '111 22',
      isDefaultShipping: true,
      isDefaultBilling: true,
    });
    const second = await call('POST', '/api/v1/addresses', {
      ...address,
      line1: 'Kungsgatan 2',
      isDefaultShipping: true,
    });
    expect(second.body).toMatchObject({ isDefaultShipping: true, isDefaultBilling: false });
    const list = (await call('GET', '/api/v1/addresses')).body.items;
    expect(list).toHaveLength(2);
    expect(list.filter((a: { isDefaultShipping: boolean }) => a.isDefaultShipping)).toHaveLength(1);

    const patched = await call('PATCH', `/api/v1/addresses/${first.body.id}`, {
      city: 'Solna',
      postalCode: '171 45',
    });
    expect(patched.status).toBe(200);
    expect(patched.body.city).toBe('Solna');
    const badPatch = await call('PATCH', `/api/v1/addresses/${first.body.id}`, { country: 'FI' });
    expect(badPatch.status).toBe(400);
    expect(badPatch.body.error.details[0].field).toBe('postalCode');

    expect((await call('DELETE', `/api/v1/addresses/${second.body.id}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/addresses/${second.body.id}`)).status).toBe(404);
  });

  it.each([
    ['FI', '0010', 'postalCode'],
    ['SE', '1234', 'postalCode'],
    ['DE', '1234', 'postalCode'],
    ['US', '90210', 'country'],
    ['XX', '00100', 'country'],
  ])('refuses %s postal code %s', async (country, postalCode, field) => {
    const { call } = await freshCustomer();
    const response = await call('POST', '/api/v1/addresses', { ...address, country, postalCode });
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it("answers 404 for another customer's address, for reading, changing and deleting", async () => {
    const owner = await signIn('customer2@example.com', demoPassword);
    const [theirs] = (await owner('GET', '/api/v1/addresses')).body.items;
    expect(theirs).toBeDefined();
    const intruder = await signIn('customer1@example.com', demoPassword);
    expect((await intruder('GET', `/api/v1/addresses/${theirs.id}`)).status).toBe(404);
    expect((await intruder('PATCH', `/api/v1/addresses/${theirs.id}`, { city: 'X' })).status).toBe(404);
    expect((await intruder('DELETE', `/api/v1/addresses/${theirs.id}`)).status).toBe(404);
    expect((await intruder('GET', '/api/v1/addresses/not-a-uuid')).status).toBe(404);
    expect((await owner('GET', `/api/v1/addresses/${theirs.id}`)).status).toBe(200);
  });

  it('needs a session', async () => {
    expect((await ctx.app.request('/api/v1/addresses')).status).toBe(401);
    expect((await ctx.app.request('/api/v1/wishlist')).status).toBe(401);
    expect((await ctx.app.request('/api/v1/account/export')).status).toBe(401);
  });
});

describe('wishlist', () => {
  it('adds idempotently, lists with live price and stock in the locale, and removes', async () => {
    const { call } = await freshCustomer();
    const product = (await (await ctx.app.request('/api/v1/products/espresso-machine?locale=en')).json()) as {
      id: string;
    };
    expect((await call('GET', `/api/v1/wishlist/${product.id}`)).body).toEqual({
      signedIn: true,
      saved: false,
    });
    expect((await call('PUT', `/api/v1/wishlist/${product.id}`)).status).toBe(204);
    expect((await call('PUT', `/api/v1/wishlist/${product.id}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/wishlist/${product.id}`)).body).toEqual({
      signedIn: true,
      saved: true,
    });
    let list = (await call('GET', '/api/v1/wishlist?locale=sv')).body.items;
    expect(list).toHaveLength(1);
    expect(list[0].product).toMatchObject({ name: 'Espressomaskin', priceCents: 44_900, inStock: true });

    await ctx.db.execute(sql`update products set price_cents = 42900, stock = 0 where id = ${product.id}`);
    try {
      list = (await call('GET', '/api/v1/wishlist?locale=sv')).body.items;
      expect(list[0].product).toMatchObject({ priceCents: 42_900, inStock: false });
    } finally {
      await ctx.db.execute(sql`update products set price_cents = 44900, stock = 16 where id = ${product.id}`);
    }
    expect((await call('DELETE', `/api/v1/wishlist/${product.id}`)).status).toBe(204);
    expect((await call('GET', '/api/v1/wishlist')).body.items).toHaveLength(0);
  });

  it("tells a signed-out visitor's product page so without an error", async () => {
    const answer = await ctx.app.request('/api/v1/wishlist/00000000-0000-4000-8000-000000000000');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(await answer.json()).toEqual({ signedIn: false, saved: false });
  });

  it('answers 404 for a product that does not exist', async () => {
    const { call } = await freshCustomer();
    expect((await call('PUT', '/api/v1/wishlist/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call('PUT', '/api/v1/wishlist/nope')).status).toBe(404);
  });
});

describe('privacy (GDPR)', () => {
  it('exports everything stored about the user', async () => {
    const call = await signIn('customer3@example.com', demoPassword);
    const response = await call('GET', '/api/v1/account/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const data = response.body;
    expect(data.profile.email).toBe('customer3@example.com');
    expect(data.addresses.length).toBeGreaterThan(0);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(Array.isArray(data.orders)).toBe(true);
    expect(Array.isArray(data.reviews)).toBe(true);
    expect(Array.isArray(data.wishlist)).toBe(true);
    expect(JSON.stringify(data)).not.toMatch(/password_?hash|tokenHash|\$argon2/i);
  });

  it('erases the account after the password: personal data gone, orders kept anonymised, reviews anonymous', async () => {
    const { email, call } = await freshCustomer();
    await call('POST', '/api/v1/addresses', address);
    const [user] = (
      (await ctx.db.execute(sql`select id from users where email = ${email}`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    // A past order and a review of this customer, as bookkeeping would hold them.
    const orderId = (
      (await ctx.db.execute(sql`insert into orders (order_number, user_id, email, locale, payment_method, subtotal_cents,
          vat_cents, total_cents, vat_lines, vat_country, shipping_address, shipping_method_name, terms_accepted_at)
        values (${`T-${Date.now()}`}, ${user?.id}, ${email}, 'sv', 'bank_transfer', 1000, 203, 1000, '[]', 'FI',
          ${JSON.stringify({ ...address, country: 'SE' })}::jsonb, 'Hemleverans', now()) returning id`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows[0]?.id;
    // Pending, so the product's published rating (checked elsewhere on a shared database) is untouched.
    await ctx.db.execute(sql`insert into reviews (product_id, user_id, author_name, locale, rating, title, body, status)
      values ((select id from products where sku = 'FIT-YM-001'), ${user?.id}, 'Greta D.', 'sv', 5, 'Bra', 'Bra matta', 'pending')`);

    expect((await call('DELETE', '/api/v1/account', { password: 'wrong-password-x' })).status).toBe(400);
    expect((await call('DELETE', '/api/v1/account', { password: newPassword })).status).toBe(204);
    expect((await call('GET', '/api/v1/auth/me')).status).toBe(401);

    const rows = (
      (await ctx.db.execute(sql`select u.email, u.first_name, u.erased_at is not null as erased,
          (select count(*)::int from addresses where user_id = u.id) as addresses,
          (select count(*)::int from sessions where user_id = u.id) as sessions,
          (select user_id is null from orders where id = ${orderId}) as order_detached,
          (select shipping_address ? 'phone' from orders where id = ${orderId}) as order_has_phone,
          (select email from orders where id = ${orderId}) as order_email,
          (select author_name from reviews where body = 'Bra matta' and user_id is null) as review_author
        from users u where u.id = ${user?.id}`)) as unknown as { rows: Record<string, unknown>[] }
    ).rows[0];
    expect(rows).toMatchObject({
      first_name: '',
      erased: true,
      addresses: 0,
      sessions: 0,
      order_detached: true,
      order_has_phone: false,
      order_email: email,
      review_author: '',
    });
    expect(rows?.email).toMatch(/^erased-.*@invalid$/);

    // The address is free again.
    const again = await ctx.app.request('/api/v1/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.4.0.1' },
      body: JSON.stringify({
        email,
        password: newPassword,
        firstName: 'Greta',
        lastName: 'Dahl',
        locale: 'sv',
      }),
    });
    expect(again.status).toBe(201);
    expect(
      (
        (await ctx.db.execute(
          sql`select count(*)::int as n from users where email = ${email}`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]?.n,
    ).toBe(1);
  });
});
