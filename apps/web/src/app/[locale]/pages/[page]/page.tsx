import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { ContentArticle } from '@/components/content/content-article';
import { routing } from '@/i18n/routing';
import { contentPages, isContentPage } from '@/lib/content';
import { loadContentPage } from '@/lib/content-files';
import { localeAlternates } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamic = 'force-dynamic';
// Only the six pages exist: any other name matches no page instead of rendering one.
export const dynamicParams = false;

interface Props {
  params: Promise<{ locale: string; page: string }>;
}

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => contentPages.map((page) => ({ locale, page })));
}

async function load(params: Props['params']) {
  const { locale, page } = await params;
  if (!hasLocale(routing.locales, locale) || !isContentPage(page)) return null;
  return { locale, page, document: await loadContentPage(page, locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return {};
  const { locale, page, document } = loaded;
  return {
    title: document.title,
    description: document.description,
    alternates: localeAlternates(locale, (other) => routes.page(other, page)),
    openGraph: { title: document.title, description: document.description, url: routes.page(locale, page) },
  };
}

export default async function ContentPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  setRequestLocale(loaded.locale);
  return <ContentArticle locale={loaded.locale} document={loaded.document} />;
}
