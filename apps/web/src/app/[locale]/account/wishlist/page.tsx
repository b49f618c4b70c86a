import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AccountFrame } from '@/components/account/account-frame';
import { WishlistView } from '@/components/account/wishlist-view';
import { routing } from '@/i18n/routing';
import { accountMetadata } from '@/lib/account-pages';
import { routes } from '@/lib/routes';
import { requireSignedIn } from '@/lib/session';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'wishlist');

export default async function WishlistPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { user } = await requireSignedIn(locale, routes.accountWishlist(locale));
  const t = await getTranslations({ locale, namespace: 'account' });
  return (
    <AccountFrame locale={locale} current="wishlist" firstName={user.firstName} title={t('titles.wishlist')}>
      <WishlistView locale={locale} />
    </AccountFrame>
  );
}
