import { z } from 'zod';
import { isLocale, type Locale } from '../lib/locale';
import { type EmailBlock, type EmailContent, type RenderedEmail, renderLayout } from './layout';
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

/** What a template's `build` gets besides its data. */
export interface TemplateContext {
  locale: Locale;
  storeName: string;
  /** The recipient's locale's strings. */
  m: EmailMessages;
  links: EmailLinks;
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
  });
}

/** Renders one email in the recipient's locale: `{ subject, html, text }`. */
export function renderEmail<T extends TemplateName>(
  input: { template: T; locale: Locale; data: TemplateData<T> },
  options: RenderOptions,
): RenderedEmail {
  return renderStoredEmail(input, options);
}
