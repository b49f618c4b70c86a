import type pg from 'pg';
import { expect } from 'vitest';

/**
 * A result of about 3 MB: larger than PGlite's receive buffer, so it reaches node-postgres in many
 * pieces, which must arrive whole and in order.
 */
export async function expectLargeResultWhole(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ n: number; filler: string }>(
    "select n, repeat('x', 1000) as filler from generate_series(1, 3000) n",
  );
  expect(rows).toHaveLength(3000);
  expect(rows[2999]).toEqual({ n: 3000, filler: 'x'.repeat(1000) });
}
