'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { apiErrorOf, request } from '@/lib/client/account-api';
import type { Order } from '@/lib/client/types';
import { FormStatus, type Notice, secondaryButton } from './text-field';
import { useAccountText } from './use-account-text';

/**
 * Cancels an order that has not shipped, after a second press. The order page is server-rendered, so
 * after the API has answered the page is refreshed from the server with the new status and history.
 */
export function CancelOrder({
  locale,
  orderNumber,
  canCancel,
}: {
  locale: AppLocale;
  orderNumber: string;
  canCancel: boolean;
}) {
  const t = useTranslations('account');
  const text = useAccountText();
  const router = useRouter();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  // The button that opened the confirmation is gone: keyboard focus moves to the confirmation.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const cancel = useMutation({
    mutationFn: () =>
      request<Order>(`/orders/${encodeURIComponent(orderNumber)}/cancel`, {
        method: 'POST',
        locale,
        body: reason.trim() ? { reason: reason.trim() } : {},
      }),
    onSuccess: () => {
      setConfirming(false);
      setNotice({ tone: 'success', text: t('order.cancelled') });
      router.refresh();
    },
    onError: (error) => {
      const apiError = apiErrorOf(error);
      setNotice({
        tone: 'error',
        text: apiError.code === 'INVALID_TRANSITION' ? t('order.cannotCancel') : text.failure(apiError),
      });
      if (apiError.code === 'INVALID_TRANSITION') router.refresh();
    },
  });

  return (
    <div className="space-y-3">
      <FormStatus notice={notice} />
      {confirming ? (
        <div className="space-y-3 rounded-card bg-surface p-4 ring-1 ring-line">
          <p className="font-medium">{t('order.confirmCancel')}</p>
          <div>
            <label htmlFor={`${id}-reason`} className="mb-1 block text-sm font-medium">
              {t('order.reason')} <span className="font-normal text-muted">{t('optional')}</span>
            </label>
            <textarea
              id={`${id}-reason`}
              maxLength={500}
              rows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              className="w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-base"
            />
          </div>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              ref={confirmButton}
              disabled={cancel.isPending}
              onClick={() => cancel.mutate()}
              className="inline-flex min-h-11 items-center rounded-lg bg-sale px-4 font-semibold text-white disabled:opacity-70"
            >
              {cancel.isPending ? t('order.cancelling') : t('order.cancelConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
              {t('order.keep')}
            </button>
          </div>
        </div>
      ) : !canCancel || notice?.tone === 'success' ? null : (
        <button
          type="button"
          onClick={() => {
            setNotice(null);
            setConfirming(true);
          }}
          className={secondaryButton}
        >
          {t('order.cancel')}
        </button>
      )}
    </div>
  );
}
