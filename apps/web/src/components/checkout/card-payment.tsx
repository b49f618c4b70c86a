'use client';

import type { Stripe, StripeElements } from '@stripe/stripe-js';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';

type Stage = 'loading' | 'ready' | 'paying' | 'paid' | 'processing' | 'unavailable';

interface Props {
  publishableKey: string;
  clientSecret: string;
  orderNumber: string;
  amount: string;
  locale: AppLocale;
}

/**
 * Stripe's Payment Element for a placed card order. Stripe.js is loaded only here, from Stripe (as its
 * terms require), when the customer has an order to pay. The order is paid when Stripe's webhook says
 * so; this only tells the customer what Stripe answered. A decline keeps the form for another try.
 */
export function CardPayment({ publishableKey, clientSecret, orderNumber, amount, locale }: Props) {
  const t = useTranslations('confirmation.card');
  const mount = useRef<HTMLDivElement>(null);
  const stripe = useRef<{ stripe: Stripe; elements: StripeElements } | null>(null);
  const [stage, setStage] = useState<Stage>('loading');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        // `pure`: the script is fetched when this runs, not when the bundle loads.
        const { loadStripe } = await import('@stripe/stripe-js/pure');
        const loaded = await loadStripe(publishableKey, { locale });
        if (cancelled) return;
        if (!loaded || !mount.current) {
          setStage('unavailable');
          return;
        }
        const elements = loaded.elements({ clientSecret, locale });
        elements.create('payment').mount(mount.current);
        stripe.current = { stripe: loaded, elements };
        setStage('ready');
      } catch {
        if (!cancelled) setStage('unavailable');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [publishableKey, clientSecret, locale]);

  const pay = async () => {
    if (!stripe.current) return;
    setStage('paying');
    setError(null);
    const result = await stripe.current.stripe.confirmPayment({
      elements: stripe.current.elements,
      // Card payments that need a bank's check come back here: the tracking page shows the order.
      confirmParams: {
        return_url: new URL(routes.trackOrder(locale, orderNumber), window.location.href).href,
      },
      redirect: 'if_required',
    });
    if (result.error) {
      // Stripe's own message, already in the customer's language (the element's locale).
      setError(result.error.message ?? t('failed'));
      setStage('ready');
      return;
    }
    setStage(result.paymentIntent.status === 'succeeded' ? 'paid' : 'processing');
  };

  return (
    <section aria-labelledby="card-heading" className="mt-8 rounded-card bg-lake-soft p-5 sm:p-6">
      <h2 id="card-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {stage === 'paid' || stage === 'processing' ? (
        <p role="status" className="mt-2 font-medium text-lake-deep">
          {stage === 'paid' ? t('paid') : t('processing')}
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm">{t('intro', { amount })}</p>
          {stage === 'unavailable' ? (
            <p role="alert" className="mt-3 font-medium text-sale">
              {t('unavailable')}
            </p>
          ) : null}
          <div
            ref={mount}
            className="mt-4 min-h-24 rounded-lg bg-surface p-3"
            aria-busy={stage === 'loading'}
          />
          {error ? (
            <p role="alert" className="mt-3 font-medium text-sale">
              {error}
            </p>
          ) : null}
          <button
            type="button"
            onClick={() => void pay()}
            disabled={stage !== 'ready'}
            className="mt-4 min-h-11 w-full rounded-lg bg-lake px-6 font-semibold text-white hover:bg-lake-deep disabled:opacity-60 sm:w-auto"
          >
            {stage === 'paying' ? t('paying') : t('pay', { amount })}
          </button>
        </>
      )}
    </section>
  );
}
