import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { openTestDatabase } from '../testing/database';
import { createAdmin } from './admin-users';
import { loginUser } from './auth';
import { hashPassword } from './passwords';
import { users } from './schema';

let db: Db;
const settings = { secret: 'test-secret', ttlDays: 1 };

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

describe('createAdmin', () => {
  it('creates a verified administrator who can sign in', async () => {
    const email = `Owner-${Date.now()}@Shop.example`;
    const { user, created } = await createAdmin(db, {
      email,
      password: 'rauhallinen-kauppias-42',
      firstName: 'Aino',
    });
    expect(created).toBe(true);
    expect(user).toMatchObject({ email: email.toLowerCase(), role: 'admin', emailVerified: true });
    const login = await loginUser(
      db,
      { email: email.toLowerCase(), password: 'rauhallinen-kauppias-42' },
      settings,
    );
    expect(login.user.role).toBe('admin');
    await db.update(users).set({ role: 'customer' }).where(eq(users.id, user.id));
  });

  it('promotes an existing account and replaces its password', async () => {
    const email = `promoted-${Date.now()}@example.org`;
    await db
      .insert(users)
      .values({ email, passwordHash: await hashPassword('vanha-salasana-123'), isActive: false });
    const { user, created } = await createAdmin(db, { email, password: 'uusi-ylläpitäjä-salasana' });
    expect(created).toBe(false);
    expect(user).toMatchObject({ role: 'admin', isActive: true });
    await expect(loginUser(db, { email, password: 'vanha-salasana-123' }, settings)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await loginUser(db, { email, password: 'uusi-ylläpitäjä-salasana' }, settings);
    // Leave no second admin behind for the tests that count admins on a shared database.
    await db.update(users).set({ role: 'customer' }).where(eq(users.id, user.id));
  });

  it('refuses weak passwords and bad emails', async () => {
    await expect(createAdmin(db, { email: 'x@example.com', password: 'admin123' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      createAdmin(db, { email: 'not-an-email', password: 'rauhallinen-kauppias-42' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});
