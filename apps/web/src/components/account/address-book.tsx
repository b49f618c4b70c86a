'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { CountrySelect } from '@/components/address/country-select';
import { PostalAddress } from '@/components/address/postal-address';
import type { AppLocale } from '@/i18n/routing';
import { fieldMessages } from '@/lib/client/account';
import {
  type AddressEntry,
  accountKeys,
  apiErrorOf,
  fetchAddresses,
  request,
} from '@/lib/client/account-api';
import { addressFromDraft } from '@/lib/client/address';
import { useCountryNames } from '@/lib/client/countries';
import { FormStatus, type Notice, primaryButton, secondaryButton, TextField } from './text-field';
import { useAccountText } from './use-account-text';

type Field = 'fullName' | 'company' | 'line1' | 'line2' | 'postalCode' | 'city' | 'country' | 'phone';
type Draft = Record<Field, string> & { isDefaultShipping: boolean };
const optional: Field[] = ['company', 'line2', 'phone'];

const emptyDraft = (country: string): Draft => ({
  fullName: '',
  company: '',
  line1: '',
  line2: '',
  postalCode: '',
  city: '',
  country,
  phone: '',
  isDefaultShipping: false,
});

const draftOf = (address: AddressEntry): Draft => ({
  fullName: address.fullName,
  company: address.company ?? '',
  line1: address.line1,
  line2: address.line2 ?? '',
  postalCode: address.postalCode,
  city: address.city,
  country: address.country,
  phone: address.phone ?? '',
  isDefaultShipping: address.isDefaultShipping,
});

/** The address book: list, add, edit, delete and choose the default delivery address. */
export function AddressBook({
  locale,
  countries,
  defaultCountry,
}: {
  locale: AppLocale;
  countries: string[];
  defaultCountry: string;
}) {
  const t = useTranslations('account');
  const text = useAccountText();
  const queryClient = useQueryClient();
  const addresses = useQuery({ queryKey: accountKeys.addresses, queryFn: () => fetchAddresses(locale) });
  /** `null`: no form open; `'new'`: adding; else the id being edited. */
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const confirmDelete = useRef<HTMLButtonElement>(null);

  // A closed form or a deleted card takes the focused element with it: focus goes back to "Add".
  const formWasOpen = useRef(false);
  useEffect(() => {
    if (formWasOpen.current && editing === null) addButton.current?.focus();
    formWasOpen.current = editing !== null;
  }, [editing]);

  // The Delete button that opened the question is gone: keyboard focus moves to its answer.
  useEffect(() => {
    if (confirming) confirmDelete.current?.focus();
  }, [confirming]);

  const { countryNames, sortedCountries } = useCountryNames(locale, countries);

  const changed = (message: string) => {
    setNotice({ tone: 'success', text: message });
    return queryClient.invalidateQueries({ queryKey: accountKeys.addresses });
  };

  const remove = useMutation({
    mutationFn: (id: string) => request<void>(`/addresses/${id}`, { method: 'DELETE', locale }),
    onSuccess: () => {
      setConfirming(null);
      addButton.current?.focus();
      return changed(t('addresses.deleted'));
    },
    onError: (error) => setNotice({ tone: 'error', text: text.failure(apiErrorOf(error)) }),
  });

  const makeDefault = useMutation({
    mutationFn: (id: string) =>
      request<AddressEntry>(`/addresses/${id}`, {
        method: 'PATCH',
        locale,
        body: { isDefaultShipping: true },
      }),
    onSuccess: () => changed(t('addresses.defaultChanged')),
    onError: (error) => setNotice({ tone: 'error', text: text.failure(apiErrorOf(error)) }),
  });

  const list = addresses.data ?? [];

  return (
    <div className="space-y-5">
      <FormStatus notice={notice} />
      {addresses.isPending ? (
        <p className="text-muted">{t('loading')}</p>
      ) : addresses.isError ? (
        <FormStatus notice={{ tone: 'error', text: text.failure(apiErrorOf(addresses.error)) }} />
      ) : list.length === 0 && editing !== 'new' ? (
        <p className="text-muted">{t('addresses.empty')}</p>
      ) : null}

      <ul className="grid gap-4 md:grid-cols-2">
        {list.map((address) =>
          editing === address.id ? (
            <li key={address.id} className="md:col-span-2">
              <AddressForm
                locale={locale}
                countries={sortedCountries}
                countryNames={countryNames}
                initial={draftOf(address)}
                addressId={address.id}
                onDone={() => {
                  setEditing(null);
                  void changed(t('addresses.saved'));
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={address.id} className="flex flex-col rounded-card bg-surface p-5 ring-1 ring-line">
              {address.isDefaultShipping ? (
                <p className="mb-2 w-fit rounded-full bg-lake-soft px-3 py-0.5 text-xs font-semibold text-lake-deep">
                  {t('addresses.default')}
                </p>
              ) : null}
              <PostalAddress
                address={address}
                countryName={countryNames.of(address.country)}
                nameClassName="font-medium"
              >
                {address.phone ? <span className="block text-muted">{address.phone}</span> : null}
              </PostalAddress>
              {confirming === address.id ? (
                <div className="mt-4 rounded-lg bg-paper p-3">
                  <p className="text-sm font-medium">{t('addresses.confirmDelete')}</p>
                  <div className="mt-2 flex flex-wrap gap-2">
                    <button
                      type="button"
                      ref={confirmDelete}
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(address.id)}
                      className="inline-flex min-h-11 items-center rounded-lg bg-sale px-4 font-semibold text-white disabled:opacity-70"
                    >
                      {t('addresses.deleteConfirm')}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)} className={secondaryButton}>
                      {t('cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="mt-4 flex flex-wrap gap-2">
                  <button
                    type="button"
                    onClick={() => {
                      setNotice(null);
                      setEditing(address.id);
                    }}
                    className={`${secondaryButton} text-sm`}
                  >
                    {t('addresses.edit')}
                    <span className="sr-only">
                      : {address.fullName}, {address.line1}
                    </span>
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      setNotice(null);
                      setConfirming(address.id);
                    }}
                    className={`${secondaryButton} text-sm`}
                  >
                    {t('addresses.delete')}
                    <span className="sr-only">
                      : {address.fullName}, {address.line1}
                    </span>
                  </button>
                  {address.isDefaultShipping ? null : (
                    <button
                      type="button"
                      disabled={makeDefault.isPending}
                      onClick={() => makeDefault.mutate(address.id)}
                      className={`${secondaryButton} text-sm`}
                    >
                      {t('addresses.makeDefault')}
                      <span className="sr-only">
                        : {address.fullName}, {address.line1}
                      </span>
                    </button>
                  )}
                </div>
              )}
            </li>
          ),
        )}
      </ul>

      {editing === 'new' ? (
        <AddressForm
          locale={locale}
          countries={sortedCountries}
          countryNames={countryNames}
          initial={{ ...emptyDraft(defaultCountry), isDefaultShipping: list.length === 0 }}
          addressId={null}
          onDone={() => {
            setEditing(null);
            void changed(t('addresses.added'));
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button
          ref={addButton}
          type="button"
          onClick={() => {
            setNotice(null);
            setEditing('new');
          }}
          className={primaryButton}
        >
          {t('addresses.add')}
        </button>
      )}
    </div>
  );
}

/** One address's fields; the API checks the postal code against the country. */
function AddressForm({
  locale,
  countries,
  countryNames,
  initial,
  addressId,
  onDone,
  onCancel,
}: {
  locale: AppLocale;
  countries: string[];
  countryNames: Intl.DisplayNames;
  initial: Draft;
  addressId: string | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('account');
  const text = useAccountText();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [notice, setNotice] = useState<Notice | null>(null);

  const save = useMutation({
    mutationFn: () => {
      const body = { ...addressFromDraft(draft), isDefaultShipping: draft.isDefaultShipping };
      return addressId
        ? request<AddressEntry>(`/addresses/${addressId}`, { method: 'PATCH', locale, body })
        : request<AddressEntry>('/addresses', { method: 'POST', locale, body });
    },
    onSuccess: onDone,
    onError: (error) => {
      const apiError = apiErrorOf(error);
      const byField = fieldMessages(apiError);
      const found: Partial<Record<Field, string>> = {};
      for (const field of Object.keys(byField)) {
        if (field === 'postalCode') found.postalCode = t('fieldErrors.postalCode');
        else if (field === 'phone') found.phone = t('fieldErrors.phone');
        else if (field in draft) found[field as Field] = t('fieldErrors.invalid');
      }
      setErrors(found);
      setNotice({
        tone: 'error',
        text: Object.keys(found).length > 0 ? t('fieldErrors.summary') : text.failure(apiError),
      });
    },
  });

  const submit = () => {
    const found: Partial<Record<Field, string>> = {};
    for (const field of ['fullName', 'line1', 'postalCode', 'city'] as Field[]) {
      if (draft[field].trim() === '') found[field] = t('fieldErrors.required');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setNotice({ tone: 'error', text: t('fieldErrors.summary') });
      return;
    }
    setNotice(null);
    save.mutate();
  };

  const field = (name: Exclude<Field, 'country'>, autoComplete: string, extra: { type?: string } = {}) => {
    const isOptional = optional.includes(name);
    return (
      <TextField
        id={`${id}-${name}`}
        name={name}
        type={extra.type ?? 'text'}
        autoComplete={autoComplete}
        required={!isOptional}
        label={
          <>
            {t(`fields.${name}`)}
            {isOptional ? <span className="font-normal text-muted"> {t('optional')}</span> : null}
          </>
        }
        error={errors[name]}
        value={draft[name]}
        onChange={(event) => {
          setDraft((current) => ({ ...current, [name]: event.target.value }));
          setErrors((current) => ({ ...current, [name]: undefined }));
        }}
      />
    );
  };

  return (
    <form
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
      className="space-y-4 rounded-card bg-surface p-5 ring-1 ring-line sm:p-6"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {addressId ? t('addresses.editHeading') : t('addresses.addHeading')}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">{field('fullName', 'shipping name')}</div>
        <div className="sm:col-span-2">{field('company', 'shipping organization')}</div>
        <div className="sm:col-span-2">{field('line1', 'shipping address-line1')}</div>
        <div className="sm:col-span-2">{field('line2', 'shipping address-line2')}</div>
        {field('postalCode', 'shipping postal-code')}
        {field('city', 'shipping address-level2')}
        <CountrySelect
          id={`${id}-country`}
          label={t('fields.country')}
          value={draft.country}
          countries={countries}
          names={countryNames}
          autoComplete="shipping country"
          onChange={(country) => {
            setDraft((current) => ({ ...current, country }));
            setErrors((current) => ({ ...current, postalCode: undefined }));
          }}
        />
        {field('phone', 'shipping tel', { type: 'tel' })}
      </div>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          checked={draft.isDefaultShipping}
          onChange={(event) =>
            setDraft((current) => ({ ...current, isDefaultShipping: event.target.checked }))
          }
          className="size-5 accent-lake"
        />
        {t('addresses.useAsDefault')}
      </label>
      <FormStatus notice={notice} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={save.isPending} className={primaryButton}>
          {save.isPending ? t('saving') : t('addresses.save')}
        </button>
        <button type="button" onClick={onCancel} className={secondaryButton}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
