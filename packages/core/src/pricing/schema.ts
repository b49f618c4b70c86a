import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { taxClass } from '../catalog/schema';
import { id } from '../db/columns';

/** Dated VAT rates: the rate valid on the order date applies, so past orders and rate changes coexist. */
export const vatRates = pgTable(
  'vat_rates',
  {
    id: id(),
    country: text('country').notNull(),
    taxClass: taxClass('tax_class').notNull(),
    /** Basis points: 2550 is 25.5 %. Integers keep every rate exact. */
    rateBasisPoints: integer('rate_basis_points').notNull(),
    validFrom: date('valid_from').notNull(),
    /** Last day the rate applies; null while current. */
    validTo: date('valid_to'),
  },
  (t) => [
    uniqueIndex('vat_rates_country_class_from_key').on(t.country, t.taxClass, t.validFrom),
    check('vat_rates_country_iso', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('vat_rates_rate_range', sql`${t.rateBasisPoints} between 0 and 10000`),
    check('vat_rates_window_ordered', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
