import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/schema';
import { auditLog } from '../audit/schema';
import type { Db } from '../db/client';
import { orders } from '../orders/schema';
import { openTestDatabase } from '../testing/database';
import { expectAppError } from '../testing/shop-fixtures';
import {
  type AdminWriteContext,
  createCoupon,
  deleteCoupon,
  listCoupons,
  type TCouponInput,
  updateCoupon,
  ZCouponInput,
  ZCouponPatch,
  ZListCouponsQuery,
} from './admin';
import { redeemCoupon, releaseCoupon } from './coupons';
import { couponRedemptions, coupons } from './schema';

let db: Db;
let context: AdminWriteContext;
// Everything this file creates, removed at the end: on PostgreSQL other files count coupons and orders.
const created = { coupons: [] as string[], orders: [] as string[] };

beforeAll(async () => {
  db = (await openTestDatabase()).db;
  const [admin] = await db.select().from(users).where(eq(users.email, 'admin@example.com'));
  if (!admin) throw new Error('the demo admin is missing');
  context = { actor: { id: admin.id, email: admin.email }, requestId: `coupon-test-${randomUUID()}` };
});

// Top level, not inside beforeAll: vitest runs no hook registered from inside another hook.
afterAll(async () => {
  await db.delete(orders).where(inArray(orders.id, created.orders));
  await db.delete(couponRedemptions).where(inArray(couponRedemptions.couponId, created.coupons));
  await db.delete(coupons).where(inArray(coupons.id, created.coupons));
  await db.delete(auditLog).where(eq(auditLog.requestId, context.requestId ?? ''));
});

/** Unique per test, so the shared database never sees the same code twice. */
const uniqueCode = (prefix = 'adm') => `${prefix}-${randomUUID().slice(0, 8)}`;

async function newCoupon(input: Partial<TCouponInput> = {}) {
  const coupon = await createCoupon(
    db,
    { code: uniqueCode(), type: 'percentage', value: 15, ...input },
    context,
  );
  created.coupons.push(coupon.id);
  return coupon;
}

async function newOrder(): Promise<string> {
  const [row] = await db
    .insert(orders)
    .values({
      orderNumber: `COUPON-ADMIN-${randomUUID()}`,
      email: 'buyer@coupon-admin.example.org',
      locale: 'fi',
      paymentMethod: 'test',
      subtotalCents: 10_000,
      discountCents: 1_500,
      vatCents: 1_730,
      totalCents: 8_500,
      vatLines: [{ rateBasisPoints: 2550, netCents: 6_770, vatCents: 1_730 }],
      vatCountry: 'FI',
      shippingAddress: {
        fullName: 'Testi Asiakas',
        line1: 'Testikatu 1',
        postalCode: '00100',
        city: 'Helsinki',
        country: 'FI',
      },
      shippingMethodName: 'Test',
      termsAcceptedAt: new Date(),
    })
    .returning({ id: orders.id });
  if (!row) throw new Error('order not created');
  created.orders.push(row.id);
  return row.id;
}

async function redeem(couponId: string, discountCents: number): Promise<string> {
  const orderId = await newOrder();
  await redeemCoupon(db, {
    couponId,
    orderId,
    userId: null,
    email: `guest-${randomUUID()}@coupon-admin.example.org`,
    subtotalCents: 10_000,
    discountCents,
    now: new Date(),
  });
  return orderId;
}

async function auditRows(entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'coupon'), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);
}

describe('coupon input', () => {
  const valid = { code: 'KESÄ-ALE', type: 'percentage', value: 20 };

  it.each([
    ['a percentage over 100', { value: 101 }, 'value'],
    ['a percentage of 0', { value: 0 }, 'value'],
    ['a fixed amount of 0', { type: 'fixed', value: 0 }, 'value'],
    ['free shipping with an amount', { type: 'free_shipping', value: 500 }, 'value'],
    [
      'an end before the start',
      { startsAt: '2030-05-01T00:00:00Z', endsAt: '2030-04-30T00:00:00Z' },
      'endsAt',
    ],
    [
      'an end equal to the start',
      { startsAt: '2030-05-01T00:00:00Z', endsAt: '2030-05-01T00:00:00Z' },
      'endsAt',
    ],
    ['a usage limit of 0', { usageLimit: 0 }, 'usageLimit'],
    ['a per-customer limit of 0', { perCustomerLimit: 0 }, 'perCustomerLimit'],
    ['a negative minimum', { minOrderCents: -1 }, 'minOrderCents'],
    ['a code with spaces inside', { code: 'TWO WORDS' }, 'code'],
    ['an empty code', { code: '  ' }, 'code'],
  ])('refuses %s, naming the field', (_name, change, field) => {
    const result = ZCouponInput.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('accepts free shipping without a value and limits of 1', () => {
    expect(
      ZCouponInput.safeParse({ code: 'FREE', type: 'free_shipping', usageLimit: 1, perCustomerLimit: 1 })
        .success,
    ).toBe(true);
  });

  it('refuses an empty patch', () => {
    expect(ZCouponPatch.safeParse({}).success).toBe(false);
  });
});

describe('createCoupon', () => {
  it('stores the code uppercase, with no usage yet, and audits the creation', async () => {
    const code = uniqueCode('kesä');
    const coupon = await newCoupon({
      code,
      description: 'Kesäale',
      minOrderCents: 2_000,
      usageLimit: 100,
      perCustomerLimit: 1,
      startsAt: '2030-06-01T00:00:00Z',
      endsAt: '2030-09-01T00:00:00.000+03:00',
    });
    expect(coupon).toMatchObject({
      code: code.toUpperCase(),
      description: 'Kesäale',
      type: 'percentage',
      value: 15,
      minOrderCents: 2_000,
      usageLimit: 100,
      perCustomerLimit: 1,
      startsAt: '2030-06-01T00:00:00.000Z',
      endsAt: '2030-08-31T21:00:00.000Z',
      isActive: true,
      timesUsed: 0,
      usage: { activeRedemptions: 0, releasedRedemptions: 0, discountGivenCents: 0 },
    });
    const [entry] = await auditRows(coupon.id);
    expect(entry).toMatchObject({
      action: 'coupon.create',
      actorId: context.actor.id,
      actorEmail: 'admin@example.com',
      requestId: context.requestId,
      before: null,
      after: expect.objectContaining({ code: code.toUpperCase(), value: 15, usageLimit: 100 }),
    });
  });

  it('refuses a code already used in another letter case with 409', async () => {
    const code = uniqueCode();
    await newCoupon({ code: code.toLowerCase() });
    const error = await expectAppError(newCoupon({ code: ` ${code.toUpperCase()} ` }), 'CONFLICT', 409);
    expect(error.details).toEqual([{ field: 'code', message: 'is already in use' }]);
  });

  it('checks the terms itself too, for callers that skip the schema', async () => {
    const error = await expectAppError(
      createCoupon(db, { code: uniqueCode(), type: 'percentage', value: 101 }, context),
      'VALIDATION_FAILED',
      400,
    );
    expect(error.details).toEqual([{ field: 'value', message: 'must be a percentage from 1 to 100' }]);
  });

  it('makes free shipping worth 0', async () => {
    const coupon = await newCoupon({ type: 'free_shipping', value: undefined });
    expect(coupon).toMatchObject({ type: 'free_shipping', value: 0 });
  });
});

describe('updateCoupon', () => {
  it('changes the given fields, checks the whole and audits before and after', async () => {
    const coupon = await newCoupon({ startsAt: '2030-01-01T00:00:00Z' });
    const updated = await updateCoupon(
      db,
      coupon.id,
      { value: 25, endsAt: '2030-02-01T00:00:00Z', isActive: false },
      context,
    );
    expect(updated).toMatchObject({
      value: 25,
      endsAt: '2030-02-01T00:00:00.000Z',
      isActive: false,
      code: coupon.code,
    });
    const entries = await auditRows(coupon.id);
    expect(entries.map((entry) => entry.action)).toEqual(['coupon.create', 'coupon.update']);
    expect(entries[1]).toMatchObject({
      before: expect.objectContaining({ value: 15, endsAt: null, isActive: true }),
      after: expect.objectContaining({ value: 25, endsAt: '2030-02-01T00:00:00.000Z', isActive: false }),
    });
  });

  it('refuses an end before the stored start, and a new type without its value', async () => {
    const coupon = await newCoupon({ startsAt: '2030-01-01T00:00:00Z' });
    const early = await expectAppError(
      updateCoupon(db, coupon.id, { endsAt: '2029-12-31T00:00:00Z' }, context),
      'VALIDATION_FAILED',
      400,
    );
    expect(early.details).toEqual([{ field: 'endsAt', message: 'must be after startsAt' }]);
    const typeOnly = await expectAppError(
      updateCoupon(db, coupon.id, { type: 'fixed' }, context),
      'VALIDATION_FAILED',
      400,
    );
    expect(typeOnly.details).toEqual([{ field: 'value', message: 'must be an amount of at least 1 cent' }]);
    expect(await updateCoupon(db, coupon.id, { type: 'free_shipping' }, context)).toMatchObject({
      type: 'free_shipping',
      value: 0,
    });
    expect((await auditRows(coupon.id)).map((entry) => entry.action)).toEqual([
      'coupon.create',
      'coupon.update',
    ]);
  });

  it('keeps the usage limit at or above the uses already taken', async () => {
    const coupon = await newCoupon();
    await redeem(coupon.id, 100);
    await redeem(coupon.id, 100);
    const error = await expectAppError(
      updateCoupon(db, coupon.id, { usageLimit: 1 }, context),
      'VALIDATION_FAILED',
      400,
    );
    expect(error.details).toEqual([
      { field: 'usageLimit', message: 'cannot be below the 2 uses already taken' },
    ]);
    expect(await updateCoupon(db, coupon.id, { usageLimit: 2 }, context)).toMatchObject({
      usageLimit: 2,
      timesUsed: 2,
    });
  });

  it('refuses a code another coupon has (409) and answers 404 for unknown ids', async () => {
    const [first, second] = [await newCoupon(), await newCoupon()];
    await expectAppError(
      updateCoupon(db, second.id, { code: first.code.toLowerCase() }, context),
      'CONFLICT',
      409,
    );
    await expectAppError(updateCoupon(db, randomUUID(), { value: 5 }, context), 'NOT_FOUND', 404);
    await expectAppError(updateCoupon(db, 'not-a-uuid', { value: 5 }, context), 'NOT_FOUND', 404);
  });
});

describe('deleteCoupon', () => {
  it('deletes an unused coupon and audits what it was', async () => {
    const coupon = await newCoupon();
    await deleteCoupon(db, coupon.id, context);
    expect(await db.$count(coupons, eq(coupons.id, coupon.id))).toBe(0);
    const entries = await auditRows(coupon.id);
    expect(entries.map((entry) => entry.action)).toEqual(['coupon.create', 'coupon.delete']);
    expect(entries[1]).toMatchObject({ before: expect.objectContaining({ code: coupon.code }), after: null });
    await expectAppError(deleteCoupon(db, coupon.id, context), 'NOT_FOUND', 404);
  });

  it('refuses to delete a coupon that has been used, even when the use was given back', async () => {
    const coupon = await newCoupon();
    const orderId = await redeem(coupon.id, 500);
    await releaseCoupon(db, orderId);
    const error = await expectAppError(deleteCoupon(db, coupon.id, context), 'CONFLICT', 409);
    expect(error.details).toEqual({ redemptions: 1 });
    expect(await db.$count(coupons, eq(coupons.id, coupon.id))).toBe(1);
    expect((await auditRows(coupon.id)).map((entry) => entry.action)).toEqual(['coupon.create']);
  });
});

describe('listCoupons', () => {
  it('finds coupons by code or description and by the active switch, with their usage', async () => {
    const word = `lista${randomUUID().slice(0, 6)}`;
    const used = await newCoupon({ code: `${word}-a` });
    const off = await newCoupon({ code: uniqueCode(), description: `Vanha ${word}`, isActive: false });
    await redeem(used.id, 700);
    await redeem(used.id, 300);
    await releaseCoupon(db, await redeem(used.id, 1_000));

    const all = await listCoupons(db, ZListCouponsQuery.parse({ q: word }));
    expect(all.total).toBe(2);
    // Newest first.
    expect(all.items.map((coupon) => coupon.id)).toEqual([off.id, used.id]);
    expect(all.items[1]).toMatchObject({
      timesUsed: 2,
      usage: { activeRedemptions: 2, releasedRedemptions: 1, discountGivenCents: 1_000 },
    });

    const active = await listCoupons(db, ZListCouponsQuery.parse({ q: word, active: 'true' }));
    expect(active.items.map((coupon) => coupon.id)).toEqual([used.id]);
    const inactive = await listCoupons(db, ZListCouponsQuery.parse({ q: word, active: 'false' }));
    expect(inactive.items.map((coupon) => coupon.id)).toEqual([off.id]);
    const paged = await listCoupons(db, ZListCouponsQuery.parse({ q: word, pageSize: '1', page: '2' }));
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items.map((coupon) => coupon.id)).toEqual([used.id]);
  });

  it('treats % and _ in the search as characters', async () => {
    const result = await listCoupons(db, ZListCouponsQuery.parse({ q: '_%_' }));
    expect(result.total).toBe(0);
  });
});
