'use client';

import type { Suggestion } from '@puoti/core/catalog';
import { type KeyboardEvent, useEffect, useReducer, useRef, useState } from 'react';
import { ProductThumb } from '@/components/product/product-thumb';
import type { AppLocale } from '@/i18n/routing';
import { api } from '@/lib/client/api';
import { formatPrice } from '@/lib/format';
import { routes } from '@/lib/routes';
import { activeItem, initialComboboxState, reduce, suggestQuery } from './search-combobox-state';

export interface SearchComboboxLabels {
  placeholder: string;
  /** The popup's accessible name. */
  suggestions: string;
  /** Marks a category among the product suggestions. */
  category: string;
  /** What the live region says for 0…8 suggestions, plurals already resolved on the server. */
  counts: string[];
}

interface Props {
  id: string;
  locale: AppLocale;
  labels: SearchComboboxLabels;
}

/** Waiting this long after the last key press saves a request per letter of a fast typist. */
const debounceMs = 150;

function hrefOf(locale: AppLocale, item: Suggestion): string {
  return item.type === 'category' ? routes.category(locale, item.slug) : routes.product(locale, item.slug);
}

/**
 * The header search input with suggestions (WAI-ARIA 1.2 combobox, listbox popup). The server renders
 * it as a plain search input in a GET form, which works without JavaScript; once loaded, typing asks
 * GET /search/suggest. Focus stays in the input throughout: the arrow keys move the highlighted option
 * (aria-activedescendant), Enter opens it or, with none highlighted, submits the form as usual.
 */
export function SearchCombobox({ id, locale, labels }: Props) {
  const [state, dispatch] = useReducer(reduce<Suggestion>, undefined, () =>
    initialComboboxState<Suggestion>(),
  );
  // Said once per answer (not on every render), so screen readers hear a changed count, not a repeat.
  const [announcement, setAnnouncement] = useState('');
  const wrapper = useRef<HTMLDivElement>(null);
  const listboxId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const wanted = suggestQuery(state.query);

  useEffect(() => {
    if (wanted === null) {
      setAnnouncement('');
      return;
    }
    // A newer text aborts the request for the older one, so answers cannot arrive out of order.
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const result = await api<{ items: Suggestion[] }>(`/search/suggest?q=${encodeURIComponent(wanted)}`, {
          locale,
          signal: controller.signal,
        });
        // A failed lookup shows no popup: the form still submits a full search.
        const items = result.ok ? result.data.items : [];
        dispatch({ type: 'results', query: wanted, items });
        setAnnouncement(labels.counts[Math.min(items.length, labels.counts.length - 1)] ?? '');
      } catch {
        // Aborted: a newer request has taken over.
      }
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [wanted, locale, labels.counts]);

  useEffect(() => {
    if (!state.open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) dispatch({ type: 'close' });
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [state.open]);

  useEffect(() => {
    if (state.active >= 0)
      document.getElementById(optionId(state.active))?.scrollIntoView({ block: 'nearest' });
  });

  const open = (item: Suggestion) => window.location.assign(hrefOf(locale, item));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      dispatch({ type: event.key === 'ArrowDown' ? 'next' : 'previous' });
    } else if (event.key === 'Enter') {
      const item = activeItem(state);
      if (item) {
        event.preventDefault();
        open(item);
      }
    } else if (event.key === 'Escape') {
      // Handled here, not by the browser's own clearing of search inputs: the first press only closes.
      if (state.open || state.query) event.preventDefault();
      dispatch({ type: 'escape' });
    }
  };

  return (
    <div ref={wrapper} className="relative min-w-0 flex-1">
      <input
        id={id}
        type="search"
        name="q"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={state.open}
        aria-controls={listboxId}
        aria-activedescendant={state.open && state.active >= 0 ? optionId(state.active) : undefined}
        value={state.query}
        onChange={(event) => dispatch({ type: 'input', query: event.target.value })}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!wrapper.current?.contains(event.relatedTarget)) dispatch({ type: 'close' });
        }}
        placeholder={labels.placeholder}
        maxLength={200}
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        className="min-h-11 w-full min-w-0 rounded-l-lg border border-r-0 border-line-strong bg-surface px-3 text-base text-ink placeholder:text-muted focus-visible:relative focus-visible:z-10 focus-visible:rounded-lg"
      />
      <div
        id={listboxId}
        role="listbox"
        aria-label={labels.suggestions}
        hidden={!state.open}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-[min(70dvh,28rem)] overflow-y-auto rounded-lg border border-line bg-surface p-1 shadow-card-hover"
      >
        {state.open
          ? state.items.map((item, index) => (
              // Options are never tabbed to: focus stays in the input (aria-activedescendant). A press
              // keeps it there (preventDefault), the click opens the suggestion; the keyboard uses Enter.
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys for every option
              <div
                key={`${item.type}-${item.id}`}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === state.active}
                onPointerDown={(event) => event.preventDefault()}
                onPointerMove={() => dispatch({ type: 'point', index })}
                onClick={() => open(item)}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 py-1.5 text-sm aria-selected:bg-lake-soft aria-selected:text-lake-deep"
              >
                {item.type === 'product' ? (
                  <span className="size-10 shrink-0 overflow-hidden rounded bg-lake-soft/50">
                    {item.image ? (
                      <ProductThumb
                        image={{ ...item.image, alt: '' }}
                        size={40}
                        className="size-full object-cover"
                      />
                    ) : null}
                  </span>
                ) : (
                  <span className="shrink-0 rounded-full bg-lake-soft px-2 py-0.5 text-xs font-medium text-lake-deep">
                    {labels.category}
                  </span>
                )}
                <span className="min-w-0 flex-1 truncate">{item.name}</span>
                {item.priceCents !== undefined ? (
                  <span className="tabular shrink-0 text-muted">{formatPrice(item.priceCents, locale)}</span>
                ) : null}
              </div>
            ))
          : null}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
