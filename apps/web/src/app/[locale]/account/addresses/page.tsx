import { shippingCountries } from '@puoti/core/accounts';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AccountFrame } from '@/components/account/account-frame';
import { AddressBook } from '@/components/account/address-book';
import { routing } from '@/i18n/routing';
import { accountMetadata } from '@/lib/account-pages';
import { routes } from '@/lib/routes';
import { requireSignedIn } from '@/lib/session';

interface Props {
  params: Promise<{ locale: string }>;
}

/** A new address starts in the shop's own country, as in the checkout. */
const defaultCountry = 'FI';

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'addresses');

export default async function AddressesPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { user } = await requireSignedIn(locale, routes.accountAddresses(locale));
  const t = await getTranslations({ locale, namespace: 'account' });
  return (
    <AccountFrame
      locale={locale}
      current="addresses"
      firstName={user.firstName}
      title={t('titles.addresses')}
    >
      <p className="mb-5 max-w-2xl text-muted">{t('addresses.intro')}</p>
      <AddressBook locale={locale} countries={[...shippingCountries]} defaultCountry={defaultCountry} />
    </AccountFrame>
  );
}
