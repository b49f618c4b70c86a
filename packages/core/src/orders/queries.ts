import { and, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { notFound } from '../lib/app-error';
import type { Page } from '../lib/pagination';
import { trackingUrl } from '../shipping/index';
import type { OrderActor } from './cancel';
import { orders } from './schema';
import type { OrderStatus } from './state';
import { findOrderByNumber, type OrderView, toOrderView, toOrderViews } from './view';

export const ZTrackOrderInput = z.object({
  orderNumber: z.string().trim().min(1).max(40),
  email: z.string().trim().min(3).max(320),
});

/** The signed-in customer's orders, newest first. */
export async function listMyOrders(
  db: Executor,
  userId: string,
  paging: { page: number; pageSize: number },
): Promise<Page<OrderView>> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(orders)
      .where(eq(orders.userId, userId))
      .orderBy(desc(orders.createdAt), desc(orders.orderNumber))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ total: count() }).from(orders).where(eq(orders.userId, userId)),
  ]);
  return { items: await toOrderViews(db, rows), total: total?.total ?? 0, ...paging };
}

/** One order for its owner or an admin; for anyone else it does not exist (404, not 403). */
export async function getOrderFor(db: Executor, orderNumber: string, actor: OrderActor): Promise<OrderView> {
  const order = await findOrderByNumber(db, orderNumber);
  if (!order || (!actor.isAdmin && (!order.userId || order.userId !== actor.userId))) throw notFound('Order');
  return toOrderView(db, order);
}

export interface TrackedOrder {
  orderNumber: string;
  status: OrderStatus;
  paymentStatus: OrderView['paymentStatus'];
  createdAt: string;
  items: { name: string; variantLabel: string | null; quantity: number }[];
  totalCents: number;
  shippingMethod: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  history: { status: OrderStatus; at: string }[];
}

/**
 * The public order lookup. A wrong number and a wrong email give the same 404, so the answer never
 * confirms that an order number exists; the address and the payment details are not shown here.
 */
export async function trackOrder(
  db: Executor,
  input: z.input<typeof ZTrackOrderInput>,
): Promise<TrackedOrder> {
  const { orderNumber, email } = ZTrackOrderInput.parse(input);
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.orderNumber, orderNumber), eq(orders.email, sql`lower(${email})`)))
    .limit(1);
  if (!order) throw notFound('Order');
  const view = await toOrderView(db, order);
  return {
    orderNumber: view.orderNumber,
    status: view.status,
    paymentStatus: view.paymentStatus,
    createdAt: view.createdAt,
    items: view.items.map((item) => ({
      name: item.name,
      variantLabel: item.variantLabel,
      quantity: item.quantity,
    })),
    totalCents: view.totalCents,
    shippingMethod: view.shippingMethod.name,
    carrier: view.carrier,
    trackingNumber: view.trackingNumber,
    trackingUrl: trackingUrl(view.carrier, view.trackingNumber),
    history: view.history,
  };
}
