'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { api } from '@/lib/client/api';
import { loadCart } from '@/lib/client/cart-store';
import { routes } from '@/lib/routes';
import { FormStatus, type Notice, primaryButton, TextField, textLink } from './text-field';
import { useAccountText } from './use-account-text';

/**
 * Email and password in; the session cookie and the merged cart out. The API merges the guest cart
 * into the customer's at login, so the cart store is reloaded before leaving. The next page is loaded
 * in full, so every server-rendered part sees the new session.
 */
export function LoginForm({ locale, next }: { locale: AppLocale; next: string }) {
  const t = useTranslations('account');
  const text = useAccountText();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const submit = async () => {
    setBusy(true);
    setNotice(null);
    const answer = await api('/auth/login', {
      method: 'POST',
      locale,
      body: { email: email.trim(), password },
    });
    if (answer.ok) {
      await loadCart(locale, { force: true });
      window.location.assign(next);
      return;
    }
    setBusy(false);
    const { code } = answer.error;
    setNotice({
      tone: 'error',
      text:
        code === 'UNAUTHENTICATED' || code === 'VALIDATION_FAILED'
          ? t('login.wrongCredentials')
          : code === 'RATE_LIMITED'
            ? `${t('login.locked')} ${text.failure(answer.error)}`
            : text.failure(answer.error),
    });
  };

  return (
    <form
      // POST, so a press before the script has loaded never puts the password into a URL.
      method="post"
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
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t('fields.password')}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <p className="text-sm">
        <a href={routes.accountForgotPassword(locale)} className={textLink}>
          {t('login.forgot')}
        </a>
      </p>
      <FormStatus notice={notice} />
      <button type="submit" disabled={busy} className={`${primaryButton} w-full`}>
        {busy ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
