/**
 * `npm run bench:analytics`: how long the admin's analytics take on a year of sales. Creates a fresh
 * PostgreSQL database, generates a catalogue, customers, carts and (by default) 100,000 orders with
 * their lines and payments spread over the past year, then times getAnalytics for the last 30, 90 and
 * 365 days: one warm-up call, then measured runs, reporting the median and p95. A measurement, not a
 * test: it exits 0 whatever the figures; it exits 1 only when preparing or a call fails. See bench/README.md.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openPostgres } from '@puoti/core';
import { getAnalytics } from '@puoti/core/analytics';
import type { Db } from '@puoti/core/db';
import { sql } from 'drizzle-orm';
import { generateCatalog, prepareBenchDatabase } from './generate';

interface AnalyticsBenchOptions {
  orders: number;
  products: number;
  runs: number;
  seed: number;
  keep: boolean;
  postgresUrl: string;
}

const usage = `Usage: npm run bench:analytics -- [options]

  --orders N     orders to generate over the past 365 days (default 100000)
  --products N   catalogue size (default 2000)
  --runs N       measured calls per range, after one warm-up call (default 5)
  --seed N       generator seed (default 1)
  --keep         keep the benchmark database afterwards (default: dropped)
  --help         this text

Environment: BENCH_ANALYTICS_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/puoti_bench_analytics);
the database named there is dropped and created again on every run, so its name must contain "bench".`;

function integerOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`--${name} must be an integer >= 1, got "${value}"`);
  return parsed;
}

/** Returns null when --help was asked for. */
function parseOptions(argv: string[], env: NodeJS.ProcessEnv): AnalyticsBenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      orders: { type: 'string' },
      products: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return null;
  return {
    orders: integerOption('orders', values.orders, 100_000),
    products: integerOption('products', values.products, 2_000),
    runs: integerOption('runs', values.runs, 5),
    seed: integerOption('seed', values.seed, 1),
    keep: values.keep ?? false,
    postgresUrl:
      env.BENCH_ANALYTICS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/puoti_bench_analytics',
  };
}

/**
 * The database is dropped on every run, so only names that say "bench" are accepted: a mistyped URL
 * must not wipe a real shop.
 */
function benchDatabaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('bench')) {
    throw new Error(
      `BENCH_ANALYTICS_DATABASE_URL names the database "${name}"; the benchmark drops and recreates it, so ` +
        'it only accepts names of lowercase letters, digits and underscores that contain "bench".',
    );
  }
  return name;
}

/** Runs one statement through the server's maintenance database `postgres`. */
async function maintenance(url: string, statement: string): Promise<void> {
  const target = new URL(url);
  target.pathname = '/postgres';
  const admin = openPostgres(target.toString(), 1);
  try {
    await admin.db.execute(statement);
  } finally {
    await admin.close();
  }
}

async function timed<T>(label: string, action: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await action();
  console.log(`  ${label}: ${((performance.now() - started) / 1_000).toFixed(1)} s`);
  return result;
}

/**
 * Customers, carts, orders, lines and payments, each in one set-based statement (generate_series and
 * the database's own random(), seeded), so 100,000 orders take seconds rather than minutes of
 * round trips. What it makes, over the 365 days before now:
 * - a customer account per 5 orders; 3 carts per order (a conversion of about a third);
 * - orders evenly spread in time, 1-3 lines each from a catalogue where a few products sell most
 *   (the product index is the square of a uniform number), 1-4 units a line, 10 % with a 10 % coupon;
 * - statuses by age: the last 2 days partly pending payment or paid, older ones processing, shipped
 *   and delivered; 4 % cancelled and 1 % returned; every order except unpaid ones paid 0-60 minutes
 *   after it was placed, with one payment row, 2 % of paid orders partly refunded.
 */
async function generateSales(db: Db, options: AnalyticsBenchOptions): Promise<void> {
  const orders = options.orders;
  // setseed takes a number in [-1, 1]; every statement below runs on this one connection's sequence.
  const seed = (options.seed % 1_000) / 1_000;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(${seed})`);
    await tx.execute(sql`
      insert into users (email, first_name, last_name, created_at)
      select 'bench-customer-' || n || '@bench.example.org', 'Bench', 'Customer ' || n,
        now() - random() * interval '365 days'
      from generate_series(1, ${Math.ceil(orders / 5)}) n`);
    await tx.execute(sql`
      insert into carts (token_hash, created_at, expires_at)
      select md5('bench-cart-' || n), now() - random() * interval '365 days', now() + interval '30 days'
      from generate_series(1, ${orders * 3}) n`);
    await tx.execute(sql`
      create temporary table bench_orders on commit drop as
      select n, gen_random_uuid() as id, now() - (n::float8 / ${orders}) * interval '365 days' as created_at,
        random() as fate, random() as minutes, 1 + floor(random() * 3)::int as line_count,
        random() < 0.1 as discounted
      from generate_series(1, ${orders}) n`);
    await tx.execute(sql`
      create temporary table bench_lines on commit drop as
      with catalogue as (
        select array_agg(id order by sku) as ids, array_agg(price_cents order by sku) as prices,
          array_agg(sku order by sku) as skus, count(*)::int as size
        from products
      )
      select o.n, o.id as order_id, line.position, c.ids[line.pick] as product_id, c.skus[line.pick] as sku,
        c.prices[line.pick] as unit_price_cents, line.quantity
      from bench_orders o
      cross join catalogue c
      cross join lateral (
        select position, 1 + floor(c.size * power(random(), 2))::int as pick,
          1 + floor(random() * 4)::int as quantity
        from generate_series(1, o.line_count) position
      ) line`);
    // Temporary tables get no statistics by themselves; without them the joins below plan as nested loops.
    await tx.execute(sql`analyze bench_orders, bench_lines`);
    await tx.execute(sql`
      insert into orders (id, order_number, email, locale, status, payment_status, payment_method,
        subtotal_cents, discount_cents, shipping_cents, vat_cents, total_cents, vat_lines, vat_country,
        shipping_address, shipping_method_name, terms_accepted_at, paid_at, cancelled_at, created_at)
      select o.id, 'BENCH-' || lpad(o.n::text, 7, '0'), 'buyer-' || (o.n % 50000) || '@bench.example.org',
        'fi', s.status,
        case when not s.paid then 'pending' when s.status in ('cancelled', 'returned') then 'refunded'
          else 'paid' end::payment_status,
        'bank_transfer',
        t.subtotal, t.discount, t.shipping, round((t.subtotal - t.discount + t.shipping)::numeric * 2550 / 12550)::int,
        t.subtotal - t.discount + t.shipping, '[]'::jsonb, 'FI',
        '{"fullName":"Bench Buyer","line1":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"}'::jsonb,
        'Posti', o.created_at,
        case when s.paid then o.created_at + o.minutes * interval '60 minutes' end,
        case when s.status = 'cancelled' then o.created_at + interval '1 day' end,
        o.created_at
      from bench_orders o
      join (
        select l.n, sum(l.unit_price_cents * l.quantity)::int as subtotal from bench_lines l group by l.n
      ) g on g.n = o.n
      cross join lateral (
        select g.subtotal,
          case when o.discounted then g.subtotal / 10 else 0 end as discount,
          case when g.subtotal >= 5000 then 0 else 590 end as shipping
      ) t
      cross join lateral (
        select case
            when o.fate < 0.04 then 'cancelled'
            when o.fate < 0.05 then 'returned'
            when o.created_at > now() - interval '2 days' then
              case when o.fate < 0.5 then 'pending_payment' else 'paid' end
            when o.created_at > now() - interval '4 days' then 'processing'
            when o.created_at > now() - interval '8 days' then 'shipped'
            else 'delivered'
          end::order_status as status
      ) st
      cross join lateral (
        select st.status, st.status <> 'pending_payment' and not (st.status = 'cancelled' and o.fate < 0.02) as paid
      ) s`);
    // Discounts are spread over the lines in proportion (bigint: price × units × discount passes 2^31),
    // the last line taking the rounding remainder, as checkout does.
    await tx.execute(sql`
      insert into order_lines (order_id, position, product_id, name, sku, quantity, unit_price_cents,
        discount_cents, line_total_cents, tax_class, vat_rate_basis_points, vat_cents, returned_quantity)
      with shares as (
        select l.*, o.status, o.discount_cents as order_discount, l.unit_price_cents * l.quantity as line_total,
          ((l.unit_price_cents * l.quantity)::bigint * o.discount_cents / o.subtotal_cents)::int as share,
          row_number() over (partition by l.order_id order by l.position desc) = 1 as is_last
        from bench_lines l join orders o on o.id = l.order_id
      ), allocated as (
        select shares.*, case when is_last
            then order_discount - sum(share) over (partition by order_id) + share
            else share end as discount
        from shares
      )
      select order_id, position, product_id, 'Bench product ' || sku, sku, quantity, unit_price_cents,
        discount, line_total, 'standard', 2550, round((line_total - discount)::numeric * 2550 / 12550)::int,
        case when status = 'returned' then quantity else 0 end
      from allocated`);
    await tx.execute(sql`
      insert into payments (order_id, provider, provider_reference, status, amount_cents, refunded_cents)
      select o.id, 'bank_transfer', o.order_number,
        case when o.paid_at is null then 'pending'
          when o.status in ('cancelled', 'returned') then 'refunded'
          when abs(hashtext(o.order_number)) % 50 = 0 then 'partially_refunded'
          else 'succeeded' end::payment_attempt_status,
        o.total_cents,
        case when o.paid_at is null then 0
          when o.status in ('cancelled', 'returned') then o.total_cents
          when abs(hashtext(o.order_number)) % 50 = 0 then o.total_cents / 4
          else 0 end
      from orders o`);
  });
  await db.execute(sql`vacuum analyze users, carts, orders, order_lines, payments, products`);
}

interface RangeResult {
  days: number;
  timesMs: number[];
  medianMs: number;
  p95Ms: number;
  revenueCents: number;
  orders: number;
}

/** Nearest-rank percentile of the measured times. */
function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

function storeDate(offsetDays: number): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(date);
}

async function measureRange(db: Db, days: number, runs: number): Promise<RangeResult> {
  const range = { from: storeDate(-(days - 1)), to: storeDate(0) };
  const warm = await getAnalytics(db, range);
  const timesMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await getAnalytics(db, range);
    timesMs.push(performance.now() - started);
  }
  const sorted = [...timesMs].sort((a, b) => a - b);
  return {
    days,
    timesMs,
    medianMs: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    revenueCents: warm.kpis.revenueCents,
    orders: warm.kpis.orders,
  };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (!options) {
    console.log(usage);
    return 0;
  }
  const name = benchDatabaseName(options.postgresUrl);
  console.log(`Preparing ${name}: ${options.orders.toLocaleString('en-US')} orders over 365 days`);
  await maintenance(options.postgresUrl, `drop database if exists "${name}" with (force)`);
  await maintenance(options.postgresUrl, `create database "${name}"`);
  const database = openPostgres(options.postgresUrl, 2);
  try {
    await timed('migrations and reference data', () => prepareBenchDatabase(database));
    await timed(`catalogue of ${options.products.toLocaleString('en-US')} products`, () =>
      generateCatalog(database.db, { products: options.products, seed: options.seed }),
    );
    await timed('customers, carts, orders, lines and payments', () => generateSales(database.db, options));

    console.log(`\nrange      runs  median ms  p95 ms  orders counted  revenue EUR`);
    const results: RangeResult[] = [];
    for (const days of [30, 90, 365]) {
      const result = await measureRange(database.db, days, options.runs);
      results.push(result);
      console.log(
        `${`${days} days`.padEnd(10)} ${String(options.runs).padStart(4)} ${result.medianMs.toFixed(1).padStart(10)} ` +
          `${result.p95Ms.toFixed(1).padStart(7)} ${result.orders.toLocaleString('en-US').padStart(15)} ` +
          `${(result.revenueCents / 100).toLocaleString('en-US', { maximumFractionDigits: 0 }).padStart(12)}`,
      );
    }
    console.log(
      `\nEach range is one warm-up call and ${options.runs} measured calls of getAnalytics (five queries, run ` +
        'in parallel on a pool of 10 connections), including the previous period of the same length.',
    );
    return 0;
  } finally {
    await database.close();
    if (!options.keep)
      await maintenance(options.postgresUrl, `drop database if exists "${name}" with (force)`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
