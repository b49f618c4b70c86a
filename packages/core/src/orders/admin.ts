import { and, asc, count, desc, eq, gte, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../accounts/schema';
import { recordAudit } from '../audit/log';
import type { Db, Executor } from '../db/client';
import { notFound } from '../lib/app-error';
import { offsetOf, type Page, ZPageQuery } from '../lib/pagination';
import { payments } from '../payments/schema';
import { orderNotes, orders } from './schema';
import { orderStatuses } from './state';
import { findOrderByNumber, type OrderView, toOrderView, toOrderViews } from './view';

export const ZAdminOrdersQuery = ZPageQuery.extend({
  status: z.enum(orderStatuses as [string, ...string[]]).optional(),
  paymentMethod: z.enum(['bank_transfer', 'stripe']).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type TAdminOrdersQuery = z.infer<typeof ZAdminOrdersQuery>;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The list's filters: status, payment method, number / email / name, dates (UTC days, `to` inclusive). */
function adminOrderFilter(query: Omit<TAdminOrdersQuery, 'page' | 'pageSize'>): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(sql`${orders.status} = ${query.status}`);
  if (query.paymentMethod) conditions.push(eq(orders.paymentMethod, query.paymentMethod));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const match = or(
      ilike(orders.orderNumber, pattern),
      ilike(orders.email, pattern),
      ilike(sql`${orders.shippingAddress}->>'fullName'`, pattern),
    );
    if (match) conditions.push(match);
  }
  if (query.from) conditions.push(gte(orders.createdAt, new Date(`${query.from}T00:00:00Z`)));
  if (query.to)
    conditions.push(lt(orders.createdAt, new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000)));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Orders for the admin list, newest first. */
export async function listOrdersForAdmin(db: Executor, query: TAdminOrdersQuery): Promise<Page<OrderView>> {
  const where = adminOrderFilter(query);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(orders)
      .where(where)
      .orderBy(desc(orders.createdAt), desc(orders.orderNumber))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(orders).where(where),
  ]);
  return {
    items: await toOrderViews(db, rows),
    total: total?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export interface AdminOrderView extends OrderView {
  customerId: string | null;
  vatCountry: string;
  payments: {
    provider: string;
    providerReference: string | null;
    status: string;
    amountCents: number;
    refundedCents: number;
    createdAt: string;
  }[];
  /** Internal notes, never shown to the customer. */
  notes: { body: string; authorEmail: string | null; createdAt: string }[];
}

/** Everything an admin sees of an order: the customer's view plus payments and internal notes. */
export async function getOrderForAdmin(db: Executor, orderNumber: string): Promise<AdminOrderView> {
  const order = await findOrderByNumber(db, orderNumber);
  if (!order) throw notFound('Order');
  const [view, paymentRows, notes] = await Promise.all([
    toOrderView(db, order),
    db.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(asc(payments.createdAt)),
    db
      .select({ body: orderNotes.body, authorEmail: users.email, createdAt: orderNotes.createdAt })
      .from(orderNotes)
      .leftJoin(users, eq(users.id, orderNotes.authorId))
      .where(eq(orderNotes.orderId, order.id))
      .orderBy(asc(orderNotes.createdAt)),
  ]);
  return {
    ...view,
    customerId: order.userId,
    vatCountry: order.vatCountry,
    payments: paymentRows.map((payment) => ({
      provider: payment.provider,
      providerReference: payment.providerReference,
      status: payment.status,
      amountCents: payment.amountCents,
      refundedCents: payment.refundedCents,
      createdAt: payment.createdAt.toISOString(),
    })),
    notes: notes.map((note) => ({ ...note, createdAt: note.createdAt.toISOString() })),
  };
}

export const ZOrderNoteInput = z.object({ body: z.string().trim().min(1).max(2000) });

/** Adds an internal note (audited like every admin write). */
export async function addOrderNote(
  db: Db,
  orderNumber: string,
  input: z.input<typeof ZOrderNoteInput>,
  actor: { id: string; email: string },
): Promise<AdminOrderView> {
  const { body } = ZOrderNoteInput.parse(input);
  await db.transaction(async (tx) => {
    const order = await findOrderByNumber(tx, orderNumber);
    if (!order) throw notFound('Order');
    await tx.insert(orderNotes).values({ orderId: order.id, authorId: actor.id, body });
    await recordAudit(tx, {
      actor,
      action: 'order.note',
      entityType: 'order',
      entityId: order.id,
      after: { body },
    });
  });
  return getOrderForAdmin(db, orderNumber);
}

const csvColumns = [
  'orderNumber',
  'createdAt',
  'status',
  'paymentStatus',
  'paymentMethod',
  'email',
  'name',
  'country',
  'subtotal',
  'discount',
  'shipping',
  'vat',
  'total',
  'coupon',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const euros = (cents: number) => (cents / 100).toFixed(2);

/**
 * The filtered list as CSV for bookkeeping, newest first, read in pages of 500 so a year of orders never
 * sits in memory at once. Amounts in euros with a dot, as accounting imports expect.
 */
export async function* exportOrdersCsv(
  db: Executor,
  query: Omit<TAdminOrdersQuery, 'page' | 'pageSize'>,
): AsyncGenerator<string> {
  yield `${csvColumns.join(',')}\r\n`;
  const where = adminOrderFilter(query);
  const batch = 500;
  for (let offset = 0; ; offset += batch) {
    const rows = await db
      .select()
      .from(orders)
      .where(where)
      .orderBy(desc(orders.createdAt), desc(orders.orderNumber))
      .limit(batch)
      .offset(offset);
    for (const row of rows) {
      const fields = [
        row.orderNumber,
        row.createdAt.toISOString(),
        row.status,
        row.paymentStatus,
        row.paymentMethod,
        row.email,
        row.shippingAddress.fullName,
        row.shippingAddress.country,
        euros(row.subtotalCents),
        euros(row.discountCents),
        euros(row.shippingCents),
        euros(row.vatCents),
        euros(row.totalCents),
        row.couponCode ?? '',
      ];
      yield `${fields.map(csvField).join(',')}\r\n`;
    }
    if (rows.length < batch) return;
  }
}
