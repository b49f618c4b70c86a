import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import { eq, sql } from 'drizzle-orm';
import * as schema from '/work/main/packages/core/src/db/schema';
import { orders, orderLines, orderStatusHistory } from '/work/main/packages/core/src/orders/schema';
import { payments } from '/work/main/packages/core/src/payments/schema';
import { cartItems, carts } from '/work/main/packages/core/src/cart/schema';
const db = drizzle.mock({ schema, casing: 'snake_case' });
const now = new Date();
const addr = { fullName: 'A', company: null, line1: 'x', line2: null, postalCode: '00100', city: 'H', country: 'FI', phone: null };
const cases: Record<string, () => unknown> = {
  ordersInsertReturning: () => db.insert(orders).values({ id: randomUUID(), orderNumber: '2026-000001', referenceNumber: '123', userId: null, email: 'a@b.c', locale: 'fi', paymentMethod: 'bank_transfer', subtotalCents: 1, discountCents: 0, shippingCents: 1, vatCents: 1, totalCents: 2, vatLines: [{ rateBasisPoints: 2550, netCents: 1, vatCents: 1 }], vatCountry: 'FI', shippingAddress: addr, shippingMethodId: randomUUID(), shippingMethodName: 'x', couponCode: null, customerNote: null, idempotencyScope: 's', idempotencyKey: 'k', termsAcceptedAt: now, createdAt: now }).onConflictDoNothing({ target: [orders.idempotencyScope, orders.idempotencyKey] }).returning().toSQL(),
  linesInsertReturning: () => db.insert(orderLines).values([{ orderId: randomUUID(), position: 0, productId: randomUUID(), variantId: null, name: 'n', variantLabel: null, sku: 's', quantity: 1, unitPriceCents: 1, discountCents: 0, lineTotalCents: 1, taxClass: 'standard', vatRateBasisPoints: 2550, vatCents: 1 }]).returning().toSQL(),
  history: () => db.insert(orderStatusHistory).values({ orderId: randomUUID(), toStatus: 'pending_payment', actorId: null, createdAt: now }).toSQL(),
  payment: () => db.insert(payments).values({ orderId: randomUUID(), provider: 'bank_transfer', providerReference: '1', amountCents: 1 }).toSQL(),
  cartSelect: () => db.select({ id: carts.id, userId: carts.userId, couponId: carts.couponId }).from(carts).where(eq(carts.tokenHash, 'x')).limit(1).for('update').toSQL(),
  ordersSelectAll: () => db.select().from(orders).where(eq(orders.id, randomUUID())).toSQL(),
  rawSql: () => db.execute(sql`update products set stock = stock - ${1} where id = ${'x'} and stock >= ${1} returning stock`).toSQL?.() ?? (sql`update products set stock = stock - ${1} where id = ${'x'} and stock >= ${1} returning stock`),
};
const dialect = (db as any).dialect;
for (const [name, fn] of Object.entries(cases)) {
  for (let i = 0; i < 2000; i++) fn();
  const n = 20000; const t = performance.now();
  for (let i = 0; i < n; i++) fn();
  console.log(name.padEnd(24), ((performance.now() - t) / n * 1000).toFixed(1), 'µs');
}
const raw = () => dialect.sqlToQuery(sql`update products set stock = stock - ${1} where id = ${'x'} and stock >= ${1} returning stock`);
for (let i = 0; i < 2000; i++) raw();
{ const n = 20000; const t = performance.now(); for (let i = 0; i < n; i++) raw(); console.log('raw sql build'.padEnd(24), ((performance.now() - t) / n * 1000).toFixed(1), 'µs'); }
