import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ShopShell } from '@/components/layout/shop-shell';
import { routing } from '@/i18n/routing';
import { formatTags } from '@/lib/format';
import { metadataBase } from '@/lib/metadata';
import '../globals.css';

// Every page reads the catalogue: render per request, never at build time (the build has no database).
export const dynamic = 'force-dynamic';

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export const viewport: Viewport = {
  themeColor: '#fafaf7',
  colorScheme: 'light',
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    metadataBase: metadataBase(),
    title: { default: t('storeName'), template: t('titleTemplate') },
    description: t('storeDescription'),
    applicationName: t('storeName'),
    openGraph: {
      type: 'website',
      siteName: t('storeName'),
      locale: formatTags[locale].replace('-', '_'),
    },
    formatDetection: { telephone: false, address: false, email: false },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  return <ShopShell locale={locale}>{children}</ShopShell>;
}
