import { asc, eq, inArray } from 'drizzle-orm';
import { type Executor, readAll } from '../db/client';
import { formatRate } from '../pricing/index';
import type { AddressSnapshot } from './schema';
import { orderLines, orderStatusHistory, orders } from './schema';
import { isCancellable, type OrderStatus } from './state';

export type OrderRow = typeof orders.$inferSelect;

export interface OrderLineView {
  productId: string | null;
  variantId: string | null;
  name: string;
  variantLabel: string | null;
  sku: string;
  quantity: number;
  unitPriceCents: number;
  /** Unit price × quantity, before the order discount. */
  lineTotalCents: number;
  /** This line's share of the order discount. */
  discountCents: number;
  /** Percent as a string, "25.5". */
  vatRate: string;
  vatCents: number;
  returnedQuantity: number;
}

export interface OrderView {
  orderNumber: string;
  status: OrderStatus;
  paymentStatus: OrderRow['paymentStatus'];
  paymentMethod: string;
  email: string;
  locale: string;
  items: OrderLineView[];
  subtotalCents: number;
  discountCents: number;
  couponCode: string | null;
  shippingCents: number;
  vatCents: number;
  vatLines: { rate: string; netCents: number; vatCents: number }[];
  totalCents: number;
  currency: string;
  shippingAddress: AddressSnapshot;
  shippingMethod: { id: string | null; name: string };
  referenceNumber: string | null;
  trackingNumber: string | null;
  carrier: string | null;
  note: string | null;
  canCancel: boolean;
  history: { status: OrderStatus; at: string }[];
  createdAt: string;
  paidAt: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** Orders with their lines and history, in the given order of rows (one query per table, not per order). */
export async function toOrderViews(db: Executor, rows: OrderRow[]): Promise<OrderView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [lines, history] = await readAll(db, [
    () =>
      db
        .select()
        .from(orderLines)
        .where(inArray(orderLines.orderId, ids))
        .orderBy(asc(orderLines.orderId), asc(orderLines.position)),
    () =>
      db
        .select()
        .from(orderStatusHistory)
        .where(inArray(orderStatusHistory.orderId, ids))
        .orderBy(asc(orderStatusHistory.id)),
  ]);
  return rows.map((row) =>
    composeOrderView(
      row,
      lines.filter((line) => line.orderId === row.id),
      history.filter((entry) => entry.orderId === row.id),
    ),
  );
}

/** What an order's view shows of a line. */
export type OrderLineFacts = Pick<
  typeof orderLines.$inferSelect,
  | 'productId'
  | 'variantId'
  | 'name'
  | 'variantLabel'
  | 'sku'
  | 'quantity'
  | 'unitPriceCents'
  | 'lineTotalCents'
  | 'discountCents'
  | 'vatRateBasisPoints'
  | 'vatCents'
  | 'returnedQuantity'
>;

/** An order's view from its rows (lines in position order, history oldest first); no queries. */
export function composeOrderView(
  row: OrderRow,
  lines: OrderLineFacts[],
  history: Pick<typeof orderStatusHistory.$inferSelect, 'toStatus' | 'createdAt'>[],
): OrderView {
  return {
    orderNumber: row.orderNumber,
    status: row.status,
    paymentStatus: row.paymentStatus,
    paymentMethod: row.paymentMethod,
    email: row.email,
    locale: row.locale,
    items: lines.map((line) => ({
      productId: line.productId,
      variantId: line.variantId,
      name: line.name,
      variantLabel: line.variantLabel,
      sku: line.sku,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      lineTotalCents: line.lineTotalCents,
      discountCents: line.discountCents,
      vatRate: formatRate(line.vatRateBasisPoints),
      vatCents: line.vatCents,
      returnedQuantity: line.returnedQuantity,
    })),
    subtotalCents: row.subtotalCents,
    discountCents: row.discountCents,
    couponCode: row.couponCode,
    shippingCents: row.shippingCents,
    vatCents: row.vatCents,
    vatLines: row.vatLines.map((line) => ({
      rate: formatRate(line.rateBasisPoints),
      netCents: line.netCents,
      vatCents: line.vatCents,
    })),
    totalCents: row.totalCents,
    currency: row.currency,
    shippingAddress: row.shippingAddress,
    shippingMethod: { id: row.shippingMethodId, name: row.shippingMethodName },
    referenceNumber: row.referenceNumber,
    trackingNumber: row.trackingNumber,
    carrier: row.carrier,
    note: row.customerNote,
    canCancel: isCancellable(row.status),
    history: history.map((entry) => ({ status: entry.toStatus, at: entry.createdAt.toISOString() })),
    createdAt: row.createdAt.toISOString(),
    paidAt: iso(row.paidAt),
    shippedAt: iso(row.shippedAt),
    deliveredAt: iso(row.deliveredAt),
    cancelledAt: iso(row.cancelledAt),
  };
}

export async function toOrderView(db: Executor, row: OrderRow): Promise<OrderView> {
  const [view] = await toOrderViews(db, [row]);
  if (!view) throw new Error('An order row produced no view.');
  return view;
}

export async function findOrderByNumber(
  db: Executor,
  orderNumber: string,
  lock = false,
): Promise<OrderRow | null> {
  const query = db.select().from(orders).where(eq(orders.orderNumber, orderNumber)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}
