/**
 * The admin's sales figures for a date range, next to the previous range of the same length. Every
 * figure is aggregated by the database over indexed ranges (orders by paid_at and created_at, carts and
 * users by created_at); no order is loaded into memory. Days are the store's calendar days.
 */
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { AppError } from '../lib/app-error';
import { defaultLocale, type Locale } from '../lib/locale';
import { limitClause } from '../lib/pagination';
import { type OrderStatus, orderStatuses } from '../orders/state';

/** The store's time zone: a "day" in every figure runs from midnight to midnight here. */
export const storeTimeZone = 'Europe/Helsinki';

/** Longest range one request may ask for: three years of days, enough for year-on-year views. */
export const maxAnalyticsDays = 1_096;
const defaultDays = 30;
const topProductsLimit = 10;
const lowStockLimit = 20;

export const ZAnalyticsQuery = z.object({
  /** First day, YYYY-MM-DD in the store's time zone; default 29 days before `to`. */
  from: z.iso.date('must be a date (YYYY-MM-DD)').optional(),
  /** Last day, included; default today. */
  to: z.iso.date('must be a date (YYYY-MM-DD)').optional(),
});
export type TAnalyticsQuery = z.infer<typeof ZAnalyticsQuery>;

export interface AnalyticsKpis {
  /**
   * Money kept from sales, VAT included: for every order paid in the period (paid_at within it) and
   * not cancelled or returned since, its total (goods after discount, plus shipping) less whatever has
   * been refunded on its payments. Orders are dated by payment, not placement, so an unpaid bank
   * transfer counts on the day the money arrives.
   */
  revenueCents: number;
  /** The VAT in revenueCents: each order's VAT, reduced in proportion to its refunds. */
  vatCents: number;
  /** revenueCents less vatCents. */
  netCents: number;
  /** The orders revenueCents is made of. */
  orders: number;
  /** revenueCents / orders, rounded to the cent; 0 without orders. */
  averageOrderCents: number;
  /** Customer accounts registered in the period (administrators not counted). */
  customers: number;
  /** Orders placed in the period (created_at), whatever became of them. */
  ordersPlaced: number;
  /** Carts started in the period. A guest cart merged into an account at sign-in is gone and not counted. */
  carts: number;
  /** ordersPlaced / carts, rounded to 4 decimals; null when no cart was started. */
  conversionRate: number | null;
}

export interface DayFigures {
  /** YYYY-MM-DD in the store's time zone. */
  date: string;
  revenueCents: number;
  orders: number;
}

export interface TopProduct {
  /** Null for lines of products deleted since. */
  productId: string | null;
  /** The product's current name in the locale, else the name on the order line. */
  name: string;
  /** Goods after each line's share of the discount, VAT included, less returned units. No shipping. */
  revenueCents: number;
  /** Units sold less units returned. */
  units: number;
}

export interface LowStockProduct {
  productId: string;
  sku: string;
  name: string;
  /** Units on hand over the product's active variants (or the product itself). */
  stock: number;
  lowStockThreshold: number;
}

export interface Analytics {
  timeZone: string;
  period: { from: string; to: string; days: number };
  previousPeriod: { from: string; to: string };
  kpis: AnalyticsKpis;
  previousKpis: AnalyticsKpis;
  /** Every day of the period, days without sales as zeros. */
  revenueByDay: DayFigures[];
  previousRevenueByDay: DayFigures[];
  /** The period's best sellers by revenue (at most 10). */
  topProducts: TopProduct[];
  /** The period's best sellers by units (at most 10). */
  topProductsByUnits: TopProduct[];
  /** Orders placed in the period by their status now, every status listed. */
  ordersByStatus: { status: OrderStatus; count: number }[];
  /** Visible products at or below their low-stock threshold, emptiest first (at most 20). */
  lowStock: LowStockProduct[];
}

export interface AnalyticsInput extends TAnalyticsQuery {
  /** Language of product names; default the store's. */
  locale?: Locale;
  /** "Today" for the default range; the current time unless a test fixes it. */
  now?: Date;
}

const day = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * day).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day) + 1;
}

/** Today's date in the store's time zone (en-CA formats as YYYY-MM-DD). */
function storeToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: storeTimeZone }).format(now);
}

/** The period asked for, with the default filled in and checked. */
export function analyticsPeriod(input: AnalyticsInput): { from: string; to: string; days: number } {
  const to = input.to ?? storeToday(input.now ?? new Date());
  const from = input.from ?? addDays(to, -(defaultDays - 1));
  const days = daysBetween(from, to);
  if (days < 1) {
    throw new AppError('VALIDATION_FAILED', 'The range ends before it starts.', [
      { field: 'to', message: 'must be on or after from' },
    ]);
  }
  if (days > maxAnalyticsDays) {
    throw new AppError('VALIDATION_FAILED', `The range can be at most ${maxAnalyticsDays} days.`, [
      { field: 'from', message: `must be at most ${maxAnalyticsDays} days before to` },
    ]);
  }
  return { from, to, days };
}

/**
 * The instant a store day starts, computed by the database so daylight saving is right. The result
 * does not depend on any row, so the planner evaluates it once and ranges on it use the indexes.
 */
function dayStart(date: string): SQL {
  return sql`(${date}::date::timestamp at time zone ${storeTimeZone})`;
}

/** Raw-SQL sums are bigint (a year's revenue can pass 2^31 cents); drivers return those as text or bigint. */
type BigNumber = string | number | bigint;

interface DayRow {
  day: string;
  orders: number;
  revenue: BigNumber;
  vat: BigNumber;
}

/**
 * Revenue, VAT and order count per store day over both periods, zeros included. An order counts when
 * paid within the range and neither cancelled nor returned; its refunds (summed over its payments,
 * usually one) come off its total, and its VAT shrinks in the same proportion.
 */
async function figuresByDay(db: Executor, first: string, last: string): Promise<DayRow[]> {
  return queryRows<DayRow>(
    db,
    sql`with counted as (
        select (o.paid_at at time zone ${storeTimeZone})::date as day,
          o.total_cents - coalesce(r.refunded, 0) as revenue,
          -- Most orders have no refund: their VAT is taken as it is, without numeric arithmetic.
          case when r.refunded is null then o.vat_cents
            else round(o.vat_cents::numeric * (o.total_cents - r.refunded) / nullif(o.total_cents, 0))
          end as vat
        from orders o
        -- Refunds are few: hashing all of them (from the partial index payments_refunded_idx) costs less
        -- than probing the payments of every order in the range.
        left join (
          select order_id, sum(refunded_cents) as refunded from payments
          where refunded_cents > 0 group by order_id
        ) r on r.order_id = o.id
        where o.paid_at >= ${dayStart(first)} and o.paid_at < ${dayStart(addDays(last, 1))}
          and o.status not in ('cancelled', 'returned')
      ), per_day as (
        select day, count(*)::int as orders, sum(revenue)::bigint as revenue, sum(vat)::bigint as vat
        from counted group by day
      )
      select to_char(d, 'YYYY-MM-DD') as day, coalesce(p.orders, 0) as orders,
        coalesce(p.revenue, 0) as revenue, coalesce(p.vat, 0) as vat
      from generate_series(${first}::date, ${last}::date, interval '1 day') d
      left join per_day p on p.day = d::date
      order by d`,
  );
}

interface CountRow {
  customers: number;
  previous_customers: number;
  carts: number;
  previous_carts: number;
}

/** New customer accounts and carts started, in each period. */
async function visitorCounts(db: Executor, previousStart: SQL, start: SQL, end: SQL): Promise<CountRow> {
  const [row] = await queryRows<CountRow>(
    db,
    sql`select
      (select count(*) from users where role = 'customer' and created_at >= ${start} and created_at < ${end})::int
        as customers,
      (select count(*) from users where role = 'customer' and created_at >= ${previousStart}
        and created_at < ${start})::int as previous_customers,
      (select count(*) from carts where created_at >= ${start} and created_at < ${end})::int as carts,
      (select count(*) from carts where created_at >= ${previousStart} and created_at < ${start})::int
        as previous_carts`,
  );
  if (!row) throw new Error('count query returned no row');
  return row;
}

interface StatusRow {
  status: OrderStatus;
  current: number;
  previous: number;
}

/** Orders placed in each period, by their status now. */
async function statusCounts(db: Executor, previousStart: SQL, start: SQL, end: SQL): Promise<StatusRow[]> {
  return queryRows<StatusRow>(
    db,
    sql`select status::text as status,
        (count(*) filter (where created_at >= ${start}))::int as current,
        (count(*) filter (where created_at < ${start}))::int as previous
      from orders where created_at >= ${previousStart} and created_at < ${end}
      group by status`,
  );
}

/**
 * The product's name in the locale, else the store default's, looked up by primary key for each of the
 * few rows a list returns rather than joined across every translation.
 */
function productName(productId: SQL, locale: Locale): SQL {
  return sql`(select t.name from product_translations t
    where t.product_id = ${productId} and t.locale in (${locale}, ${defaultLocale})
    order by t.locale = ${locale} desc limit 1)`;
}

interface ProductRow {
  product_id: string | null;
  name: string;
  units: number;
  revenue: BigNumber;
  by_revenue: number;
  by_units: number;
}

/**
 * The period's lines of counted orders (as in figuresByDay) per product, ranked twice: by revenue and
 * by units. Only rows in either top list come back.
 */
async function bestSellers(db: Executor, start: SQL, end: SQL, locale: Locale): Promise<ProductRow[]> {
  return queryRows<ProductRow>(
    db,
    sql`with sold as (
        select l.product_id,
          -- Only lines of deleted products need their own name; the rest are looked up by id below.
          max(l.name) filter (where l.product_id is null) as line_name,
          sum(l.quantity - l.returned_quantity)::int as units,
          sum(case when l.returned_quantity = 0 then l.line_total_cents - l.discount_cents
            else round((l.line_total_cents - l.discount_cents)::numeric * (l.quantity - l.returned_quantity)
              / l.quantity) end)::bigint as revenue
        from orders o join order_lines l on l.order_id = o.id
        where o.paid_at >= ${start} and o.paid_at < ${end} and o.status not in ('cancelled', 'returned')
        group by l.product_id
      ), ranked as (
        select sold.*,
          row_number() over (order by revenue desc, units desc, product_id) as by_revenue,
          row_number() over (order by units desc, revenue desc, product_id) as by_units
        from sold
      )
      select r.product_id, coalesce(${productName(sql`r.product_id`, locale)}, r.line_name) as name, r.units,
        r.revenue, r.by_revenue::int as by_revenue, r.by_units::int as by_units
      from ranked r
      where r.by_revenue <= ${topProductsLimit} or r.by_units <= ${topProductsLimit}`,
  );
}

interface LowStockRow {
  id: string;
  sku: string;
  name: string | null;
  stock: number;
  low_stock_threshold: number;
}

async function lowStockProducts(db: Executor, locale: Locale): Promise<LowStockRow[]> {
  return queryRows<LowStockRow>(
    db,
    sql`select p.id, p.sku, ${productName(sql`p.id`, locale)} as name, p.stock_total as stock,
        p.low_stock_threshold
      from products p
      where p.is_visible and p.archived_at is null and p.stock_total <= p.low_stock_threshold
      order by p.stock_total, p.low_stock_threshold desc, p.id
      ${limitClause(lowStockLimit)}`,
  );
}

function kpisOf(
  days: DayRow[],
  counts: { customers: number; carts: number; ordersPlaced: number },
): AnalyticsKpis {
  let revenueCents = 0;
  let vatCents = 0;
  let orders = 0;
  for (const row of days) {
    revenueCents += Number(row.revenue);
    vatCents += Number(row.vat);
    orders += row.orders;
  }
  return {
    revenueCents,
    vatCents,
    netCents: revenueCents - vatCents,
    orders,
    averageOrderCents: orders === 0 ? 0 : Math.round(revenueCents / orders),
    customers: counts.customers,
    ordersPlaced: counts.ordersPlaced,
    carts: counts.carts,
    conversionRate:
      counts.carts === 0 ? null : Math.round((counts.ordersPlaced / counts.carts) * 10_000) / 10_000,
  };
}

function toDayFigures(row: DayRow): DayFigures {
  return { date: row.day, revenueCents: Number(row.revenue), orders: row.orders };
}

function toTopProduct(row: ProductRow): TopProduct {
  return { productId: row.product_id, name: row.name, revenueCents: Number(row.revenue), units: row.units };
}

/**
 * Sales figures for `from`..`to` (store days, both included; default the last 30 days up to today)
 * and for the same number of days just before, as defined on AnalyticsKpis.
 */
export async function getAnalytics(db: Executor, input: AnalyticsInput = {}): Promise<Analytics> {
  const period = analyticsPeriod(input);
  const locale = input.locale ?? defaultLocale;
  const previousFrom = addDays(period.from, -period.days);
  const previousTo = addDays(period.from, -1);
  const previousStart = dayStart(previousFrom);
  const start = dayStart(period.from);
  const end = dayStart(addDays(period.to, 1));

  const [days, counts, statuses, sellers, lowStock] = await Promise.all([
    figuresByDay(db, previousFrom, period.to),
    visitorCounts(db, previousStart, start, end),
    statusCounts(db, previousStart, start, end),
    bestSellers(db, start, end, locale),
    lowStockProducts(db, locale),
  ]);

  const previousDays = days.slice(0, period.days);
  const currentDays = days.slice(period.days);
  const placed = (key: 'current' | 'previous') => statuses.reduce((sum, row) => sum + row[key], 0);

  return {
    timeZone: storeTimeZone,
    period,
    previousPeriod: { from: previousFrom, to: previousTo },
    kpis: kpisOf(currentDays, {
      customers: counts.customers,
      carts: counts.carts,
      ordersPlaced: placed('current'),
    }),
    previousKpis: kpisOf(previousDays, {
      customers: counts.previous_customers,
      carts: counts.previous_carts,
      ordersPlaced: placed('previous'),
    }),
    revenueByDay: currentDays.map(toDayFigures),
    previousRevenueByDay: previousDays.map(toDayFigures),
    topProducts: sellers
      .filter((row) => row.by_revenue <= topProductsLimit)
      .sort((a, b) => a.by_revenue - b.by_revenue)
      .map(toTopProduct),
    topProductsByUnits: sellers
      .filter((row) => row.by_units <= topProductsLimit)
      .sort((a, b) => a.by_units - b.by_units)
      .map(toTopProduct),
    ordersByStatus: orderStatuses.map((status) => ({
      status,
      count: statuses.find((row) => row.status === status)?.current ?? 0,
    })),
    lowStock: lowStock.map((row) => ({
      productId: row.id,
      sku: row.sku,
      name: row.name ?? row.sku,
      stock: row.stock,
      lowStockThreshold: row.low_stock_threshold,
    })),
  };
}
