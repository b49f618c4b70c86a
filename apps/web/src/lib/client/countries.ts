'use client';

import { useMemo } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { formatTags } from '@/lib/format';

/**
 * Country names in the page's language (Intl's own list, nothing to translate by hand) and the shop's
 * delivery countries sorted by those names, for address forms.
 */
export function useCountryNames(
  locale: AppLocale,
  countries: readonly string[],
): { countryNames: Intl.DisplayNames; sortedCountries: string[] } {
  const countryNames = useMemo(
    () => new Intl.DisplayNames([formatTags[locale]], { type: 'region' }),
    [locale],
  );
  const sortedCountries = useMemo(
    () =>
      [...countries].sort((a, b) =>
        (countryNames.of(a) ?? a).localeCompare(countryNames.of(b) ?? b, formatTags[locale]),
      ),
    [countries, countryNames, locale],
  );
  return { countryNames, sortedCountries };
}
