import { z } from 'zod';
import { isLocale, type Locale } from '../lib/locale';
import { formatFinnishReference } from '../payments/reference-number';
import {
  type EmailBlock,
  type EmailContent,
  type EmailTable,
  type RenderedEmail,
  renderLayout,
} from './layout';
import { type EmailMessages, emailMessages } from './messages';

export const defaultStoreName = 'Puoti';

/** Links into the storefront, in the recipient's locale. Tokens are URL-encoded. */
export function emailLinks(publicUrl: string, locale: Locale) {
  const base = `${publicUrl.replace(/\/+$/, '')}/${locale}`;
  return {
    home: base,
    verifyEmail: (token: string) => `${base}/account/verify-email?token=${encodeURIComponent(token)}`,
    resetPassword: (token: string) => `${base}/account/reset-password?token=${encodeURIComponent(token)}`,
    login: `${base}/account/login`,
    forgotPassword: `${base}/account/forgot-password`,
  };
}

export type EmailLinks = ReturnType<typeof emailLinks>;

/** The Intl locale each email locale formats with: en-IE writes euros the English way (€12.50). */
const intlLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-IE', zh: 'zh-CN' };

/**
 * The store's time zone for dates and times in emails. The server often runs in UTC, and an order placed
 * at 00:30 in Helsinki would otherwise carry yesterday's date.
 */
export const defaultEmailTimeZone = 'Europe/Helsinki';

/** Money, rates, dates and country names the way the recipient's locale writes them. */
/** Formatters by locale and time zone: building Intl formatters costs more than rendering an email. */
const formattersKept = new Map<string, ReturnType<typeof makeEmailFormatters>>();

export function emailFormatters(locale: Locale, timeZone: string = defaultEmailTimeZone) {
  const key = `${locale} ${timeZone}`;
  let formatters = formattersKept.get(key);
  if (!formatters) {
    formatters = makeEmailFormatters(locale, timeZone);
    formattersKept.set(key, formatters);
  }
  return formatters;
}

function makeEmailFormatters(locale: Locale, timeZone: string) {
  const tag = intlLocales[locale];
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
  // Percent formatting gives each locale its own spacing: "25,5 %" in fi and sv, "25.5%" in en and zh.
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone });
  // A due date is a calendar day, not an instant: formatted in UTC so no time zone can move it.
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([tag], { type: 'region', fallback: 'code' });
  return {
    money: (cents: number) => money.format(cents / 100),
    rate: (basisPoints: number) => percent.format(basisPoints / 10_000),
    integer: (value: number) => integer.format(value),
    /** An ISO timestamp. */
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** A calendar day, YYYY-MM-DD. */
    date: (isoDate: string) => day.format(new Date(`${isoDate}T00:00:00Z`)),
    /** An ISO 3166 alpha-2 code. */
    country: (code: string) => regions.of(code) ?? code,
  };
}

export type EmailFormatters = ReturnType<typeof makeEmailFormatters>;

/** What a template's `build` gets besides its data. */
export interface TemplateContext {
  locale: Locale;
  storeName: string;
  /** The recipient's locale's strings. */
  m: EmailMessages;
  links: EmailLinks;
  format: EmailFormatters;
}

export interface EmailTemplate<S extends z.ZodType> {
  /** Validates the data `enqueueEmail` stores and delivery renders. */
  schema: S;
  build(data: z.output<S>, context: TemplateContext): EmailContent;
}

function defineTemplate<S extends z.ZodType>(template: EmailTemplate<S>): EmailTemplate<S> {
  return template;
}

// Names can be empty (users.first_name defaults to ''): the greeting then has no name.
const firstName = z.string().trim().max(200);
const token = z.string().min(1).max(512);

const greeting = (data: { firstName?: string | undefined }, { m }: TemplateContext): EmailBlock => ({
  kind: 'paragraph',
  text: m.common.greeting(data.firstName ?? ''),
});
const paragraph = (text: string): EmailBlock => ({ kind: 'paragraph', text });
const note = (text: string): EmailBlock => ({ kind: 'note', text });

// Order emails. Amounts are integer cents (as the orders table stores them); the orders code fills
// these from the order row, so the shapes follow it.
const cents = z.number().int();
const nonNegativeCents = cents.nonnegative();
const orderNumber = z.string().trim().min(1).max(64);
const customerName = z.string().trim().max(200);
// Only web links: these become buttons, and a javascript: or data: URL must never get that far.
const webUrl = z.url({ protocol: /^https?$/ }).max(2048);
const shortText = z.string().trim().max(200);

export const ZOrderEmailSummary = z.object({
  orderNumber,
  placedAt: z.iso.datetime({ offset: true }),
  customerName,
  lines: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(300),
        variantLabel: shortText.nullable(),
        sku: shortText,
        quantity: z.number().int().positive(),
        unitPriceCents: cents,
        lineTotalCents: cents,
      }),
    )
    .min(1),
  subtotalCents: cents,
  discountCents: nonNegativeCents,
  couponCode: shortText.nullable(),
  shippingCents: nonNegativeCents,
  shippingMethodName: shortText,
  vatLines: z.array(
    z.object({
      rateBasisPoints: z.number().int().min(0).max(10_000),
      netCents: cents,
      vatCents: cents,
    }),
  ),
  vatCents: cents,
  totalCents: cents,
  shippingAddress: z.object({
    fullName: shortText,
    company: shortText.nullable(),
    line1: shortText,
    line2: shortText.nullable(),
    postalCode: z.string().trim().max(20),
    city: shortText,
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'An ISO 3166 alpha-2 country code'),
    phone: z.string().trim().max(40).nullable(),
  }),
  paymentMethod: z.enum(['bank_transfer', 'stripe']),
  orderUrl: webUrl,
});

/** What the order emails need to show an order (build it from the order row; see ZOrderEmailSummary). */
export type TOrderEmailSummary = z.input<typeof ZOrderEmailSummary>;

export const ZBankTransferInstructions = z.object({
  recipient: shortText.min(1),
  iban: z.string().trim().min(1).max(42),
  bic: z.string().trim().max(11).nullable(),
  /** A Finnish reference (viitenumero) or an RF creditor reference; spaces are allowed. */
  referenceNumber: z.string().trim().min(1).max(35),
  amountCents: nonNegativeCents,
  dueDate: z.iso.date(),
});

export type TBankTransferInstructions = z.input<typeof ZBankTransferInstructions>;

type OrderSummary = z.output<typeof ZOrderEmailSummary>;

/** IBANs are printed in groups of four ("FI21 1234 5600 0007 85") so they can be read and typed back. */
function groupIban(iban: string): string {
  return iban
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Finnish references are printed in groups of five from the left; RF creditor references (ISO 11649)
 * in groups of four, like an IBAN.
 */
function groupReference(reference: string): string {
  const compact = reference.replace(/\s+/g, '');
  return /^RF/i.test(compact) ? groupIban(compact) : formatFinnishReference(compact);
}

function orderFacts(data: OrderSummary, { m, format }: TemplateContext): EmailBlock {
  return {
    kind: 'details',
    rows: [
      { label: m.order.orderNumber, value: data.orderNumber },
      { label: m.order.placedAt, value: format.dateTime(data.placedAt) },
      { label: m.order.paymentMethod, value: m.order.paymentMethods[data.paymentMethod] },
    ],
  };
}

function orderLinesTable(data: OrderSummary, { m, format }: TemplateContext): EmailTable {
  const totals: NonNullable<EmailTable['totals']> = [
    { label: m.order.subtotal, value: format.money(data.subtotalCents) },
  ];
  if (data.discountCents > 0) {
    totals.push({ label: m.order.discount(data.couponCode), value: format.money(-data.discountCents) });
  }
  totals.push(
    {
      label: m.order.shipping(data.shippingMethodName),
      value: data.shippingCents === 0 ? m.order.freeShipping : format.money(data.shippingCents),
    },
    { label: m.order.total, value: format.money(data.totalCents), emphasis: true },
  );
  return {
    caption: m.order.linesCaption,
    columns: [
      { label: m.order.product },
      { label: m.order.quantity, numeric: true },
      { label: m.order.amount, numeric: true },
    ],
    rows: data.lines.map((line) => ({
      header: line.name,
      // The unit price only when it differs from the line's amount, to keep single items uncluttered.
      detail: [
        line.variantLabel,
        line.sku ? m.order.sku(line.sku) : null,
        line.quantity === 1 ? null : m.order.unitPrice(format.money(line.unitPriceCents)),
      ]
        .filter((part): part is string => Boolean(part))
        .join(' · '),
      cells: [format.integer(line.quantity), format.money(line.lineTotalCents)],
    })),
    totals,
  };
}

/** The VAT contained in the total, per rate: Finnish receipts are expected to show rate, net and VAT. */
function vatTable(data: OrderSummary, { m, format }: TemplateContext): EmailTable {
  return {
    caption: m.order.vatCaption,
    columns: [
      { label: m.order.vatRate },
      { label: m.order.vatNet, numeric: true },
      { label: m.order.vatAmount, numeric: true },
    ],
    rows: data.vatLines.map((line) => ({
      header: format.rate(line.rateBasisPoints),
      cells: [format.money(line.netCents), format.money(line.vatCents)],
    })),
    totals: [{ label: m.order.vatTotal, value: format.money(data.vatCents) }],
  };
}

function deliveryAddress(data: OrderSummary, { m, format }: TemplateContext): EmailBlock[] {
  const address = data.shippingAddress;
  const lines = [
    address.fullName,
    address.company,
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`.trim(),
    format.country(address.country),
    address.phone ? m.order.phone(address.phone) : null,
  ].filter((line): line is string => Boolean(line));
  return [
    { kind: 'heading', text: m.order.deliveryAddress },
    { kind: 'lines', lines },
  ];
}

/** The order as a receipt: lines with totals, the VAT per rate, and where it goes. */
function orderSummaryBlocks(data: OrderSummary, context: TemplateContext): EmailBlock[] {
  const vat: EmailBlock[] = data.vatLines.length > 0 ? [{ kind: 'table', ...vatTable(data, context) }] : [];
  return [{ kind: 'table', ...orderLinesTable(data, context) }, ...vat, ...deliveryAddress(data, context)];
}

function bankTransferBlocks(
  bank: z.output<typeof ZBankTransferInstructions>,
  { m, format }: TemplateContext,
): EmailBlock[] {
  const t = m.orderConfirmation.bankTransfer;
  const rows = [
    { label: t.recipient, value: bank.recipient },
    { label: t.iban, value: groupIban(bank.iban) },
    ...(bank.bic ? [{ label: t.bic, value: bank.bic.toUpperCase() }] : []),
    { label: t.reference, value: groupReference(bank.referenceNumber) },
    { label: t.amount, value: format.money(bank.amountCents) },
    { label: t.dueDate, value: format.date(bank.dueDate) },
  ];
  return [
    { kind: 'heading', text: t.heading },
    paragraph(t.intro(format.date(bank.dueDate))),
    { kind: 'details', rows },
    paragraph(t.useReference),
  ];
}

const orderGreeting = (data: { customerName: string }, context: TemplateContext): EmailBlock =>
  greeting({ firstName: data.customerName }, context);

const viewOrderButton = (orderUrl: string, { m }: TemplateContext): EmailBlock => ({
  kind: 'button',
  label: m.order.viewOrder,
  url: orderUrl,
});

/**
 * Every email the shop sends. To add one: add its strings to messages.ts (every locale), then an entry
 * here with a zod schema for its data and a `build` that returns blocks; `enqueueEmail` and delivery
 * pick it up by name.
 */
export const emailTemplates = {
  verify_email: defineTemplate({
    schema: z.object({ firstName, token }),
    build: (data, context) => {
      const t = context.m.verifyEmail;
      return {
        subject: t.subject,
        preheader: t.intro,
        blocks: [
          greeting(data, context),
          paragraph(t.intro),
          { kind: 'button', label: t.action, url: context.links.verifyEmail(data.token) },
          paragraph(t.expiry),
          note(t.ignore),
        ],
      };
    },
  }),

  reset_password: defineTemplate({
    schema: z.object({ firstName, token }),
    build: (data, context) => {
      const t = context.m.resetPassword;
      return {
        subject: t.subject,
        preheader: t.intro,
        blocks: [
          greeting(data, context),
          paragraph(t.intro),
          { kind: 'button', label: t.action, url: context.links.resetPassword(data.token) },
          paragraph(t.expiry),
          note(t.ignore),
        ],
      };
    },
  }),

  /** Sent instead of a verification email when someone registers with an address that has an account. */
  account_exists: defineTemplate({
    schema: z.object({ firstName: firstName.optional() }),
    build: (data, context) => {
      const t = context.m.accountExists;
      return {
        subject: t.subject,
        preheader: t.intro,
        blocks: [
          greeting(data, context),
          paragraph(t.intro),
          paragraph(t.signInHint),
          { kind: 'button', label: t.action, url: context.links.login },
          { kind: 'link', label: t.forgotPassword, url: context.links.forgotPassword },
          note(t.notYou),
        ],
      };
    },
  }),

  password_changed: defineTemplate({
    schema: z.object({ firstName }),
    build: (data, context) => {
      const t = context.m.passwordChanged;
      return {
        subject: t.subject,
        preheader: t.intro,
        blocks: [
          greeting(data, context),
          paragraph(t.intro),
          paragraph(t.warning),
          { kind: 'button', label: t.action, url: context.links.forgotPassword },
        ],
      };
    },
  }),

  account_deleted: defineTemplate({
    schema: z.object({ firstName }),
    build: (data, context) => {
      const t = context.m.accountDeleted;
      return {
        subject: t.subject,
        preheader: t.intro,
        blocks: [greeting(data, context), paragraph(t.intro), paragraph(t.records), paragraph(t.thanks)],
      };
    },
  }),

  /** Sent when an order is placed: the receipt, and how to pay when paying by bank transfer. */
  order_confirmation: defineTemplate({
    schema: ZOrderEmailSummary.extend({ bankTransfer: ZBankTransferInstructions.nullable() }).superRefine(
      (data, ctx) => {
        // A bank-transfer confirmation without instructions would leave the customer unable to pay.
        if (data.paymentMethod === 'bank_transfer' && !data.bankTransfer) {
          ctx.addIssue({ code: 'custom', path: ['bankTransfer'], message: 'Required for bank transfer' });
        }
        if (data.paymentMethod !== 'bank_transfer' && data.bankTransfer) {
          ctx.addIssue({ code: 'custom', path: ['bankTransfer'], message: 'Only for bank transfer' });
        }
      },
    ),
    build: (data, context) => {
      const t = context.m.orderConfirmation;
      const payment =
        data.paymentMethod === 'bank_transfer' && data.bankTransfer
          ? bankTransferBlocks(data.bankTransfer, context)
          : [paragraph(t.cardPending)];
      return {
        subject: t.subject(data.orderNumber, context.storeName),
        heading: t.heading,
        preheader: t.intro(data.orderNumber),
        blocks: [
          orderGreeting(data, context),
          paragraph(t.intro(data.orderNumber)),
          orderFacts(data, context),
          ...payment,
          ...orderSummaryBlocks(data, context),
          viewOrderButton(data.orderUrl, context),
        ],
      };
    },
  }),

  payment_received: defineTemplate({
    schema: z.object({ orderNumber, amountCents: nonNegativeCents, orderUrl: webUrl, customerName }),
    build: (data, context) => {
      const t = context.m.paymentReceived;
      const intro = t.intro(data.orderNumber, context.format.money(data.amountCents));
      return {
        subject: t.subject(data.orderNumber, context.storeName),
        heading: t.heading,
        preheader: intro,
        blocks: [
          orderGreeting(data, context),
          paragraph(intro),
          paragraph(t.next),
          viewOrderButton(data.orderUrl, context),
        ],
      };
    },
  }),

  order_shipped: defineTemplate({
    schema: z.object({
      orderNumber,
      customerName,
      carrier: shortText.nullable(),
      trackingNumber: shortText.nullable(),
      trackingUrl: webUrl.nullable(),
      orderUrl: webUrl,
    }),
    build: (data, context) => {
      const t = context.m.orderShipped;
      const facts = [
        ...(data.carrier ? [{ label: t.carrier, value: data.carrier }] : []),
        ...(data.trackingNumber ? [{ label: t.trackingNumber, value: data.trackingNumber }] : []),
      ];
      // The tracking link is what the customer wants now; the order page stays one plain link away.
      const actions: EmailBlock[] = data.trackingUrl
        ? [
            { kind: 'button', label: t.track, url: data.trackingUrl },
            { kind: 'link', label: context.m.order.viewOrder, url: data.orderUrl },
          ]
        : [
            ...(data.trackingNumber ? [paragraph(t.trackingHint)] : []),
            viewOrderButton(data.orderUrl, context),
          ];
      return {
        subject: t.subject(data.orderNumber, context.storeName),
        heading: t.heading,
        preheader: t.intro(data.orderNumber),
        blocks: [
          orderGreeting(data, context),
          paragraph(t.intro(data.orderNumber)),
          ...(facts.length > 0 ? [{ kind: 'details', rows: facts } satisfies EmailBlock] : []),
          ...actions,
        ],
      };
    },
  }),

  order_cancelled: defineTemplate({
    schema: z.object({ orderNumber, customerName, refundCents: nonNegativeCents, orderUrl: webUrl }),
    build: (data, context) => {
      const t = context.m.orderCancelled;
      return {
        subject: t.subject(data.orderNumber, context.storeName),
        heading: t.heading,
        preheader: t.intro(data.orderNumber),
        blocks: [
          orderGreeting(data, context),
          paragraph(t.intro(data.orderNumber)),
          paragraph(data.refundCents > 0 ? t.refund(context.format.money(data.refundCents)) : t.noCharge),
          viewOrderButton(data.orderUrl, context),
        ],
      };
    },
  }),
};

export type EmailTemplates = typeof emailTemplates;
export type TemplateName = keyof EmailTemplates;
/** The data a template takes (what callers pass to `enqueueEmail`). */
export type TemplateData<T extends TemplateName> = z.input<EmailTemplates[T]['schema']>;

export const templateNames = Object.keys(emailTemplates) as TemplateName[];

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === 'string' && Object.hasOwn(emailTemplates, value);
}

export interface RenderOptions {
  /** Links are built from it: `${publicUrl}/${locale}/account/...`. */
  publicUrl: string;
  /** Shown in the header, sign-off and footer; default "Puoti". */
  storeName?: string;
  /** The IANA time zone for times in the emails (when an order was placed); default Europe/Helsinki. */
  timeZone?: string;
}

/** The data does not fit the template's schema (or the template or locale is unknown). */
export class EmailDataError extends Error {
  constructor(
    message: string,
    /** Which fields were wrong; never their values (they may hold tokens). */
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'EmailDataError';
  }
}

/** Checks a template's data; returns what to store (trimmed, defaults applied) or throws EmailDataError. */
export function parseTemplateData(template: string, data: unknown): Record<string, unknown> {
  if (!isTemplateName(template)) throw new EmailDataError(`Unknown email template "${template}"`);
  const parsed = (emailTemplates[template].schema as z.ZodType).safeParse(data);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.') || '(data)',
      message: issue.message,
    }));
    throw new EmailDataError(
      `Invalid data for email template "${template}": ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
      fields,
    );
  }
  return parsed.data as Record<string, unknown>;
}

function renderWith<S extends z.ZodType>(
  template: EmailTemplate<S>,
  data: unknown,
  context: TemplateContext,
): RenderedEmail {
  const content = template.build(data as z.output<S>, context);
  return renderLayout(content, {
    locale: context.locale,
    storeName: context.storeName,
    homeUrl: context.links.home,
    common: context.m.common,
  });
}

/**
 * Renders a stored or untyped email (the outbox's rows): validates the template name, locale and data.
 * Throws EmailDataError when any of them is wrong.
 */
export function renderStoredEmail(
  input: { template: string; locale: string; data: unknown },
  options: RenderOptions,
): RenderedEmail {
  if (!isLocale(input.locale)) throw new EmailDataError(`Unknown email locale "${input.locale}"`);
  const data = parseTemplateData(input.template, input.data);
  const template = emailTemplates[input.template as TemplateName] as EmailTemplate<z.ZodType>;
  return renderWith(template, data, {
    locale: input.locale,
    storeName: options.storeName ?? defaultStoreName,
    m: emailMessages[input.locale],
    links: emailLinks(options.publicUrl, input.locale),
    format: emailFormatters(input.locale, options.timeZone),
  });
}

/** Renders one email in the recipient's locale: `{ subject, html, text }`. */
export function renderEmail<T extends TemplateName>(
  input: { template: T; locale: Locale; data: TemplateData<T> },
  options: RenderOptions,
): RenderedEmail {
  return renderStoredEmail(input, options);
}
