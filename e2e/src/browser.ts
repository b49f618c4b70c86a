import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const artifactsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

/** Debian's Chromium, never a downloaded one; the flags keep it off this machine's closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** Saves a full-page screenshot under e2e/artifacts (kept by CI) for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

export const desktop = { width: 1366, height: 900 };
export const phone = { width: 360, height: 800 };

/**
 * A page in its own browser context (own cookies; axe-core's Playwright integration needs a page made
 * this way). Close it with `page.context().close()`.
 */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number },
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport, ...options });
  return context.newPage();
}

/**
 * Full-page screenshots from the top (a scrolled page draws the sticky header halfway down) at desktop
 * width and at 360 px, then back to desktop. `noSideways` also fails when the phone layout is wider
 * than the screen.
 */
export async function snapBoth(
  page: Page,
  name: string,
  options: { noSideways?: boolean } = {},
): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, `${name}-desktop`);
  await page.setViewportSize(phone);
  await snap(page, `${name}-phone`);
  if (options.noSideways) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${page.url()} at 360 px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize(desktop);
}
