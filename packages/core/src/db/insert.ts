import { type Column, getTableColumns, SQL, StringChunk } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';

/**
 * The hot path's inserts, built from the table's column metadata as one flat statement of text and plain
 * parameters. drizzle's insert builder produces the same SQL, but it tests every piece against a dozen
 * classes along its prototype chain: 0.1 to 0.2 ms for one row of a wide table such as orders, and a
 * sixth of the server's CPU in bench:checkout. Values go through each column's own driver mapping (JSON,
 * timestamps), and the defaults drizzle computes itself ($defaultFn, $onUpdate) are computed the same way.
 */

/** The SQL name of a column: as declared, or the key in snake_case (the casing the database uses). */
function columnName(column: Column): string {
  return column.keyAsName ? toSnakeCase(column.name) : column.name;
}

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

interface TableShape {
  /** `"schema"."table"` or `"table"` */
  target: string;
  columns: { key: string; column: Column; name: string; quotedName: string }[];
}

const shapes = new WeakMap<PgTable, TableShape>();

/** The table's name and columns with their SQL names, read once: drizzle works them out on every call. */
function shapeOf(table: PgTable): TableShape {
  let shape = shapes.get(table);
  if (!shape) {
    const { name, schema } = getTableConfig(table);
    shape = {
      target: schema ? `${quoted(schema)}.${quoted(name)}` : quoted(name),
      columns: Object.entries(getTableColumns(table)).map(([key, column]) => {
        const columnSqlName = columnName(column);
        return { key, column, name: columnSqlName, quotedName: quoted(columnSqlName) };
      }),
    };
    shapes.set(table, shape);
  }
  return shape;
}

function driverValue(column: Column, name: string, value: unknown): unknown {
  if (value === null || value instanceof SQL) return value;
  const mapped = column.mapToDriverValue(value);
  // A bare array or undefined would render as a list or as nothing; drizzle's own columns never map to
  // either (arrays become a '{...}' literal), a custom type without its driver mapping could.
  if (mapped === undefined || Array.isArray(mapped)) {
    throw new Error(`insertRows cannot send the value of ${name}: map it to a scalar first.`);
  }
  return mapped;
}

/** A row to insert: the table's insert type, where any value may also be SQL (`now()`). */
export type InsertRow<T extends PgTable> = { [K in keyof T['$inferInsert']]: T['$inferInsert'][K] | SQL };

/** `insert into <table> (<columns>) values (...), ...` for the given rows; append `returning` etc. as SQL. */
export function insertRows<T extends PgTable>(table: T, rows: readonly InsertRow<T>[]): SQL {
  if (rows.length === 0) throw new Error('insertRows needs at least one row.');
  const { target, columns } = shapeOf(table);
  const filled = rows.map((row) => {
    const values = new Map<string, unknown>();
    for (const { key, column } of columns) {
      let value = (row as Record<string, unknown>)[key];
      if (value === undefined) {
        if (column.defaultFn) value = column.defaultFn();
        else if (!column.default && column.onUpdateFn) value = column.onUpdateFn();
      }
      if (value !== undefined) values.set(key, value);
    }
    return values;
  });
  const used = columns.filter(({ key }) => filled.some((values) => values.has(key)));
  const chunks: unknown[] = [
    new StringChunk(`insert into ${target} (${used.map(({ quotedName }) => quotedName).join(', ')}) values `),
  ];
  filled.forEach((values, rowIndex) => {
    chunks.push(new StringChunk(rowIndex === 0 ? '(' : ', ('));
    used.forEach(({ key, column, name }, columnIndex) => {
      if (columnIndex > 0) chunks.push(new StringChunk(', '));
      chunks.push(values.has(key) ? driverValue(column, name, values.get(key)) : new StringChunk('default'));
    });
    chunks.push(new StringChunk(')'));
  });
  return new SQL(chunks as SQL['queryChunks']);
}

/** Rows as the database returned them (`returning *`), mapped to the table's select type as drizzle maps them. */
export function rowsOf<T extends PgTable>(
  table: T,
  rows: readonly Record<string, unknown>[],
): T['$inferSelect'][] {
  const { columns } = shapeOf(table);
  return rows.map((row) => {
    const mapped: Record<string, unknown> = {};
    for (const { key, column, name } of columns) {
      // A missing column is a statement that did not return it (not `returning *`), not a null.
      if (!(name in row)) throw new Error(`rowsOf needs every column of the table; ${name} is missing.`);
      const value = row[name];
      mapped[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return mapped as T['$inferSelect'];
  });
}
