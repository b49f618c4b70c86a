'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { fieldMessages } from '@/lib/client/account';
import { accountKeys, apiErrorOf, fetchMe, request, type SignedInUser } from '@/lib/client/account-api';
import { FormStatus, type Notice, primaryButton, TextField } from './text-field';
import { useAccountText } from './use-account-text';

type Field = 'firstName' | 'lastName' | 'phone';

/**
 * Name, phone and the language of the shop's emails. The server hands over the user it already read
 * for the session check, so the form is filled at once; saving updates the cached user.
 */
export function ProfileForm({
  locale,
  initialUser,
  languages,
}: {
  locale: AppLocale;
  initialUser: SignedInUser;
  languages: { locale: AppLocale; name: string }[];
}) {
  const t = useTranslations('account');
  const text = useAccountText();
  const id = useId();
  const queryClient = useQueryClient();
  const { data: user } = useQuery({
    queryKey: accountKeys.me,
    queryFn: () => fetchMe(locale),
    initialData: initialUser,
  });
  const [values, setValues] = useState({
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone ?? '',
    locale: user.locale,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [notice, setNotice] = useState<Notice | null>(null);

  const save = useMutation({
    mutationFn: () =>
      request<{ user: SignedInUser }>('/auth/me', {
        method: 'PATCH',
        locale,
        body: {
          firstName: values.firstName.trim(),
          lastName: values.lastName.trim(),
          phone: values.phone.trim() === '' ? null : values.phone.trim(),
          locale: values.locale,
        },
      }),
    onSuccess: ({ user: saved }) => {
      queryClient.setQueryData(accountKeys.me, saved);
      setErrors({});
      setNotice({ tone: 'success', text: t('profile.saved') });
    },
    onError: (error) => {
      const apiError = apiErrorOf(error);
      const byField = fieldMessages(apiError);
      setErrors({
        firstName: byField.firstName ? t('fieldErrors.required') : undefined,
        lastName: byField.lastName ? t('fieldErrors.required') : undefined,
        phone: byField.phone ? t('fieldErrors.phone') : undefined,
      });
      setNotice({
        tone: 'error',
        text: Object.keys(byField).length > 0 ? t('fieldErrors.summary') : text.failure(apiError),
      });
    },
  });

  const update = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setNotice(null);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setNotice(null);
        save.mutate();
      }}
      className="space-y-4"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${id}-firstName`}
          name="firstName"
          autoComplete="given-name"
          required
          label={t('fields.firstName')}
          error={errors.firstName}
          value={values.firstName}
          onChange={(event) => update('firstName', event.target.value)}
        />
        <TextField
          id={`${id}-lastName`}
          name="lastName"
          autoComplete="family-name"
          required
          label={t('fields.lastName')}
          error={errors.lastName}
          value={values.lastName}
          onChange={(event) => update('lastName', event.target.value)}
        />
      </div>
      <TextField
        id={`${id}-phone`}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        label={
          <>
            {t('fields.phone')} <span className="font-normal text-muted">{t('optional')}</span>
          </>
        }
        error={errors.phone}
        value={values.phone}
        onChange={(event) => update('phone', event.target.value)}
      />
      <div>
        <label htmlFor={`${id}-locale`} className="mb-1 block text-sm font-medium">
          {t('fields.locale')}
        </label>
        <select
          id={`${id}-locale`}
          name="locale"
          aria-describedby={`${id}-locale-hint`}
          value={values.locale}
          onChange={(event) => {
            const chosen = languages.find((language) => language.locale === event.target.value);
            if (chosen) setValues((current) => ({ ...current, locale: chosen.locale }));
            setNotice(null);
          }}
          className="min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base sm:w-auto"
        >
          {languages.map((language) => (
            <option key={language.locale} value={language.locale} lang={language.locale}>
              {language.name}
            </option>
          ))}
        </select>
        <p id={`${id}-locale-hint`} className="mt-1 text-xs text-muted">
          {t('profile.localeHint')}
        </p>
      </div>
      <FormStatus notice={notice} />
      <button type="submit" disabled={save.isPending} className={primaryButton}>
        {save.isPending ? t('saving') : t('profile.save')}
      </button>
    </form>
  );
}
