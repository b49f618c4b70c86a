import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cartItems, carts } from '../cart/schema';
import { openTestDatabase } from '../testing/database';
import { shopFixtures } from '../testing/shop-fixtures';
import type { Db } from './client';
import { writeTogether } from './together';

let db: Db;
const shop = shopFixtures(() => db, 'together');

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

function cartValues(id: string) {
  return { id, tokenHash: `together-${id}`, userId: null, expiresAt: new Date(Date.now() + 86_400_000) };
}

async function cartExists(id: string): Promise<boolean> {
  return (await db.select({ id: carts.id }).from(carts).where(eq(carts.id, id))).length === 1;
}

describe('writeTogether', () => {
  it('runs every write, a row and another that refers to it included', async () => {
    const product = await shop.product({ stock: 3 });
    const cartId = randomUUID();
    const other = randomUUID();
    await writeTogether(db, [
      // The line first: its foreign key is checked when the statement ends, when the cart is there.
      db.insert(cartItems).values({ cartId, productId: product.id, quantity: 2, seenPriceCents: 100 }),
      db.insert(carts).values(cartValues(cartId)),
      db.insert(carts).values(cartValues(other)),
    ]);
    expect(await cartExists(cartId)).toBe(true);
    expect(await cartExists(other)).toBe(true);
    const lines = await db
      .select({ quantity: cartItems.quantity })
      .from(cartItems)
      .where(eq(cartItems.cartId, cartId));
    expect(lines).toEqual([{ quantity: 2 }]);
  });

  it('writes nothing when one of the writes fails', async () => {
    const product = await shop.product({ stock: 3 });
    const cartId = randomUUID();
    const missingCart = randomUUID();
    await expect(
      writeTogether(db, [
        db.insert(carts).values(cartValues(cartId)),
        db
          .insert(cartItems)
          .values({ cartId: missingCart, productId: product.id, quantity: 1, seenPriceCents: 1 }),
      ]),
    ).rejects.toThrow();
    expect(await cartExists(cartId)).toBe(false);
  });

  it('does nothing for no writes', async () => {
    await expect(writeTogether(db, [])).resolves.toBeUndefined();
  });
});
