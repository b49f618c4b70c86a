import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/log';
import { type Executor, readAll } from '../db/client';
import { queryRows } from '../db/rows';
import { AppError, notFound } from '../lib/app-error';
import { defaultLocale, locales } from '../lib/locale';
import { type Page, pageClause, type TPageQuery, ZPageQuery } from '../lib/pagination';
import { type stockMovementReason, stockMovements } from './schema';

// ---------------------------------------------------------------------------------------------------
// Listing

export const stockStates = ['out', 'low', 'in'] as const;
export type StockState = (typeof stockStates)[number];

export const inventorySorts = ['name', 'sku', 'stock_asc', 'stock_desc', 'updated'] as const;

const booleanParam = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

export const ZInventoryQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  stock: z.enum(stockStates).optional(),
  active: booleanParam.optional(),
  sort: z.enum(inventorySorts).default('name'),
  locale: z.enum(locales).default(defaultLocale),
});
export type TInventoryQuery = z.infer<typeof ZInventoryQuery>;

export interface InventoryVariant {
  id: string;
  sku: string;
  options: Record<string, string>;
  stock: number;
  isActive: boolean;
  /** The variant's own price, else the product's. */
  priceCents: number;
}

export interface InventoryRow {
  id: string;
  sku: string;
  name: string;
  /** The product's own stock, or the sum over its active variants. */
  stock: number;
  lowStockThreshold: number;
  stockState: StockState;
  isVisible: boolean;
  archived: boolean;
  priceCents: number;
  updatedAt: string;
  variants: InventoryVariant[];
}

export function stockStateOf(stock: number, lowStockThreshold: number): StockState {
  if (stock <= 0) return 'out';
  return stock <= lowStockThreshold ? 'low' : 'in';
}

/** LIKE treats % and _ as wildcards; a search for "50%" means the characters. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const stockFilters: Record<StockState, SQL> = {
  out: sql`p.stock_total = 0`,
  low: sql`p.stock_total > 0 and p.stock_total <= p.low_stock_threshold`,
  in: sql`p.stock_total > p.low_stock_threshold`,
};

const isActiveProduct = sql`(p.is_visible and p.archived_at is null)`;

function orderBy(sort: TInventoryQuery['sort'], name: SQL): SQL {
  switch (sort) {
    case 'sku':
      return sql`p.sku`;
    case 'stock_asc':
      return sql`p.stock_total, p.sku`;
    case 'stock_desc':
      return sql`p.stock_total desc, p.sku`;
    case 'updated':
      return sql`p.updated_at desc, p.id`;
    case 'name':
      return sql`lower(${name}), p.id`;
  }
}

interface InventoryRowData {
  id: string;
  sku: string;
  name: string;
  stock: number;
  low_stock_threshold: number;
  is_visible: boolean;
  archived: boolean;
  price_cents: number;
  updated_at: string | Date;
}

interface VariantRowData {
  id: string;
  product_id: string;
  sku: string;
  options: Record<string, string>;
  stock: number;
  is_active: boolean;
  price_cents: number;
}

/**
 * Products for the admin's inventory list with their variants: searchable by name (any locale) or SKU
 * (product or variant), filtered by stock state and visibility, sorted and paged. Three queries
 * whatever the page size: the page, the count, and the variants of the page's products.
 */
export async function listInventory(db: Executor, query: TInventoryQuery): Promise<Page<InventoryRow>> {
  const filters: SQL[] = [sql`true`];
  if (query.q) {
    const pattern = likePattern(query.q);
    // The search entry's folded name and keywords have a trigram index that narrows the candidates;
    // the folded name test then drops those that matched only by keywords (brand, category names).
    filters.push(sql`(p.sku ilike ${pattern}
      or exists (select 1 from product_variants v where v.product_id = p.id and v.sku ilike ${pattern})
      or exists (select 1 from product_search s where s.product_id = p.id
        and s.text like puoti_fold(${pattern}) and s.name like puoti_fold(${pattern})))`);
  }
  if (query.stock) filters.push(stockFilters[query.stock]);
  if (query.active !== undefined) filters.push(query.active ? isActiveProduct : sql`not ${isActiveProduct}`);
  const where = sql.join(filters, sql` and `);
  // Requested locale, then the store default, then any translation in the locales' order.
  const name = sql`coalesce(tr.name, td.name,
    (select t.name from product_translations t where t.product_id = p.id
      order by array_position(${`{${locales.join(',')}}`}::text[], t.locale) limit 1),
    p.sku)`;

  const [rows, counted] = await Promise.all([
    queryRows<InventoryRowData>(
      db,
      sql`select p.id, p.sku, ${name} as name, p.stock_total as stock, p.low_stock_threshold,
          p.is_visible, p.archived_at is not null as archived, p.price_cents, p.updated_at
        from products p
        left join product_translations tr on tr.product_id = p.id and tr.locale = ${query.locale}
        left join product_translations td on td.product_id = p.id and td.locale = ${defaultLocale}
        where ${where}
        order by ${orderBy(query.sort, name)}
        ${pageClause(query)}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from products p where ${where}`),
  ]);
  const total = counted[0]?.total ?? 0;
  if (rows.length === 0) return { items: [], total, page: query.page, pageSize: query.pageSize };

  const variants = await queryRows<VariantRowData>(
    db,
    sql`select v.id, v.product_id, v.sku, v.options, v.stock, v.is_active,
        coalesce(v.price_cents, p.price_cents) as price_cents
      from product_variants v join products p on p.id = v.product_id
      where v.product_id = any(${`{${rows.map((row) => row.id).join(',')}}`}::uuid[])
      order by v.product_id, v.position, v.sku`,
  );
  const variantsOf = new Map<string, InventoryVariant[]>();
  for (const variant of variants) {
    const list = variantsOf.get(variant.product_id) ?? [];
    list.push({
      id: variant.id,
      sku: variant.sku,
      options: variant.options,
      stock: variant.stock,
      isActive: variant.is_active,
      priceCents: variant.price_cents,
    });
    variantsOf.set(variant.product_id, list);
  }
  return {
    items: rows.map((row) => ({
      id: row.id,
      sku: row.sku,
      name: row.name,
      stock: row.stock,
      lowStockThreshold: row.low_stock_threshold,
      stockState: stockStateOf(row.stock, row.low_stock_threshold),
      isVisible: row.is_visible,
      archived: row.archived,
      priceCents: row.price_cents,
      updatedAt: new Date(row.updated_at).toISOString(),
      variants: variantsOf.get(row.id) ?? [],
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

// ---------------------------------------------------------------------------------------------------
// Adjustments

/** What an admin may record by hand; `initial`, `order` and `cancellation` come from their own paths. */
export const stockAdjustmentReasons = ['restock', 'adjustment', 'damaged', 'correction', 'return'] as const;
export type StockMovementReason = (typeof stockMovementReason.enumValues)[number];

export const maxStockDelta = 100_000;
export const maxBulkLines = 500;

export const ZStockAdjustment = z.object({
  variantId: z.uuid().nullish(),
  delta: z
    .number()
    .int()
    .min(-maxStockDelta)
    .max(maxStockDelta)
    .refine((delta) => delta !== 0, 'must not be zero'),
  reason: z.enum(stockAdjustmentReasons),
  note: z.string().trim().max(500).optional(),
});

export type TStockAdjustment = z.infer<typeof ZStockAdjustment>;

export const ZBulkStockLine = ZStockAdjustment.extend({ productId: z.uuid() });
export type TBulkStockLine = z.infer<typeof ZBulkStockLine>;

export const ZBulkStockAdjustment = z.object({
  lines: z.array(ZBulkStockLine).min(1).max(maxBulkLines),
});

/** Who made the change, as the ledger and the audit log keep it. */
export interface StockActor {
  id: string;
  email: string;
}

export interface StockMovementView {
  id: number;
  productId: string;
  variantId: string | null;
  variantSku: string | null;
  delta: number;
  stockAfter: number;
  reason: StockMovementReason;
  note: string | null;
  actorId: string | null;
  actorEmail: string | null;
  orderNumber: string | null;
  createdAt: string;
}

export interface StockAdjustmentResult {
  /** The new stock level of the product, or of the variant when one was adjusted. */
  stock: number;
  movement: StockMovementView;
}

interface Target {
  productId: string;
  variantId: string | null;
  variantSku: string | null;
}

type TargetProblem = 'product_not_found' | 'variant_not_found' | 'variant_required';

/**
 * Checks that each line names an existing product, and a variant of that product when it has active
 * variants (their stock is kept per variant; the product's own stock is then not sold).
 */
async function resolveTargets(
  tx: Executor,
  lines: readonly { productId: string; variantId?: string | null }[],
): Promise<(Target | TargetProblem)[]> {
  const productIds = [...new Set(lines.map((line) => line.productId))];
  const variantIds = [...new Set(lines.flatMap((line) => (line.variantId ? [line.variantId] : [])))];
  const [products, variants] = await readAll(tx, [
    () =>
      queryRows<{ id: string; has_variants: boolean }>(
        tx,
        sql`select p.id, exists (select 1 from product_variants v where v.product_id = p.id and v.is_active)
              as has_variants
            from products p where p.id = any(${`{${productIds.join(',')}}`}::uuid[])`,
      ),
    () =>
      variantIds.length === 0
        ? Promise.resolve([])
        : queryRows<{ id: string; product_id: string; sku: string }>(
            tx,
            sql`select id, product_id, sku from product_variants
                where id = any(${`{${variantIds.join(',')}}`}::uuid[])`,
          ),
  ]);
  const productById = new Map(products.map((row) => [row.id, row]));
  const variantById = new Map(variants.map((row) => [row.id, row]));
  return lines.map((line) => {
    const product = productById.get(line.productId);
    if (!product) return 'product_not_found';
    if (!line.variantId) {
      return product.has_variants
        ? 'variant_required'
        : { productId: line.productId, variantId: null, variantSku: null };
    }
    const variant = variantById.get(line.variantId);
    if (!variant || variant.product_id !== line.productId) return 'variant_not_found';
    return { productId: line.productId, variantId: variant.id, variantSku: variant.sku };
  });
}

/**
 * Moves the stock by `delta` unless it would go below zero; returns the new level, or null when refused.
 * A conditional update, not read-then-write: the row lock makes concurrent adjustments and orders take
 * turns, and PostgreSQL re-checks `stock + delta >= 0` against the row as the previous one left it.
 */
async function applyDelta(tx: Executor, target: Target, delta: number): Promise<number | null> {
  if (target.variantId) {
    const [row] = await queryRows<{ stock: number }>(
      tx,
      sql`update product_variants set stock = stock + ${delta}, updated_at = now()
          where id = ${target.variantId} and product_id = ${target.productId} and stock + ${delta} >= 0
          returning stock`,
    );
    if (!row) return null;
    // The variant trigger has already locked the product row for its roll-up, so this waits for nothing;
    // it makes the adjustment show under "recently updated".
    await tx.execute(sql`update products set updated_at = now() where id = ${target.productId}`);
    return row.stock;
  }
  const [row] = await queryRows<{ stock: number }>(
    tx,
    sql`update products set stock = stock + ${delta}, updated_at = now()
        where id = ${target.productId} and stock + ${delta} >= 0 returning stock`,
  );
  return row ? row.stock : null;
}

async function currentStock(tx: Executor, target: Target): Promise<number> {
  const [row] = target.variantId
    ? await queryRows<{ stock: number }>(
        tx,
        sql`select stock from product_variants where id = ${target.variantId}`,
      )
    : await queryRows<{ stock: number }>(tx, sql`select stock from products where id = ${target.productId}`);
  return row?.stock ?? 0;
}

interface Applied {
  target: Target;
  delta: number;
  stockAfter: number;
  reason: (typeof stockAdjustmentReasons)[number];
  note: string | null;
}

/** Writes the ledger rows and one audit entry per change, in the caller's transaction. */
async function recordAdjustments(
  tx: Executor,
  actor: StockActor,
  applied: readonly Applied[],
  requestId: string | undefined,
): Promise<StockMovementView[]> {
  const rows = await tx
    .insert(stockMovements)
    .values(
      applied.map((change) => ({
        productId: change.target.productId,
        variantId: change.target.variantId,
        delta: change.delta,
        stockAfter: change.stockAfter,
        reason: change.reason,
        note: change.note,
        actorId: actor.id,
      })),
    )
    .returning();
  for (const change of applied) {
    await recordAudit(tx, {
      actor,
      action: 'product.stock_adjust',
      entityType: 'product',
      entityId: change.target.productId,
      before: { variantId: change.target.variantId, stock: change.stockAfter - change.delta },
      after: {
        variantId: change.target.variantId,
        stock: change.stockAfter,
        delta: change.delta,
        reason: change.reason,
        note: change.note,
      },
      requestId,
    });
  }
  return rows.map((row, index) => ({
    id: row.id,
    productId: row.productId,
    variantId: row.variantId,
    variantSku: applied[index]?.target.variantSku ?? null,
    delta: row.delta,
    stockAfter: row.stockAfter,
    reason: row.reason,
    note: row.note,
    actorId: actor.id,
    actorEmail: actor.email,
    orderNumber: null,
    createdAt: row.createdAt.toISOString(),
  }));
}

const uuidSchema = z.uuid();

/**
 * Adds `delta` units (negative: removes) to a product without active variants, or to one variant, with
 * the reason in the stock ledger and the audit log, all in one transaction. Refused with 409 CONFLICT
 * when the stock would go below zero, and then nothing is written.
 */
export async function adjustStock(
  db: Executor,
  actor: StockActor,
  productId: string,
  input: TStockAdjustment,
  context: { requestId?: string } = {},
): Promise<StockAdjustmentResult> {
  if (!uuidSchema.safeParse(productId).success) throw notFound('Product');
  return db.transaction(async (tx) => {
    const [target] = await resolveTargets(tx, [{ productId, variantId: input.variantId }]);
    if (target === 'product_not_found' || target === undefined) throw notFound('Product');
    if (target === 'variant_not_found') throw notFound('Variant');
    if (target === 'variant_required') {
      throw new AppError('VALIDATION_FAILED', 'This product has variants: adjust the stock of one of them.', [
        { field: 'variantId', message: 'is required for a product with variants' },
      ]);
    }
    const stockAfter = await applyDelta(tx, target, input.delta);
    if (stockAfter === null) {
      const stock = await currentStock(tx, target);
      throw new AppError('CONFLICT', `Only ${stock} in stock: the stock cannot go below zero.`, {
        stock,
        delta: input.delta,
      });
    }
    const [movement] = await recordAdjustments(
      tx,
      actor,
      [{ target, delta: input.delta, stockAfter, reason: input.reason, note: input.note ?? null }],
      context.requestId,
    );
    if (!movement) throw new Error('stock movement insert returned nothing');
    return { stock: stockAfter, movement };
  });
}

export interface BulkStockLineResult extends StockAdjustmentResult {
  productId: string;
  variantId: string | null;
}

const problemMessages: Record<TargetProblem, { field: string; message: string }> = {
  product_not_found: { field: 'productId', message: 'no such product' },
  variant_not_found: { field: 'variantId', message: 'no such variant of this product' },
  variant_required: { field: 'variantId', message: 'is required for a product with variants' },
};

/**
 * Applies every line or none, in one transaction. Lines are applied in one fixed order (product, then
 * variant id; the order checkout takes stock in) so a bulk adjustment and orders touching the same rows
 * cannot deadlock. Every line that would go below zero is named in the one 409, not only the first.
 * Results come back in the order of the lines given.
 */
export async function bulkAdjustStock(
  db: Executor,
  actor: StockActor,
  lines: readonly TBulkStockLine[],
  context: { requestId?: string } = {},
): Promise<BulkStockLineResult[]> {
  if (lines.length === 0 || lines.length > maxBulkLines) {
    throw new AppError('VALIDATION_FAILED', `Give 1 to ${maxBulkLines} lines.`, [
      { field: 'lines', message: `must have 1 to ${maxBulkLines} lines` },
    ]);
  }
  return db.transaction(async (tx) => {
    const targets = await resolveTargets(tx, lines);
    const problems = targets.flatMap((target, index) =>
      typeof target === 'string'
        ? [
            {
              field: `lines.${index}.${problemMessages[target].field}`,
              message: problemMessages[target].message,
            },
          ]
        : [],
    );
    if (problems.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Some lines name no product or variant to adjust.', problems);
    }
    const order = lines
      .map((line, index) => ({ line, index, target: targets[index] as Target }))
      .sort(
        (a, b) =>
          a.target.productId.localeCompare(b.target.productId) ||
          (a.target.variantId ?? '').localeCompare(b.target.variantId ?? '') ||
          a.index - b.index,
      );
    const applied: (Applied & { index: number })[] = [];
    const refused: {
      index: number;
      productId: string;
      variantId: string | null;
      stock: number;
      delta: number;
    }[] = [];
    for (const { line, index, target } of order) {
      const stockAfter = await applyDelta(tx, target, line.delta);
      if (stockAfter === null) {
        refused.push({
          index,
          productId: target.productId,
          variantId: target.variantId,
          stock: await currentStock(tx, target),
          delta: line.delta,
        });
        continue;
      }
      applied.push({
        index,
        target,
        delta: line.delta,
        stockAfter,
        reason: line.reason,
        note: line.note ?? null,
      });
    }
    if (refused.length > 0) {
      // Throwing rolls back the lines that did apply: all or nothing.
      throw new AppError(
        'CONFLICT',
        `${refused.length} of the lines would take the stock below zero; nothing was changed.`,
        { lines: refused.sort((a, b) => a.index - b.index) },
      );
    }
    const movements = await recordAdjustments(tx, actor, applied, context.requestId);
    const results: BulkStockLineResult[] = new Array(lines.length);
    applied.forEach((change, position) => {
      const movement = movements[position];
      if (!movement) throw new Error('stock movement insert returned too few rows');
      results[change.index] = {
        productId: change.target.productId,
        variantId: change.target.variantId,
        stock: change.stockAfter,
        movement,
      };
    });
    return results;
  });
}

// ---------------------------------------------------------------------------------------------------
// The ledger

interface MovementRowData {
  id: number | string;
  product_id: string;
  variant_id: string | null;
  variant_sku: string | null;
  delta: number;
  stock_after: number;
  reason: StockMovementReason;
  note: string | null;
  actor_id: string | null;
  actor_email: string | null;
  order_number: string | null;
  created_at: string | Date;
}

/** A product's stock ledger, newest first, with who made each change and the order behind it. */
export async function listStockMovements(
  db: Executor,
  productId: string,
  paging: TPageQuery,
): Promise<Page<StockMovementView>> {
  if (!uuidSchema.safeParse(productId).success) throw notFound('Product');
  const [exists] = await queryRows<{ id: string }>(db, sql`select id from products where id = ${productId}`);
  if (!exists) throw notFound('Product');
  const [rows, counted] = await Promise.all([
    queryRows<MovementRowData>(
      db,
      sql`select m.id, m.product_id, m.variant_id, v.sku as variant_sku, m.delta, m.stock_after, m.reason,
          m.note, m.actor_id, u.email as actor_email, o.order_number, m.created_at
        from stock_movements m
        left join product_variants v on v.id = m.variant_id
        left join users u on u.id = m.actor_id
        left join orders o on o.id = m.order_id
        where m.product_id = ${productId}
        order by m.created_at desc, m.id desc
        ${pageClause(paging)}`,
    ),
    queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from stock_movements where product_id = ${productId}`,
    ),
  ]);
  return {
    items: rows.map((row) => ({
      id: Number(row.id),
      productId: row.product_id,
      variantId: row.variant_id,
      variantSku: row.variant_sku,
      delta: row.delta,
      stockAfter: row.stock_after,
      reason: row.reason,
      note: row.note,
      actorId: row.actor_id,
      actorEmail: row.actor_email,
      orderNumber: row.order_number,
      createdAt: new Date(row.created_at).toISOString(),
    })),
    total: counted[0]?.total ?? 0,
    page: paging.page,
    pageSize: paging.pageSize,
  };
}
