import { describe, expect, it } from 'vitest';
import {
  defaultListingParams,
  eurosInput,
  eurosParam,
  hasFilters,
  isRefined,
  listingQuery,
  pageCount,
  pageWindow,
  parseEuros,
  parseListingParams,
  unreadablePrice,
  withParams,
} from './listing-params';

describe('parseEuros', () => {
  it('reads euros the way people type them', () => {
    expect(parseEuros('12')).toBe(1200);
    expect(parseEuros('12,5')).toBe(1250);
    expect(parseEuros('12.50')).toBe(1250);
    expect(parseEuros(' 1 299 ')).toBe(129_900);
    expect(parseEuros('1\u00a0299,00\u00a0€')).toBe(129_900);
    expect(parseEuros('€1,299.00')).toBe(129_900);
    expect(parseEuros('1.299,95')).toBe(129_995);
    expect(parseEuros('1,299')).toBe(129_900);
    expect(parseEuros('12,505')).toBe(1_250_500);
    expect(parseEuros('123.456')).toBe(12_345_600);
    expect(parseEuros('0')).toBe(0);
  });

  it('refuses what is no price', () => {
    for (const bad of ['', 'abc', '-5', '12,345,6', '1.2.3', '1.299.5', '1e3', 'Infinity', '0x10', '12..5']) {
      expect(parseEuros(bad), bad).toBeNull();
    }
  });

  it('refuses amounts past core’s limit', () => {
    expect(parseEuros('1000000')).toBe(100_000_000);
    expect(parseEuros('1000000,01')).toBeNull();
    expect(parseEuros('99999999999999999999')).toBeNull();
  });
});

describe('eurosParam', () => {
  it('writes the shortest exact euro string', () => {
    expect(eurosParam(1200)).toBe('12');
    expect(eurosParam(1250)).toBe('12.50');
    expect(eurosParam(5)).toBe('0.05');
    expect(parseEuros(eurosParam(129_995))).toBe(129_995);
  });
});

describe('eurosInput', () => {
  it('writes a price back in the page’s number format, readable by parseEuros', () => {
    expect(eurosInput(4990, 'fi')).toBe('49,90');
    expect(eurosInput(4990, 'en')).toBe('49.90');
    expect(eurosInput(129_900, 'sv')).toBe('1299');
    expect(parseEuros(eurosInput(129_995, 'zh'))).toBe(129_995);
  });
});

describe('parseListingParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseListingParams({})).toEqual(defaultListingParams);
  });

  it('reads every parameter', () => {
    expect(
      parseListingParams({
        q: '  kahvi  ',
        category: 'alypuhelimet',
        min: '100',
        max: '1 500,50',
        stock: '1',
        sort: 'price_asc',
        page: '3',
      }),
    ).toEqual({
      q: 'kahvi',
      category: 'alypuhelimet',
      minPriceCents: 10_000,
      maxPriceCents: 150_050,
      inStock: true,
      sort: 'price_asc',
      page: 3,
    });
  });

  it('falls back to defaults for bad values instead of failing', () => {
    expect(
      parseListingParams({
        category: '../etc/passwd',
        min: '-10',
        max: 'lots',
        stock: 'maybe',
        sort: 'cheapest',
        page: '-2',
      }),
    ).toEqual(defaultListingParams);
    expect(parseListingParams({ page: '0' }).page).toBe(1);
    expect(parseListingParams({ page: '2.5' }).page).toBe(1);
    expect(parseListingParams({ page: '10001' }).page).toBe(1);
    expect(parseListingParams({ page: '99999999999999999999' }).page).toBe(1);
    expect(parseListingParams({ category: 'Kengät' }).category).toBeNull();
  });

  it('swaps a range typed the wrong way round', () => {
    const params = parseListingParams({ min: '500', max: '100' });
    expect([params.minPriceCents, params.maxPriceCents]).toEqual([10_000, 50_000]);
  });

  it('treats a lowest price of zero as no lower limit', () => {
    expect(parseListingParams({ min: '0' }).minPriceCents).toBeNull();
  });

  it('takes the first of repeated parameters and cuts an overlong query', () => {
    expect(parseListingParams({ page: ['2', '5'], sort: ['newest', 'price_asc'] })).toMatchObject({
      page: 2,
      sort: 'newest',
    });
    expect(parseListingParams({ q: 'a'.repeat(500) }).q).toHaveLength(200);
  });

  it('accepts the checkbox values a form or a person may send', () => {
    for (const value of ['1', 'true', 'on']) expect(parseListingParams({ stock: value }).inStock).toBe(true);
    expect(parseListingParams({ stock: '0' }).inStock).toBe(false);
  });
});

describe('listingQuery', () => {
  it('is empty for the defaults', () => {
    expect(listingQuery(defaultListingParams)).toBe('');
  });

  it('writes parameters in a fixed order without defaults or unknown ones', () => {
    const params = parseListingParams({
      utm_source: 'newsletter',
      page: '2',
      sort: 'price_desc',
      stock: 'on',
      max: '99,9',
      min: '10',
      category: 'kengat',
      q: 'running shoes',
    });
    expect(listingQuery(params)).toBe(
      '?q=running+shoes&category=kengat&min=10&max=99.90&stock=1&sort=price_desc&page=2',
    );
  });

  it('round-trips through the parser', () => {
    const params = parseListingParams({ q: 'ä & ö', min: '12,5', sort: 'newest', page: '4' });
    const again = parseListingParams(Object.fromEntries(new URLSearchParams(listingQuery(params))));
    expect(again).toEqual(params);
  });
});

describe('withParams', () => {
  it('starts again at page 1 when a filter changes, unless the page is the change', () => {
    const params = { ...defaultListingParams, page: 4 };
    expect(withParams(params, { inStock: true }).page).toBe(1);
    expect(withParams(params, { page: 5 }).page).toBe(5);
  });
});

describe('isRefined', () => {
  it('is false for a plain listing, its pages and a search', () => {
    expect(isRefined(defaultListingParams)).toBe(false);
    expect(isRefined({ ...defaultListingParams, page: 3, q: 'kahvi' })).toBe(false);
  });

  it('is true for any filter or another sort', () => {
    expect(isRefined({ ...defaultListingParams, inStock: true })).toBe(true);
    expect(isRefined({ ...defaultListingParams, category: 'kengat' })).toBe(true);
    expect(isRefined({ ...defaultListingParams, maxPriceCents: 100 })).toBe(true);
    expect(isRefined({ ...defaultListingParams, sort: 'newest' })).toBe(true);
  });
});

describe('hasFilters', () => {
  it('counts what narrows the list, not the words or the order', () => {
    expect(hasFilters({ ...defaultListingParams, q: 'kahvi', sort: 'newest', page: 2 })).toBe(false);
    expect(hasFilters({ ...defaultListingParams, minPriceCents: 100 })).toBe(true);
  });
});

describe('unreadablePrice', () => {
  it('gives back a price field that could not be read, cut short', () => {
    expect(unreadablePrice({ min: ' abc ' }, 'min')).toBe('abc');
    expect(unreadablePrice({ max: 'x'.repeat(50) }, 'max')).toHaveLength(20);
  });

  it('is null for an empty or readable field', () => {
    expect(unreadablePrice({}, 'min')).toBeNull();
    expect(unreadablePrice({ min: '' }, 'min')).toBeNull();
    expect(unreadablePrice({ min: '49,90' }, 'min')).toBeNull();
  });
});

describe('pageCount', () => {
  it('has at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(24)).toBe(1);
    expect(pageCount(25)).toBe(2);
    expect(pageCount(10, 3)).toBe(4);
  });
});

describe('pageWindow', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('marks gaps, but never hides a single page behind one', () => {
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
  });
});
