import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';

/**
 * Sets a product's (or variant's) stock the way the shop would: through the ledger, so that on the shared
 * PostgreSQL test database the stock on hand still adds up to its movements for the tests that check it.
 */
export async function setStock(
  db: Executor,
  item: { productId: string; variantId?: string | null },
  stock: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = item.variantId
      ? await tx.execute(sql`select stock from product_variants where id = ${item.variantId} for update`)
      : await tx.execute(sql`select stock from products where id = ${item.productId} for update`);
    const current = (rows as unknown as { rows: { stock: number }[] }).rows[0]?.stock;
    if (current === undefined) throw new Error('No such product or variant.');
    const delta = stock - current;
    if (delta === 0) return;
    if (item.variantId)
      await tx.execute(sql`update product_variants set stock = ${stock} where id = ${item.variantId}`);
    else await tx.execute(sql`update products set stock = ${stock} where id = ${item.productId}`);
    await tx.execute(sql`insert into stock_movements (product_id, variant_id, delta, stock_after, reason, note)
      values (${item.productId}, ${item.variantId ?? null}, ${delta}, ${stock}, 'correction', 'test setup')`);
  });
}
