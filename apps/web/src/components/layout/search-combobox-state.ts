/**
 * The header search's suggestion popup as pure state, so its keyboard rules (WAI-ARIA 1.2 combobox with
 * a listbox popup) are unit-tested without a browser. The component only wires events to `reduce`.
 */

export interface ComboboxState<T> {
  /** What is in the input. */
  query: string;
  /** Suggestions for `itemsFor`, which may lag behind `query` while a request is on its way. */
  items: readonly T[];
  itemsFor: string;
  open: boolean;
  /** The highlighted option (aria-activedescendant), -1 for none: Enter then submits the search. */
  active: number;
}

export type ComboboxAction<T> =
  | { type: 'input'; query: string }
  | { type: 'results'; query: string; items: readonly T[] }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'point'; index: number }
  | { type: 'escape' }
  | { type: 'close' };

export function initialComboboxState<T>(query = ''): ComboboxState<T> {
  return { query, items: [], itemsFor: '', open: false, active: -1 };
}

/** Chinese and Japanese say a lot in one character; other scripts need two before suggestions help. */
const singleCharacterScripts = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The text to ask suggestions for, or null when the input is too short to suggest anything useful. */
export function suggestQuery(query: string): string | null {
  const text = query.trim().replace(/\s+/g, ' ');
  if (text.length > 200) return null;
  return text.length >= 2 || singleCharacterScripts.test(text) ? text : null;
}

export function reduce<T>(state: ComboboxState<T>, action: ComboboxAction<T>): ComboboxState<T> {
  const count = state.items.length;
  switch (action.type) {
    case 'input':
      // The old suggestions stay visible until new ones arrive (no flicker), but none stays chosen:
      // Enter now searches for what was typed.
      return suggestQuery(action.query) === null
        ? { ...initialComboboxState<T>(action.query) }
        : { ...state, query: action.query, active: -1 };
    case 'results':
      // An answer for an earlier text (the customer kept typing) is dropped.
      if (suggestQuery(state.query) !== action.query) return state;
      return {
        ...state,
        items: action.items,
        itemsFor: action.query,
        open: action.items.length > 0,
        active: -1,
      };
    case 'next':
      if (count === 0) return state;
      if (!state.open) return { ...state, open: true, active: 0 };
      return { ...state, active: (state.active + 1) % count };
    case 'previous':
      if (count === 0) return state;
      if (!state.open) return { ...state, open: true, active: count - 1 };
      return { ...state, active: state.active <= 0 ? count - 1 : state.active - 1 };
    case 'point':
      return action.index >= 0 && action.index < count ? { ...state, active: action.index } : state;
    case 'escape':
      // First Escape closes the popup; a second one clears the input (APG combobox pattern).
      return state.open ? { ...state, open: false, active: -1 } : initialComboboxState<T>();
    case 'close':
      return state.open ? { ...state, open: false, active: -1 } : state;
  }
}

/** The option Enter would open: only a highlighted one in an open popup. */
export function activeItem<T>(state: ComboboxState<T>): T | null {
  return state.open && state.active >= 0 ? (state.items[state.active] ?? null) : null;
}
