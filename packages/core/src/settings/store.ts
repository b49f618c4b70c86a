import type { Executor } from '../db/client';
import { storeSettings } from './schema';

export type StoreSettings = typeof storeSettings.$inferSelect;

/** The seller's settings row; the reference seed always creates it, so its absence is a broken install. */
export async function getStoreSettings(db: Executor): Promise<StoreSettings> {
  const [row] = await db.select().from(storeSettings).limit(1);
  if (!row) throw new Error('The store settings row is missing: run the migrations and the reference seed.');
  return row;
}
