import { describe, expect, it } from 'vitest';
import { buildSitemap } from './sitemap-entries';

const base = new URL('https://shop.example/');
const updatedAt = new Date('2026-11-30T10:00:00Z');

describe('buildSitemap', () => {
  const sitemap = buildSitemap(base, {
    categories: [
      { slugs: { fi: 'kodinkoneet', sv: 'hushallsmaskiner', en: 'appliances', zh: 'jiadian' }, updatedAt },
    ],
    // No Chinese translation yet: the Chinese page is reached with the default locale's slug.
    products: [{ slugs: { fi: 'kahvinkeitin', sv: 'kaffebryggare', en: 'coffee-maker' }, updatedAt }],
    contentUpdated: { terms: { sv: new Date('2026-12-01T00:00:00Z') } },
  });
  const urls = sitemap.map((entry) => entry.url);

  it('lists home and the six content pages in every language', () => {
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://shop.example/fi',
        'https://shop.example/zh',
        'https://shop.example/sv/pages/terms',
        'https://shop.example/en/pages/accessibility',
      ]),
    );
    expect(urls.filter((url) => url.includes('/pages/'))).toHaveLength(24);
    // Each language's text has its own date.
    const terms = (locale: string) =>
      sitemap.find((item) => item.url === `https://shop.example/${locale}/pages/terms`);
    expect(terms('sv')?.lastModified).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(terms('fi')).not.toHaveProperty('lastModified');
  });

  it('gives each language version of a product its translated slug and the others as alternates', () => {
    const entry = sitemap.find((item) => item.url === 'https://shop.example/sv/products/kaffebryggare');
    expect(entry).toEqual({
      url: 'https://shop.example/sv/products/kaffebryggare',
      lastModified: updatedAt,
      alternates: {
        languages: {
          fi: 'https://shop.example/fi/products/kahvinkeitin',
          sv: 'https://shop.example/sv/products/kaffebryggare',
          en: 'https://shop.example/en/products/coffee-maker',
          'zh-Hans': 'https://shop.example/zh/products/kahvinkeitin',
          'x-default': 'https://shop.example/fi/products/kahvinkeitin',
        },
      },
    });
    expect(urls.filter((url) => url.includes('/products/'))).toHaveLength(4);
  });

  it('lists categories with their slugs and dates, and points the home page x-default at /', () => {
    expect(urls).toContain('https://shop.example/en/categories/appliances');
    expect(sitemap.find((item) => item.url.endsWith('/categories/jiadian'))?.lastModified).toBe(updatedAt);
    expect(
      sitemap.find((item) => item.url === 'https://shop.example/fi')?.alternates?.languages,
    ).toMatchObject({
      'x-default': 'https://shop.example/',
    });
  });

  it('keeps slugs URL-safe', () => {
    const odd = buildSitemap(base, { categories: [], products: [{ slugs: { fi: 'ä ö' }, updatedAt }] });
    expect(odd.at(-1)?.url).toBe('https://shop.example/zh/products/%C3%A4%20%C3%B6');
  });
});
