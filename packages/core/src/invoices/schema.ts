import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from '../db/columns';
import { orders } from '../orders/schema';

export const invoiceKind = pgEnum('invoice_kind', ['invoice', 'credit_note']);

/** Issued invoices and credit notes: immutable documents, numbered without gaps per year. */
export const invoices = pgTable(
  'invoices',
  {
    id: id(),
    // RESTRICT: bookkeeping law requires keeping issued invoices with their orders.
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    kind: invoiceKind('kind').notNull(),
    number: text('number').notNull(),
    /** For a credit note, the invoice it corrects. */
    creditsInvoiceId: uuid('credits_invoice_id').references((): AnyPgColumn => invoices.id, {
      onDelete: 'restrict',
    }),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    totalCents: integer('total_cents').notNull(),
    vatCents: integer('vat_cents').notNull(),
    /** Seller, buyer, lines and VAT as issued, so the document never changes after the fact. */
    document: jsonb('document').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invoices_number_key').on(t.number),
    index('invoices_order_id_idx').on(t.orderId),
    check(
      'invoices_credit_note_links_invoice',
      sql`(${t.kind} = 'credit_note') = (${t.creditsInvoiceId} is not null)`,
    ),
  ],
);
