import type { Locale } from '@puoti/core';
import { defineRouting } from 'next-intl/routing';

// Spelled out rather than imported: the proxy bundle must not pull in the core package (database
// drivers and all). The checks below keep this list equal to core's.
const locales = ['fi', 'sv', 'en', 'zh'] as const satisfies readonly Locale[];
type MissingLocale = Exclude<Locale, (typeof locales)[number]>;
const coversCoreLocales: [MissingLocale] extends [never] ? true : never = true;
void coversCoreLocales;

export const routing = defineRouting({
  locales,
  defaultLocale: 'fi',
  localePrefix: 'always',
  // `/` picks the language from Accept-Language. No locale cookie: a URL's HTML is the same for
  // every visitor (shareable and cacheable), and the URL alone decides the language.
  localeCookie: false,
  // hreflang alternates come from each page's metadata, which will know translated slugs.
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];

/** BCP 47 tags for `<html lang>` and hreflang. Chinese is simplified (Noto Sans CJK SC). */
export const languageTags: Record<AppLocale, string> = {
  fi: 'fi',
  sv: 'sv',
  en: 'en',
  zh: 'zh-Hans',
};
