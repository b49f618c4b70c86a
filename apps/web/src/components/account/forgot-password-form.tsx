'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { api } from '@/lib/client/api';
import { FormStatus, type Notice, primaryButton, TextField } from './text-field';
import { useAccountText } from './use-account-text';

/** Asks for a reset link. The API answers the same whether or not the email has an account. */
export function ForgotPasswordForm({ locale }: { locale: AppLocale }) {
  const t = useTranslations('account');
  const text = useAccountText();
  const id = useId();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [emailError, setEmailError] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setNotice(null);
    setEmailError(null);
    const answer = await api('/auth/forgot-password', {
      method: 'POST',
      locale,
      body: { email: email.trim() },
    });
    setBusy(false);
    if (answer.ok) {
      setNotice({ tone: 'success', text: t('forgot.sent', { email: email.trim() }) });
      return;
    }
    if (answer.error.code === 'VALIDATION_FAILED') setEmailError(t('fieldErrors.email'));
    else setNotice({ tone: 'error', text: text.failure(answer.error) });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      className="space-y-4"
    >
      <TextField
        id={`${id}-email`}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        label={t('fields.email')}
        error={emailError}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <FormStatus notice={notice} />
      <button type="submit" disabled={busy} className={`${primaryButton} w-full`}>
        {busy ? t('forgot.submitting') : t('forgot.submit')}
      </button>
    </form>
  );
}
