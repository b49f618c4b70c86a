'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { CountrySelect } from '@/components/address/country-select';
import { PostalAddress } from '@/components/address/postal-address';
import { CartTotals } from '@/components/cart/cart-totals';
import type { AppLocale } from '@/i18n/routing';
import { addressFromDraft } from '@/lib/client/address';
import { type ApiError, api, fieldErrors } from '@/lib/client/api';
import { loadCart, setCart, useCart } from '@/lib/client/cart-store';
import { type ContactField, contactFieldOf, newIdempotencyKey, shippingPrice } from '@/lib/client/checkout';
import { useCountryNames } from '@/lib/client/countries';
import { couponReason } from '@/lib/client/messages';
import type {
  AccountUser,
  Address,
  Cart,
  Order,
  OutOfStockLine,
  Payment,
  SavedAddress,
  ShippingMethod,
} from '@/lib/client/types';
import { formatPrice } from '@/lib/format';
import { routes } from '@/lib/routes';
import { OrderConfirmation } from './order-confirmation';

type Step = 'address' | 'shipping' | 'payment' | 'review';
const steps: Step[] = ['address', 'shipping', 'payment', 'review'];
type PaymentMethod = 'bank_transfer' | 'stripe';

interface Contact {
  email: string;
  fullName: string;
  company: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  country: string;
  phone: string;
}

type FieldName = ContactField;

/** What went wrong at the last attempt to place the order, explained with a way forward. */
type Failure =
  | { kind: 'outOfStock'; lines: OutOfStockLine[] }
  | { kind: 'coupon'; reason: ReturnType<typeof couponReason> }
  | { kind: 'emptyCart' }
  | { kind: 'validation' }
  | { kind: 'network' }
  | { kind: 'payment' }
  | { kind: 'other'; message: string };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface CheckoutProps {
  locale: AppLocale;
  countries: string[];
  defaultCountry: string;
}

/** A placed order as the confirmation needs it; `publishableKey` is Stripe's, for the card form. */
interface Placed {
  order: Order;
  payment: Payment;
  publishableKey: string | null;
}

/** The checkout, then (in its place, under its own h1) the confirmation. */
export function CheckoutForm(props: CheckoutProps) {
  const t = useTranslations('checkout');
  const [placed, setPlaced] = useState<Placed | null>(null);
  if (placed) {
    return (
      <OrderConfirmation
        order={placed.order}
        payment={placed.payment}
        publishableKey={placed.publishableKey}
        locale={props.locale}
      />
    );
  }
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
      <CheckoutSteps {...props} onPlaced={setPlaced} />
    </>
  );
}

function CheckoutSteps({
  locale,
  countries,
  defaultCountry,
  onPlaced,
}: CheckoutProps & { onPlaced: (placed: Placed) => void }) {
  const t = useTranslations('checkout');
  const id = useId();
  const cart = useCart();
  const [step, setStep] = useState<Step>('address');
  const [contact, setContact] = useState<Contact>({
    email: '',
    fullName: '',
    company: '',
    line1: '',
    line2: '',
    postalCode: '',
    city: '',
    country: defaultCountry,
    phone: '',
  });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [methods, setMethods] = useState<ShippingMethod[] | null>(null);
  const [methodsFailed, setMethodsFailed] = useState(false);
  const [shippingMethodId, setShippingMethodId] = useState<string | null>(null);
  const [offered, setOffered] = useState<PaymentMethod[] | null>(null);
  // Stripe's publishable key: card payment in this checkout needs it (API clients bring their own).
  const [cardKey, setCardKey] = useState<string | null>(null);
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod>('bank_transfer');
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [termsError, setTermsError] = useState(false);
  const [placing, setPlacing] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  // Signed-in customers: their email, and their saved addresses to pick from ('new' types one).
  const [account, setAccount] = useState<{ email: string } | null>(null);
  const [saved, setSaved] = useState<SavedAddress[]>([]);
  const [addressChoice, setAddressChoice] = useState<string>('new');
  // One key per attempt: a retry after a lost answer sends the same key and gets the same order back.
  const attemptKey = useRef<string | null>(null);
  const stepHeading = useRef<HTMLHeadingElement | null>(null);
  const failureBox = useRef<HTMLDivElement>(null);

  const { countryNames, sortedCountries } = useCountryNames(locale, countries);

  const chosenSaved = saved.find((address) => address.id === addressChoice) ?? null;
  const shown: Address = chosenSaved ?? addressFromDraft(contact);
  const shippingCountry = shown.country;

  useEffect(() => {
    void loadCart(locale);
    void api<{ user: AccountUser }>('/auth/me', { locale }).then(async (me) => {
      if (!me.ok) return;
      const { user } = me.data;
      setAccount({ email: user.email });
      setContact((current) => ({
        ...current,
        email: user.email,
        fullName: current.fullName || `${user.firstName} ${user.lastName}`.trim(),
        phone: current.phone || (user.phone ?? ''),
      }));
      const book = await api<{ items: SavedAddress[] }>('/addresses', { locale });
      if (!book.ok || book.data.items.length === 0) return;
      setSaved(book.data.items);
      const preferred = book.data.items.find((a) => a.isDefaultShipping) ?? book.data.items[0];
      if (preferred) setAddressChoice(preferred.id);
    });
    void api<{ items: { id: PaymentMethod; publishableKey?: string }[] }>('/payment-methods', {
      locale,
    }).then((result) => {
      const items = result.ok ? result.data.items : [{ id: 'bank_transfer' as const }];
      const ids = items.map((item) => item.id);
      setOffered(ids);
      setCardKey(items.find((item) => item.id === 'stripe')?.publishableKey ?? null);
      if (!ids.includes('bank_transfer') && ids[0]) setPaymentMethod(ids[0]);
    });
  }, [locale]);

  // Methods depend on the country; a method chosen for another country is dropped.
  useEffect(() => {
    const controller = new AbortController();
    setMethods(null);
    setMethodsFailed(false);
    api<{ items: ShippingMethod[] }>(`/shipping-methods?country=${shippingCountry}`, {
      locale,
      signal: controller.signal,
    })
      .then((result) => {
        if (result.ok) {
          setMethods(result.data.items);
          setShippingMethodId((chosen) =>
            result.data.items.some((method) => method.id === chosen)
              ? chosen
              : (result.data.items[0]?.id ?? null),
          );
        } else {
          setMethodsFailed(true);
        }
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [shippingCountry, locale]);

  useEffect(() => {
    if (failure) failureBox.current?.focus();
  }, [failure]);

  const goTo = (next: Step) => {
    setStep(next);
    requestAnimationFrame(() => stepHeading.current?.focus());
  };

  const update = (field: FieldName, value: string) => {
    attemptKey.current = null;
    setContact((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  const validateAddress = (): boolean => {
    if (chosenSaved) {
      setErrors({});
      return true;
    }
    const found: Partial<Record<FieldName, string>> = {};
    if (!account && !emailPattern.test(contact.email.trim())) found.email = t('fieldErrors.email');
    for (const field of ['fullName', 'line1', 'postalCode', 'city'] as const) {
      if (contact[field].trim() === '') found[field] = t('fieldErrors.required');
    }
    if (contact.phone.trim() !== '' && !/^\+?[0-9 ()-]{5,}$/.test(contact.phone.trim())) {
      found.phone = t('fieldErrors.phone');
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`${id}-${first}`)?.focus();
    return !first;
  };

  const method = methods?.find((m) => m.id === shippingMethodId);
  const shippingCents = cart ? shippingPrice(method, cart) : null;

  const place = async () => {
    if (!acceptTerms) {
      setTermsError(true);
      document.getElementById(`${id}-terms`)?.focus();
      return;
    }
    if (!shippingMethodId) {
      goTo('shipping');
      return;
    }
    setPlacing(true);
    setFailure(null);
    attemptKey.current ??= newIdempotencyKey();
    // A signed-in customer orders with the account's email; a guest gives one.
    const deliverTo = chosenSaved ? { addressId: chosenSaved.id } : { shippingAddress: shown };
    const result = await api<{ order: Order; payment: Payment }>('/orders', {
      method: 'POST',
      locale,
      headers: { 'idempotency-key': attemptKey.current },
      body: {
        ...(account ? {} : { email: contact.email.trim() }),
        ...deliverTo,
        shippingMethodId,
        paymentMethod,
        acceptTerms: true,
      },
    });
    setPlacing(false);
    if (result.ok) {
      onPlaced({ ...result.data, publishableKey: cardKey });
      setCart(null);
      void loadCart(locale, { force: true });
      window.scrollTo({ top: 0 });
      return;
    }
    explain(result.error);
  };

  const explain = (error: ApiError) => {
    // The order was refused for a reason that a retry with changes fixes: the next try is a new attempt.
    if (error.code !== 'NETWORK' && error.status < 500) attemptKey.current = null;
    switch (error.code) {
      case 'OUT_OF_STOCK': {
        const lines = (error.details as { lines?: OutOfStockLine[] } | undefined)?.lines ?? [];
        setFailure({ kind: 'outOfStock', lines });
        void loadCart(locale, { force: true });
        return;
      }
      case 'COUPON_INVALID':
        setFailure({ kind: 'coupon', reason: couponReason(error.details) });
        return;
      case 'CONFLICT':
        setFailure({ kind: 'emptyCart' });
        return;
      case 'VALIDATION_FAILED': {
        const found: Partial<Record<FieldName, string>> = {};
        for (const entry of fieldErrors(error)) {
          const field = contactFieldOf(entry.field);
          if (field === 'postalCode') found.postalCode = t('fieldErrors.postalCode');
          else if (field === 'email') found.email = t('fieldErrors.email');
          else if (field) found[field] = t('fieldErrors.invalid');
        }
        if (Object.keys(found).length > 0) {
          setErrors(found);
          goTo('address');
        }
        setFailure({ kind: 'validation' });
        return;
      }
      case 'NETWORK':
        setFailure({ kind: 'network' });
        return;
      case 'PAYMENT_FAILED':
        // The shop put the order back into the cart: show it again for another try.
        setFailure({ kind: 'payment' });
        void loadCart(locale, { force: true });
        return;
      default:
        setFailure({ kind: 'other', message: error.message });
    }
  };

  /** Sets each short line to what is left (removing sold-out ones), then lets the customer try again. */
  const fixStock = async (lines: OutOfStockLine[]) => {
    setPlacing(true);
    let latest: Cart | null = null;
    for (const line of lines) {
      const result =
        line.available > 0
          ? await api<Cart>(`/cart/items/${line.itemId}`, {
              method: 'PATCH',
              locale,
              body: { quantity: line.available },
            })
          : await api<Cart>(`/cart/items/${line.itemId}`, { method: 'DELETE', locale });
      if (result.ok) latest = result.data;
    }
    setPlacing(false);
    if (latest) setCart(latest);
    else void loadCart(locale, { force: true });
    setFailure(null);
  };

  const dropCoupon = async () => {
    setPlacing(true);
    const result = await api<Cart>('/cart/coupon', { method: 'DELETE', locale });
    setPlacing(false);
    if (result.ok) setCart(result.data);
    setFailure(null);
  };

  if (!cart) return <p className="py-10 text-muted">{t('loading')}</p>;

  if (cart.itemCount === 0) {
    return (
      <div className="rounded-card bg-surface px-5 py-10 text-center ring-1 ring-line">
        <h2 className="text-lg font-semibold">{t('empty.heading')}</h2>
        <p className="mt-2 text-muted">{t('empty.body')}</p>
        <a
          href={routes.home(locale)}
          className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-lake px-5 font-medium text-white hover:bg-lake-deep"
        >
          {t('empty.action')}
        </a>
      </div>
    );
  }

  const stepIndex = steps.indexOf(step);
  const field = (
    name: FieldName,
    options: {
      autoComplete: string;
      type?: string;
      optional?: boolean;
      inputMode?: 'email' | 'tel' | 'text';
    },
  ) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="mb-1 block text-sm font-medium">
        {t(`fields.${name}`)}
        {options.optional ? <span className="font-normal text-muted"> {t('optional')}</span> : null}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={options.type ?? 'text'}
        inputMode={options.inputMode}
        autoComplete={options.autoComplete}
        required={!options.optional}
        value={contact[name]}
        onChange={(event) => update(name, event.target.value)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        className="min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base aria-[invalid]:border-sale"
      />
      {errors[name] ? (
        <p id={`${id}-${name}-error`} className="mt-1 text-sm font-medium text-sale">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );

  const section = (which: Step, summary: ReactNode, body: ReactNode) => {
    const index = steps.indexOf(which);
    const open = which === step;
    const done = index < stepIndex;
    return (
      <section
        aria-labelledby={`${id}-${which}-heading`}
        className="rounded-card bg-surface p-4 ring-1 ring-line sm:p-6"
      >
        <div className="flex items-center justify-between gap-3">
          <h2
            id={`${id}-${which}-heading`}
            ref={open ? stepHeading : undefined}
            tabIndex={open ? -1 : undefined}
            className={`text-lg font-semibold focus:outline-none ${open || done ? '' : 'text-muted'}`}
          >
            <span className="tabular mr-2 text-lake">{index + 1}.</span>
            {t(`steps.${which}`)}
          </h2>
          {done ? (
            <button
              type="button"
              onClick={() => goTo(which)}
              className="min-h-11 rounded-md px-2 text-sm font-medium text-lake underline underline-offset-4 hover:text-lake-deep"
            >
              {t('edit')}
              <span className="sr-only">: {t(`steps.${which}`)}</span>
            </button>
          ) : null}
        </div>
        {open ? (
          <div className="mt-4">{body}</div>
        ) : done ? (
          <div className="mt-2 text-sm text-muted">{summary}</div>
        ) : null}
      </section>
    );
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem] lg:gap-12">
      <div className="min-w-0 space-y-4">
        {failure ? (
          <div
            ref={failureBox}
            tabIndex={-1}
            role="alert"
            className="rounded-lg border border-sale/50 bg-surface p-4 text-sm focus:outline-none"
          >
            <FailureMessage
              failure={failure}
              busy={placing}
              locale={locale}
              onFixStock={(lines) => void fixStock(lines)}
              onDropCoupon={() => void dropCoupon()}
            />
          </div>
        ) : null}

        {section(
          'address',
          <>
            <p>{contact.email}</p>
            <p>
              {shown.fullName}, {shown.line1}
              {shown.line2 ? `, ${shown.line2}` : ''}, {shown.postalCode} {shown.city},{' '}
              {countryNames.of(shown.country)}
            </p>
          </>,
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (validateAddress()) goTo('shipping');
            }}
            className="grid gap-4 sm:grid-cols-2"
          >
            {account ? (
              <p className="text-sm sm:col-span-2">{t('signedInAs', { email: account.email })}</p>
            ) : (
              <div className="sm:col-span-2">
                {field('email', { autoComplete: 'email', type: 'email', inputMode: 'email' })}
                <p className="mt-1 text-xs text-muted">{t('emailHint')}</p>
              </div>
            )}
            {saved.length > 0 ? (
              <fieldset className="sm:col-span-2">
                <legend className="mb-2 text-sm font-medium">{t('savedAddresses')}</legend>
                <div className="space-y-2">
                  {[...saved.map((a) => a.id), 'new'].map((choice) => {
                    const address = saved.find((a) => a.id === choice);
                    return (
                      <label
                        key={choice}
                        className="flex cursor-pointer items-start gap-3 rounded-lg border border-line-strong p-3 text-sm has-checked:border-lake has-checked:bg-lake-soft"
                      >
                        <input
                          type="radio"
                          name="savedAddress"
                          value={choice}
                          checked={addressChoice === choice}
                          onChange={() => {
                            attemptKey.current = null;
                            setAddressChoice(choice);
                          }}
                          className="mt-0.5 size-4 accent-lake"
                        />
                        <span>
                          {address
                            ? `${address.fullName}, ${address.line1}, ${address.postalCode} ${address.city}, ${countryNames.of(address.country) ?? address.country}`
                            : t('newAddress')}
                        </span>
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            ) : null}
            {chosenSaved ? null : (
              <>
                <div className="sm:col-span-2">{field('fullName', { autoComplete: 'name' })}</div>
                <div className="sm:col-span-2">
                  {field('company', { autoComplete: 'organization', optional: true })}
                </div>
                <div className="sm:col-span-2">{field('line1', { autoComplete: 'address-line1' })}</div>
                <div className="sm:col-span-2">
                  {field('line2', { autoComplete: 'address-line2', optional: true })}
                </div>
                {field('postalCode', { autoComplete: 'postal-code' })}
                {field('city', { autoComplete: 'address-level2' })}
                <CountrySelect
                  id={`${id}-country`}
                  label={t('fields.country')}
                  value={contact.country}
                  countries={sortedCountries}
                  names={countryNames}
                  autoComplete="country"
                  onChange={(country) => update('country', country)}
                />
                {field('phone', { autoComplete: 'tel', type: 'tel', inputMode: 'tel', optional: true })}
              </>
            )}
            <div className="sm:col-span-2">
              <button
                type="submit"
                className="min-h-11 w-full rounded-lg bg-lake px-6 font-semibold text-white hover:bg-lake-deep sm:w-auto"
              >
                {t('continue')}
              </button>
            </div>
          </form>,
        )}

        {section(
          'shipping',
          method ? (
            <p>
              {method.name} ·{' '}
              {shippingCents === 0 ? t('free') : formatPrice(shippingCents ?? method.priceCents, locale)}
            </p>
          ) : null,
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (shippingMethodId) goTo('payment');
            }}
          >
            {methods === null ? (
              <p className="text-muted">{methodsFailed ? t('shippingFailed') : t('loadingShipping')}</p>
            ) : methods.length === 0 ? (
              <p className="text-sale">
                {t('noShipping', { country: countryNames.of(shippingCountry) ?? shippingCountry })}
              </p>
            ) : (
              <fieldset>
                <legend className="sr-only">{t('steps.shipping')}</legend>
                <div className="space-y-2">
                  {methods.map((m) => {
                    const price = shippingPrice(m, cart);
                    return (
                      <label
                        key={m.id}
                        className="flex cursor-pointer items-start gap-3 rounded-lg border border-line-strong p-3 has-checked:border-lake has-checked:bg-lake-soft"
                      >
                        <input
                          type="radio"
                          name="shippingMethod"
                          value={m.id}
                          checked={m.id === shippingMethodId}
                          onChange={() => {
                            attemptKey.current = null;
                            setShippingMethodId(m.id);
                          }}
                          className="mt-1 size-4 accent-lake"
                        />
                        <span className="flex-1">
                          <span className="flex flex-wrap justify-between gap-x-3">
                            <span className="font-medium">{m.name}</span>
                            <span className="tabular font-medium">
                              {price === 0 ? t('free') : formatPrice(price ?? m.priceCents, locale)}
                            </span>
                          </span>
                          <span className="block text-sm text-muted">{m.description}</span>
                          <span className="block text-sm text-muted">
                            {m.minDays === m.maxDays
                              ? t('deliveryDays', { count: m.maxDays })
                              : t('deliveryRange', { min: m.minDays, max: m.maxDays })}
                            {m.freeFromCents !== null && price !== 0
                              ? ` · ${t('freeFrom', { price: formatPrice(m.freeFromCents, locale) })}`
                              : ''}
                          </span>
                        </span>
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            )}
            <button
              type="submit"
              disabled={!shippingMethodId}
              className="mt-4 min-h-11 w-full rounded-lg bg-lake px-6 font-semibold text-white hover:bg-lake-deep disabled:bg-line-strong disabled:text-ink sm:w-auto"
            >
              {t('continue')}
            </button>
          </form>,
        )}

        {section(
          'payment',
          <p>{t(`payment.${paymentMethod}`)}</p>,
          <form
            onSubmit={(event) => {
              event.preventDefault();
              goTo('review');
            }}
          >
            <fieldset>
              <legend className="sr-only">{t('steps.payment')}</legend>
              <div className="space-y-2">
                <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-line-strong p-3 has-checked:border-lake has-checked:bg-lake-soft has-disabled:cursor-not-allowed has-disabled:opacity-70">
                  <input
                    type="radio"
                    name="paymentMethod"
                    value="bank_transfer"
                    checked={paymentMethod === 'bank_transfer'}
                    disabled={offered !== null && !offered.includes('bank_transfer')}
                    onChange={() => setPaymentMethod('bank_transfer')}
                    className="mt-1 size-4 accent-lake"
                  />
                  <span>
                    <span className="block font-medium">{t('payment.bank_transfer')}</span>
                    <span className="block text-sm text-muted">{t('payment.bankTransferHint')}</span>
                  </span>
                </label>
                <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-line-strong p-3 has-checked:border-lake has-checked:bg-lake-soft has-disabled:cursor-not-allowed has-disabled:opacity-70">
                  <input
                    type="radio"
                    name="paymentMethod"
                    value="stripe"
                    checked={paymentMethod === 'stripe'}
                    disabled={cardKey === null}
                    onChange={() => setPaymentMethod('stripe')}
                    aria-describedby={`${id}-card-note`}
                    className="mt-1 size-4 accent-lake"
                  />
                  <span>
                    <span className="block font-medium">{t('payment.stripe')}</span>
                    <span id={`${id}-card-note`} className="block text-sm text-muted">
                      {cardKey
                        ? t('payment.cardHint')
                        : offered?.includes('stripe')
                          ? t('payment.cardNotHere')
                          : t('payment.cardNotOffered')}
                    </span>
                  </span>
                </label>
              </div>
            </fieldset>
            <button
              type="submit"
              className="mt-4 min-h-11 w-full rounded-lg bg-lake px-6 font-semibold text-white hover:bg-lake-deep sm:w-auto"
            >
              {t('continue')}
            </button>
          </form>,
        )}

        {section(
          'review',
          null,
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void place();
            }}
          >
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium">{t('review.contact')}</dt>
                <dd className="text-muted">
                  {contact.email}
                  {shown.phone ? (
                    <>
                      <br />
                      {shown.phone}
                    </>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt className="font-medium">{t('review.address')}</dt>
                <dd>
                  <PostalAddress
                    address={shown}
                    countryName={countryNames.of(shown.country)}
                    className="text-muted"
                  />
                </dd>
              </div>
              <div>
                <dt className="font-medium">{t('steps.shipping')}</dt>
                <dd className="text-muted">{method?.name}</dd>
              </div>
              <div>
                <dt className="font-medium">{t('steps.payment')}</dt>
                <dd className="text-muted">{t(`payment.${paymentMethod}`)}</dd>
              </div>
            </dl>
            <div className="mt-5">
              <label className="flex cursor-pointer items-start gap-3 text-sm">
                <input
                  id={`${id}-terms`}
                  type="checkbox"
                  checked={acceptTerms}
                  onChange={(event) => {
                    setAcceptTerms(event.target.checked);
                    setTermsError(false);
                  }}
                  aria-invalid={termsError ? true : undefined}
                  aria-describedby={termsError ? `${id}-terms-error` : undefined}
                  className="mt-0.5 size-5 shrink-0 accent-lake"
                />
                <span>
                  {t.rich('review.terms', {
                    link: (chunks) => (
                      <a
                        href={routes.terms(locale)}
                        target="_blank"
                        rel="noopener"
                        className="font-medium text-lake underline underline-offset-4"
                      >
                        {chunks}
                      </a>
                    ),
                  })}
                </span>
              </label>
              {termsError ? (
                <p id={`${id}-terms-error`} className="mt-1 text-sm font-medium text-sale">
                  {t('review.termsRequired')}
                </p>
              ) : null}
            </div>
            <button
              type="submit"
              disabled={placing}
              className="mt-5 min-h-12 w-full rounded-lg bg-lake px-6 py-2 text-base font-semibold text-white hover:bg-lake-deep disabled:opacity-70 sm:text-lg"
            >
              {placing
                ? t('placing')
                : t('placeOrder', { total: formatPrice(cart.totalCents + (shippingCents ?? 0), locale) })}
            </button>
            <p className="mt-2 text-xs text-muted">{t('review.obligation')}</p>
          </form>,
        )}
      </div>

      <aside
        aria-labelledby={`${id}-summary`}
        className="h-fit rounded-card bg-surface p-5 ring-1 ring-line lg:sticky lg:top-24"
      >
        <h2 id={`${id}-summary`} className="text-lg font-semibold">
          {t('summary')}
        </h2>
        <ul className="mt-3 space-y-2 text-sm">
          {cart.items
            .filter((line) => line.available)
            .map((line) => (
              <li key={line.id} className="flex justify-between gap-3">
                <span className="min-w-0">
                  {line.name}
                  {line.variantLabel ? <span className="text-muted"> · {line.variantLabel}</span> : null}
                  <span className="tabular text-muted"> × {line.quantity}</span>
                </span>
                <span className="tabular shrink-0">{formatPrice(line.lineTotalCents, locale)}</span>
              </li>
            ))}
        </ul>
        <div className="mt-4 border-t border-line pt-4">
          <CartTotals
            locale={locale}
            subtotalCents={cart.subtotalCents}
            discountCents={cart.discountCents}
            couponCode={cart.coupon && !cart.couponProblem ? cart.coupon.code : null}
            shippingCents={shippingCents}
            totalCents={cart.totalCents + (shippingCents ?? 0)}
          />
          <p className="mt-2 text-xs text-muted">{t('vatNote')}</p>
        </div>
        <a
          href={routes.cart(locale)}
          className="mt-4 inline-flex min-h-11 items-center text-sm font-medium text-lake underline underline-offset-4"
        >
          {t('editCart')}
        </a>
      </aside>
    </div>
  );
}

function FailureMessage({
  failure,
  busy,
  locale,
  onFixStock,
  onDropCoupon,
}: {
  failure: Failure;
  busy: boolean;
  locale: AppLocale;
  onFixStock: (lines: OutOfStockLine[]) => void;
  onDropCoupon: () => void;
}) {
  const t = useTranslations('checkout');
  const tc = useTranslations('cart');
  const button =
    'mt-3 inline-flex min-h-11 items-center rounded-lg border border-lake bg-surface px-4 font-medium text-lake hover:bg-lake-soft disabled:opacity-60';
  switch (failure.kind) {
    case 'outOfStock':
      return (
        <>
          <p className="font-semibold text-sale">{t('failures.outOfStock')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {failure.lines.map((line) => (
              <li key={line.itemId}>
                {line.available > 0
                  ? t('failures.outOfStockLine', {
                      name: line.name,
                      requested: line.requested,
                      available: line.available,
                    })
                  : t('failures.soldOutLine', { name: line.name })}
              </li>
            ))}
          </ul>
          <button type="button" className={button} disabled={busy} onClick={() => onFixStock(failure.lines)}>
            {t('failures.fixStock')}
          </button>
        </>
      );
    case 'coupon':
      return (
        <>
          <p className="font-semibold text-sale">{t('failures.coupon')}</p>
          <p className="mt-1">{tc(`coupon.reasons.${failure.reason}`)}</p>
          <button type="button" className={button} disabled={busy} onClick={onDropCoupon}>
            {t('failures.dropCoupon')}
          </button>
        </>
      );
    case 'emptyCart':
      return (
        <p className="font-semibold text-sale">
          {t('failures.emptyCart')}{' '}
          <a href={routes.cart(locale)} className="underline underline-offset-4">
            {t('editCart')}
          </a>
        </p>
      );
    case 'validation':
      return <p className="font-semibold text-sale">{t('failures.validation')}</p>;
    case 'network':
      return <p className="font-semibold text-sale">{t('failures.network')}</p>;
    case 'payment':
      return <p className="font-semibold text-sale">{t('failures.payment')}</p>;
    case 'other':
      return <p className="font-semibold text-sale">{t('failures.other')}</p>;
  }
}
