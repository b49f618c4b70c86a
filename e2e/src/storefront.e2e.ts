import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './axe';
import { launchBrowser, newPage, snap } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the storefront shell', () => {
  it('sends / to the visitor language', async () => {
    const response = await fetch(`${baseUrl}/`, {
      redirect: 'manual',
      headers: { 'accept-language': 'sv-FI,sv;q=0.9' },
    });
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get('location')).toMatch(/\/sv$/);
  });

  it.each(['fi', 'sv', 'en', 'zh'] as const)(
    'renders the home page in %s with featured products',
    async (locale) => {
      const api = await (
        await fetch(`${baseUrl}/api/v1/products?featured=true&locale=${locale}&pageSize=8`)
      ).json();
      const page = await newPage(browser, { width: 1366, height: 900 });
      try {
        const response = await page.goto(`${baseUrl}/${locale}`);
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toMatch(new RegExp(`^${locale}`));
        const text = await page.locator('main').textContent();
        for (const product of api.items.slice(0, 3)) expect(text).toContain(product.name);
        // Every product image actually loads (no broken-image boxes): lazy ones are made eager first.
        await page.$$eval('main img', (images) => {
          for (const image of images) (image as HTMLImageElement).loading = 'eager';
        });
        await page.waitForFunction(() => [...document.images].every((image) => image.complete), undefined, {
          timeout: 15_000,
        });
        const broken = await page.$$eval(
          'main img',
          (images) =>
            images.filter(
              (image) =>
                !(image as HTMLImageElement).complete || (image as HTMLImageElement).naturalWidth === 0,
            ).length,
        );
        expect(broken).toBe(0);
        await expectAccessible(page);
        await snap(page, `home-${locale}-desktop`);
        await page.setViewportSize({ width: 360, height: 800 });
        await expectAccessible(page);
        await snap(page, `home-${locale}-phone`);
      } finally {
        await page.context().close();
      }
    },
  );

  it('serves the API from the same port', async () => {
    const body = await (await fetch(`${baseUrl}/api/v1/products?locale=sv&q=espressomaskin`)).json();
    expect(body.items[0].name).toBe('Espressomaskin');
  });
});
