import type { Executor } from '../db/client';
import { referenceData } from '../lib/reference-data';
import { storeSettings } from './schema';

export type StoreSettings = typeof storeSettings.$inferSelect;

const readSettings = referenceData(async (db: Executor): Promise<StoreSettings> => {
  const [row] = await db.select().from(storeSettings).limit(1);
  if (!row) throw new Error('The store settings row is missing: run the migrations and the reference seed.');
  return row;
});

/**
 * The seller's settings row; the reference seed always creates it, so its absence is a broken install.
 * Kept for a minute per node (reference data, see lib/reference-data.ts).
 */
export function getStoreSettings(db: Executor): Promise<StoreSettings> {
  return readSettings(db, '');
}
