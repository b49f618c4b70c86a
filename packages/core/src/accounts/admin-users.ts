import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/log';
import type { Db } from '../db/client';
import { AppError, notFound } from '../lib/app-error';
import { offsetOf, type Page, ZPageQuery } from '../lib/pagination';
import { assertAcceptablePassword, hashPassword } from './passwords';
import { users } from './schema';
import { revokeUserSessions, toUserView } from './sessions';
import type { Actor, UserView } from './types';

export const ZListUsersQuery = ZPageQuery.extend({ q: z.string().trim().max(200).optional() });
export type TListUsersQuery = z.infer<typeof ZListUsersQuery>;

export const ZUpdateUserInput = z
  .object({ isActive: z.boolean(), role: z.enum(['customer', 'admin']) })
  .partial()
  .refine((input) => Object.keys(input).length > 0, 'nothing to change');
export type TUpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export interface AdminUserView extends UserView {
  createdAt: string;
  lastLoginAt: string | null;
}

function toAdminView(row: typeof users.$inferSelect): AdminUserView {
  return {
    ...toUserView(row),
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

/** LIKE patterns treat % and _ as wildcards; a search for "50%" means the characters. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Users for the admin, newest first, searchable by email or name; erased accounts are left out. */
export async function listUsers(db: Db, query: TListUsersQuery): Promise<Page<AdminUserView>> {
  const search = query.q
    ? or(
        ilike(users.email, likePattern(query.q)),
        ilike(sql`${users.firstName} || ' ' || ${users.lastName}`, likePattern(query.q)),
      )
    : undefined;
  const where = and(sql`${users.erasedAt} is null`, search);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.id)
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.$count(users, where),
  ]);
  return { items: rows.map(toAdminView), total, page: query.page, pageSize: query.pageSize };
}

/**
 * Activates, deactivates or changes the role of a user. Deactivating ends every session of the user
 * at once. The last active admin can be neither demoted nor deactivated: the active admins are locked
 * first, so two admins demoting each other at the same moment cannot both succeed.
 */
export async function updateUser(
  db: Db,
  actor: Actor,
  userId: string,
  input: TUpdateUserInput,
  context: { requestId?: string } = {},
): Promise<AdminUserView> {
  if (!z.uuid().safeParse(userId).success) throw notFound('User');
  return db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.isActive, true)))
      .for('update');
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!before || before.erasedAt) throw notFound('User');
    const losesAdmin =
      before.role === 'admin' && before.isActive && (input.role === 'customer' || input.isActive === false);
    if (losesAdmin && admins.filter((admin) => admin.id !== userId).length === 0) {
      throw new AppError(
        'CONFLICT',
        'This is the last administrator: make someone else an administrator first.',
      );
    }
    const [after] = await tx.update(users).set(input).where(eq(users.id, userId)).returning();
    if (!after) throw notFound('User');
    if (input.isActive === false) await revokeUserSessions(tx, userId);
    await recordAudit(tx, {
      actor: { id: actor.user.id, email: actor.user.email },
      action: 'user.update',
      entityType: 'user',
      entityId: userId,
      before: { isActive: before.isActive, role: before.role },
      after: { isActive: after.isActive, role: after.role },
      requestId: context.requestId,
    });
    return toAdminView(after);
  });
}

export interface CreateAdminInput {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
}

/**
 * Makes an administrator (the `admin:create` command): a new verified account, or an existing one
 * promoted, reactivated and given the new password. Its other sessions end, since the password changed.
 */
export async function createAdmin(
  db: Db,
  input: CreateAdminInput,
): Promise<{ user: UserView; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  if (!z.email().safeParse(email).success) {
    throw new AppError('VALIDATION_FAILED', 'That is not an email address.', [
      { field: 'email', message: 'must be an email address' },
    ]);
  }
  await assertAcceptablePassword(input.password, { email });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(eq(users.email, email)).for('update');
    if (existing) {
      const [user] = await tx
        .update(users)
        .set({
          role: 'admin',
          isActive: true,
          passwordHash,
          emailVerifiedAt: existing.emailVerifiedAt ?? new Date(),
        })
        .where(eq(users.id, existing.id))
        .returning();
      await revokeUserSessions(tx, existing.id);
      await recordAudit(tx, {
        actor: null,
        action: 'user.promote',
        entityType: 'user',
        entityId: existing.id,
        before: { role: existing.role, isActive: existing.isActive },
        after: { role: 'admin', isActive: true },
      });
      return { user: toUserView(user ?? existing), created: false };
    }
    const [user] = await tx
      .insert(users)
      .values({
        email,
        passwordHash,
        role: 'admin',
        firstName: input.firstName ?? '',
        lastName: input.lastName ?? '',
        emailVerifiedAt: new Date(),
      })
      .returning();
    if (!user) throw new Error('user insert returned nothing');
    await recordAudit(tx, {
      actor: null,
      action: 'user.create_admin',
      entityType: 'user',
      entityId: user.id,
      after: { role: 'admin' },
    });
    return { user: toUserView(user), created: true };
  });
}
