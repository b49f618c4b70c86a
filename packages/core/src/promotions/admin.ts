/**
 * Coupons as the admin manages them: list with their usage so far, create, change, delete. Every write
 * is audited in its own transaction; the terms are checked here as well as by the table's constraints,
 * so a bad combination is a 400 naming the field rather than a constraint error.
 */
import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type AuditEntry, recordAudit } from '../audit/log';
import type { Db, Executor } from '../db/client';
import { AppError, notFound } from '../lib/app-error';
import { offsetOf, type Page, ZPageQuery } from '../lib/pagination';
import { normalizeCouponCode } from './coupons';
import { couponRedemptions, coupons } from './schema';

export const couponTypes = ['percentage', 'fixed', 'free_shipping'] as const;
export type CouponType = (typeof couponTypes)[number];

const booleanParam = z.enum(['true', 'false']).transform((value) => value === 'true');

export const ZListCouponsQuery = ZPageQuery.extend({
  /** Part of the code or the description. */
  q: z.string().trim().min(1).max(200).optional(),
  /** The admin's on/off switch (isActive), not whether the coupon is within its dates. */
  active: booleanParam.optional(),
});
export type TListCouponsQuery = z.infer<typeof ZListCouponsQuery>;

const maxCents = 100_000_000;
const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time' });

const couponFields = {
  // Letters of any script (codes like KESÄ-ALE), digits, - and _: what a customer can type back.
  code: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(64, 'at most 64 characters')
    .regex(/^[\p{L}\p{N}_-]+$/u, 'may contain only letters, digits, - and _'),
  description: z.string().trim().max(500, 'at most 500 characters'),
  type: z.enum(couponTypes),
  /** Percent (1-100) for percentage coupons, cents for fixed ones, 0 (or left out) for free shipping. */
  value: z.number().int('must be a whole number').min(0).max(maxCents),
  minOrderCents: z
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(maxCents)
    .nullable(),
  usageLimit: z.number().int('must be a whole number').min(1, 'must be at least 1').nullable(),
  perCustomerLimit: z.number().int('must be a whole number').min(1, 'must be at least 1').nullable(),
  startsAt: isoDateTime,
  /** The first instant the coupon no longer works; null for no end. */
  endsAt: isoDateTime.nullable(),
  isActive: z.boolean(),
};

interface FieldProblem {
  field: string;
  message: string;
}

/** The terms as they would be stored, for the checks that span fields. */
interface CouponTermsDraft {
  type: CouponType;
  value: number | undefined;
  startsAt: Date;
  endsAt: Date | null;
}

/** What the table's check constraints would refuse, said per field. */
function termProblems(terms: CouponTermsDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { type, value } = terms;
  if (type === 'percentage' && (value === undefined || value < 1 || value > 100)) {
    problems.push({ field: 'value', message: 'must be a percentage from 1 to 100' });
  }
  if (type === 'fixed' && (value === undefined || value < 1)) {
    problems.push({ field: 'value', message: 'must be an amount of at least 1 cent' });
  }
  if (type === 'free_shipping' && value !== undefined && value !== 0) {
    problems.push({ field: 'value', message: 'must be 0 (or left out) for free shipping' });
  }
  if (terms.endsAt && terms.endsAt.getTime() <= terms.startsAt.getTime()) {
    problems.push({ field: 'endsAt', message: 'must be after startsAt' });
  }
  return problems;
}

export const ZCouponInput = z
  .object({
    ...couponFields,
    value: couponFields.value.optional(),
    description: couponFields.description.optional(),
    minOrderCents: couponFields.minOrderCents.optional(),
    usageLimit: couponFields.usageLimit.optional(),
    perCustomerLimit: couponFields.perCustomerLimit.optional(),
    startsAt: couponFields.startsAt.optional(),
    endsAt: couponFields.endsAt.optional(),
    isActive: couponFields.isActive.optional(),
  })
  .superRefine((input, context) => {
    // The same checks again when the coupon is written; here they make the 400 list every field at once.
    const problems = termProblems({
      type: input.type,
      value: input.value,
      startsAt: input.startsAt ? new Date(input.startsAt) : new Date(),
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
    });
    for (const problem of problems)
      context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type TCouponInput = z.infer<typeof ZCouponInput>;

/** Any of the fields; the result is checked as a whole against the stored coupon when it is written. */
export const ZCouponPatch = z
  .object(couponFields)
  .partial()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), 'nothing to change');
export type TCouponPatch = z.infer<typeof ZCouponPatch>;

export interface CouponUsage {
  /** Orders that used the coupon and were not cancelled (equals timesUsed unless edited by hand). */
  activeRedemptions: number;
  /** Uses given back by cancelled orders. */
  releasedRedemptions: number;
  /** The discount the active redemptions gave, VAT included. */
  discountGivenCents: number;
}

export interface AdminCouponView {
  id: string;
  code: string;
  description: string;
  type: CouponType;
  value: number;
  minOrderCents: number | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  startsAt: string;
  endsAt: string | null;
  isActive: boolean;
  timesUsed: number;
  createdAt: string;
  updatedAt: string;
  usage: CouponUsage;
}

export interface AdminWriteContext {
  actor: NonNullable<AuditEntry['actor']>;
  requestId?: string;
}

type CouponRow = typeof coupons.$inferSelect;

// Written as coupons.id, not interpolated: drizzle would print the bare column name, which inside the
// subquery means the redemption's own id.
const usageColumns = {
  activeRedemptions: sql<number>`(select count(*)::int from coupon_redemptions r
    where r.coupon_id = coupons.id and r.released_at is null)`,
  releasedRedemptions: sql<number>`(select count(*)::int from coupon_redemptions r
    where r.coupon_id = coupons.id and r.released_at is not null)`,
  // bigint, as a coupon's discounts may add up past 2^31 cents; both drivers hand it back as text or bigint.
  discountGivenCents: sql<string>`(select coalesce(sum(r.discount_cents), 0)::bigint from coupon_redemptions r
    where r.coupon_id = coupons.id and r.released_at is null)`,
};

type CouponWithUsage = CouponRow & {
  activeRedemptions: number;
  releasedRedemptions: number;
  discountGivenCents: string | number | bigint;
};

function toView(row: CouponWithUsage): AdminCouponView {
  return {
    id: row.id,
    code: row.code,
    description: row.description,
    type: row.type,
    value: row.value,
    minOrderCents: row.minOrderCents,
    usageLimit: row.usageLimit,
    perCustomerLimit: row.perCustomerLimit,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    isActive: row.isActive,
    timesUsed: row.timesUsed,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    usage: {
      activeRedemptions: row.activeRedemptions,
      releasedRedemptions: row.releasedRedemptions,
      discountGivenCents: Number(row.discountGivenCents),
    },
  };
}

/** The stored terms, as the audit log keeps them before and after a change. */
function auditTerms(row: CouponRow) {
  return {
    code: row.code,
    description: row.description,
    type: row.type,
    value: row.value,
    minOrderCents: row.minOrderCents,
    usageLimit: row.usageLimit,
    perCustomerLimit: row.perCustomerLimit,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    isActive: row.isActive,
    timesUsed: row.timesUsed,
  };
}

const isUuid = (value: string) => z.uuid().safeParse(value).success;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function isCodeTaken(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; constraint?: string } }).cause;
  const direct = error as { code?: string; constraint?: string };
  const code = direct.code ?? cause?.code;
  const constraint = direct.constraint ?? cause?.constraint;
  return code === '23505' && (constraint === undefined || constraint === 'coupons_code_key');
}

function codeTaken(code: string): AppError {
  return new AppError('CONFLICT', `The code ${code} is already in use.`, [
    { field: 'code', message: 'is already in use' },
  ]);
}

function invalidTerms(problems: FieldProblem[]): AppError {
  return new AppError('VALIDATION_FAILED', 'Some of the input is not valid.', problems);
}

async function findWithUsage(db: Executor, couponId: string): Promise<AdminCouponView | null> {
  const [row] = await db
    .select({ coupon: coupons, ...usageColumns })
    .from(coupons)
    .where(eq(coupons.id, couponId));
  return row ? toView({ ...row.coupon, ...row }) : null;
}

/** Coupons, newest first, each with its usage so far; searchable by code or description. */
export async function listCoupons(db: Executor, query: TListCouponsQuery): Promise<Page<AdminCouponView>> {
  const conditions: SQL[] = [];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const match = or(ilike(coupons.code, pattern), ilike(coupons.description, pattern));
    if (match) conditions.push(match);
  }
  if (query.active !== undefined) conditions.push(eq(coupons.isActive, query.active));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, total] = await Promise.all([
    db
      .select({ coupon: coupons, ...usageColumns })
      .from(coupons)
      .where(where)
      .orderBy(desc(coupons.createdAt), coupons.id)
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.$count(coupons, where),
  ]);
  return {
    items: rows.map((row) => toView({ ...row.coupon, ...row })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A new coupon; the code is stored in its normalised (uppercase) form and must be unused in any case. */
export async function createCoupon(
  db: Db,
  input: TCouponInput,
  context: AdminWriteContext,
): Promise<AdminCouponView> {
  const code = normalizeCouponCode(input.code);
  const startsAt = input.startsAt ? new Date(input.startsAt) : new Date();
  const endsAt = input.endsAt ? new Date(input.endsAt) : null;
  const problems = termProblems({ type: input.type, value: input.value, startsAt, endsAt });
  if (problems.length > 0) throw invalidTerms(problems);
  try {
    return await db.transaction(async (tx) => {
      // The unique index decides, not a look-up first: two admins creating the same code at once
      // would both find it free.
      const [row] = await tx
        .insert(coupons)
        .values({
          code,
          description: input.description ?? '',
          type: input.type,
          value: input.value ?? 0,
          minOrderCents: input.minOrderCents ?? null,
          usageLimit: input.usageLimit ?? null,
          perCustomerLimit: input.perCustomerLimit ?? null,
          startsAt,
          endsAt,
          isActive: input.isActive ?? true,
        })
        .onConflictDoNothing({ target: coupons.code })
        .returning();
      if (!row) throw codeTaken(code);
      await recordAudit(tx, {
        actor: context.actor,
        action: 'coupon.create',
        entityType: 'coupon',
        entityId: row.id,
        after: auditTerms(row),
        requestId: context.requestId,
      });
      return toView({ ...row, activeRedemptions: 0, releasedRedemptions: 0, discountGivenCents: 0 });
    });
  } catch (error) {
    if (isCodeTaken(error)) throw codeTaken(code);
    throw error;
  }
}

/**
 * Changes a coupon's terms. The result is checked as a whole (a new end must follow the stored start),
 * and a usage limit cannot go below the uses already taken. The row is locked so a checkout redeeming
 * the coupon meanwhile waits and then sees the new terms.
 */
export async function updateCoupon(
  db: Db,
  couponId: string,
  patch: TCouponPatch,
  context: AdminWriteContext,
): Promise<AdminCouponView> {
  if (!isUuid(couponId)) throw notFound('Coupon');
  const code = patch.code === undefined ? undefined : normalizeCouponCode(patch.code);
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(coupons).where(eq(coupons.id, couponId)).for('update');
      if (!before) throw notFound('Coupon');
      const type = patch.type ?? before.type;
      // A coupon turned into free shipping has no amount; one turned away from it needs a new value.
      const value =
        patch.value ?? (type === 'free_shipping' ? 0 : type === before.type ? before.value : undefined);
      const next = {
        code: code ?? before.code,
        description: patch.description ?? before.description,
        type,
        minOrderCents: patch.minOrderCents === undefined ? before.minOrderCents : patch.minOrderCents,
        usageLimit: patch.usageLimit === undefined ? before.usageLimit : patch.usageLimit,
        perCustomerLimit:
          patch.perCustomerLimit === undefined ? before.perCustomerLimit : patch.perCustomerLimit,
        startsAt: patch.startsAt === undefined ? before.startsAt : new Date(patch.startsAt),
        endsAt:
          patch.endsAt === undefined ? before.endsAt : patch.endsAt === null ? null : new Date(patch.endsAt),
        isActive: patch.isActive ?? before.isActive,
      };
      const problems = termProblems({ ...next, value });
      if (next.usageLimit !== null && next.usageLimit < before.timesUsed) {
        problems.push({
          field: 'usageLimit',
          message: `cannot be below the ${before.timesUsed} uses already taken`,
        });
      }
      // A missing value is among the problems already; testing it too tells the compiler it is set below.
      if (problems.length > 0 || value === undefined) throw invalidTerms(problems);
      const [after] = await tx
        .update(coupons)
        .set({ ...next, value })
        .where(eq(coupons.id, couponId))
        .returning();
      if (!after) throw notFound('Coupon');
      await recordAudit(tx, {
        actor: context.actor,
        action: 'coupon.update',
        entityType: 'coupon',
        entityId: couponId,
        before: auditTerms(before),
        after: auditTerms(after),
        requestId: context.requestId,
      });
      const view = await findWithUsage(tx, couponId);
      if (!view) throw notFound('Coupon');
      return view;
    });
  } catch (error) {
    if (code !== undefined && isCodeTaken(error)) throw codeTaken(code);
    throw error;
  }
}

/**
 * Deletes a coupon nobody has used. One with redemptions (even released ones) stays on record with its
 * orders: 409, deactivate it instead. The coupon row is locked first, so a checkout redeeming it at the
 * same moment either commits before (and is counted here) or finds the coupon gone.
 */
export async function deleteCoupon(db: Db, couponId: string, context: AdminWriteContext): Promise<void> {
  if (!isUuid(couponId)) throw notFound('Coupon');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(coupons).where(eq(coupons.id, couponId)).for('update');
    if (!before) throw notFound('Coupon');
    const redemptions = await tx.$count(couponRedemptions, eq(couponRedemptions.couponId, couponId));
    if (redemptions > 0) {
      throw new AppError(
        'CONFLICT',
        'This coupon has been used, so it stays on record with its orders. Deactivate it instead.',
        { redemptions },
      );
    }
    await tx.delete(coupons).where(eq(coupons.id, couponId));
    await recordAudit(tx, {
      actor: context.actor,
      action: 'coupon.delete',
      entityType: 'coupon',
      entityId: couponId,
      before: auditTerms(before),
      requestId: context.requestId,
    });
  });
}
