import { asc } from 'drizzle-orm';
import type { Executor } from '../db/client';
import type { Locale } from '../lib/locale';
import { referenceData } from '../lib/reference-data';
import { isEuCountry } from '../pricing/index';
import { shippingMethods } from './schema';

export type ShippingMethodRow = typeof shippingMethods.$inferSelect;

export interface ShippingMethodView {
  id: string;
  code: string;
  kind: ShippingMethodRow['kind'];
  name: string;
  description: string;
  priceCents: number;
  /** Orders from this amount (goods, after discounts) ship free; null means never. */
  freeFromCents: number | null;
  minDays: number;
  maxDays: number;
}

/**
 * The methods that deliver to a country: those naming it, or else the catch-all methods (no countries
 * listed), which serve every other EU country. Outside the EU nothing is offered.
 */
export function methodsForCountry(methods: ShippingMethodRow[], country: string): ShippingMethodRow[] {
  const active = methods.filter((method) => method.isActive);
  const specific = active.filter((method) => method.countries.includes(country));
  if (specific.length > 0) return specific;
  return isEuCountry(country) ? active.filter((method) => method.countries.length === 0) : [];
}

/** Every shipping method, kept for a minute per node (reference data, see lib/reference-data.ts). */
const readMethods = referenceData(
  (db: Executor): Promise<ShippingMethodRow[]> =>
    db.select().from(shippingMethods).orderBy(asc(shippingMethods.position), asc(shippingMethods.code)),
);

function allMethods(db: Executor): Promise<ShippingMethodRow[]> {
  return readMethods(db, '');
}

function toView(method: ShippingMethodRow, locale: Locale, fallbackLocale: Locale): ShippingMethodView {
  return {
    id: method.id,
    code: method.code,
    kind: method.kind,
    name: method.name[locale] ?? method.name[fallbackLocale] ?? method.code,
    description: method.description[locale] ?? method.description[fallbackLocale] ?? '',
    priceCents: method.priceCents,
    freeFromCents: method.freeFromCents,
    minDays: method.minDays,
    maxDays: method.maxDays,
  };
}

export async function listShippingMethods(
  db: Executor,
  country: string,
  locale: Locale,
  fallbackLocale: Locale,
): Promise<ShippingMethodView[]> {
  return methodsForCountry(await allMethods(db), country).map((method) =>
    toView(method, locale, fallbackLocale),
  );
}

/** An active method with the countries it names; none means every other EU country. */
export interface ShippingRateView extends ShippingMethodView {
  countries: string[];
}

/** Every active method, for the shop's shipping page: what each destination costs and how long it takes. */
export async function listShippingRates(
  db: Executor,
  locale: Locale,
  fallbackLocale: Locale,
): Promise<ShippingRateView[]> {
  return (await allMethods(db))
    .filter((method) => method.isActive)
    .map((method) => ({ ...toView(method, locale, fallbackLocale), countries: method.countries }));
}

/** The method, if it is active and delivers to the country. */
export async function findShippingMethodFor(
  db: Executor,
  id: string,
  country: string,
): Promise<ShippingMethodRow | null> {
  return methodsForCountry(await allMethods(db), country).find((method) => method.id === id) ?? null;
}
