'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { fieldMessages } from '@/lib/client/account';
import { apiErrorOf, request } from '@/lib/client/account-api';
import { setCart } from '@/lib/client/cart-store';
import { routes } from '@/lib/routes';
import { FormStatus, type Notice, TextField, textLink } from './text-field';
import { useAccountText } from './use-account-text';

/**
 * Erases the account after the password and an explicit tick. The API ends the session and keeps the
 * orders anonymised (bookkeeping law); the page then says goodbye instead of showing an account.
 */
export function DeleteAccount({ locale }: { locale: AppLocale }) {
  const t = useTranslations('account');
  const text = useAccountText();
  const id = useId();
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [errors, setErrors] = useState<{ password?: string; understood?: string }>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleted, setDeleted] = useState(false);

  const erase = useMutation({
    mutationFn: () => request<void>('/account', { method: 'DELETE', locale, body: { password } }),
    onSuccess: () => {
      setCart(null);
      setDeleted(true);
    },
    onError: (error) => {
      const apiError = apiErrorOf(error);
      if ('password' in fieldMessages(apiError)) {
        setErrors({ password: t('privacy.wrongPassword') });
        setNotice(null);
      } else setNotice({ tone: 'error', text: text.failure(apiError) });
    },
  });

  if (deleted) {
    return (
      <div aria-live="polite" className="rounded-card bg-lake-soft p-5 text-lake-deep">
        <p className="font-semibold">{t('privacy.deleted')}</p>
        <a href={routes.home(locale)} className={`${textLink} mt-2 inline-block`}>
          {t('privacy.toShop')}
        </a>
      </div>
    );
  }

  return (
    <form
      // POST, so a press before the script has loaded never puts the password into a URL.
      method="post"
      onSubmit={(event) => {
        event.preventDefault();
        const found = {
          password: password === '' ? t('fieldErrors.required') : undefined,
          understood: understood ? undefined : t('privacy.mustConfirm'),
        };
        setErrors(found);
        if (found.password || found.understood) return;
        setNotice(null);
        erase.mutate();
      }}
      noValidate
      className="space-y-4"
    >
      <TextField
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t('privacy.password')}
        error={errors.password}
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          setErrors((current) => ({ ...current, password: undefined }));
        }}
      />
      <div>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            checked={understood}
            aria-invalid={errors.understood ? true : undefined}
            aria-describedby={errors.understood ? `${id}-understood-error` : undefined}
            onChange={(event) => {
              setUnderstood(event.target.checked);
              setErrors((current) => ({ ...current, understood: undefined }));
            }}
            className="mt-1 size-5 shrink-0 accent-sale"
          />
          <span>{t('privacy.understand')}</span>
        </label>
        {errors.understood ? (
          <p id={`${id}-understood-error`} className="mt-1 text-sm font-medium text-sale">
            {errors.understood}
          </p>
        ) : null}
      </div>
      <FormStatus notice={notice} />
      <button
        type="submit"
        disabled={erase.isPending}
        className="inline-flex min-h-11 items-center rounded-lg bg-sale px-5 font-semibold text-white disabled:opacity-70"
      >
        {erase.isPending ? t('privacy.deleting') : t('privacy.delete')}
      </button>
    </form>
  );
}
