import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/schema';
import type { Db } from '../db/client';
import { AppError } from '../lib/app-error';
import { orders } from '../orders/schema';
import { openTestDatabase } from '../testing/database';
import {
  countCustomerUses,
  findCouponByCode,
  normalizeCouponCode,
  type RedeemCouponInput,
  redeemCoupon,
  releaseCoupon,
} from './coupons';
import { couponRedemptions, coupons } from './schema';

let db: Db;

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

const day = 24 * 60 * 60 * 1000;

/** A fresh coupon with a unique code, valid since yesterday, no limits unless overridden. */
async function createCoupon(overrides: Partial<typeof coupons.$inferInsert> = {}) {
  const [row] = await db
    .insert(coupons)
    .values({
      code: `TEST-${randomUUID().slice(0, 13).toUpperCase()}`,
      type: 'percentage',
      value: 10,
      startsAt: new Date(Date.now() - day),
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('coupon not created');
  return row;
}

async function createUser(): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ email: `buyer-${randomUUID()}@example.test` })
    .returning({ id: users.id });
  if (!row) throw new Error('user not created');
  return row.id;
}

/** The least an orders row needs; redemptions reference one. */
async function createOrder(email = `guest-${randomUUID()}@example.test`, userId: string | null = null) {
  const [row] = await db
    .insert(orders)
    .values({
      orderNumber: `TEST-${randomUUID()}`,
      userId,
      email,
      locale: 'fi',
      paymentMethod: 'test',
      subtotalCents: 5000,
      discountCents: 500,
      shippingCents: 0,
      vatCents: 914,
      totalCents: 4500,
      vatLines: [{ rateBasisPoints: 2550, netCents: 3586, vatCents: 914 }],
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
  return row.id;
}

async function redeem(couponId: string, overrides: Partial<RedeemCouponInput> = {}) {
  const email = overrides.email ?? `guest-${randomUUID()}@example.test`;
  const orderId = overrides.orderId ?? (await createOrder(email.toLowerCase(), overrides.userId ?? null));
  await redeemCoupon(db, {
    couponId,
    orderId,
    userId: null,
    email,
    subtotalCents: 5000,
    discountCents: 500,
    now: new Date(),
    ...overrides,
  });
  return orderId;
}

async function timesUsed(couponId: string): Promise<number> {
  const [row] = await db
    .select({ timesUsed: coupons.timesUsed })
    .from(coupons)
    .where(eq(coupons.id, couponId));
  return row?.timesUsed ?? Number.NaN;
}

function rejection(reason: string) {
  return { code: 'COUPON_INVALID', status: 422, details: expect.objectContaining({ reason }) };
}

describe('normalizeCouponCode', () => {
  it.each([
    [' summer25 ', 'SUMMER25'],
    ['Kesä-Ale', 'KESÄ-ALE'],
    // Full-width letters and an ideographic space, as typed on a CJK keyboard.
    ['ｓｕｍｍｅｒ２５\u3000', 'SUMMER25'],
    ['\tsale\n', 'SALE'],
  ])('%j reads %j', (input, expected) => {
    expect(normalizeCouponCode(input)).toBe(expected);
  });
});

describe('findCouponByCode', () => {
  it('finds a coupon whatever the case and surrounding space', async () => {
    const created = await createCoupon({ description: 'Spring', minOrderCents: 3000, usageLimit: 10 });
    const found = await findCouponByCode(db, `  ${created.code.toLowerCase()} `);
    expect(found).toEqual({
      id: created.id,
      code: created.code,
      description: 'Spring',
      type: 'percentage',
      value: 10,
      minOrderCents: 3000,
      usageLimit: 10,
      perCustomerLimit: null,
      timesUsed: 0,
      startsAt: created.startsAt,
      endsAt: null,
      isActive: true,
    });
    expect(found?.startsAt).toBeInstanceOf(Date);
  });

  it('answers null for unknown, empty and overlong codes', async () => {
    expect(await findCouponByCode(db, `NO-SUCH-${randomUUID()}`)).toBeNull();
    expect(await findCouponByCode(db, '   ')).toBeNull();
    expect(await findCouponByCode(db, 'X'.repeat(10_000))).toBeNull();
  });
});

describe('redeemCoupon', () => {
  it('takes a use and records the redemption with the email lowercased', async () => {
    const coupon = await createCoupon({ usageLimit: 5 });
    const userId = await createUser();
    const orderId = await redeem(coupon.id, {
      userId,
      email: ' Aino.Asiakas@Example.TEST ',
      discountCents: 750,
    });
    expect(await timesUsed(coupon.id)).toBe(1);
    const rows = await db.select().from(couponRedemptions).where(eq(couponRedemptions.orderId, orderId));
    expect(rows).toEqual([
      expect.objectContaining({
        couponId: coupon.id,
        userId,
        email: 'aino.asiakas@example.test',
        discountCents: 750,
        releasedAt: null,
      }),
    ]);
  });

  it('stops at the usage limit', async () => {
    const coupon = await createCoupon({ usageLimit: 2 });
    await redeem(coupon.id);
    await redeem(coupon.id);
    await expect(redeem(coupon.id)).rejects.toMatchObject(rejection('used_up'));
    expect(await timesUsed(coupon.id)).toBe(2);
  });

  it.each<[string, Partial<typeof coupons.$inferInsert>, Partial<RedeemCouponInput>, string]>([
    ['a disabled coupon', { isActive: false }, {}, 'unknown'],
    ['a coupon that starts tomorrow', { startsAt: new Date(Date.now() + day) }, {}, 'not_yet_valid'],
    [
      'a coupon that ended',
      { startsAt: new Date(Date.now() - 2 * day), endsAt: new Date(Date.now() - day) },
      {},
      'expired',
    ],
    ['an order under the minimum', { minOrderCents: 5001 }, { subtotalCents: 5000 }, 'minimum_not_met'],
  ])(
    'refuses %s with the precise reason and leaves the count alone',
    async (_label, terms, input, reason) => {
      const coupon = await createCoupon(terms);
      await expect(redeem(coupon.id, input)).rejects.toMatchObject(rejection(reason));
      expect(await timesUsed(coupon.id)).toBe(0);
    },
  );

  it('treats the window as half-open at the given moment', async () => {
    const startsAt = new Date(Date.now() - day);
    const endsAt = new Date(Date.now() + day);
    const coupon = await createCoupon({ startsAt, endsAt });
    await redeem(coupon.id, { now: startsAt });
    await expect(redeem(coupon.id, { now: endsAt })).rejects.toMatchObject(rejection('expired'));
    expect(await timesUsed(coupon.id)).toBe(1);
  });

  it('accepts an order exactly at the minimum, and says what the minimum is when under it', async () => {
    const coupon = await createCoupon({ minOrderCents: 5000 });
    await redeem(coupon.id, { subtotalCents: 5000 });
    await expect(redeem(coupon.id, { subtotalCents: 4999 })).rejects.toMatchObject({
      details: { reason: 'minimum_not_met', minOrderCents: 5000 },
    });
  });

  it('answers unknown for an id that is not a coupon', async () => {
    const orderId = await createOrder();
    const input = { orderId, subtotalCents: 5000, discountCents: 0, userId: null, email: 'x@example.test' };
    await expect(
      redeemCoupon(db, { ...input, couponId: randomUUID(), now: new Date() }),
    ).rejects.toMatchObject(rejection('unknown'));
    await expect(redeemCoupon(db, { ...input, couponId: 'nope', now: new Date() })).rejects.toMatchObject(
      rejection('unknown'),
    );
  });

  it('limits a signed-in customer by user id, whatever email the order has', async () => {
    const coupon = await createCoupon({ perCustomerLimit: 1 });
    const userId = await createUser();
    await redeem(coupon.id, { userId, email: `first-${randomUUID()}@example.test` });
    await expect(
      redeem(coupon.id, { userId, email: `second-${randomUUID()}@example.test` }),
    ).rejects.toMatchObject(rejection('already_used'));
    expect(await timesUsed(coupon.id)).toBe(1);
    // Someone else may still use it.
    await redeem(coupon.id, { userId: await createUser() });
    expect(await timesUsed(coupon.id)).toBe(2);
  });

  it('limits a guest by email, case-insensitively', async () => {
    const coupon = await createCoupon({ perCustomerLimit: 2 });
    const local = `guest-${randomUUID()}`;
    await redeem(coupon.id, { email: `${local}@Example.test` });
    await redeem(coupon.id, { email: `${local.toUpperCase()}@EXAMPLE.TEST` });
    await expect(redeem(coupon.id, { email: ` ${local}@example.test` })).rejects.toMatchObject(
      rejection('already_used'),
    );
    expect(await countCustomerUses(db, coupon.id, { userId: null, email: `${local}@EXAMPLE.test` })).toBe(2);
    expect(await timesUsed(coupon.id)).toBe(2);
  });

  it('counts a guest order with a customer’s email against that customer', async () => {
    const coupon = await createCoupon({ perCustomerLimit: 1 });
    const email = `member-${randomUUID()}@example.test`;
    await redeem(coupon.id, { userId: await createUser(), email });
    await expect(redeem(coupon.id, { userId: null, email })).rejects.toMatchObject(rejection('already_used'));
  });

  it('leaves the count as it was when the caller catches a refusal and commits', async () => {
    const coupon = await createCoupon({ perCustomerLimit: 1 });
    const email = `again-${randomUUID()}@example.test`;
    await redeem(coupon.id, { email });
    const orderId = await createOrder(email);
    await db.transaction(async (tx) => {
      await expect(
        redeemCoupon(tx, {
          couponId: coupon.id,
          orderId,
          userId: null,
          email,
          subtotalCents: 5000,
          discountCents: 500,
          now: new Date(),
        }),
      ).rejects.toMatchObject(rejection('already_used'));
      // The order goes ahead without the coupon; the refused use must not stay counted.
      await tx.update(orders).set({ couponCode: null }).where(eq(orders.id, orderId));
    });
    expect(await timesUsed(coupon.id)).toBe(1);
  });

  it('takes no use when the order already has a redemption', async () => {
    const coupon = await createCoupon();
    const orderId = await redeem(coupon.id);
    await expect(redeem(coupon.id, { orderId })).rejects.toThrow();
    expect(await timesUsed(coupon.id)).toBe(1);
  });

  it('refuses a negative discount as a programming error', async () => {
    const coupon = await createCoupon();
    await expect(redeem(coupon.id, { discountCents: -1 })).rejects.toThrow(/discountCents/);
    expect(await timesUsed(coupon.id)).toBe(0);
  });
});

describe('countCustomerUses', () => {
  it('is 0 with neither a user nor an email, and for a malformed coupon id', async () => {
    const coupon = await createCoupon();
    await redeem(coupon.id);
    expect(await countCustomerUses(db, coupon.id, { userId: null, email: null })).toBe(0);
    expect(await countCustomerUses(db, coupon.id, { userId: null, email: '  ' })).toBe(0);
    expect(await countCustomerUses(db, 'nope', { userId: null, email: 'x@example.test' })).toBe(0);
  });
});

describe('releaseCoupon', () => {
  it('gives the use back once; a second call changes nothing', async () => {
    const coupon = await createCoupon({ usageLimit: 3 });
    const email = `cancel-${randomUUID()}@example.test`;
    const orderId = await redeem(coupon.id, { email });
    await redeem(coupon.id);
    expect(await timesUsed(coupon.id)).toBe(2);

    expect(await releaseCoupon(db, orderId)).toBe(true);
    expect(await timesUsed(coupon.id)).toBe(1);
    expect(await countCustomerUses(db, coupon.id, { userId: null, email })).toBe(0);
    const [row] = await db.select().from(couponRedemptions).where(eq(couponRedemptions.orderId, orderId));
    expect(row?.releasedAt).toBeInstanceOf(Date);

    expect(await releaseCoupon(db, orderId)).toBe(false);
    expect(await timesUsed(coupon.id)).toBe(1);
  });

  it('makes a used-up coupon available again, and lets the customer use it again', async () => {
    const coupon = await createCoupon({ usageLimit: 1, perCustomerLimit: 1 });
    const email = `retry-${randomUUID()}@example.test`;
    const orderId = await redeem(coupon.id, { email });
    await expect(redeem(coupon.id)).rejects.toMatchObject(rejection('used_up'));
    expect(await releaseCoupon(db, orderId)).toBe(true);
    await redeem(coupon.id, { email });
    expect(await timesUsed(coupon.id)).toBe(1);
  });

  it('answers false for an order without a redemption and for a malformed id', async () => {
    expect(await releaseCoupon(db, await createOrder())).toBe(false);
    expect(await releaseCoupon(db, randomUUID())).toBe(false);
    expect(await releaseCoupon(db, 'nope')).toBe(false);
  });

  it('releases once when two cancellations race', async () => {
    const coupon = await createCoupon();
    const orderId = await redeem(coupon.id);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => db.transaction((tx) => releaseCoupon(tx, orderId))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await timesUsed(coupon.id)).toBe(0);
  });
});

describe('redeemCoupon under concurrency', () => {
  it('lets exactly 3 of 30 parallel checkouts use a coupon limited to 3', async () => {
    const coupon = await createCoupon({ usageLimit: 3 });
    const orderIds = await Promise.all(Array.from({ length: 30 }, () => createOrder()));
    const results = await Promise.allSettled(
      orderIds.map((orderId, index) =>
        db.transaction((tx) =>
          redeemCoupon(tx, {
            couponId: coupon.id,
            orderId,
            userId: null,
            email: `parallel-${index}-${randomUUID()}@example.test`,
            subtotalCents: 5000,
            discountCents: 500,
            now: new Date(),
          }),
        ),
      ),
    );
    const refused = results.filter((result) => result.status === 'rejected');
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    for (const result of refused) {
      expect(result.reason).toBeInstanceOf(AppError);
      expect(result.reason).toMatchObject(rejection('used_up'));
    }
    expect(await timesUsed(coupon.id)).toBe(3);
    const redemptions = await db.$count(
      couponRedemptions,
      and(eq(couponRedemptions.couponId, coupon.id), isNull(couponRedemptions.releasedAt)),
    );
    expect(redemptions).toBe(3);
  });

  it('lets one customer use a once-per-customer coupon once across parallel checkouts', async () => {
    const coupon = await createCoupon({ perCustomerLimit: 1 });
    const email = `eager-${randomUUID()}@example.test`;
    const orderIds = await Promise.all(Array.from({ length: 10 }, () => createOrder(email)));
    const results = await Promise.allSettled(
      orderIds.map((orderId) =>
        db.transaction((tx) =>
          redeemCoupon(tx, {
            couponId: coupon.id,
            orderId,
            userId: null,
            email,
            subtotalCents: 5000,
            discountCents: 500,
            now: new Date(),
          }),
        ),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason).toMatchObject(rejection('already_used'));
    }
    expect(await timesUsed(coupon.id)).toBe(1);
  });
});
