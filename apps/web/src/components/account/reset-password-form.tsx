'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { fieldMessages } from '@/lib/client/account';
import { api } from '@/lib/client/api';
import { routes } from '@/lib/routes';
import { FormStatus, type Notice, primaryButton, TextField, textLink } from './text-field';
import { useAccountText } from './use-account-text';

/** A new password with the emailed token. Every session ends, so the customer signs in afresh. */
export function ResetPasswordForm({
  locale,
  token,
  minPasswordLength,
}: {
  locale: AppLocale;
  token: string;
  minPasswordLength: number;
}) {
  const t = useTranslations('account');
  const text = useAccountText();
  const id = useId();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [badLink, setBadLink] = useState(false);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const submit = async () => {
    if ([...password].length < minPasswordLength) {
      setPasswordError(t('passwordErrors.tooShort', { min: minPasswordLength }));
      return;
    }
    setBusy(true);
    setNotice(null);
    setPasswordError(null);
    const answer = await api('/auth/reset-password', {
      method: 'POST',
      locale,
      body: { token, newPassword: password },
    });
    setBusy(false);
    if (answer.ok) {
      setDone(true);
      return;
    }
    const byField = fieldMessages(answer.error);
    if (byField.token) setBadLink(true);
    else if (byField.newPassword) setPasswordError(text.password(byField.newPassword, minPasswordLength));
    else setNotice({ tone: 'error', text: text.failure(answer.error) });
  };

  if (done || badLink) {
    return (
      <div aria-live="polite" className="space-y-3">
        <FormStatus
          notice={
            done ? { tone: 'success', text: t('reset.done') } : { tone: 'error', text: t('reset.badLink') }
          }
        />
        <p>
          <a
            href={done ? routes.accountLogin(locale) : routes.accountForgotPassword(locale)}
            className={textLink}
          >
            {done ? t('reset.signIn') : t('reset.newLink')}
          </a>
        </p>
      </div>
    );
  }

  return (
    <form
      // POST, so a press before the script has loaded never puts the password into a URL.
      method="post"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      className="space-y-4"
    >
      <TextField
        id={`${id}-password`}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        label={t('fields.newPassword')}
        hint={t('passwordRules', { min: minPasswordLength })}
        error={passwordError}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <FormStatus notice={notice} />
      <button type="submit" disabled={busy} className={`${primaryButton} w-full`}>
        {busy ? t('reset.submitting') : t('reset.submit')}
      </button>
    </form>
  );
}
