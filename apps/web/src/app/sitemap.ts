import type { MetadataRoute } from 'next';
import { metadataBase } from '@/lib/metadata';
import { getSitemapSource } from '@/lib/sitemap';
import { buildSitemap } from '@/lib/sitemap-entries';

// Built per request from the database (the build has none); the catalogue cache keeps it cheap.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(metadataBase(), await getSitemapSource());
}
