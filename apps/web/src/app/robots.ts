import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { metadataBase } from '@/lib/metadata';
import { routes } from '@/lib/routes';

// Per request: the sitemap's absolute URL comes from PUBLIC_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

/** The catalogue is open to crawlers; the API and every per-visitor page are not worth crawling. */
export default function robots(): MetadataRoute.Robots {
  const personal = routing.locales.flatMap((locale) => [
    routes.account(locale),
    routes.cart(locale),
    routes.checkout(locale),
    routes.search(locale),
  ]);
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', ...personal] },
    sitemap: new URL('sitemap.xml', metadataBase()).href,
  };
}
