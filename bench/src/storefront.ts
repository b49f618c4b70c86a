/** The storefront pages the page benchmarks measure, and a production server with the demo store for them. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type RunningServer, startPuotiServer } from './puoti-server';

export type PageKey = 'home' | 'category' | 'product';

export interface StorefrontPage {
  key: PageKey;
  path: string;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Home, the first category and the first product of the store, in Finnish (the default language).
 * Read from the API rather than hard-coded, so the benchmarks follow whatever catalogue is loaded.
 */
export async function storefrontPages(baseUrl: string, locale = 'fi'): Promise<StorefrontPage[]> {
  const [categories, products] = await Promise.all([
    json<{ slug: string }[]>(`${baseUrl}/api/v1/categories?locale=${locale}`),
    json<{ items: { slug: string }[] }>(`${baseUrl}/api/v1/products?locale=${locale}&pageSize=1`),
  ]);
  const category = categories[0];
  const product = products.items[0];
  if (!category || !product) throw new Error(`${baseUrl} has no categories or no products to measure`);
  return [
    { key: 'home', path: `/${locale}` },
    { key: 'category', path: `/${locale}/categories/${encodeURIComponent(category.slug)}` },
    { key: 'product', path: `/${locale}/products/${encodeURIComponent(product.slug)}` },
  ];
}

export interface DemoServer extends RunningServer {
  /** Stops the server and removes its data folder. */
  close(): Promise<void>;
}

/** The production server (`npm start`'s process) on a fresh data folder seeded with the demo store. */
export async function startDemoServer(root: string, options: { pageCache: boolean }): Promise<DemoServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'puoti-bench-pages-'));
  try {
    const server = await startPuotiServer(root, {
      dataDir,
      databaseUrl: undefined,
      catalogCache: true,
      pageCache: options.pageCache,
      demo: true,
    });
    return {
      ...server,
      async close() {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A timestamp usable in a file name. */
export function fileStamp(iso: string): string {
  return iso.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
}
