import { type SQLWrapper, sql } from 'drizzle-orm';
import type { Executor } from './client';

/**
 * Runs writes that do not depend on each other as one statement, each as a data-modifying CTE: one round
 * trip instead of one per write, which is most of what a small insert costs the application. PostgreSQL
 * runs every such CTE exactly once and all of them against the same snapshot, so a write must not need to
 * read another one's effect. Foreign keys between the writes are fine: constraints are checked when the
 * whole statement ends. A failing write fails the statement, and with it all the others. Nothing is
 * returned.
 */
export async function writeTogether(db: Executor, writes: readonly SQLWrapper[]): Promise<void> {
  if (writes.length === 0) return;
  const ctes = sql.join(
    writes.map((write, index) => sql`${sql.identifier(`write_${index}`)} as (${write.getSQL()})`),
    sql`, `,
  );
  await db.execute(sql`with ${ctes} select 1`);
}
