import type { CategoryNode } from '@puoti/core/catalog';
import { describe, expect, it } from 'vitest';
import { descendantsOf, findCategory } from './category-tree';

function node(slug: string, slugs: Record<string, string>, children: CategoryNode[] = []): CategoryNode {
  return { id: slug, slug, name: slug, description: '', productCount: 0, slugs, children };
}

const phones = node('mobiltelefoner', { fi: 'alypuhelimet', sv: 'mobiltelefoner', en: 'smartphones' });
const cases = node('skal', { fi: 'kuoret', sv: 'skal', en: 'cases' });
phones.children.push(cases);
const gaming = node('gaming', { fi: 'pelaaminen', sv: 'gaming', en: 'gaming' });
const electronics = node('elektronik', { fi: 'elektroniikka', sv: 'elektronik', en: 'electronics' }, [
  phones,
  gaming,
]);
// Another category whose Finnish slug is the Swedish slug of the one above.
const games = node('spel', { fi: 'gaming', sv: 'spel', en: 'games' });
const tree = [electronics, games];

describe('findCategory', () => {
  it('finds a category by the page language’s slug, with its trail', () => {
    expect(findCategory(tree, 'mobiltelefoner')).toEqual({ category: phones, trail: [electronics, phones] });
    expect(findCategory(tree, 'skal')?.trail).toEqual([electronics, phones, cases]);
  });

  it('finds a category by another language’s slug', () => {
    expect(findCategory(tree, 'alypuhelimet')?.category).toBe(phones);
    expect(findCategory(tree, 'electronics')?.trail).toEqual([electronics]);
  });

  it('prefers the page language’s slug when languages collide', () => {
    expect(findCategory(tree, 'gaming')?.category).toBe(gaming);
  });

  it('is null for an unknown slug', () => {
    expect(findCategory(tree, 'nope')).toBeNull();
  });
});

describe('descendantsOf', () => {
  it('lists everything below, depth first', () => {
    expect(descendantsOf(electronics)).toEqual([phones, cases, gaming]);
    expect(descendantsOf(cases)).toEqual([]);
  });
});
