'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { fieldMessages } from '@/lib/client/account';
import { apiErrorOf, request } from '@/lib/client/account-api';
import { FormStatus, type Notice, primaryButton, TextField } from './text-field';
import { useAccountText } from './use-account-text';

/** Current and new password; the API ends the customer's other sessions when it changes. */
export function ChangePasswordForm({
  locale,
  minPasswordLength,
}: {
  locale: AppLocale;
  minPasswordLength: number;
}) {
  const t = useTranslations('account');
  const text = useAccountText();
  const id = useId();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<{ currentPassword?: string; newPassword?: string }>({});
  const [notice, setNotice] = useState<Notice | null>(null);

  const change = useMutation({
    mutationFn: () =>
      request<void>('/auth/change-password', {
        method: 'POST',
        locale,
        body: { currentPassword, newPassword },
      }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setErrors({});
      setNotice({ tone: 'success', text: t('password.changed') });
    },
    onError: (error) => {
      const apiError = apiErrorOf(error);
      const byField = fieldMessages(apiError);
      if (Object.keys(byField).length === 0) {
        setNotice({ tone: 'error', text: text.failure(apiError) });
        return;
      }
      setErrors({
        currentPassword: byField.currentPassword
          ? text.password(byField.currentPassword, minPasswordLength)
          : undefined,
        newPassword: byField.newPassword ? text.password(byField.newPassword, minPasswordLength) : undefined,
      });
      setNotice({ tone: 'error', text: t('fieldErrors.summary') });
    },
  });

  return (
    <form
      // POST, so a press before the script has loaded never puts the password into a URL.
      method="post"
      onSubmit={(event) => {
        event.preventDefault();
        setNotice(null);
        if ([...newPassword].length < minPasswordLength) {
          setErrors({ newPassword: t('passwordErrors.tooShort', { min: minPasswordLength }) });
          return;
        }
        change.mutate();
      }}
      noValidate
      className="space-y-4"
    >
      <TextField
        id={`${id}-current`}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        label={t('fields.currentPassword')}
        error={errors.currentPassword}
        value={currentPassword}
        onChange={(event) => {
          setCurrentPassword(event.target.value);
          setErrors((current) => ({ ...current, currentPassword: undefined }));
        }}
      />
      <TextField
        id={`${id}-new`}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        label={t('fields.newPassword')}
        hint={t('passwordRules', { min: minPasswordLength })}
        error={errors.newPassword}
        value={newPassword}
        onChange={(event) => {
          setNewPassword(event.target.value);
          setErrors((current) => ({ ...current, newPassword: undefined }));
        }}
      />
      <FormStatus notice={notice} />
      <button type="submit" disabled={change.isPending} className={primaryButton}>
        {change.isPending ? t('saving') : t('password.submit')}
      </button>
    </form>
  );
}
