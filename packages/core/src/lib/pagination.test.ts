import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { limitClause, offsetOf, pageClause } from './pagination';

const dialect = new PgDialect();
const render = (clause: ReturnType<typeof limitClause>) => dialect.sqlToQuery(clause);

describe('pagination', () => {
  it('counts the offset from the page and its size', () => {
    expect(offsetOf({ page: 1, pageSize: 24 })).toBe(0);
    expect(offsetOf({ page: 3, pageSize: 24 })).toBe(48);
  });

  it('writes limit and offset into the statement, not as parameters', () => {
    expect(render(pageClause({ page: 1, pageSize: 24 }))).toEqual({ sql: 'limit 24', params: [] });
    expect(render(pageClause({ page: 3, pageSize: 20 }))).toEqual({ sql: 'limit 20 offset 40', params: [] });
    expect(render(limitClause(5))).toEqual({ sql: 'limit 5', params: [] });
  });

  it('refuses anything but whole non-negative numbers, which could carry SQL', () => {
    for (const [limit, offset] of [
      [1.5, 0],
      [-1, 0],
      [10, -10],
      [Number.NaN, 0],
      [10, Number.POSITIVE_INFINITY],
      ['1; drop table products' as unknown as number, 0],
    ] as const) {
      expect(() => limitClause(limit, offset)).toThrow(RangeError);
    }
  });
});
