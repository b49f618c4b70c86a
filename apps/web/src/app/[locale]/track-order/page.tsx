import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { TrackOrderForm } from '@/components/orders/track-order-form';
import { routing } from '@/i18n/routing';
import { localeAlternates } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ orderNumber?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'trackOrder' });
  return {
    title: t('title'),
    description: t('intro'),
    alternates: localeAlternates(locale, (other) => routes.trackOrder(other)),
  };
}

export default async function TrackOrderPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { orderNumber } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'trackOrder' });
  const initial = (Array.isArray(orderNumber) ? orderNumber[0] : orderNumber)?.slice(0, 40) ?? '';
  return (
    <div className="container-shop py-6 sm:py-10">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-muted">{t('intro')}</p>
      <ClientMessages locale={locale} namespaces={['trackOrder']}>
        <TrackOrderForm locale={locale} initialOrderNumber={initial} />
      </ClientMessages>
    </div>
  );
}
