import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { finnishReference } from '../payments/reference-number';
import { localDate } from '../pricing/index';

type Series = 'order' | 'invoice' | 'credit_note';

export interface SeriesNumber {
  year: number;
  value: number;
  /** "2026-000124" */
  formatted: string;
}

function seriesYear(at: Date, country: string): number {
  return Number(localDate(at, country).slice(0, 4));
}

function seriesNumber(year: number, value: number): SeriesNumber {
  return { year, value, formatted: `${year}-${String(value).padStart(6, '0')}` };
}

/** Counts the series on: a first number of the year starts the row at 1. */
const bump = sql`on conflict (scope, year) do update
  set last_value = number_sequences.last_value + 1, updated_at = now()
  returning last_value`;

/**
 * The next number of a per-year series, without gaps: the counter row stays locked until the transaction
 * ends and a rollback gives the number back. Callers take it as late as they can, since every other caller
 * waits for that row meanwhile.
 */
export async function nextNumber(
  tx: Executor,
  scope: Series,
  at: Date,
  country: string,
): Promise<SeriesNumber> {
  const year = seriesYear(at, country);
  const [row] = await queryRows<{ last_value: number }>(
    tx,
    sql`insert into number_sequences (scope, year, last_value) values (${scope}, ${year}, 1) ${bump}`,
  );
  if (!row) throw new Error('The number sequence returned no row.');
  return seriesNumber(year, row.last_value);
}

/**
 * `nextNumber`, unless `earlier` (a query for at most one `id`) finds a row: then no number is taken and
 * that id is the answer. One statement for a caller that would otherwise look first and number second
 * (checkout, whose Idempotency-Key may already have placed the order).
 */
export async function nextNumberUnless(
  db: Executor,
  scope: Series,
  at: Date,
  country: string,
  earlier: SQL,
): Promise<{ earlierId: string } | { number: SeriesNumber }> {
  const year = seriesYear(at, country);
  const [row] = await queryRows<{ earlier_id: string | null; last_value: number | null }>(
    db,
    sql`with earlier as (${earlier}), numbered as (
          insert into number_sequences (scope, year, last_value)
          select ${scope}::text, ${year}::int, 1 where not exists (select 1 from earlier)
          ${bump})
        select (select id from earlier limit 1) as earlier_id, (select last_value from numbered) as last_value`,
  );
  if (row?.earlier_id) return { earlierId: row.earlier_id };
  if (!row || row.last_value === null) throw new Error('The number sequence returned no row.');
  return { number: seriesNumber(year, row.last_value) };
}

/** The bank reference (viitenumero) of an order: its number's digits plus the check digit. */
export function orderReference(year: number, value: number): string {
  return finnishReference(`${year}${String(value).padStart(6, '0')}`);
}
