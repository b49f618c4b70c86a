import { notFound, redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { routes } from '@/lib/routes';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ orderNumber?: string | string[] }>;
}

/** Order emails link here (`/orders/track?orderNumber=`): the tracking page, with the number filled in. */
export default async function OrdersTrackRedirect({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const { orderNumber } = await searchParams;
  const number = Array.isArray(orderNumber) ? orderNumber[0] : orderNumber;
  redirect(routes.trackOrder(locale, number?.slice(0, 40)));
}
