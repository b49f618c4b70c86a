'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { fieldMessages } from '@/lib/client/account';
import { api } from '@/lib/client/api';
import { loadCart } from '@/lib/client/cart-store';
import { FormStatus, type Notice, primaryButton, TextField } from './text-field';
import { useAccountText } from './use-account-text';

type Field = 'firstName' | 'lastName' | 'email' | 'password';
const fields: Field[] = ['firstName', 'lastName', 'email', 'password'];

/**
 * Creates the account, then signs in with the same details so the customer goes straight on (and
 * their guest cart comes along). The API answers registration the same way when the email already
 * has an account, so accounts cannot be discovered; the sign-in then fails unless the password is that
 * account's own, and the customer is told to look in their inbox, where a note about it is waiting.
 */
export function RegisterForm({
  locale,
  next,
  minPasswordLength,
}: {
  locale: AppLocale;
  next: string;
  minPasswordLength: number;
}) {
  const t = useTranslations('account');
  const text = useAccountText();
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>({
    firstName: '',
    lastName: '',
    email: '',
    password: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const update = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async () => {
    const email = values.email.trim();
    const found: Partial<Record<Field, string>> = {};
    for (const field of fields) if (values[field].trim() === '') found[field] = t('fieldErrors.required');
    if (!found.password && [...values.password].length < minPasswordLength)
      found.password = t('passwordErrors.tooShort', { min: minPasswordLength });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setNotice({ tone: 'error', text: t('fieldErrors.summary') });
      return;
    }
    setBusy(true);
    setNotice(null);
    const body = {
      email,
      password: values.password,
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      locale,
    };
    const created = await api('/auth/register', { method: 'POST', locale, body });
    if (!created.ok) {
      setBusy(false);
      const byField = fieldMessages(created.error);
      if (Object.keys(byField).length > 0) {
        setErrors({
          firstName: byField.firstName ? t('fieldErrors.required') : undefined,
          lastName: byField.lastName ? t('fieldErrors.required') : undefined,
          email: byField.email ? t('fieldErrors.email') : undefined,
          password: byField.password ? text.password(byField.password, minPasswordLength) : undefined,
        });
        setNotice({ tone: 'error', text: t('fieldErrors.summary') });
      } else {
        setNotice({ tone: 'error', text: text.failure(created.error) });
      }
      return;
    }
    const signedIn = await api('/auth/login', {
      method: 'POST',
      locale,
      body: { email, password: values.password },
    });
    if (signedIn.ok) {
      await loadCart(locale, { force: true });
      window.location.assign(next);
      return;
    }
    setBusy(false);
    setSentTo(email);
  };

  if (sentTo) {
    return (
      <div aria-live="polite" className="rounded-lg bg-lake-soft px-4 py-3 text-lake-deep">
        <p className="font-semibold">{t('register.checkInboxTitle')}</p>
        <p className="mt-1 text-sm">{t('register.checkInbox', { email: sentTo })}</p>
      </div>
    );
  }

  const field = (name: Field, options: { autoComplete: string; type?: string; hint?: string }) => (
    <TextField
      id={`${id}-${name}`}
      name={name}
      type={options.type ?? 'text'}
      autoComplete={options.autoComplete}
      inputMode={name === 'email' ? 'email' : undefined}
      required
      minLength={name === 'password' ? minPasswordLength : undefined}
      label={t(`fields.${name}`)}
      hint={options.hint}
      error={errors[name]}
      value={values[name]}
      onChange={(event) => update(name, event.target.value)}
    />
  );

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
      <div className="grid gap-4 sm:grid-cols-2">
        {field('firstName', { autoComplete: 'given-name' })}
        {field('lastName', { autoComplete: 'family-name' })}
      </div>
      {field('email', { autoComplete: 'email', type: 'email', hint: t('register.emailHint') })}
      {field('password', {
        autoComplete: 'new-password',
        type: 'password',
        hint: t('passwordRules', { min: minPasswordLength }),
      })}
      <FormStatus notice={notice} />
      <button type="submit" disabled={busy} className={`${primaryButton} w-full`}>
        {busy ? t('register.submitting') : t('register.submit')}
      </button>
    </form>
  );
}
