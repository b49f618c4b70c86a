import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { products, productVariants } from '../catalog/schema';
import { createdAt } from '../db/columns';
import { orders } from '../orders/schema';

export const stockMovementReason = pgEnum('stock_movement_reason', [
  'initial',
  'order',
  'cancellation',
  'return',
  'restock',
  'adjustment',
  'damaged',
  'correction',
]);

/** The stock ledger: every change of a product's or variant's stock, with who and why. */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // RESTRICT: products with history are archived, never deleted, so the ledger stays complete.
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'restrict' }),
    variantId: uuid('variant_id').references(() => productVariants.id, { onDelete: 'restrict' }),
    delta: integer('delta').notNull(),
    stockAfter: integer('stock_after').notNull(),
    reason: stockMovementReason('reason').notNull(),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('stock_movements_product_idx').on(t.productId, t.createdAt),
    index('stock_movements_order_id_idx').on(t.orderId),
    check('stock_movements_delta_nonzero', sql`${t.delta} <> 0`),
    check('stock_movements_stock_after_nonnegative', sql`${t.stockAfter} >= 0`),
  ],
);
