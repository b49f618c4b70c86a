/** The storefront's languages. The order is the fallback order after the requested and default locale. */
export const locales = ['fi', 'sv', 'en', 'zh'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fi';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Text-search configuration per locale. PostgreSQL has no Chinese parser: zh uses `simple` plus trigrams. */
export const searchConfig: Record<Locale, 'finnish' | 'swedish' | 'english' | 'simple'> = {
  fi: 'finnish',
  sv: 'swedish',
  en: 'english',
  zh: 'simple',
};

/**
 * Picks the best locale from an Accept-Language header (q-values respected), or null when none fits.
 * Region subtags are ignored: "sv-FI" is Swedish.
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        lang: tag.toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.lang).find(isLocale) ?? null;
}
