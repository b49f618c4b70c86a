import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/log';
import { type Db, type Executor, readAll } from '../db/client';
import { queryRows } from '../db/rows';
import { AppError, notFound } from '../lib/app-error';
import { defaultLocale, type Locale, locales } from '../lib/locale';
import {
  type AdminWrite,
  adminTransaction,
  changes,
  type FieldIssue,
  generateSlug,
  invalid,
  isUuid,
  missingLocales,
  nonEmpty,
  parseInput,
  placeAt,
  readOwnKeywords,
  refreshKeywords,
  requiredTranslation,
  ZSlug,
} from './admin-products';
import { categories, categoryTranslations, products } from './schema';

const translationFields = {
  name: z.string().trim().min(1, 'is required').max(200),
  slug: ZSlug,
  description: z.string().trim().max(5000),
};

const ZCategoryTranslation = requiredTranslation({
  name: translationFields.name,
  slug: translationFields.slug.optional(),
  description: translationFields.description.default(''),
});
const ZCategoryTranslationPatch = z.object(translationFields).partial();
const position = z.number().int().min(0).max(10_000);

export const ZCreateCategoryInput = z.object({
  /** Null or absent: a top-level category. */
  parentId: z.uuid().nullable().default(null),
  /** Among its siblings, from 0; the end when absent. */
  position: position.optional(),
  isActive: z.boolean().default(true),
  translations: z.object({
    fi: ZCategoryTranslation,
    sv: ZCategoryTranslation,
    en: ZCategoryTranslation,
    zh: ZCategoryTranslation,
  }),
});
export type TCreateCategoryInput = z.input<typeof ZCreateCategoryInput>;

export const ZUpdateCategoryInput = z
  .object({
    /** Moves the category (with everything below it) under another one, or to the top level with null. */
    parentId: z.uuid().nullable(),
    position,
    isActive: z.boolean(),
    translations: z
      .object({
        fi: ZCategoryTranslationPatch,
        sv: ZCategoryTranslationPatch,
        en: ZCategoryTranslationPatch,
        zh: ZCategoryTranslationPatch,
      })
      .partial(),
  })
  .partial()
  .refine(nonEmpty, 'nothing to change');
export type TUpdateCategoryInput = z.input<typeof ZUpdateCategoryInput>;

export interface AdminCategoryTranslation {
  name: string;
  slug: string;
  description: string;
}

export interface AdminCategory {
  id: string;
  parentId: string | null;
  position: number;
  /** Inactive categories, and everything below them, are hidden from customers. */
  isActive: boolean;
  translations: Partial<Record<Locale, AdminCategoryTranslation>>;
  missingTranslations: Locale[];
  /** Products directly in this category that are not archived. */
  productCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface AdminCategoryNode extends AdminCategory {
  children: AdminCategoryNode[];
}

/**
 * One lock for every change to the tree's shape: checking that a move makes no cycle and renumbering
 * siblings are only right while no other move runs, and category edits are rare enough to take turns.
 */
const lockTree = (tx: Executor) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('puoti.category-tree', 0))`);

async function loadCategories(db: Executor, categoryId?: string): Promise<AdminCategory[]> {
  const [rows, translationRows, counts] = await readAll(db, [
    () =>
      db
        .select()
        .from(categories)
        .where(categoryId ? eq(categories.id, categoryId) : undefined),
    () =>
      db
        .select()
        .from(categoryTranslations)
        .where(categoryId ? eq(categoryTranslations.categoryId, categoryId) : undefined),
    () =>
      queryRows<{ category_id: string; count: number }>(
        db,
        sql`select category_id, count(*)::int as count from products
          where archived_at is null and category_id is not null
            ${categoryId ? sql`and category_id = ${categoryId}` : sql``}
          group by category_id`,
      ),
  ]);
  const countOf = new Map(counts.map((row) => [row.category_id, row.count]));
  return rows.map((row) => {
    const translations: Partial<Record<Locale, AdminCategoryTranslation>> = {};
    for (const entry of translationRows.filter((t) => t.categoryId === row.id)) {
      translations[entry.locale as Locale] = {
        name: entry.name,
        slug: entry.slug,
        description: entry.description,
      };
    }
    return {
      id: row.id,
      parentId: row.parentId,
      position: row.position,
      isActive: row.isActive,
      translations,
      missingTranslations: missingLocales(translations),
      productCount: countOf.get(row.id) ?? 0,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

async function getAdminCategory(db: Executor, categoryId: string): Promise<AdminCategory> {
  const [category] = isUuid(categoryId) ? await loadCategories(db, categoryId) : [];
  if (!category) throw notFound('Category');
  return category;
}

/** Every category, active or not, as a tree in display order (position, then the default-locale name). */
export async function listAdminCategories(db: Executor): Promise<AdminCategoryNode[]> {
  const all = await loadCategories(db);
  const name = (category: AdminCategory) => category.translations[defaultLocale]?.name ?? '';
  all.sort((a, b) => a.position - b.position || name(a).localeCompare(name(b), defaultLocale));
  const nodes = new Map<string, AdminCategoryNode>(all.map((c) => [c.id, { ...c, children: [] }]));
  const roots: AdminCategoryNode[] = [];
  for (const category of all) {
    const node = nodes.get(category.id) as AdminCategoryNode;
    const parent = category.parentId ? nodes.get(category.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

async function siblingIds(tx: Executor, parentId: string | null, exceptId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(
      and(
        parentId ? eq(categories.parentId, parentId) : isNull(categories.parentId),
        ne(categories.id, exceptId),
      ),
    )
    .orderBy(asc(categories.position), asc(categories.createdAt), asc(categories.id));
  return rows.map((row) => row.id);
}

/** Gives siblings the positions 0, 1, 2, ... in the order given, writing only those that move. */
async function renumber(tx: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const current = await tx
    .select({ id: categories.id, position: categories.position })
    .from(categories)
    .where(inArray(categories.id, [...ids]));
  for (const [index, id] of ids.entries()) {
    if (current.find((row) => row.id === id)?.position === index) continue;
    await tx.update(categories).set({ position: index }).where(eq(categories.id, id));
  }
}

async function assertParentExists(tx: Executor, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  const [row] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, parentId));
  if (!row) throw invalid([{ field: 'parentId', message: 'no such category' }]);
}

/** The category and everything below it. */
async function subtreeIds(tx: Executor, categoryId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`with recursive below as (
      select id from categories where id = ${categoryId}
      union all
      select c.id from categories c join below b on c.parent_id = b.id
    ) select id from below`,
  );
  return rows.map((row) => row.id);
}

/** Products whose search keywords name this category: those in it, and those in its direct children. */
async function productsNamingCategory(tx: Executor, categoryId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from products where category_id = ${categoryId}
      or category_id in (select id from categories where parent_id = ${categoryId})`,
  );
  return rows.map((row) => row.id);
}

type TranslationPatch = z.output<typeof ZCategoryTranslationPatch>;

/** Like the products' translations: a new locale needs a name, a typed slug must be free in its locale. */
async function writeTranslations(
  tx: Executor,
  categoryId: string,
  patches: Partial<Record<Locale, TranslationPatch>>,
): Promise<void> {
  const existing = await tx
    .select()
    .from(categoryTranslations)
    .where(eq(categoryTranslations.categoryId, categoryId));
  const current = new Map(existing.map((row) => [row.locale, row]));
  const given = locales.filter((locale) => patches[locale] !== undefined);
  const missingNames: FieldIssue[] = given
    .filter((locale) => !current.has(locale) && patches[locale]?.name === undefined)
    .map((locale) => ({
      field: `translations.${locale}.name`,
      message: 'is required for a new translation',
    }));
  if (missingNames.length > 0) throw invalid(missingNames);

  const slugTaken = (locale: Locale) => async (slug: string) =>
    (
      await tx
        .select({ id: categoryTranslations.categoryId })
        .from(categoryTranslations)
        .where(
          and(
            eq(categoryTranslations.locale, locale),
            eq(categoryTranslations.slug, slug),
            ne(categoryTranslations.categoryId, categoryId),
          ),
        )
    ).length > 0;
  const clashes: FieldIssue[] = [];
  for (const locale of given) {
    const slug = patches[locale]?.slug;
    if (slug !== undefined && slug !== current.get(locale)?.slug && (await slugTaken(locale)(slug))) {
      clashes.push({ field: `translations.${locale}.slug`, message: 'is already used by another category' });
    }
  }
  if (clashes.length > 0) {
    throw new AppError('CONFLICT', 'Some slugs are already used by other categories.', clashes);
  }

  for (const locale of given) {
    const patch = patches[locale] ?? {};
    if (current.has(locale)) {
      if (nonEmpty(patch)) {
        await tx
          .update(categoryTranslations)
          .set(patch)
          .where(
            and(eq(categoryTranslations.categoryId, categoryId), eq(categoryTranslations.locale, locale)),
          );
      }
      continue;
    }
    const name = patch.name ?? '';
    const slug =
      patch.slug ??
      (await generateSlug(
        [
          name,
          patches.en?.name ?? current.get('en')?.name,
          patches[defaultLocale]?.name ?? current.get(defaultLocale)?.name,
        ],
        'category',
        slugTaken(locale),
      ));
    await tx
      .insert(categoryTranslations)
      .values({ categoryId, locale, name, slug, description: patch.description ?? '' });
  }
}

/** Creates a category, named in every locale (a missing one is a 400 naming it), at its place among its siblings. */
export async function createCategory(
  db: Db,
  request: AdminWrite & { input: TCreateCategoryInput },
): Promise<AdminCategory> {
  const input = parseInput(ZCreateCategoryInput, request.input);
  return adminTransaction(db, async (tx) => {
    await lockTree(tx);
    await assertParentExists(tx, input.parentId);
    const [row] = await tx
      .insert(categories)
      .values({ parentId: input.parentId, isActive: input.isActive })
      .returning({ id: categories.id });
    if (!row) throw new Error('category insert returned nothing');
    await writeTranslations(tx, row.id, input.translations);
    await renumber(tx, placeAt(await siblingIds(tx, input.parentId, row.id), row.id, input.position));
    const created = await getAdminCategory(tx, row.id);
    await recordAudit(tx, {
      actor: request.actor,
      action: 'category.create',
      entityType: 'category',
      entityId: row.id,
      after: created,
      requestId: request.requestId,
    });
    return created;
  });
}

/**
 * Renames, translates, (de)activates, reorders or moves a category. A move under the category itself or
 * anything below it would make a cycle and is refused (409). The search keywords of products that carry
 * the category's name follow a rename or a move in the same transaction.
 */
export async function updateCategory(
  db: Db,
  request: AdminWrite & { categoryId: string; input: TUpdateCategoryInput },
): Promise<AdminCategory> {
  const input = parseInput(ZUpdateCategoryInput, request.input);
  const { categoryId } = request;
  return adminTransaction(db, async (tx) => {
    await lockTree(tx);
    const before = await getAdminCategory(tx, categoryId);
    const parentId = input.parentId !== undefined ? input.parentId : before.parentId;
    const moving = parentId !== before.parentId;
    if (moving) {
      await assertParentExists(tx, parentId);
      if (parentId !== null && (await subtreeIds(tx, categoryId)).includes(parentId)) {
        throw new AppError('CONFLICT', 'A category cannot move under itself or one of its sub-categories.', [
          { field: 'parentId', message: 'is this category or one below it' },
        ]);
      }
    }
    const renamed = locales.some((locale) => input.translations?.[locale]?.name !== undefined);
    const named = moving || renamed ? await productsNamingCategory(tx, categoryId) : [];
    const ownWords = await readOwnKeywords(tx, named);

    if (moving || input.isActive !== undefined) {
      await tx
        .update(categories)
        .set({ parentId, isActive: input.isActive })
        .where(eq(categories.id, categoryId));
    }
    if (input.translations) await writeTranslations(tx, categoryId, input.translations);
    if (moving || input.position !== undefined) {
      await renumber(tx, placeAt(await siblingIds(tx, parentId, categoryId), categoryId, input.position));
    }
    if (moving) await renumber(tx, await siblingIds(tx, before.parentId, categoryId));
    await refreshKeywords(tx, named, ownWords);

    const after = await getAdminCategory(tx, categoryId);
    await recordAudit(tx, {
      actor: request.actor,
      action: 'category.update',
      entityType: 'category',
      entityId: categoryId,
      ...changes(before, after),
      requestId: request.requestId,
    });
    return after;
  });
}

/**
 * Deletes an empty category: one with sub-categories or products a customer could see is refused (409)
 * with the counts. Archived products still in it are detached (they stay on past orders either way).
 */
export async function deleteCategory(db: Db, request: AdminWrite & { categoryId: string }): Promise<void> {
  const { categoryId } = request;
  await adminTransaction(db, async (tx) => {
    await lockTree(tx);
    const before = await getAdminCategory(tx, categoryId);
    const [counts] = await queryRows<{ subcategories: number; products: number }>(
      tx,
      sql`select (select count(*)::int from categories where parent_id = ${categoryId}) as subcategories,
        (select count(*)::int from products where category_id = ${categoryId} and archived_at is null) as products`,
    );
    if (counts && (counts.subcategories > 0 || counts.products > 0)) {
      throw new AppError(
        'CONFLICT',
        'Only an empty category can be deleted: move or remove its sub-categories and products first.',
        counts,
      );
    }
    const archived = await productsNamingCategory(tx, categoryId);
    const ownWords = await readOwnKeywords(tx, archived);
    await tx.update(products).set({ categoryId: null }).where(eq(products.categoryId, categoryId));
    await tx.delete(categories).where(eq(categories.id, categoryId));
    await renumber(tx, await siblingIds(tx, before.parentId, categoryId));
    await refreshKeywords(tx, archived, ownWords);
    await recordAudit(tx, {
      actor: request.actor,
      action: 'category.delete',
      entityType: 'category',
      entityId: categoryId,
      before: { ...before, detachedArchivedProducts: archived },
      requestId: request.requestId,
    });
  });
}
