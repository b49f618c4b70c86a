import { and, count, desc, gte, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { offsetOf, type Page, ZPageQuery } from '../lib/pagination';
import { orders } from './schema';
import { orderStatuses } from './state';
import { type OrderView, toOrderViews } from './view';

export const ZAdminOrdersQuery = ZPageQuery.extend({
  status: z.enum(orderStatuses as [string, ...string[]]).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type TAdminOrdersQuery = z.infer<typeof ZAdminOrdersQuery>;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Orders for the admin list, newest first: by status, by number / email / name, by date (UTC days, `to` inclusive). */
export async function listOrdersForAdmin(db: Executor, query: TAdminOrdersQuery): Promise<Page<OrderView>> {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(sql`${orders.status} = ${query.status}`);
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
  const where = conditions.length > 0 ? and(...conditions) : undefined;
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
