import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it.each([
    ['sv-FI,sv;q=0.9,en;q=0.8', 'sv'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['en;q=0.5,fi;q=0.9', 'fi'],
    ['zh-CN', 'zh'],
    ['*', null],
    ['de', null],
    ['', null],
    [undefined, null],
    ['fi;q=0', null],
  ])('%s -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
