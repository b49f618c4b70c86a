import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './axe';
import { desktop, launchBrowser, phone, snap, snapBoth as snapBothSizes } from './browser';
import { type OutboxMail, waitForMail } from './outbox';

let browser: Browser;
const baseUrl = inject('baseUrl');

/** A stock product without variants (the checkout journeys use others). */
const productSlug = 'logitech-mx-master-3s';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Screenshots named account-*, failing when a page sticks out sideways on a 360 px phone. */
function snapBoth(page: Page, name: string): Promise<void> {
  return snapBothSizes(page, `account-${name}`, { noSideways: true });
}

/** The link an email carries to one of the account pages. */
function linkIn(mail: OutboxMail, page: string): string {
  const link = mail.text.match(new RegExp(`https?://\\S+/account/${page}\\?token=[\\w%.-]+`))?.[0];
  if (!link) throw new Error(`No ${page} link in: ${mail.text}`);
  return link;
}

/** Creates an account through the API (the registration form has its own test). */
async function registerByApi(email: string, password: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, firstName: 'Aino', lastName: 'Asiakas', locale: 'en' }),
  });
  expect(response.status).toBe(201);
}

async function loginStatus(email: string, password: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('signing up and signing in', () => {
  it('registers, confirms the email, signs out and in, refuses a wrong password and resets a forgotten one', async () => {
    const email = `new-${Date.now()}@example.com`;
    const password = `lake-birch-${Date.now()}`;
    const newPassword = `pine-shore-${Date.now()}`;
    // A context of its own: axe opens a helper page in the same context.
    const context = await browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    try {
      // Registration: the password rules are explained before anything goes wrong.
      await page.goto(`${baseUrl}/en/account/register`);
      await expect(page.locator('main').textContent()).resolves.toContain('At least 10 characters');
      await expectAccessible(page);
      await page.getByLabel('First name').fill('Aino');
      await page.getByLabel('Last name').fill('Asiakas');
      await page.getByLabel('Email').fill(email);
      // A too common password is refused with the reason, tied to the field; nothing typed is lost.
      await page.getByLabel('Password').fill('password123');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByText('This password is on lists of leaked passwords').waitFor();
      await expect(page.getByLabel('Password').getAttribute('aria-describedby')).resolves.toContain('error');
      await expect(page.getByLabel('First name').inputValue()).resolves.toBe('Aino');
      await snapBoth(page, 'register-error');
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();

      // Signed in at once, with the email still to confirm.
      await page.waitForURL(`${baseUrl}/en/account`);
      await page.getByText('Not confirmed yet').waitFor();

      // The first email arrives; a second link can be asked for, and the newest one confirms the address.
      await waitForMail(email, 'verify_email');
      await page.getByRole('button', { name: 'Send the confirmation link again' }).click();
      await page.getByText('A new link is on its way to your inbox.').waitFor();
      const verification = await waitForMail(email, 'verify_email', 1);
      await page.goto(linkIn(verification, 'verify-email'));
      await page.getByText('Your email address is confirmed.').waitFor();
      await snapBoth(page, 'verified');
      await page.getByRole('link', { name: 'Go to my account' }).click();
      await page.waitForURL(`${baseUrl}/en/account`);
      await page.getByText('Confirmed', { exact: true }).waitFor();

      // Sign out, then back in.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(`${baseUrl}/en`);
      await page.goto(`${baseUrl}/en/account/login`);
      await expectAccessible(page);
      await snapBoth(page, 'login');
      await signIn(page, email, password);
      await page.waitForURL(`${baseUrl}/en/account`);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(`${baseUrl}/en`);

      // A wrong password is explained; the email stays typed.
      await page.goto(`${baseUrl}/en/account/login`);
      await signIn(page, email, 'not-my-password-at-all');
      await page.getByText('The email or password is wrong.').waitFor();
      await expect(page.getByLabel('Email').inputValue()).resolves.toBe(email);
      await snapBoth(page, 'login-wrong');

      // Forgotten password: the emailed link sets a new one, which then works (and the old one not).
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.waitForURL(`${baseUrl}/en/account/forgot-password`);
      await page.getByLabel('Email').fill(email);
      await page.getByRole('button', { name: 'Send the link' }).click();
      await page.getByText('a link is on its way').waitFor();
      await snapBoth(page, 'forgot');
      const reset = await waitForMail(email, 'reset_password');
      await page.goto(linkIn(reset, 'reset-password'));
      await page.getByLabel('New password').fill(newPassword);
      await snapBoth(page, 'reset');
      await page.getByRole('button', { name: 'Save new password' }).click();
      await page.getByText('Your password has been changed.').waitFor();
      // The link works once.
      await page.goto(linkIn(reset, 'reset-password'));
      await page.getByLabel('New password').fill(`${newPassword}-again`);
      await page.getByRole('button', { name: 'Save new password' }).click();
      await page.getByText('This link is invalid, already used or expired.').waitFor();
      await page.goto(`${baseUrl}/en/account/login`);
      await signIn(page, email, newPassword);
      await page.waitForURL(`${baseUrl}/en/account`);
      expect(await loginStatus(email, password)).toBe(401);
    } finally {
      await context.close();
    }
  });
});

describe('the signed-in area', () => {
  it('keeps details, addresses, orders, the wishlist and privacy, and deletes the account', async () => {
    const email = `customer-${Date.now()}@example.com`;
    let password = `spruce-harbour-${Date.now()}`;
    await registerByApi(email, password);
    const product = (await (await fetch(`${baseUrl}/api/v1/products/${productSlug}?locale=en`)).json()) as {
      id: string;
      name: string;
    };
    const context = await browser.newContext({ viewport: desktop, acceptDownloads: true });
    const page = await context.newPage();
    const write = { headers: { origin: baseUrl } };
    try {
      // A guest puts something in the cart first: signing in merges it into the customer's cart.
      const guestCart = await page.request.post(`${baseUrl}/api/v1/cart/items`, {
        ...write,
        data: { productId: product.id, quantity: 1 },
      });
      expect(guestCart.status()).toBe(200);

      // Signed out, the account page sends the visitor to sign in, and back afterwards.
      const response = await page.goto(`${baseUrl}/fi/account/orders`);
      expect(response?.status()).toBe(200);
      expect(page.url()).toBe(`${baseUrl}/fi/account/login?next=%2Ffi%2Faccount%2Forders`);
      await page.getByLabel('Sähköposti').fill(email);
      await page.getByLabel('Salasana').fill(password);
      await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
      await page.waitForURL(`${baseUrl}/fi/account/orders`);
      await page.getByText('Et ole vielä tilannut mitään.').waitFor();
      await page.locator('header a[href="/fi/cart"]', { hasText: '1' }).waitFor();
      // A next= that leaves the site is ignored.
      await page.goto(`${baseUrl}/fi/account/login?next=//evil.example/`);
      await page.waitForURL(`${baseUrl}/fi/account`);

      // Profile: name, phone and email language are saved and stay after a reload.
      await page.goto(`${baseUrl}/en/account`);
      await expectAccessible(page);
      await page.getByLabel('First name').fill('Aino-Maria');
      await page.getByLabel(/^Phone/).fill('12');
      await page.getByRole('button', { name: 'Save details' }).click();
      await page.getByText('Enter a phone number using digits').waitFor();
      await page.getByLabel(/^Phone/).fill('+358 40 123 4567');
      await page.getByLabel('Language of our emails').selectOption('sv');
      await page.getByRole('button', { name: 'Save details' }).click();
      await page.getByText('Your details have been saved.').waitFor();
      await snapBoth(page, 'profile');
      await page.reload();
      await expect(page.getByLabel('First name').inputValue()).resolves.toBe('Aino-Maria');
      await expect(page.getByLabel('Language of our emails').inputValue()).resolves.toBe('sv');

      // Changing the password needs the current one.
      const changedPassword = `${password}-changed`;
      await page.getByLabel('Current password').fill('not-the-password');
      await page.getByLabel('New password').fill(changedPassword);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('The password is wrong.').waitFor();
      await page.getByLabel('Current password').fill(password);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Your password has been changed.').waitFor();
      password = changedPassword;

      // Addresses: add, edit, delete.
      await page.goto(`${baseUrl}/en/account/addresses`);
      await page.getByText("You haven't saved any addresses yet.").waitFor();
      await page.getByRole('button', { name: 'Add an address' }).click();
      await page.getByLabel('Full name').fill('Aino-Maria Asiakas');
      await page.getByLabel('Street address').fill('Hämeenkatu 5');
      await page.getByLabel('Postal code').fill('331');
      await page.getByLabel('City').fill('Tampere');
      await page.getByRole('button', { name: 'Save address' }).click();
      await page.getByText("Check the postal code: it doesn't match the chosen country.").waitFor();
      await page.getByLabel('Postal code').fill('33100');
      await page.getByRole('button', { name: 'Save address' }).click();
      await page.getByText('The address has been added.').waitFor();
      await page.getByText('Default delivery address').waitFor();
      await expectAccessible(page);
      await snapBoth(page, 'addresses');
      await page.getByRole('button', { name: /^Edit/ }).click();
      await page.getByLabel('City').fill('Turku');
      await page.getByLabel('Postal code').fill('20100');
      await page.getByRole('button', { name: 'Save address' }).click();
      await page.getByText('The address has been saved.').waitFor();
      await page.getByText('20100 Turku').waitFor();
      await page.getByRole('button', { name: /^Delete/ }).click();
      await page.getByRole('button', { name: 'Yes, delete' }).click();
      await page.getByText('The address has been deleted.').waitFor();
      await page.getByText("You haven't saved any addresses yet.").waitFor();

      // An order placed through the API with the page's session (the merged line and two more).
      const carted = await page.request.post(`${baseUrl}/api/v1/cart/items`, {
        ...write,
        data: { productId: product.id, quantity: 2 },
      });
      expect(carted.status()).toBe(200);
      const methods = (await (
        await page.request.get(`${baseUrl}/api/v1/shipping-methods?country=FI`)
      ).json()) as { items: { id: string }[] };
      const placed = await page.request.post(`${baseUrl}/api/v1/orders`, {
        headers: { origin: baseUrl, 'idempotency-key': `account-e2e-${Date.now()}` },
        data: {
          shippingAddress: {
            fullName: 'Aino-Maria Asiakas',
            line1: 'Hämeenkatu 5',
            postalCode: '33100',
            city: 'Tampere',
            country: 'FI',
          },
          shippingMethodId: methods.items[0]?.id,
          paymentMethod: 'bank_transfer',
          acceptTerms: true,
        },
      });
      expect(placed.status()).toBe(201);
      const { order } = (await placed.json()) as { order: { orderNumber: string } };

      // The orders list and the order's page; cancelling it from there.
      await page.goto(`${baseUrl}/en/account/orders`);
      await page.getByText('Waiting for payment').waitFor();
      await expectAccessible(page);
      await snapBoth(page, 'orders');
      await page.getByRole('link', { name: `Order ${order.orderNumber}` }).click();
      await page.waitForURL(`${baseUrl}/en/account/orders/${order.orderNumber}`);
      await expect(page.locator('main').textContent()).resolves.toContain(product.name);
      await expect(page.locator('main').textContent()).resolves.toContain('Includes VAT 25.5 %');
      await expectAccessible(page);
      await snapBoth(page, 'order');
      await page.getByRole('button', { name: 'Cancel order' }).click();
      await page.getByLabel(/^Reason/).fill('Ordered by mistake');
      await page.getByRole('button', { name: 'Yes, cancel the order' }).click();
      await page.getByText('The order has been cancelled.').waitFor();
      await page.locator('main ol li', { hasText: 'Cancelled' }).waitFor();
      await expect(page.getByRole('button', { name: 'Cancel order' }).count()).resolves.toBe(0);
      await snapBoth(page, 'order-cancelled');

      // Wishlist: a product added through the API is shown, goes to the cart, and is removed.
      const added = await page.request.put(`${baseUrl}/api/v1/wishlist/${product.id}`, write);
      expect(added.status()).toBe(204);
      await page.goto(`${baseUrl}/en/account/wishlist`);
      await page.getByRole('link', { name: product.name }).waitFor();
      await expectAccessible(page);
      await snapBoth(page, 'wishlist');
      await page.getByRole('button', { name: new RegExp(`^Add to cart\\W+${product.name}`) }).click();
      await page.getByText(`${product.name} was added to your cart.`).waitFor();
      await page.locator('header a[href="/en/cart"]', { hasText: '1' }).waitFor();
      await page.getByRole('button', { name: new RegExp(`^Remove\\W+${product.name}`) }).click();
      await page.getByText('Your wishlist is empty.').waitFor();

      // Chinese at 360 px.
      await page.setViewportSize(phone);
      await page.goto(`${baseUrl}/zh/account`);
      await page.getByRole('heading', { name: '个人信息' }).waitFor();
      await snap(page, 'account-profile-zh-phone');
      await page.goto(`${baseUrl}/zh/account/orders/${order.orderNumber}`);
      await snap(page, 'account-order-zh-phone');
      await page.setViewportSize(desktop);

      // Privacy: the data export downloads as JSON; deleting needs the password and a tick.
      await page.goto(`${baseUrl}/en/account/privacy`);
      await expectAccessible(page);
      await snapBoth(page, 'privacy');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download my data' }).click(),
      ]);
      const exported = await readFile((await download.path()) ?? '', 'utf8');
      expect(exported).toContain(email);
      expect(exported).toContain(order.orderNumber);
      await page.getByRole('button', { name: 'Delete my account' }).click();
      await page.getByText('Please tick the box to confirm.').waitFor();
      await page.getByLabel('Your password, to confirm').fill('wrong-password-here');
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Delete my account' }).click();
      await page.getByText('The password is wrong.').waitFor();
      await page.getByLabel('Your password, to confirm').fill(password);
      await page.getByRole('button', { name: 'Delete my account' }).click();
      await page.getByText('Your account has been deleted.').waitFor();
      await snapBoth(page, 'deleted');
      expect(await loginStatus(email, password)).toBe(401);
      // The session has ended too: the account page asks to sign in again.
      await page.goto(`${baseUrl}/en/account`);
      await page.waitForURL(/\/en\/account\/login\?next=/);
    } finally {
      await context.close();
    }
  });
});
