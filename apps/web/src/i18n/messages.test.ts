import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import fi from '../../messages/fi.json';
import sv from '../../messages/sv.json';
import zh from '../../messages/zh.json';

const catalogs = { fi, sv, en, zh } as const;

/** Every leaf of a messages tree as [dotted key, value]. */
function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

/** The arguments a message interpolates ({price}, {count, plural, ...}), not the words of its branches. */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1] ?? '').sort();
}

const keySets = Object.fromEntries(
  Object.entries(catalogs).map(([locale, messages]) => [
    locale,
    leaves(messages)
      .map(([key]) => key)
      .sort(),
  ]),
);
const allKeys = [...new Set(Object.values(keySets).flat())].sort();

describe('UI messages', () => {
  it('are not empty', () => {
    expect(allKeys.length).toBeGreaterThan(0);
  });

  for (const [locale, messages] of Object.entries(catalogs)) {
    describe(locale, () => {
      it('has every key that any locale has', () => {
        expect(keySets[locale]).toEqual(allKeys);
      });

      it('has a non-empty string for every key', () => {
        const bad = leaves(messages)
          .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
          .map(([key]) => key);
        expect(bad).toEqual([]);
      });

      it('interpolates the same arguments as English', () => {
        const english = new Map(leaves(en));
        const mismatched = leaves(messages)
          .filter(([key, value]) => {
            const reference = english.get(key);
            if (typeof value !== 'string' || typeof reference !== 'string') return false;
            return argumentsOf(value).join() !== argumentsOf(reference).join();
          })
          .map(([key]) => key);
        expect(mismatched).toEqual([]);
      });
    });
  }
});
