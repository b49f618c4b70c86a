import { describe, expect, it } from 'vitest';
import {
  activeItem,
  type ComboboxAction,
  type ComboboxState,
  initialComboboxState,
  reduce,
  suggestQuery,
} from './search-combobox-state';

function run(
  actions: ComboboxAction<string>[],
  start = initialComboboxState<string>(),
): ComboboxState<string> {
  return actions.reduce(reduce<string>, start);
}

const withResults = run([
  { type: 'input', query: 'kahvi' },
  { type: 'results', query: 'kahvi', items: ['a', 'b', 'c'] },
]);

describe('suggestQuery', () => {
  it('asks from two characters on, with spaces tidied', () => {
    expect(suggestQuery('')).toBeNull();
    expect(suggestQuery(' k ')).toBeNull();
    expect(suggestQuery('ka')).toBe('ka');
    expect(suggestQuery('  running   shoes ')).toBe('running shoes');
  });

  it('asks for a single Chinese character', () => {
    expect(suggestQuery('鞋')).toBe('鞋');
  });

  it('never asks for more than the API takes', () => {
    expect(suggestQuery('a'.repeat(201))).toBeNull();
  });
});

describe('reduce', () => {
  it('opens on results and starts with no option chosen', () => {
    expect(withResults).toMatchObject({ open: true, active: -1, items: ['a', 'b', 'c'], itemsFor: 'kahvi' });
    expect(activeItem(withResults)).toBeNull();
  });

  it('stays closed when nothing matches', () => {
    const state = run([{ type: 'results', query: 'kahvi', items: [] }], withResults);
    expect(state.open).toBe(false);
  });

  it('drops results for text the customer has typed past', () => {
    const state = run(
      [
        { type: 'input', query: 'kahvin' },
        { type: 'results', query: 'kahvi', items: ['old'] },
      ],
      withResults,
    );
    expect(state.items).toEqual(['a', 'b', 'c']);
    expect(state.active).toBe(-1);
  });

  it('moves down and up through the options, wrapping at both ends', () => {
    expect(run([{ type: 'next' }], withResults).active).toBe(0);
    expect(run([{ type: 'next' }, { type: 'next' }, { type: 'next' }], withResults).active).toBe(2);
    expect(
      run([{ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' }], withResults).active,
    ).toBe(0);
    expect(run([{ type: 'previous' }], withResults).active).toBe(2);
    expect(run([{ type: 'next' }, { type: 'previous' }], withResults).active).toBe(2);
    expect(activeItem(run([{ type: 'next' }, { type: 'next' }], withResults))).toBe('b');
  });

  it('reopens a closed popup with the arrow keys', () => {
    const closed = run([{ type: 'close' }], withResults);
    expect(closed.open).toBe(false);
    expect(run([{ type: 'next' }], closed)).toMatchObject({ open: true, active: 0 });
    expect(run([{ type: 'previous' }], closed)).toMatchObject({ open: true, active: 2 });
  });

  it('ignores the arrow keys without suggestions', () => {
    const empty = initialComboboxState<string>();
    expect(run([{ type: 'next' }], empty)).toBe(empty);
  });

  it('forgets the chosen option when the text changes', () => {
    const state = run([{ type: 'next' }, { type: 'input', query: 'kahvin' }], withResults);
    expect(state).toMatchObject({ query: 'kahvin', active: -1, open: true });
    expect(activeItem(state)).toBeNull();
  });

  it('clears the suggestions when the text gets too short', () => {
    expect(run([{ type: 'input', query: 'k' }], withResults)).toEqual({
      ...initialComboboxState('k'),
    });
  });

  it('closes on the first Escape and clears the text on the second', () => {
    const once = run([{ type: 'next' }, { type: 'escape' }], withResults);
    expect(once).toMatchObject({ open: false, active: -1, query: 'kahvi' });
    expect(run([{ type: 'escape' }], once)).toEqual(initialComboboxState());
  });

  it('follows the pointer within the options only', () => {
    expect(run([{ type: 'point', index: 1 }], withResults).active).toBe(1);
    expect(run([{ type: 'point', index: 3 }], withResults).active).toBe(-1);
  });

  it('has no chosen option while closed', () => {
    const state = run([{ type: 'next' }, { type: 'close' }], withResults);
    expect(activeItem(state)).toBeNull();
    expect(run([{ type: 'close' }], state)).toBe(state);
  });
});
