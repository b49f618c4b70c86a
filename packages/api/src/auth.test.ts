import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RateLimits } from '@puoti/core';
import { createMailTransport, deliverPendingEmails, emailOutbox } from '@puoti/core/notifications';
import { and, eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

const outboxDir = await mkdtemp(path.join(os.tmpdir(), 'puoti-outbox-'));
const publicUrl = 'https://shop.example';
const origin = { origin: publicUrl };
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let ipCounter = 0;

beforeAll(async () => {
  ctx = await createTestApp({
    env: { PUBLIC_URL: publicUrl, MAIL_TRANSPORT: 'file', MAIL_OUTBOX_DIR: outboxDir },
  });
});

/** Each test talks from its own address so per-IP limits of one test do not spill into another. */
function client() {
  const ip = `10.1.0.${++ipCounter}`;
  return async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await ctx.app.request(url, {
      method,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  };
}

const unique = () => `user-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
const password = 'kolme-pientä-porsasta';

interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  locale?: string;
  template?: string;
}

/**
 * Sends what waits in the outbox for one address (file transport) and returns the messages to it. Only
 * that address's rows: on the shared PostgreSQL test database other files' emails wait there too, and
 * their tests send (and check) them themselves.
 */
async function mailTo(address: string): Promise<Mail[]> {
  const waiting = await ctx.db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.recipient, address), eq(emailOutbox.status, 'pending')));
  await deliverPendingEmails(ctx.db, {
    transport: createMailTransport(ctx.config.mail),
    config: ctx.config,
    logger: pino({ level: 'silent' }),
    ids: waiting.map((row) => row.id),
  });
  const files = await readdir(outboxDir);
  const mails = await Promise.all(
    files.map(async (file) => JSON.parse(await readFile(path.join(outboxDir, file), 'utf8')) as Mail),
  );
  return mails.filter((mail) => mail.to === address);
}

function linkToken(mail: Mail, page: string): string {
  const match = mail.text.match(new RegExp(`${publicUrl}/(fi|sv|en|zh)/account/${page}\\?token=([\\w%-]+)`));
  if (!match?.[2]) throw new Error(`no ${page} link in: ${mail.text}`);
  return decodeURIComponent(match[2]);
}

async function registered(locale = 'fi') {
  const call = client();
  const email = unique();
  const response = await call('POST', '/api/v1/auth/register', {
    email,
    password,
    firstName: 'Aino',
    lastName: 'Virtanen',
    locale,
  });
  expect(response.status).toBe(201);
  return { call, email, user: response.body.user };
}

async function signedIn() {
  const account = await registered();
  const login = await account.call('POST', '/api/v1/auth/login', { email: account.email, password });
  expect(login.status).toBe(200);
  return { ...account, token: login.body.token as string, cookie: login.headers.get('set-cookie') ?? '' };
}

describe('registration and email verification', () => {
  it('creates an account and verifies it through the emailed link, once', async () => {
    const { call, email, user } = await registered('sv');
    expect(user).toMatchObject({ email, emailVerified: false, role: 'customer', locale: 'sv' });
    const [mail] = await mailTo(email);
    expect(mail?.locale).toBe('sv');
    expect(mail?.text).toContain(`${publicUrl}/sv/account/verify-email?token=`);
    const token = linkToken(mail as Mail, 'verify-email');

    const verified = await call('POST', '/api/v1/auth/verify-email', { token });
    expect(verified.status).toBe(200);
    expect(verified.body.user.emailVerified).toBe(true);
    const again = await call('POST', '/api/v1/auth/verify-email', { token });
    expect(again.status).toBe(400);
    const tampered = await call('POST', '/api/v1/auth/verify-email', { token: `${token.slice(0, -2)}xx` });
    expect(tampered.status).toBe(400);
  });

  it('sends a signed-in customer a new verification link until the address is confirmed', async () => {
    const { call, email, token } = await signedIn();
    const auth = { authorization: `Bearer ${token}` };
    expect((await call('POST', '/api/v1/auth/resend-verification')).status).toBe(401);

    expect((await mailTo(email)).filter((mail) => mail.template === 'verify_email')).toHaveLength(1);
    expect((await call('POST', '/api/v1/auth/resend-verification', undefined, auth)).status).toBe(202);
    const links = (await mailTo(email)).filter((mail) => mail.template === 'verify_email');
    expect(links).toHaveLength(2);
    const fresh = linkToken(links.at(-1) as Mail, 'verify-email');

    expect((await call('POST', '/api/v1/auth/verify-email', { token: fresh })).status).toBe(200);
    const confirmed = await call('POST', '/api/v1/auth/resend-verification', undefined, auth);
    expect(confirmed.status).toBe(409);
    expect(confirmed.body.error.code).toBe('CONFLICT');
  });

  it('limits how many new verification links one customer can ask for', async () => {
    const { call, token } = await signedIn();
    const auth = { authorization: `Bearer ${token}` };
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push((await call('POST', '/api/v1/auth/resend-verification', undefined, auth)).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('answers the same for an existing email and tells its owner instead', async () => {
    const { call, email } = await registered();
    const second = await call('POST', '/api/v1/auth/register', {
      email: email.toUpperCase(),
      password: 'toinen-salasana-123',
      firstName: 'Eve',
      lastName: 'Intruder',
      locale: 'en',
    });
    expect(second.status).toBe(201);
    expect(Object.keys(second.body.user).sort()).toEqual(
      ['email', 'emailVerified', 'firstName', 'id', 'isActive', 'lastName', 'locale', 'phone', 'role'].sort(),
    );
    expect(second.body.user.emailVerified).toBe(false);
    const result = (await ctx.db.execute(
      sql`select count(*)::int as count from users where email = ${email}`,
    )) as unknown as {
      rows: { count: number }[];
    };
    expect(result.rows[0]?.count).toBe(1);
    const mails = await mailTo(email);
    expect(mails.map((mail) => mail.template).sort()).toEqual(['account_exists', 'verify_email']);
  });

  it.each([
    ['too short', 'lyhyt-9ch'],
    ['common', 'password1234'],
    ['the email', 'SAME-AS-EMAIL'],
  ])('refuses a password that is %s', async (_, weak) => {
    const call = client();
    const email = unique();
    const response = await call('POST', '/api/v1/auth/register', {
      email,
      password: weak === 'SAME-AS-EMAIL' ? email : weak,
      firstName: 'A',
      lastName: 'B',
      locale: 'fi',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('password');
  });

  it('validates the input', async () => {
    const call = client();
    const response = await call('POST', '/api/v1/auth/register', {
      email: 'not-an-email',
      password,
      locale: 'de',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(
      ['email', 'firstName', 'lastName', 'locale'].sort(),
    );
    const broken = await ctx.app.request('/api/v1/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(broken.status).toBe(400);
  });

  it('names why a password is refused with a reason code the page can translate', async () => {
    const call = client();
    const refused = async (candidate: string, email = 'reasons@example.com') => {
      const response = await call('POST', '/api/v1/auth/register', {
        email,
        password: candidate,
        firstName: 'Rea',
        lastName: 'Son',
        locale: 'fi',
      });
      expect(response.status).toBe(400);
      return response.body.error.details;
    };
    expect(await refused('short')).toEqual([
      { field: 'password', message: 'must be at least 10 characters', reason: 'too_short' },
    ]);
    expect(await refused('password123')).toMatchObject([{ field: 'password', reason: 'too_common' }]);
    expect(await refused('aaaaaaaaaaaa')).toMatchObject([
      { field: 'password', reason: 'repeated_character' },
    ]);
    expect(await refused('kalle.kayttaja@example.com', 'kalle.kayttaja@example.com')).toMatchObject([
      { field: 'password', reason: 'is_email' },
    ]);
  });
});

describe('signing in and out', () => {
  it('gives a bearer token and an HttpOnly, SameSite=Lax cookie', async () => {
    const { call, token, cookie } = await signedIn();
    expect(cookie).toMatch(/puoti_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(
      (await call('GET', '/api/v1/auth/me', undefined, { authorization: `Bearer ${token}` })).status,
    ).toBe(200);
    const sessionCookie = cookie.split(';')[0] as string;
    expect((await call('GET', '/api/v1/auth/me', undefined, { cookie: sessionCookie })).status).toBe(200);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const { call, email } = await registered();
    const wrong = await call('POST', '/api/v1/auth/login', { email, password: 'wrong-password-123' });
    const unknown = await call('POST', '/api/v1/auth/login', {
      email: unique(),
      password: 'wrong-password-123',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('needs a session for /auth/me and refuses a bad token', async () => {
    const call = client();
    expect((await call('GET', '/api/v1/auth/me')).status).toBe(401);
    expect(
      (await call('GET', '/api/v1/auth/me', undefined, { authorization: 'Bearer nonsense-token-value-xyz' }))
        .status,
    ).toBe(401);
    expect((await call('GET', '/api/v1/auth/me', undefined, { authorization: 'Basic abc' })).status).toBe(
      401,
    );
  });

  it('ends the session on logout', async () => {
    const { call, token } = await signedIn();
    const auth = { authorization: `Bearer ${token}` };
    expect((await call('POST', '/api/v1/auth/logout', undefined, auth)).status).toBe(204);
    expect((await call('GET', '/api/v1/auth/me', undefined, auth)).status).toBe(401);
  });

  it('ends every session of the user when logging out everywhere', async () => {
    const { call, email, token } = await signedIn();
    const other = (await call('POST', '/api/v1/auth/login', { email, password })).body.token as string;
    expect(
      (
        await call('POST', '/api/v1/auth/logout?everywhere=true', undefined, {
          authorization: `Bearer ${token}`,
        })
      ).status,
    ).toBe(204);
    expect(
      (await call('GET', '/api/v1/auth/me', undefined, { authorization: `Bearer ${other}` })).status,
    ).toBe(401);
  });

  it('ends every session at once when the user is deactivated', async () => {
    const { call, token, user } = await signedIn();
    await ctx.db.execute(sql`update users set is_active = false where id = ${user.id}`);
    expect(
      (await call('GET', '/api/v1/auth/me', undefined, { authorization: `Bearer ${token}` })).status,
    ).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write from another origin, allows our own and Bearer', async () => {
    const { call, token, cookie } = await signedIn();
    const sessionCookie = cookie.split(';')[0] as string;
    const body = { firstName: 'Aino-Maria' };
    const evil = await call('PATCH', '/api/v1/auth/me', body, {
      cookie: sessionCookie,
      origin: 'https://evil.example',
    });
    expect(evil.status).toBe(403);
    const missing = await call('PATCH', '/api/v1/auth/me', body, { cookie: sessionCookie });
    expect(missing.status).toBe(403);
    const own = await call('PATCH', '/api/v1/auth/me', body, { cookie: sessionCookie, ...origin });
    expect(own.status).toBe(200);
    expect(own.body.user.firstName).toBe('Aino-Maria');
    const bearer = await call(
      'PATCH',
      '/api/v1/auth/me',
      { lastName: 'K' },
      { authorization: `Bearer ${token}`, origin: 'https://evil.example' },
    );
    expect(bearer.status).toBe(200);
  });
});

describe('passwords', () => {
  it('changing the password ends the other sessions and keeps this one', async () => {
    const { call, email, token } = await signedIn();
    const other = (await call('POST', '/api/v1/auth/login', { email, password })).body.token as string;
    const changed = await call(
      'POST',
      '/api/v1/auth/change-password',
      { currentPassword: password, newPassword: 'uusi-vahva-salasana' },
      { authorization: `Bearer ${token}` },
    );
    expect(changed.status).toBe(204);
    expect(
      (await call('GET', '/api/v1/auth/me', undefined, { authorization: `Bearer ${token}` })).status,
    ).toBe(200);
    expect(
      (await call('GET', '/api/v1/auth/me', undefined, { authorization: `Bearer ${other}` })).status,
    ).toBe(401);
    expect((await call('POST', '/api/v1/auth/login', { email, password })).status).toBe(401);
    expect(
      (await call('POST', '/api/v1/auth/login', { email, password: 'uusi-vahva-salasana' })).status,
    ).toBe(200);
    expect((await mailTo(email)).some((mail) => mail.template === 'password_changed')).toBe(true);
  });

  it('refuses a change with the wrong current password', async () => {
    const { call, token } = await signedIn();
    const response = await call(
      'POST',
      '/api/v1/auth/change-password',
      { currentPassword: 'not-the-password', newPassword: 'uusi-vahva-salasana' },
      { authorization: `Bearer ${token}` },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { field: 'currentPassword', message: 'is wrong', reason: 'wrong_password' },
    ]);
  });

  it('resets through the emailed link: single use, every session ends', async () => {
    const { call, email, token } = await signedIn();
    const unknown = await call('POST', '/api/v1/auth/forgot-password', { email: unique() });
    const known = await call('POST', '/api/v1/auth/forgot-password', { email });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    const mail = (await mailTo(email)).find((m) => m.template === 'reset_password');
    const resetToken = linkToken(mail as Mail, 'reset-password');

    const weak = await call('POST', '/api/v1/auth/reset-password', {
      token: resetToken,
      newPassword: 'qwerty',
    });
    expect(weak.status).toBe(400);
    const reset = await call('POST', '/api/v1/auth/reset-password', {
      token: resetToken,
      newPassword: 'palautettu-salasana',
    });
    expect(reset.status).toBe(204);
    expect(
      (await call('GET', '/api/v1/auth/me', undefined, { authorization: `Bearer ${token}` })).status,
    ).toBe(401);
    expect(
      (
        await call('POST', '/api/v1/auth/reset-password', {
          token: resetToken,
          newPassword: 'kolmas-salasana-x',
        })
      ).status,
    ).toBe(400);
    expect(
      (await call('POST', '/api/v1/auth/login', { email, password: 'palautettu-salasana' })).status,
    ).toBe(200);
  });

  it('refuses an expired reset token', async () => {
    const { call, email } = await registered();
    await call('POST', '/api/v1/auth/forgot-password', { email });
    const mail = (await mailTo(email)).find((m) => m.template === 'reset_password');
    const resetToken = linkToken(mail as Mail, 'reset-password');
    await ctx.db.execute(sql`update auth_tokens set expires_at = now() - interval '1 minute' where purpose = 'reset_password'
      and user_id = (select id from users where email = ${email})`);
    expect(
      (
        await call('POST', '/api/v1/auth/reset-password', {
          token: resetToken,
          newPassword: 'palautettu-salasana',
        })
      ).status,
    ).toBe(400);
  });
});

describe('rate limits', () => {
  it('locks an account after repeated failed logins, even for the right password', async () => {
    const { email } = await registered();
    // Different addresses: the per-account limit holds however the attacker spreads out.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        (await client()('POST', '/api/v1/auth/login', { email, password: `guess-${attempt}-abcdef` })).status,
      ).toBe(401);
    }
    const locked = await client()('POST', '/api/v1/auth/login', { email, password });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('RATE_LIMITED');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits registrations per address', async () => {
    const limited = await createTestApp({
      rateLimits: new RateLimits({ rules: { registerPerIp: { points: 2, duration: 60 } } }),
    });
    const register = () =>
      limited.app.request('/api/v1/auth/register', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
        body: JSON.stringify({ email: unique(), password, firstName: 'A', lastName: 'B', locale: 'fi' }),
      });
    expect((await register()).status).toBe(201);
    expect((await register()).status).toBe(201);
    const third = await register();
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
  });
});
