import { eq, sql } from 'drizzle-orm';
import { customType, integer, jsonb, PgDialect, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox } from '../notifications/schema';
import { openTestDatabase } from '../testing/database';
import type { Db } from './client';
import { insertRows, rowsOf } from './insert';
import { queryRows } from './rows';

const dialect = new PgDialect();

let counter = 0;
const sample = pgTable('insert_sample', {
  id: uuid('id').primaryKey().defaultRandom(),
  label: text('label').notNull(),
  serial: integer('serial').$defaultFn(() => ++counter),
  data: jsonb('data').$type<{ a: number[] }>(),
  seenAt: timestamp('seen_at', { withTimezone: true }).$onUpdate(() => new Date('2026-01-02T03:04:05Z')),
  note: text('note').default('none'),
});

describe('insertRows (SQL)', () => {
  it('names only the columns given or computed, maps values, and fills gaps with the default', () => {
    counter = 0;
    const query = dialect.sqlToQuery(
      insertRows(sample, [
        { label: 'first', data: { a: [1, 2] }, note: 'hi' },
        { label: 'second "quoted"', data: null },
      ]),
    );
    expect(query.sql).toBe(
      'insert into "insert_sample" ("label", "serial", "data", "seen_at", "note") values ' +
        '($1, $2, $3, $4, $5), ($6, $7, $8, $9, default)',
    );
    expect(query.params).toEqual([
      'first',
      1,
      '{"a":[1,2]}',
      '2026-01-02T03:04:05.000Z',
      'hi',
      'second "quoted"',
      2,
      null,
      '2026-01-02T03:04:05.000Z',
    ]);
  });

  it('keeps SQL values as SQL', () => {
    const query = dialect.sqlToQuery(insertRows(sample, [{ label: sql`upper(${'x'})`, serial: 7 }]));
    expect(query.sql).toBe(
      'insert into "insert_sample" ("label", "serial", "seen_at") values (upper($1), $2, $3)',
    );
    expect(query.params).toEqual(['x', 7, '2026-01-02T03:04:05.000Z']);
  });

  it('refuses no rows', () => {
    expect(() => insertRows(sample, [])).toThrow(/at least one row/);
  });

  it('refuses a value its column maps to a list or to nothing', () => {
    const tags = customType<{ data: string[]; driverData: string[] }>({ dataType: () => 'text[]' });
    const tagged = pgTable('insert_tagged', {
      id: uuid('id').primaryKey().defaultRandom(),
      tags: tags('tags'),
    });
    expect(() => insertRows(tagged, [{ tags: ['a', 'b'] }])).toThrow(/tags/);
  });
});

describe('rowsOf', () => {
  it('refuses a row that lacks a column instead of reading it as null', () => {
    expect(() => rowsOf(sample, [{ id: 'x', label: 'y' }])).toThrow(/serial is missing/);
  });
});

describe('insertRows and rowsOf (database)', () => {
  let db: Db;
  beforeAll(async () => {
    db = (await openTestDatabase()).db;
  });

  it('writes what drizzle would and reads the row back as drizzle does', async () => {
    const due = new Date('2026-03-04T05:06:07.089Z');
    const returned = await queryRows<Record<string, unknown>>(
      db,
      sql`${insertRows(emailOutbox, [
        {
          recipient: 'rows-of@example.com',
          template: 'order_confirmation',
          locale: 'sv',
          data: { nested: { list: [1, 'two'] }, text: 'å "ä"' },
          nextAttemptAt: due,
        },
      ])} returning *`,
    );
    const [mapped] = rowsOf(emailOutbox, returned);
    if (!mapped) throw new Error('no row returned');
    const [viaDrizzle] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, mapped.id));
    expect(mapped).toEqual(viaDrizzle);
    expect(mapped.nextAttemptAt).toEqual(due);
    expect(mapped.data).toEqual({ nested: { list: [1, 'two'] }, text: 'å "ä"' });
    expect(mapped.createdAt).toBeInstanceOf(Date);
  });
});
