import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { finnishReference } from '../payments/reference-number';
import { localDate } from '../pricing/index';

/**
 * The next number of a per-year series ("2026-000124"), without gaps: the counter row stays locked until
 * the transaction ends and a rollback gives the number back. Callers take it as late as they can, since
 * every other caller waits for that row meanwhile.
 */
export async function nextNumber(
  tx: Executor,
  scope: 'order' | 'invoice' | 'credit_note',
  at: Date,
  country: string,
): Promise<{ year: number; value: number; formatted: string }> {
  const year = Number(localDate(at, country).slice(0, 4));
  const [row] = await queryRows<{ last_value: number }>(
    tx,
    sql`insert into number_sequences (scope, year, last_value) values (${scope}, ${year}, 1)
        on conflict (scope, year) do update set last_value = number_sequences.last_value + 1, updated_at = now()
        returning last_value`,
  );
  if (!row) throw new Error('The number sequence returned no row.');
  return { year, value: row.last_value, formatted: `${year}-${String(row.last_value).padStart(6, '0')}` };
}

/** The bank reference (viitenumero) of an order: its number's digits plus the check digit. */
export function orderReference(year: number, value: number): string {
  return finnishReference(`${year}${String(value).padStart(6, '0')}`);
}
