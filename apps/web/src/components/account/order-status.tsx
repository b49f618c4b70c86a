import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { OrderStatus } from '@/lib/client/types';

const tones: Record<OrderStatus, string> = {
  pending_payment: 'bg-paper text-ink ring-1 ring-line-strong',
  paid: 'bg-lake-soft text-lake-deep',
  processing: 'bg-lake-soft text-lake-deep',
  shipped: 'bg-lake text-white',
  delivered: 'bg-lake text-white',
  cancelled: 'bg-sale/10 text-sale',
  returned: 'bg-paper text-muted ring-1 ring-line-strong',
};

/** An order's status as a labelled badge (the words carry the meaning; colour only helps). */
export async function OrderStatusBadge({ status, locale }: { status: OrderStatus; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'trackOrder' });
  return (
    <span className={`inline-flex rounded-full px-3 py-0.5 text-sm font-semibold ${tones[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}
