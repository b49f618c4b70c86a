import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CartView } from '@/components/cart/cart-view';
import { ClientMessages } from '@/components/client-messages';
import { routing } from '@/i18n/routing';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'cart' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

/** The same HTML for everyone (no cookie read here): the lines load from the API in the browser. */
export default async function CartPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'cart' });
  return (
    <div className="container-shop py-6 sm:py-10">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
      <noscript>
        <p className="mb-4 rounded-lg bg-lake-soft px-4 py-3">{t('noscript')}</p>
      </noscript>
      <ClientMessages locale={locale} namespaces={['cart', 'totals']}>
        <CartView locale={locale} />
      </ClientMessages>
    </div>
  );
}
