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

/**
 * Takes the units and writes their ledger row in one statement: the conditional update (its row lock plus
 * `stock >= n` makes two buyers of the last unit impossible) feeds the insert, so a refused update writes
 * no row. Answers the stock left, or null when there was not enough.
 */
async function take(
  tx: Executor,
  request: StockRequest,
  context: { orderId: string; actorId: string | null },
): Promise<number | null> {
  const taken = request.variantId
    ? sql`update product_variants set stock = stock - ${request.quantity}
          where id = ${request.variantId} and product_id = ${request.productId} and stock >= ${request.quantity}
          returning product_id, id as variant_id, stock`
    : sql`update products set stock = stock - ${request.quantity}
          where id = ${request.productId} and stock >= ${request.quantity}
          returning id as product_id, null::uuid as variant_id, stock`;
  const [row] = await queryRows<{ stock_after: number }>(
    tx,
    sql`with taken as (${taken})
        insert into stock_movements (product_id, variant_id, delta, stock_after, reason, order_id, actor_id)
        select product_id, variant_id, ${-request.quantity}::int, stock, 'order', ${context.orderId}::uuid,
          ${context.actorId}::uuid
        from taken
        returning stock_after`,
  );
  return row ? row.stock_after : null;
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
 * Takes the units an order needs, each with its ledger row. Rows are updated in one fixed order (product,
 * then variant id) so two orders sharing items can't deadlock. Every shortage is reported, not only the
 * first; the caller must then roll the transaction back, which also takes back the units and ledger rows
 * of the lines that could be filled. `soldOut` says whether an item sold its last unit.
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
  let soldOut = false;
  for (const request of ordered) {
    const after = await take(tx, request, context);
    if (after === null) shortages.push({ ...request, available: await currentStock(tx, request) });
    // Selling the last unit changes what listings show ("out of stock"); callers refresh cached pages then.
    else if (after === 0) soldOut = true;
  }
  return { shortages, soldOut };
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
