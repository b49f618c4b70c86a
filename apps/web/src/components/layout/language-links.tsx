'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { CheckIcon, ChevronDownIcon, GlobeIcon } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';

export interface LanguageOption {
  locale: AppLocale;
  /** The language's own name ("Svenska"), so a visitor recognises it whatever the page's language. */
  name: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  tag: string;
}

interface Props {
  current: AppLocale;
  languages: LanguageOption[];
  /** Accessible name of the group ("Language" in the page's language). */
  label: string;
  /** Screen-reader text for the menu button, naming the current language. */
  currentLabel: string;
  variant: 'menu' | 'list';
}

/**
 * The same page in another language. Pages whose path is translated (a product's or category's slug)
 * name their other-language URLs in `<link rel="alternate" hreflang>`; once the page has loaded those
 * win. Before that, and on pages without alternates, the locale prefix is swapped and the rest kept
 * (pages accept a slug in any language, so that link still opens the right page).
 */
function useLocaleHref(languages: LanguageOption[]): (locale: AppLocale) => string {
  const pathname = usePathname() ?? '/';
  const query = useSearchParams()?.toString() ?? '';
  const [alternates, setAlternates] = useState<Partial<Record<AppLocale, string>>>({});

  useEffect(() => {
    const found: Partial<Record<AppLocale, string>> = {};
    for (const language of languages) {
      const link = document.head.querySelector<HTMLLinkElement>(
        `link[rel="alternate"][hreflang="${language.tag}"]`,
      );
      if (!link) continue;
      // Absolute in the metadata (the shop's public URL); only the path matters on this host.
      const url = new URL(link.href, window.location.href);
      found[language.locale] = url.pathname + (url.search || (query ? `?${query}` : ''));
    }
    setAlternates(found);
  }, [languages, query]);

  const rest = pathname.replace(/^\/[^/]+/, '');
  return (locale) => alternates[locale] ?? `/${locale}${rest}${query ? `?${query}` : ''}`;
}

/**
 * Language links. Plain links (full page loads): the document's `lang` changes with the language. The
 * header's menu is a native disclosure (works without JavaScript); the script only closes it on Escape
 * or a click elsewhere.
 */
export function LanguageLinks({ current, languages, label, currentLabel, variant }: Props) {
  const hrefFor = useLocaleHref(languages);
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (variant !== 'menu') return;
    const close = (event: Event) => {
      const menu = details.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        menu.open = false;
        menu.querySelector('summary')?.focus();
      } else if (!menu.contains(event.target as Node)) {
        menu.open = false;
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, [variant]);

  const items = languages.map((language) => {
    const isCurrent = language.locale === current;
    return (
      <li key={language.locale}>
        <a
          href={hrefFor(language.locale)}
          hrefLang={language.tag}
          lang={language.tag}
          aria-current={isCurrent ? 'true' : undefined}
          className={
            variant === 'menu'
              ? 'flex items-center justify-between gap-4 rounded-md px-3 py-2 text-sm hover:bg-lake-soft aria-[current]:font-semibold'
              : 'inline-block py-1 text-sm text-muted underline-offset-4 hover:text-ink hover:underline aria-[current]:font-semibold aria-[current]:text-ink'
          }
        >
          {language.name}
          {variant === 'menu' && isCurrent ? <CheckIcon className="size-4 text-lake" /> : null}
        </a>
      </li>
    );
  });

  if (variant === 'list') {
    return (
      <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1">
        {items}
      </ul>
    );
  }

  const currentName = languages.find((language) => language.locale === current)?.name ?? current;
  return (
    <details ref={details} className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-md px-2 text-sm font-medium hover:bg-lake-soft [&::-webkit-details-marker]:hidden">
        <GlobeIcon className="size-5 text-lake" />
        <span aria-hidden="true">{currentName}</span>
        <span className="sr-only">{currentLabel}</span>
        <ChevronDownIcon className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <ul
        aria-label={label}
        className="absolute right-0 top-full z-40 mt-1 min-w-44 rounded-lg border border-line bg-surface p-1 shadow-card-hover"
      >
        {items}
      </ul>
    </details>
  );
}
