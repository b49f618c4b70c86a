import { shippingCountries } from '@puoti/core/accounts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { ClientMessages } from '@/components/client-messages';
import { routing } from '@/i18n/routing';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
}

/** A new address starts in the shop's own country (the storefront's Swedish is Finland-Swedish too). */
const defaultCountry = 'FI';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'checkout' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function CheckoutPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'checkout' });
  return (
    <div className="container-shop py-6 sm:py-10">
      <noscript>
        <p className="mb-4 rounded-lg bg-lake-soft px-4 py-3">{t('noscript')}</p>
      </noscript>
      <ClientMessages locale={locale} namespaces={['checkout', 'confirmation', 'cart', 'totals']}>
        <CheckoutForm locale={locale} countries={[...shippingCountries]} defaultCountry={defaultCountry} />
      </ClientMessages>
    </div>
  );
}
