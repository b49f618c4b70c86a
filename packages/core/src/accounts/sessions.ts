import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { sessions, users } from './schema';
import { hashToken, newToken } from './tokens';
import type { Actor, UserView } from './types';

export interface SessionSettings {
  secret: string;
  ttlDays: number;
}

export interface NewSession {
  id: string;
  token: string;
  expiresAt: Date;
}

/** Refreshing last_seen_at at most this often keeps reads from turning into writes on every request. */
const lastSeenPrecisionMs = 5 * 60_000;

export async function createSession(
  db: Executor,
  input: { userId: string; userAgent?: string | null; ip?: string | null },
  settings: SessionSettings,
): Promise<NewSession> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + settings.ttlDays * 86_400_000);
  const [row] = await db
    .insert(sessions)
    .values({
      userId: input.userId,
      tokenHash: hashToken(token, settings.secret),
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip?.slice(0, 64) ?? null,
      expiresAt,
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return { id: row.id, token, expiresAt };
}

export function toUserView(row: typeof users.$inferSelect): UserView {
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    locale: row.locale,
    role: row.role,
    isActive: row.isActive,
    emailVerified: row.emailVerifiedAt !== null,
  };
}

/**
 * The user behind a session token, or null. A session counts only while unexpired, unrevoked and its
 * user active: deactivating a user ends every session at once, without touching them.
 */
export async function authenticateSession(
  db: Executor,
  token: string,
  secret: string,
): Promise<Actor | null> {
  if (token.length < 20 || token.length > 200) return null;
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token, secret)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        eq(users.isActive, true),
        isNull(users.erasedAt),
      ),
    );
  if (!row) return null;
  if (Date.now() - row.session.lastSeenAt.getTime() > lastSeenPrecisionMs) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, row.session.id));
  }
  return { user: toUserView(row.user), sessionId: row.session.id };
}

export async function revokeSession(db: Executor, sessionId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every session of a user, or every one but the session making the request. */
export async function revokeUserSessions(
  db: Executor,
  userId: string,
  options: { except?: string } = {},
): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        options.except ? ne(sessions.id, options.except) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}
