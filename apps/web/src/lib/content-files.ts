import 'server-only';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Executor, getDatabase, loadConfig } from '@puoti/core';
import { getStoreSettings, type StoreSettings } from '@puoti/core/settings';
import { listShippingRates } from '@puoti/core/shipping';
import { getTranslations } from 'next-intl/server';
import { type AppLocale, routing } from '@/i18n/routing';
import {
  type ContentPage,
  contentPages,
  escapeMarkdown,
  type FrontMatter,
  fillBlock,
  fillPlaceholders,
  markdownTable,
  type PlaceholderValues,
  parseFrontMatter,
  renderMarkdown,
  type TocEntry,
} from './content';
import { formatPrice, formatTags } from './format';

/**
 * The Markdown lives in `apps/web/content/pages/{page}.{locale}.md` and is read at request time, so an
 * edited text shows without a rebuild. The Node server runs from the repository root; `next start`
 * would run from the app's folder: both are looked at.
 */
function contentDir(): string {
  const candidates = [
    path.join(process.cwd(), 'apps/web/content/pages'),
    path.join(process.cwd(), 'content/pages'),
  ];
  return candidates.find((dir) => existsSync(dir)) ?? (candidates[0] as string);
}

/** The store's details as the pages print them; empty ones (a fresh install) drop their lines. */
export function placeholderValues(
  settings: StoreSettings,
  locale: AppLocale,
  publicUrl: string,
): PlaceholderValues {
  const { address } = settings;
  const country = address.country
    ? (new Intl.DisplayNames([formatTags[locale]], { type: 'region' }).of(address.country) ?? address.country)
    : '';
  const street = [address.line1, address.line2].filter(Boolean).join(', ');
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  return {
    storeName: settings.storeName,
    sellerName: settings.sellerName,
    businessId: settings.businessId,
    vatId: settings.vatId,
    // Without a street the address is not usable: print nothing rather than just a country.
    address: street && town ? [street, town, country].filter(Boolean).join(', ') : null,
    email: settings.email,
    phone: settings.phone,
    phoneUri: settings.phone ? settings.phone.replace(/[^\d+]/g, '') : null,
    iban: settings.iban,
    bic: settings.bic,
    publicUrl,
  };
}

export interface ContentDocument extends FrontMatter {
  html: string;
  toc: TocEntry[];
}

/**
 * The shipping page's rates, from the shipping methods themselves so prices and times never go stale:
 * a small table per destination (three columns fit a 360 px screen), in the methods' own order, with
 * the methods serving every other EU country last.
 */
async function shippingRatesTables(db: Executor, locale: AppLocale): Promise<string> {
  const [rates, t] = await Promise.all([
    listShippingRates(db, locale, routing.defaultLocale),
    getTranslations({ locale, namespace: 'content.shippingTable' }),
  ]);
  const countries = new Intl.DisplayNames([formatTags[locale]], { type: 'region' });
  const groups = new Map<string, typeof rates>();
  const ordered = [...rates].sort(
    (a, b) => Number(a.countries.length === 0) - Number(b.countries.length === 0),
  );
  for (const rate of ordered) {
    const destination =
      rate.countries.length === 0
        ? t('otherEu')
        : rate.countries.map((code) => countries.of(code) ?? code).join(', ');
    groups.set(destination, [...(groups.get(destination) ?? []), rate]);
  }
  const days = (min: number, max: number) =>
    min === max ? t('daysExact', { count: max }) : t('days', { min, max });
  return [...groups]
    .map(([destination, group]) =>
      [
        `### ${escapeMarkdown(destination)}`,
        markdownTable(
          [t('methodAndTime'), t('price'), t('freeFrom')],
          group.map((rate) => [
            `${rate.name}, ${days(rate.minDays, rate.maxDays)}`,
            formatPrice(rate.priceCents, locale),
            rate.freeFromCents === null ? t('never') : formatPrice(rate.freeFromCents, locale),
          ]),
        ),
      ].join('\n\n'),
    )
    .join('\n\n');
}

const plain = (value: string) => value;

/** One content page in one language, with the store's details filled in, as HTML. */
export async function loadContentPage(page: ContentPage, locale: AppLocale): Promise<ContentDocument> {
  const file = path.join(contentDir(), `${page}.${locale}.md`);
  const config = loadConfig();
  const { db } = await getDatabase(config);
  const [source, settings] = await Promise.all([readFile(file, 'utf8'), getStoreSettings(db)]);
  const { data, body } = parseFrontMatter(source, file);
  const values = placeholderValues(settings, locale, config.publicUrl);
  const withBlocks = body.includes('{{shippingRates}}')
    ? fillBlock(body, 'shippingRates', await shippingRatesTables(db, locale))
    : body;
  const { html, toc } = renderMarkdown(fillPlaceholders(withBlocks, values));
  return {
    ...data,
    title: fillPlaceholders(data.title, values, plain),
    description: fillPlaceholders(data.description, values, plain),
    html,
    toc,
  };
}

/** When each content page's text last changed (its `updated:` line), for the sitemap. */
export async function contentUpdatedDates(): Promise<
  Partial<Record<ContentPage, Partial<Record<AppLocale, Date>>>>
> {
  const dir = contentDir();
  const pairs = contentPages.flatMap((page) => routing.locales.map((locale) => ({ page, locale })));
  const dates = await Promise.all(
    pairs.map(async ({ page, locale }) => {
      const file = path.join(dir, `${page}.${locale}.md`);
      const { updated } = parseFrontMatter(await readFile(file, 'utf8'), file).data;
      return updated ? new Date(`${updated}T00:00:00Z`) : undefined;
    }),
  );
  const result: Partial<Record<ContentPage, Partial<Record<AppLocale, Date>>>> = {};
  pairs.forEach(({ page, locale }, index) => {
    const date = dates[index];
    if (date) result[page] = { ...result[page], [locale]: date };
  });
  return result;
}
