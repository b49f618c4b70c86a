import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';

/**
 * How long a node keeps reference data it has read: the store settings, the VAT table, the shipping
 * methods. They change rarely and only by hand (SQL or a migration, there is no API that writes them), so
 * a change reaches every node within this time, while every cart view and checkout saves the reads.
 */
export const referenceDataTtlMs = 60_000;

interface Entry<T> {
  value: Promise<T>;
  readAt: number;
}

/**
 * Wraps a reader of reference data so each database (and key) is read at most once per
 * `referenceDataTtlMs`. Reads inside a transaction always go to the database: a transaction sees its own
 * snapshot, and one that changes the data must see its change. A failed read is not kept.
 */
export function referenceData<T, K extends string = ''>(
  read: (db: Executor, key: K) => Promise<T>,
): (db: Executor, key: K) => Promise<T> {
  const kept = new WeakMap<object, Map<K, Entry<T>>>();
  return (db, key) => {
    if (db instanceof PgTransaction) return read(db, key);
    let entries = kept.get(db);
    if (!entries) {
      entries = new Map();
      kept.set(db, entries);
    }
    const now = Date.now();
    const entry = entries.get(key);
    if (entry && now - entry.readAt < referenceDataTtlMs) return entry.value;
    // Settled into a real promise once: a drizzle query builder is only a thenable that runs its query
    // again on every `then`, so keeping the builder itself would read the database on every use.
    const value = Promise.resolve(read(db, key));
    const fresh: Entry<T> = { value, readAt: now };
    entries.set(key, fresh);
    value.catch(() => {
      if (entries.get(key) === fresh) entries.delete(key);
    });
    return value;
  };
}
