import { sql } from 'drizzle-orm';
import { boolean, check, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { updatedAt } from '../db/columns';

export interface StoreAddress {
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: string;
}

/** The seller's own details (shown on invoices and legal pages); exactly one row. */
export const storeSettings = pgTable(
  'store_settings',
  {
    /** Always true: the primary key makes a second row impossible. */
    singleton: boolean('singleton').primaryKey().default(true),
    storeName: text('store_name').notNull(),
    sellerName: text('seller_name').notNull(),
    address: jsonb('address').$type<StoreAddress>().notNull(),
    /** Finnish business ID (Y-tunnus), e.g. 1234567-8. */
    businessId: text('business_id').notNull(),
    /** EU VAT number, e.g. FI12345678. */
    vatId: text('vat_id').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    iban: text('iban'),
    bic: text('bic'),
    /** The store's country: its VAT applies unless one-stop-shop selling is on. */
    country: text('country').notNull().default('FI'),
    defaultLocale: text('default_locale').notNull().default('fi'),
    /** EU one-stop-shop: charge the buyer's country's VAT on sales to consumers in other EU countries. */
    ossEnabled: boolean('oss_enabled').notNull().default(false),
    demoSeededAt: timestamp('demo_seeded_at', { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [check('store_settings_singleton', sql`${t.singleton}`)],
);
