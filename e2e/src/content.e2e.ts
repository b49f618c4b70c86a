import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './axe';
import { desktop, launchBrowser, phone, snap, snapBoth } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');

const password = 'Lakeside-sauna-birch-2026';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** JSON from the API with a Bearer token (no cookies, so no Origin check), failing on an error status. */
async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function login(email: string, secret: string): Promise<string> {
  return (await call<{ token: string }>('POST', '/auth/login', null, { email, password: secret })).token;
}

/** A new customer account (verification is not needed to sign in). */
async function registerCustomer(firstName: string): Promise<{ email: string; token: string }> {
  const email = `${firstName.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  await call('POST', '/auth/register', null, {
    email,
    password,
    firstName,
    lastName: 'Testinen',
    locale: 'en',
  });
  return { email, token: await login(email, password) };
}

/** Signs the browser context in as a browser does: the login answer sets the session cookie. */
async function signInContext(context: BrowserContext, email: string): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { email, password },
    headers: { origin: baseUrl },
  });
  expect(response.status()).toBe(200);
}

/** Clicks a star as a customer does (the radio itself is visually hidden inside its label). */
async function pickStars(form: Locator, name: string): Promise<void> {
  await form.locator('label', { has: form.page().getByRole('radio', { name }) }).click();
  await expect(form.getByRole('radio', { name }).isChecked()).resolves.toBe(true);
}

const titles = {
  fi: {
    terms: 'Toimitusehdot',
    privacy: 'Tietosuojaseloste',
    shipping: 'Toimitus ja palautukset',
    withdrawal: 'Peruuttamisoikeus',
    accessibility: 'Saavutettavuusseloste',
    contact: 'Yhteystiedot',
  },
  sv: {
    terms: 'Försäljningsvillkor',
    privacy: 'Dataskyddsbeskrivning',
    shipping: 'Leverans och returer',
    withdrawal: 'Ångerrätt',
    accessibility: 'Tillgänglighetsutlåtande',
    contact: 'Kontakta oss',
  },
  en: {
    terms: 'Terms of sale',
    privacy: 'Privacy policy',
    shipping: 'Shipping and returns',
    withdrawal: 'Right of withdrawal',
    accessibility: 'Accessibility statement',
    contact: 'Contact us',
  },
  zh: {
    terms: '销售条款',
    privacy: '隐私政策',
    shipping: '配送与退货',
    withdrawal: '撤销权',
    accessibility: '无障碍声明',
    contact: '联系我们',
  },
} as const;

describe('content pages', () => {
  it('answers every page in every language, server-rendered, with the store details filled in', async () => {
    for (const [locale, pages] of Object.entries(titles)) {
      for (const [name, title] of Object.entries(pages)) {
        const response = await fetch(`${baseUrl}/${locale}/pages/${name}`);
        expect(response.status, `${locale}/${name}`).toBe(200);
        const html = await response.text();
        expect(html, `${locale}/${name}`).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
        expect(html).toContain(`<link rel="canonical" href="${baseUrl}/${locale}/pages/${name}"/>`);
        expect(html).toContain('hrefLang="zh-Hans"');
        expect(html).not.toContain('{{');
      }
    }
    // The shipping page's rates come from the shipping methods themselves.
    const shipping = await (await fetch(`${baseUrl}/en/pages/shipping`)).text();
    expect(shipping).toContain('<h3>Other EU countries</h3>');
    expect(shipping).toContain('<td>EU home delivery, 4–8 working days</td>');
    expect(shipping).toContain('<td>€19.90</td>');
    expect(await (await fetch(`${baseUrl}/fi/pages/shipping`)).text()).toContain('<h3>Muut EU-maat</h3>');
    const contact = await (await fetch(`${baseUrl}/fi/pages/contact`)).text();
    // The demo store's seller, business ID and IBAN come from the store settings.
    expect(contact).toContain('Puoti Demo Oy');
    expect(contact).toContain('2345678-0');
    expect(contact).toContain('FI21 1234 5600 0007 85');
  });

  it('has no other pages, and unknown file names still get the 404 page', async () => {
    for (const path of ['/fi/pages/nope', '/en/pages/terms.md', '/foo.txt']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(404);
    }
    // Drawn on the server, in the URL's language: not an empty shell.
    const html = await (await fetch(`${baseUrl}/fi/pages/nope`)).text();
    expect(html).toContain('Sivua ei valitettavasti löytynyt');
  });

  it('reads well on a phone and a desktop, in Finnish and Chinese, with contents and footer links', async () => {
    // A context of its own: axe-core's Playwright runner needs one.
    const context = await browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/fi/pages/terms`);
      await page
        .getByRole('navigation', { name: 'Tällä sivulla' })
        .getByRole('link', { name: 'Maksaminen' })
        .click();
      await expect(page.evaluate(() => window.location.hash)).resolves.toBe('#maksaminen');
      await snapBoth(page, 'content-terms-fi');
      await expectAccessible(page);

      // The footer links every content page; the language switch keeps the page.
      const footer = page.locator('footer');
      await footer.getByRole('link', { name: 'Peruuttamisoikeus' }).click();
      await page.waitForURL(`${baseUrl}/fi/pages/withdrawal`);
      await page.getByRole('heading', { level: 1, name: 'Peruuttamisoikeus' }).waitFor();
      await page.goto(`${baseUrl}/zh/pages/withdrawal`);
      await page.getByRole('heading', { level: 1, name: '撤销权' }).waitFor();
      await snapBoth(page, 'content-withdrawal-zh');
      await page.goto(`${baseUrl}/fi/pages/shipping`);
      await page.getByRole('table').first().waitFor();
      await snapBoth(page, 'content-shipping-fi');
      await page.goto(`${baseUrl}/sv/pages/accessibility`);
      await expect(page.locator('main').textContent()).resolves.toContain('Traficom');
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every language version of a product with its translated slug', async () => {
    const response = await fetch(`${baseUrl}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('xml');
    const xml = await response.text();
    for (const locale of ['fi', 'sv', 'en', 'zh']) {
      const product = await call<{ slug: string }>('GET', `/products/macbook-pro-16?locale=${locale}`, null);
      expect(xml).toContain(`<loc>${baseUrl}/${locale}/products/${encodeURIComponent(product.slug)}</loc>`);
    }
    expect(xml).toContain(`<loc>${baseUrl}/sv/pages/privacy</loc>`);
    // A content page's date is its text's `updated:` line.
    const privacy = xml
      .split('</url>')
      .find((entry) => entry.includes(`<loc>${baseUrl}/sv/pages/privacy</loc>`));
    expect(privacy).toMatch(/<lastmod>2026-12-07T00:00:00/);
    expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="zh-Hans" href="[^"]+\/zh\/products\//);
    expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  });

  it('keeps crawlers out of the API and personal pages and points to the sitemap', async () => {
    const response = await fetch(`${baseUrl}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('Allow: /');
    for (const path of ['/api/', '/fi/account', '/en/cart', '/sv/checkout', '/zh/search']) {
      expect(text).toContain(`Disallow: ${path}`);
    }
    expect(text).toContain(`Sitemap: ${baseUrl}/sitemap.xml`);
  });
});

describe('the wishlist heart', () => {
  it('offers a signed-out visitor the sign-in link that comes back to the product', async () => {
    const page = await browser.newPage({ viewport: desktop });
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(`${baseUrl}/en/products/macbook-pro-16`);
      const heart = page.getByRole('button', { name: 'Save to wishlist' });
      await expect(heart.getAttribute('aria-pressed')).resolves.toBe('false');
      await page.waitForLoadState('networkidle');
      // A guest's page view asks for the heart's state without a failed request in the console.
      expect(failed).toEqual([]);
      await heart.click();
      const signIn = page.getByRole('status').getByRole('link', { name: 'Sign in' });
      await expect(signIn.getAttribute('href')).resolves.toBe(
        '/en/account/login?next=%2Fen%2Fproducts%2Fmacbook-pro-16',
      );
      await snapBoth(page, 'wishlist-signed-out');
    } finally {
      await page.close();
    }
  });

  it('lets a signed-in customer save and remove the product, and remembers it on the next visit', async () => {
    const customer = await registerCustomer('Wilma');
    const context = await browser.newContext({ viewport: desktop });
    try {
      await signInContext(context, customer.email);
      const page = await context.newPage();
      // The heart asks for its state on load. Its answer is held back until after the press (read from
      // the server before it, so it still says "not saved"): a late answer must not undo the press.
      let pressDone: () => void = () => undefined;
      const pressed = new Promise<void>((resolve) => (pressDone = resolve));
      await page.route(
        (url) => url.pathname.startsWith('/api/v1/wishlist/'),
        async (route) => {
          if (route.request().method() !== 'GET') return route.continue();
          const answer = await route.fetch();
          await pressed;
          await route.fulfill({ response: answer });
        },
      );
      await page.goto(`${baseUrl}/en/products/macbook-pro-16`);
      const heart = page.getByRole('button', { name: 'Save to wishlist' });
      const lateState = page.waitForResponse(
        (response) => response.url().includes('/api/v1/wishlist/') && response.request().method() === 'GET',
      );
      await heart.click();
      await page.getByText('Saved to your wishlist.').waitFor();
      pressDone();
      await lateState;
      await page.waitForTimeout(200);
      await expect(heart.getAttribute('aria-pressed')).resolves.toBe('true');
      const saved = await call<{ items: { product: { slug: string } }[] }>(
        'GET',
        '/wishlist?locale=en',
        customer.token,
      );
      expect(saved.items.map((item) => item.product.slug)).toEqual(['macbook-pro-16']);
      await snapBoth(page, 'wishlist-saved');

      await page.reload();
      await page.locator('button[aria-pressed="true"]', { hasText: 'Save to wishlist' }).waitFor();
      await heart.click();
      await page.getByText('Removed from your wishlist.').waitFor();
      await expect(heart.getAttribute('aria-pressed')).resolves.toBe('false');
      expect((await call<{ items: unknown[] }>('GET', '/wishlist', customer.token)).items).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('reviews', () => {
  it('a customer whose order was delivered writes a review through the form and sees it published', async () => {
    const customer = await registerCustomer('Reija');
    const product = await call<{ id: string; ratingCount: number }>(
      'GET',
      '/products/espresso-machine',
      null,
    );

    // The customer orders the product by bank transfer; the shop marks it paid, ships and delivers it.
    await call('POST', '/cart/items', customer.token, { productId: product.id, quantity: 1 });
    const methods = await call<{ items: { id: string }[] }>('GET', '/shipping-methods?country=FI', null);
    const { order } = await call<{ order: { orderNumber: string } }>('POST', '/orders', customer.token, {
      shippingAddress: {
        fullName: 'Reija Testinen',
        line1: 'Hämeenkatu 1',
        postalCode: '33100',
        city: 'Tampere',
        country: 'FI',
      },
      shippingMethodId: methods.items[0]?.id,
      paymentMethod: 'bank_transfer',
      acceptTerms: true,
    });
    const admin = await login('admin@example.com', 'puoti-admin-demo');
    const status = `/admin/orders/${encodeURIComponent(order.orderNumber)}/status`;
    await call('POST', status, admin, { status: 'paid' });
    await call('POST', status, admin, { status: 'processing' });
    await call('POST', status, admin, {
      status: 'shipped',
      carrier: 'posti',
      trackingNumber: 'JJFI64200000000001',
    });
    await call('POST', status, admin, { status: 'delivered' });

    const context = await browser.newContext({ viewport: desktop });
    try {
      await signInContext(context, customer.email);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/en/products/espresso-machine`);
      // By keyboard: the form's code loads on the press, and the focus stays on its (now expanded) button.
      await page.getByRole('button', { name: 'Write a review' }).focus();
      await page.keyboard.press('Enter');
      const form = page.getByRole('form', { name: 'Your review' });
      await form.waitFor();
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).resolves.toBe(
        'true',
      );

      // Sent empty: each field says what it needs, tied to the field.
      await form.getByRole('button', { name: 'Send review' }).click();
      await form.getByText('Choose a rating from 1 to 5 stars.').waitFor();
      await expect(form.getByLabel('Title').getAttribute('aria-describedby')).resolves.toMatch(/title-error/);
      // Focus moves to the first field that needs attention: the stars.
      await expect(
        page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type),
      ).resolves.toBe('radio');
      await pickStars(form, '4 stars');
      await form.getByLabel('Title').fill('Great crema every morning');
      await form.getByLabel('Review', { exact: true }).fill('Heats up fast and the steam wand is strong.');
      await snapBoth(page, 'review-form');
      await expectAccessible(page);
      await form.getByRole('button', { name: 'Send review' }).click();

      await page.getByText('Thank you for your review! It is published on this page.').waitFor();
      // The server-rendered list and count update without a reload.
      await page.getByRole('heading', { level: 3, name: 'Great crema every morning' }).waitFor();
      const after = await call<{ ratingCount: number }>('GET', '/products/espresso-machine', null);
      expect(after.ratingCount).toBe(product.ratingCount + 1);
      await snapBoth(page, 'review-published');

      // Coming back, opening the form finds the review to edit (or delete).
      await page.reload();
      await page.getByRole('button', { name: 'Write a review' }).click();
      const again = page.getByRole('form', { name: 'Edit your review' });
      await expect(again.getByLabel('Title').inputValue()).resolves.toBe('Great crema every morning');
      await expect(again.getByRole('radio', { name: '4 stars' }).isChecked()).resolves.toBe(true);
      await again.getByRole('button', { name: 'Delete review' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('explains politely that only customers who received the product can review it', async () => {
    const customer = await registerCustomer('Kalle');
    const context = await browser.newContext({ viewport: phone });
    try {
      await signInContext(context, customer.email);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/en/products/macbook-pro-16`);
      await page.getByRole('button', { name: 'Write a review' }).click();
      const form = page.getByRole('form', { name: 'Your review' });
      await pickStars(form, '5 stars');
      await form.getByLabel('Title').fill('Looks great');
      await form.getByLabel('Review', { exact: true }).fill('I have not bought it yet.');
      await form.getByRole('button', { name: 'Send review' }).click();
      await form.getByText('Only customers who have received this product can review it.').waitFor();
      // Nothing typed is lost.
      await expect(form.getByLabel('Title').inputValue()).resolves.toBe('Looks great');
      await page.evaluate(() => window.scrollTo(0, 0));
      await snap(page, 'review-not-buyer-phone');
    } finally {
      await context.close();
    }
  });

  it('offers a signed-out visitor the sign-in link, and the product page passes axe', async () => {
    const context = await browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/fi/products/macbook-pro-16`);
      await page.getByRole('button', { name: 'Kirjoita arvostelu' }).click();
      const signIn = page.getByRole('status').getByRole('link', { name: 'Kirjaudu sisään' });
      await expect(signIn.getAttribute('href')).resolves.toMatch(
        /^\/fi\/account\/login\?next=%2Ffi%2Fproducts%2F/,
      );
      await expectAccessible(page);
      await page.goto(`${baseUrl}/zh/products/macbook-pro-16`);
      await page.locator('#reviews-heading').scrollIntoViewIfNeeded();
      await snapBoth(page, 'product-reviews-zh');
    } finally {
      await context.close();
    }
  });
});
