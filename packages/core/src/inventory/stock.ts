import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { stockMovements } from './schema';

export interface StockRequest {
  productId: string;
  variantId: string | null;
  quantity: number;
}

export interface StockShortage extends StockRequest {
  /** Units on hand when the request failed. */
  available: number;
}

async function decrement(tx: Executor, request: StockRequest): Promise<number | null> {
  // Conditional update: the row lock plus `stock >= n` makes two buyers of the last unit impossible.
  const [row] = request.variantId
    ? await queryRows<{ stock: number }>(
        tx,
        sql`update product_variants set stock = stock - ${request.quantity}
            where id = ${request.variantId} and product_id = ${request.productId} and stock >= ${request.quantity}
            returning stock`,
      )
    : await queryRows<{ stock: number }>(
        tx,
        sql`update products set stock = stock - ${request.quantity}
            where id = ${request.productId} and stock >= ${request.quantity} returning stock`,
      );
  return row ? row.stock : null;
}

async function currentStock(tx: Executor, request: StockRequest): Promise<number> {
  const [row] = request.variantId
    ? await queryRows<{ stock: number }>(
        tx,
        sql`select stock from product_variants where id = ${request.variantId}`,
      )
    : await queryRows<{ stock: number }>(tx, sql`select stock from products where id = ${request.productId}`);
  return row?.stock ?? 0;
}

/**
 * Takes the units an order needs and writes the ledger. Rows are updated in one fixed order (product,
 * then variant id) so two orders sharing items can't deadlock. Every shortage is reported, not only the
 * first; the caller must roll the transaction back when any is returned. `soldOut` says whether an item
 * sold its last unit.
 */
export async function takeStockForOrder(
  tx: Executor,
  requests: StockRequest[],
  context: { orderId: string; actorId: string | null },
): Promise<{ shortages: StockShortage[]; soldOut: boolean }> {
  const ordered = [...requests].sort(
    (a, b) => a.productId.localeCompare(b.productId) || (a.variantId ?? '').localeCompare(b.variantId ?? ''),
  );
  const shortages: StockShortage[] = [];
  const movements: (typeof stockMovements.$inferInsert)[] = [];
  for (const request of ordered) {
    const after = await decrement(tx, request);
    if (after === null) {
      shortages.push({ ...request, available: await currentStock(tx, request) });
      continue;
    }
    movements.push({
      productId: request.productId,
      variantId: request.variantId,
      delta: -request.quantity,
      stockAfter: after,
      reason: 'order',
      orderId: context.orderId,
      actorId: context.actorId,
    });
  }
  if (shortages.length === 0 && movements.length > 0) await tx.insert(stockMovements).values(movements);
  // Selling the last unit changes what listings show ("out of stock"); callers refresh cached pages then.
  return { shortages, soldOut: movements.some((movement) => movement.stockAfter === 0) };
}

/**
 * Puts an order's units back (cancellation): each line's quantity less what was already returned, for
 * lines whose product still exists; one ledger row per line.
 */
export async function restockOrder(
  tx: Executor,
  orderId: string,
  context: { actorId: string | null; reason: 'cancellation' | 'return'; note?: string },
): Promise<void> {
  const lines = await queryRows<{ product_id: string; variant_id: string | null; quantity: number }>(
    tx,
    sql`select product_id, variant_id, (quantity - returned_quantity)::int as quantity from order_lines
        where order_id = ${orderId} and product_id is not null and quantity > returned_quantity
        order by product_id, variant_id`,
  );
  for (const line of lines) {
    const [row] = line.variant_id
      ? await queryRows<{ stock: number }>(
          tx,
          sql`update product_variants set stock = stock + ${line.quantity} where id = ${line.variant_id} returning stock`,
        )
      : await queryRows<{ stock: number }>(
          tx,
          sql`update products set stock = stock + ${line.quantity} where id = ${line.product_id} returning stock`,
        );
    if (!row) continue;
    await tx.insert(stockMovements).values({
      productId: line.product_id,
      variantId: line.variant_id,
      delta: line.quantity,
      stockAfter: row.stock,
      reason: context.reason,
      note: context.note ?? null,
      orderId,
      actorId: context.actorId,
    });
  }
}
