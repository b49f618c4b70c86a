import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { AppError } from '../lib/app-error';
import type { Locale } from '../lib/locale';
import { enqueueEmail } from '../notifications';
import { assertAcceptablePassword, decoyPasswordCheck, hashPassword, verifyPassword } from './passwords';
import { authTokens, users } from './schema';
import {
  createSession,
  type NewSession,
  revokeUserSessions,
  type SessionSettings,
  toUserView,
} from './sessions';
import { hashToken, newToken } from './tokens';
import type { Actor, TLoginInput, TRegisterInput, TUpdateProfileInput, UserView } from './types';

const verifyEmailTtlMs = 24 * 3_600_000;
const resetPasswordTtlMs = 3_600_000;

/**
 * Answers no sooner than `ms`: registration and password-reset requests take about as long whether
 * or not the email has an account, so timing does not reveal it.
 */
async function withMinimumDuration<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const [result] = await Promise.all([work(), new Promise((resolve) => setTimeout(resolve, ms))]);
  return result;
}

const tokenTtlMs = { verify_email: verifyEmailTtlMs, reset_password: resetPasswordTtlMs } as const;

/** Issues a one-time token and queues the email carrying its link, in the caller's transaction. */
async function sendTokenEmail(
  db: Executor,
  user: { id: string; email: string; firstName: string; locale: Locale },
  purpose: 'verify_email' | 'reset_password',
  secret: string,
): Promise<void> {
  const token = newToken();
  await db.insert(authTokens).values({
    userId: user.id,
    purpose,
    tokenHash: hashToken(token, secret),
    expiresAt: new Date(Date.now() + tokenTtlMs[purpose]),
  });
  await enqueueEmail(db, {
    to: user.email,
    template: purpose,
    locale: user.locale,
    data: { firstName: user.firstName, token },
  });
}

/**
 * Uses a one-time token: the conditional update succeeds for exactly one caller, and only while the
 * token is unused and unexpired. Returns the user it was issued to.
 */
async function consumeToken(
  db: Executor,
  token: string,
  purpose: 'verify_email' | 'reset_password',
  secret: string,
): Promise<string> {
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token, secret)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: authTokens.userId });
  if (!row) {
    throw new AppError(
      'VALIDATION_FAILED',
      'This link is invalid, already used or expired. Please ask for a new one.',
      [{ field: 'token', message: 'is invalid, used or expired' }],
    );
  }
  return row.userId;
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}

/**
 * Creates a customer account and emails a verification link. When the email already has an account,
 * nothing is created: that address gets an "account exists" email instead, and the caller gets an
 * answer of the same shape and timing (with a throwaway id), so registration never reveals accounts.
 */
export async function registerUser(
  db: Db,
  input: TRegisterInput,
  settings: SessionSettings,
): Promise<UserView> {
  await assertAcceptablePassword(input.password, { email: input.email });
  return withMinimumDuration(400, async () => {
    const passwordHash = await hashPassword(input.password);
    const lookalike: UserView = {
      id: randomUUID(),
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      phone: null,
      locale: input.locale,
      role: 'customer',
      isActive: true,
      emailVerified: false,
    };
    try {
      return await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(users)
          .values({
            email: input.email,
            passwordHash,
            firstName: input.firstName,
            lastName: input.lastName,
            locale: input.locale,
          })
          .returning();
        if (!created) throw new Error('user insert returned nothing');
        await sendTokenEmail(tx, created, 'verify_email', settings.secret);
        return toUserView(created);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const [existing] = await db.select().from(users).where(eq(users.email, input.email));
      if (existing?.isActive && !existing.erasedAt) {
        await enqueueEmail(db, {
          to: existing.email,
          template: 'account_exists',
          locale: existing.locale,
          data: { firstName: existing.firstName },
        });
      }
      return lookalike;
    }
  });
}

export interface LoginResult {
  user: UserView;
  session: NewSession;
}

const wrongCredentials = () => new AppError('UNAUTHENTICATED', 'The email or password is wrong.');

/**
 * Checks the password and opens a session. Unknown emails, inactive accounts and wrong passwords get
 * the same answer after the same amount of work.
 */
export async function loginUser(
  db: Db,
  input: TLoginInput & { userAgent?: string | null; ip?: string | null },
  settings: SessionSettings,
): Promise<LoginResult> {
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  if (!user?.passwordHash) {
    await decoyPasswordCheck(input.password);
    throw wrongCredentials();
  }
  const valid = await verifyPassword(user.passwordHash, input.password);
  if (!valid || !user.isActive || user.erasedAt) throw wrongCredentials();
  const session = await createSession(
    db,
    { userId: user.id, userAgent: input.userAgent, ip: input.ip },
    settings,
  );
  const [updated] = await db
    .update(users)
    .set({ lastLoginAt: new Date() })
    .where(eq(users.id, user.id))
    .returning();
  return { user: toUserView(updated ?? user), session };
}

export async function getUser(db: Executor, userId: string): Promise<UserView> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('NOT_FOUND', 'The account was not found.');
  return toUserView(user);
}

export async function updateProfile(
  db: Executor,
  actor: Actor,
  input: TUpdateProfileInput,
): Promise<UserView> {
  const [user] = await db.update(users).set(input).where(eq(users.id, actor.user.id)).returning();
  if (!user) throw new AppError('NOT_FOUND', 'The account was not found.');
  return toUserView(user);
}

/** Changes the password after checking the current one; every other session of the user ends. */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.user.id));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', 'The current password is wrong.', [
      { field: 'currentPassword', message: 'is wrong', reason: 'wrong_password' },
    ]);
  }
  await assertAcceptablePassword(input.newPassword, { email: user.email, field: 'newPassword' });
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION_FAILED', 'The new password is the same as the current one.', [
      { field: 'newPassword', message: 'must differ from the current password', reason: 'same_as_current' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await revokeUserSessions(tx, user.id, { except: actor.sessionId });
    await enqueueEmail(tx, {
      to: user.email,
      template: 'password_changed',
      locale: user.locale,
      data: { firstName: user.firstName },
    });
  });
}

/** Marks the email verified with the link's token (single use, 24 hours). */
export async function verifyEmail(db: Db, token: string, settings: SessionSettings): Promise<UserView> {
  return db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, 'verify_email', settings.secret);
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, userId))
      .returning();
    if (!user) throw new AppError('NOT_FOUND', 'The account was not found.');
    return toUserView(user);
  });
}

/** Emails a reset link when the address has an active account; answers the same either way. */
export async function requestPasswordReset(db: Db, email: string, settings: SessionSettings): Promise<void> {
  await withMinimumDuration(250, async () => {
    const [user] = await db.select().from(users).where(eq(users.email, email));
    if (!user?.isActive || user.erasedAt) return;
    await db.transaction((tx) => sendTokenEmail(tx, user, 'reset_password', settings.secret));
  });
}

/**
 * Emails a signed-in customer a new link to confirm their address (the first may have expired or gone
 * astray). Refused with 409 once the address is confirmed. Earlier links keep working until they expire.
 */
export async function resendVerificationEmail(
  db: Db,
  userId: string,
  settings: SessionSettings,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    if (!user?.isActive || user.erasedAt) throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
    if (user.emailVerifiedAt) throw new AppError('CONFLICT', 'Your email address is already confirmed.');
    await sendTokenEmail(tx, user, 'verify_email', settings.secret);
  });
}

/**
 * Sets a new password with the emailed token (single use, 1 hour). Every session ends, and the email
 * counts as verified: the link proved the person reads it.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; newPassword: string },
  settings: SessionSettings,
): Promise<void> {
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const userId = await consumeToken(tx, input.token, 'reset_password', settings.secret);
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(and(eq(users.id, userId), eq(users.isActive, true)))
      .returning();
    if (!user)
      throw new AppError('VALIDATION_FAILED', 'This account cannot be reset.', [
        { field: 'token', message: 'is invalid' },
      ]);
    await assertAcceptablePassword(input.newPassword, { email: user.email, field: 'newPassword' });
    await revokeUserSessions(tx, user.id);
    await enqueueEmail(tx, {
      to: user.email,
      template: 'password_changed',
      locale: user.locale,
      data: { firstName: user.firstName },
    });
  });
}
