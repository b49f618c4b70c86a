import 'server-only';
import { loadConfig } from '@puoti/core';
import type { Metadata } from 'next';
import { type AppLocale, languageTags, routing } from '@/i18n/routing';

/** Absolute URLs in metadata (canonical, hreflang, Open Graph) are built on the shop's public URL. */
export function metadataBase(): URL {
  return new URL(`${loadConfig().publicUrl}/`);
}

/**
 * Canonical URL and hreflang alternates for a page that exists in every locale. `pathFor` gives the
 * page's path in a locale (translated slugs differ per locale). `xDefault` is where a visitor with
 * no matching language should land; the bare `/` picks a language from the browser's settings.
 */
export function localeAlternates(
  locale: AppLocale,
  pathFor: (locale: AppLocale) => string,
  xDefault: string = pathFor(routing.defaultLocale),
): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const other of routing.locales) languages[languageTags[other]] = pathFor(other);
  languages['x-default'] = xDefault;
  return { canonical: pathFor(locale), languages };
}
