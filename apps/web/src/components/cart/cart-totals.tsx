'use client';

import { useTranslations } from 'next-intl';
import type { AppLocale } from '@/i18n/routing';
import { formatVatRate } from '@/lib/client/messages';
import type { VatLine } from '@/lib/client/types';
import { formatPrice, formatTags } from '@/lib/format';

interface Props {
  locale: AppLocale;
  subtotalCents: number;
  discountCents: number;
  couponCode?: string | null;
  /** null: not chosen yet (the cart page), shown as "calculated at checkout". */
  shippingCents: number | null;
  totalCents: number;
  vatLines?: VatLine[];
  vatCents?: number;
}

/** Sums as a description list; VAT is included in the prices and shown per rate. */
export function CartTotals(props: Props) {
  const t = useTranslations('totals');
  const { locale } = props;
  const price = (cents: number) => formatPrice(cents, locale);
  return (
    <dl className="tabular space-y-2 text-sm">
      <div className="flex justify-between gap-4">
        <dt>{t('subtotal')}</dt>
        <dd>{price(props.subtotalCents)}</dd>
      </div>
      {props.discountCents > 0 ? (
        <div className="flex justify-between gap-4 text-lake-deep">
          <dt>{props.couponCode ? t('discountWithCode', { code: props.couponCode }) : t('discount')}</dt>
          <dd>−{price(props.discountCents)}</dd>
        </div>
      ) : null}
      <div className="flex justify-between gap-4">
        <dt>{t('shipping')}</dt>
        <dd>
          {props.shippingCents === null
            ? t('shippingLater')
            : props.shippingCents === 0
              ? t('free')
              : price(props.shippingCents)}
        </dd>
      </div>
      <div className="flex justify-between gap-4 border-t border-line pt-3 text-base font-semibold">
        <dt>{t('total')}</dt>
        <dd>{price(props.totalCents)}</dd>
      </div>
      {props.vatLines && props.vatLines.length > 0 ? (
        props.vatLines.map((line) => (
          <div key={line.rate} className="flex justify-between gap-4 text-muted">
            <dt>{t('vatLine', { rate: formatVatRate(line.rate, formatTags[locale]) })}</dt>
            <dd>{price(line.vatCents)}</dd>
          </div>
        ))
      ) : props.vatCents !== undefined && props.vatCents > 0 ? (
        <div className="flex justify-between gap-4 text-muted">
          <dt>{t('vatIncluded')}</dt>
          <dd>{price(props.vatCents)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
