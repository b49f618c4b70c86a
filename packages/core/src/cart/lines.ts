import { sql } from 'drizzle-orm';
import { type ImageRow, translationJoins } from '../catalog/index';
import type { Executor } from '../db/client';
import { queryRows } from '../db/rows';
import type { Locale } from '../lib/locale';
import type { TaxClass } from '../pricing/index';

/** A cart line joined to the live catalogue: what it costs and whether it can be sold right now. */
export interface LiveCartLine {
  id: string;
  productId: string;
  variantId: string | null;
  quantity: number;
  seenPriceCents: number;
  name: string;
  slug: string;
  sku: string;
  variantOptions: Record<string, string> | null;
  unitPriceCents: number;
  /** Units on hand of the product (or of the variant for variant lines). */
  stock: number;
  /** Visible, not archived, and the variant (if any) active; a product that gained variants no longer sells bare. */
  sold: boolean;
  taxClass: TaxClass;
  image: ImageRow | null;
}

interface LineRow {
  id: string;
  product_id: string;
  variant_id: string | null;
  quantity: number;
  seen_price_cents: number;
  name: string;
  slug: string;
  sku: string;
  options: Record<string, string> | null;
  unit_price_cents: number;
  stock: number;
  sold: boolean;
  tax_class: TaxClass;
  image_id: string | null;
  image_sources: ImageRow['sources'] | null;
  image_alt: ImageRow['alt'] | null;
}

/** The cart's lines in the order they were added, priced from the catalogue (never from the client). */
export async function loadCartLines(db: Executor, cartId: string, locale: Locale): Promise<LiveCartLine[]> {
  const rows = await queryRows<LineRow>(
    db,
    sql`select ci.id, ci.product_id, ci.variant_id, ci.quantity, ci.seen_price_cents,
        coalesce(tr.name, td.name) as name, coalesce(tr.slug, td.slug) as slug,
        coalesce(v.sku, p.sku) as sku, v.options,
        coalesce(v.price_cents, p.price_cents) as unit_price_cents,
        case when ci.variant_id is null then p.stock else v.stock end as stock,
        (p.is_visible and p.archived_at is null and case
          when ci.variant_id is null then not exists (
            select 1 from product_variants pv where pv.product_id = p.id and pv.is_active)
          else coalesce(v.is_active, false) end) as sold,
        p.tax_class, img.id as image_id, img.sources as image_sources, img.alt as image_alt
      from cart_items ci
      join products p on p.id = ci.product_id
      left join product_variants v on v.id = ci.variant_id
      ${translationJoins(locale)}
      left join lateral (
        select id, sources, alt from product_images where product_id = p.id order by position limit 1
      ) img on true
      where ci.cart_id = ${cartId}
      order by ci.created_at, ci.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    productId: row.product_id,
    variantId: row.variant_id,
    quantity: row.quantity,
    seenPriceCents: row.seen_price_cents,
    name: row.name,
    slug: row.slug,
    sku: row.sku,
    variantOptions: row.options,
    unitPriceCents: row.unit_price_cents,
    stock: row.stock,
    sold: row.sold,
    taxClass: row.tax_class,
    image:
      row.image_id && row.image_sources
        ? { id: row.image_id, sources: row.image_sources, alt: row.image_alt ?? {} }
        : null,
  }));
}

/** "Blue / 42": a variant's option values, as shown on a cart line and kept on the order line. */
export function variantLabel(options: Record<string, string> | null): string | null {
  if (!options) return null;
  const values = Object.values(options);
  return values.length > 0 ? values.join(' / ') : null;
}
