import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './axe';
import { desktop, launchBrowser, newPage, phone, snap, snapBoth } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');

/**
 * The demo store has two lamps under Home & Garden > Lighting: too few to page through. The tests add
 * thirty lanterns there through the admin API (five of them sold out) and archive them afterwards, so
 * the other journeys see the demo catalogue as seeded.
 */
const lanterns = Array.from({ length: 30 }, (_, index) => ({
  number: String(index + 1).padStart(2, '0'),
  // Spread between 12 and 186 euros, not in creation order, so sorting has work to do.
  priceCents: 1200 + ((index * 7919) % 30) * 600,
  stock: index % 6 === 5 ? 0 : 10,
}));
const created: string[] = [];
let emptyCategoryId = '';
let adminToken = '';

async function admin(path: string, method: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password: 'puoti-admin-demo' }),
  });
  adminToken = (await login.json()).token;
  const tree = (await (await fetch(`${baseUrl}/api/v1/categories?locale=en`)).json()) as {
    id: string;
    slug: string;
    children: { id: string; slug: string }[];
  }[];
  const lighting = tree.flatMap((node) => node.children).find((node) => node.slug === 'lighting');
  if (!lighting) throw new Error('The demo store has no Lighting category');
  // An empty corner of the shop, below a department so the header's navigation stays as seeded.
  const toys = tree.find((node) => node.slug === 'toys-games');
  const kites = await admin('/admin/categories', 'POST', {
    parentId: toys?.id,
    translations: {
      fi: { name: 'Leijat', slug: 'leijat' },
      sv: { name: 'Drakar', slug: 'drakar' },
      en: { name: 'Kites', slug: 'kites' },
      zh: { name: '风筝', slug: 'fengzheng' },
    },
  });
  expect(kites.status, await kites.clone().text()).toBe(201);
  emptyCategoryId = (await kites.json()).id;
  for (const lantern of lanterns) {
    const name = (word: string) => `${word} ${lantern.number}`;
    const response = await admin('/admin/products', 'POST', {
      sku: `E2E-LANTERN-${lantern.number}`,
      categoryId: lighting.id,
      priceCents: lantern.priceCents,
      stock: lantern.stock,
      translations: {
        fi: { name: name('Myrskylyhty'), slug: `myrskylyhty-${lantern.number}` },
        sv: { name: name('Stormlykta'), slug: `stormlykta-${lantern.number}` },
        en: { name: name('Storm lantern'), slug: `storm-lantern-${lantern.number}` },
        zh: { name: name('防风灯'), slug: `fangfeng-deng-${lantern.number}` },
      },
    });
    expect(response.status, await response.clone().text()).toBe(201);
    created.push((await response.json()).id);
  }
});

afterAll(async () => {
  for (const id of created) await admin(`/admin/products/${id}`, 'DELETE');
  if (emptyCategoryId) await admin(`/admin/categories/${emptyCategoryId}`, 'DELETE');
  await browser?.close();
});

/** A page in its own context (axe-core needs one), closed with the context. */
function openPage(viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> {
  return newPage(browser, viewport, { javaScriptEnabled });
}

/** The URL's query as an object, without the empty fields a plain form also sends. */
function queryOf(page: Page): Record<string, string> {
  return Object.fromEntries([...new URL(page.url()).searchParams].filter(([, value]) => value !== ''));
}

/** Each card's price in euros as shown (the sale price where there is one), in page order. */
async function cardPrices(page: Page): Promise<number[]> {
  const texts = await page
    .locator('main article')
    .evaluateAll((cards) => cards.map((card) => card.querySelector('.mt-auto')?.textContent ?? ''));
  return texts.map((text) => {
    const amount = /€([\d,]+\.\d{2})/.exec(text)?.[1];
    if (!amount) throw new Error(`No price in "${text}"`);
    return Number(amount.replace(/,/g, ''));
  });
}

describe('header search', () => {
  it('suggests products for a misspelled name, moves with the arrow keys, closes on Escape and opens with Enter', async () => {
    const page = await openPage(desktop);
    try {
      await page.goto(`${baseUrl}/en/search`);
      const input = page.locator('#site-search');
      await expect(input.getAttribute('role')).resolves.toBe('combobox');
      await input.click();
      await page.keyboard.type('playstaton');
      const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
      await listbox.waitFor();
      const first = listbox.getByRole('option').first();
      await expect(first.textContent()).resolves.toContain('PlayStation 5');
      await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
      // The live region tells screen reader users how many suggestions there are.
      await expect(page.locator('#site-search ~ [role="status"]').textContent()).resolves.toMatch(
        /suggestion/,
      );

      await page.keyboard.press('ArrowDown');
      const firstId = await first.getAttribute('id');
      await expect(input.getAttribute('aria-activedescendant')).resolves.toBe(firstId);
      await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
      await expectAccessible(page);
      await snap(page, 'browse-1-suggestions-desktop');

      // Escape closes and keeps the text; a second Escape clears it.
      await page.keyboard.press('Escape');
      await listbox.waitFor({ state: 'hidden' });
      await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(input.inputValue()).resolves.toBe('playstaton');
      await page.keyboard.press('Escape');
      await expect(input.inputValue()).resolves.toBe('');

      // Type again, pick with the arrow keys, open with Enter.
      await page.keyboard.type('playstaton');
      await listbox.waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowDown');
      await Promise.all([
        page.waitForURL(`${baseUrl}/en/products/playstation-5`),
        page.keyboard.press('Enter'),
      ]);
      await expect(page.locator('h1').textContent()).resolves.toContain('PlayStation 5');
    } finally {
      await page.context().close();
    }
  });

  it('closes the suggestions on a click elsewhere', async () => {
    const page = await openPage(phone);
    try {
      await page.goto(`${baseUrl}/fi`);
      await page.locator('#site-search').fill('kahvi');
      const listbox = page.getByRole('listbox');
      await listbox.waitFor();
      await snap(page, 'browse-1-suggestions-fi-phone');
      await page.locator('h1').click();
      await listbox.waitFor({ state: 'hidden' });
    } finally {
      await page.context().close();
    }
  });

  it('submits the typed words to the results page, which finds the product despite the typo', async () => {
    const page = await openPage(desktop);
    try {
      await page.goto(`${baseUrl}/en`);
      await page.locator('#site-search').fill('playstaton');
      await page.getByRole('listbox').waitFor();
      await Promise.all([page.waitForURL(/\/en\/search\?q=playstaton$/), page.keyboard.press('Enter')]);
      await expect(page.locator('h1').textContent()).resolves.toBe('Search results for “playstaton”');
      await expect(page.locator('main article h3').allTextContents()).resolves.toContain('PlayStation 5');
      await expect(page.locator('#listing-q').inputValue()).resolves.toBe('playstaton');
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
      await expectAccessible(page);
      await snapBoth(page, 'browse-2-search-results');
    } finally {
      await page.context().close();
    }
  });

  it('explains an empty result and offers ways on', async () => {
    const page = await openPage(desktop);
    try {
      const response = await page.goto(`${baseUrl}/en/search?q=zqxwvy`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { name: 'No results for “zqxwvy”' }).isVisible()).resolves.toBe(
        true,
      );
      await expect(page.getByRole('heading', { name: 'Browse categories' }).isVisible()).resolves.toBe(true);
      await expect(page.locator('main a[href="/en/categories/electronics"]').count()).resolves.toBe(1);
      await expectAccessible(page);
      await snapBoth(page, 'browse-3-search-no-results');
    } finally {
      await page.context().close();
    }
  });
});

describe('category listing', () => {
  it('filters by sub-category, price and stock, sorts by price, pages, and keeps it all on reload', async () => {
    const page = await openPage(desktop);
    try {
      await page.goto(`${baseUrl}/en/categories/home-garden`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Home & Garden');
      await page.locator('#listing-category').selectOption('lighting');
      await page.locator('#listing-min').fill('10');
      await page.locator('#listing-max').fill('200');
      await page.getByLabel('In stock only').check();
      await page.locator('#listing-sort').selectOption('price_asc');
      await Promise.all([
        page.waitForURL(/category=lighting/),
        page.getByRole('button', { name: 'Show products' }).click(),
      ]);
      expect(queryOf(page)).toEqual({
        category: 'lighting',
        min: '10',
        max: '200',
        stock: '1',
        sort: 'price_asc',
      });

      // 25 lanterns in stock and the two demo lamps: two pages of 24.
      await expect(page.locator('#listing-count').textContent()).resolves.toBe('27 products · Page 1 of 2');
      const firstPage = await cardPrices(page);
      expect(firstPage).toHaveLength(24);
      expect(firstPage).toEqual([...firstPage].sort((a, b) => a - b));
      expect(Math.min(...firstPage)).toBeGreaterThanOrEqual(10);
      await expect(page.locator('main').textContent()).resolves.not.toContain('Storm lantern 06');
      await expect(page.getByRole('link', { name: 'Remove filter: Lighting' }).count()).resolves.toBe(1);
      await snapBoth(page, 'browse-4-category-filtered');

      await Promise.all([page.waitForURL(/page=2/), page.getByRole('link', { name: 'Page 2' }).click()]);
      const secondPage = await cardPrices(page);
      expect(secondPage).toHaveLength(3);
      expect(secondPage).toEqual([...secondPage].sort((a, b) => a - b));
      expect(secondPage[0]).toBeGreaterThanOrEqual(firstPage.at(-1) ?? 0);
      expect(Math.max(...secondPage)).toBeLessThanOrEqual(200);
      await expect(page.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).resolves.toBe(
        'page',
      );

      const url = page.url();
      await page.reload();
      expect(page.url()).toBe(url);
      await expect(page.locator('#listing-category').inputValue()).resolves.toBe('lighting');
      await expect(page.locator('#listing-min').inputValue()).resolves.toBe('10');
      await expect(page.locator('#listing-max').inputValue()).resolves.toBe('200');
      await expect(page.getByLabel('In stock only').isChecked()).resolves.toBe(true);
      await expect(page.locator('#listing-sort').inputValue()).resolves.toBe('price_asc');
      await expect(cardPrices(page)).resolves.toEqual(secondPage);
      await expectAccessible(page);

      // Removing one filter keeps the others and starts again from the first page.
      await Promise.all([
        page.waitForURL((next) => !next.search.includes('stock=1')),
        page.getByRole('link', { name: 'Remove filter: In stock' }).click(),
      ]);
      expect(new URL(page.url()).search).toBe('?category=lighting&min=10&max=200&sort=price_asc');
      await expect(page.locator('#listing-count').textContent()).resolves.toBe('32 products · Page 1 of 2');
    } finally {
      await page.context().close();
    }
  });

  it('explains a price it cannot read and tells search engines about the plain list only', async () => {
    const page = await openPage(desktop);
    try {
      await page.goto(`${baseUrl}/sv/categories/home-garden?min=abc&sort=bogus&page=-1&utm_source=mail`);
      // An English slug on a Swedish page: the canonical URL uses the Swedish slug.
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').pathname).toBe('/sv/categories/hem-och-tradgard');
      expect(new URL(canonical ?? '').search).toBe('');
      const finnish = await page.locator('link[rel="alternate"][hreflang="fi"]').getAttribute('href');
      expect(new URL(finnish ?? '').pathname).toBe('/fi/categories/koti-ja-puutarha');
      await expect(page.locator('meta[name="robots"]').count()).resolves.toBe(0);
      const min = page.locator('#listing-min');
      await expect(min.getAttribute('aria-invalid')).resolves.toBe('true');
      const describedBy = (await min.getAttribute('aria-describedby')) ?? '';
      await expect(page.locator(`#${describedBy.split(' ')[0]}`).textContent()).resolves.toContain('”abc”');
      await expectAccessible(page);

      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(ld['@type']).toBe('BreadcrumbList');

      await page.goto(`${baseUrl}/en/categories/home-garden?stock=1`);
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
    } finally {
      await page.context().close();
    }
  });

  it('switches language with the filters kept and the category’s own slug', async () => {
    const page = await openPage(desktop);
    try {
      await page.goto(`${baseUrl}/en/categories/home-garden?category=lighting&stock=1`);
      const finnish = page.locator('header a[hreflang="fi"]');
      await page.waitForFunction(() =>
        document.querySelector('header a[hreflang="fi"]')?.getAttribute('href')?.includes('koti-ja-puutarha'),
      );
      expect(await finnish.getAttribute('href')).toBe(
        '/fi/categories/koti-ja-puutarha?category=lighting&stock=1',
      );
      await page.goto(`${baseUrl}${await finnish.getAttribute('href')}`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Koti ja puutarha');
      await expect(page.locator('#listing-category').inputValue()).resolves.toBe('valaistus');
      await expect(page.getByRole('link', { name: 'Poista rajaus: Valaistus' }).count()).resolves.toBe(1);
    } finally {
      await page.context().close();
    }
  });

  it('says when a category is empty or a page is past the end, and offers a way on', async () => {
    const page = await openPage(desktop);
    try {
      const response = await page.goto(`${baseUrl}/en/categories/kites`);
      expect(response?.status()).toBe(200);
      await expect(
        page.getByRole('heading', { name: 'No products in this category yet' }).isVisible(),
      ).resolves.toBe(true);
      await expect(page.locator('main a[href="/en/categories/toys-games"]').count()).resolves.toBe(2);
      await expectAccessible(page);
      await snapBoth(page, 'browse-7-category-empty');

      await page.goto(`${baseUrl}/en/categories/electronics?sort=newest&page=40`);
      await expect(page.getByText('This page has no products').isVisible()).resolves.toBe(true);
      await Promise.all([
        page.waitForURL(/sort=newest$/),
        page.getByRole('link', { name: 'Go to the first page' }).click(),
      ]);
      await expect(page.locator('main article').count()).resolves.toBe(12);
    } finally {
      await page.context().close();
    }
  });

  it('answers an unknown category with a 404', async () => {
    const response = await fetch(`${baseUrl}/en/categories/no-such-category`);
    expect(response.status).toBe(404);
  });

  it('works with JavaScript off, filter form included', async () => {
    const page = await openPage(phone, false);
    try {
      await page.goto(`${baseUrl}/fi/categories/koti-ja-puutarha`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Koti ja puutarha');
      await page.locator('#listing-category').selectOption('valaistus');
      await page.locator('#listing-max').fill('49,90');
      await page.locator('#listing-sort').selectOption('price_desc');
      await Promise.all([
        page.waitForURL(/max=/),
        page.getByRole('button', { name: 'Näytä tuotteet' }).click(),
      ]);
      expect(queryOf(page)).toEqual({ category: 'valaistus', max: '49,90', sort: 'price_desc' });
      await expect(page.locator('#listing-max').inputValue()).resolves.toBe('49,90');
      const prices = await page.locator('main article .mt-auto').allTextContents();
      expect(prices.length).toBeGreaterThan(0);
      await snap(page, 'browse-5-category-nojs-fi-phone');

      // The header search is a plain form without JavaScript too.
      await page.locator('#site-search').fill('espressokeitin');
      await Promise.all([page.waitForURL(/\/fi\/search\?q=espressokeitin$/), page.keyboard.press('Enter')]);
      await expect(page.locator('main article h3').allTextContents()).resolves.toContain('Espressokeitin');
    } finally {
      await page.context().close();
    }
  });

  it('renders in Chinese on a phone', async () => {
    const page = await openPage(phone);
    try {
      await page.goto(`${baseUrl}/zh/categories/jiaju-yuanyi?category=zhaoming&stock=1&sort=price_asc`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
      await expect(page.locator('#listing-count').textContent()).resolves.toMatch(/共 \d+ 件商品/);
      await expectAccessible(page);
      await snap(page, 'browse-6-category-zh-phone');
      await page.goto(`${baseUrl}/zh/search?q=${encodeURIComponent('耳机')}`);
      await snap(page, 'browse-6-search-zh-phone');
    } finally {
      await page.context().close();
    }
  });
});
