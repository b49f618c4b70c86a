'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { api } from '@/lib/client/api';
import { routes } from '@/lib/routes';
import { FormStatus, textLink } from './text-field';
import { useAccountText } from './use-account-text';

type State = 'working' | 'verified' | 'badLink' | 'failed';

/**
 * Confirms the address with the link's token. It is sent from the page's script rather than on the
 * GET itself, so mail scanners that open links in advance do not use up the one-time token.
 */
export function VerifyEmail({
  locale,
  token,
  signedIn,
}: {
  locale: AppLocale;
  token: string;
  signedIn: boolean;
}) {
  const t = useTranslations('account');
  const text = useAccountText();
  const [state, setState] = useState<State>('working');
  const [failure, setFailure] = useState('');
  // The token works once: a second effect run (React's development double-mount) must not spend it again.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void api('/auth/verify-email', { method: 'POST', locale, body: { token } }).then((answer) => {
      if (answer.ok) setState('verified');
      else if (answer.error.code === 'VALIDATION_FAILED') setState('badLink');
      else {
        setFailure(text.failure(answer.error));
        setState('failed');
      }
    });
  }, [locale, token, text]);

  return (
    <div className="space-y-4">
      <FormStatus
        notice={
          state === 'working'
            ? { tone: 'success', text: t('verify.working') }
            : state === 'verified'
              ? { tone: 'success', text: t('verify.done') }
              : state === 'badLink'
                ? { tone: 'error', text: t('verify.badLink') }
                : { tone: 'error', text: failure }
        }
      />
      {state === 'verified' ? (
        <a href={signedIn ? routes.account(locale) : routes.accountLogin(locale)} className={textLink}>
          {signedIn ? t('verify.toAccount') : t('verify.signIn')}
        </a>
      ) : state === 'badLink' ? (
        <a href={routes.accountForgotPassword(locale)} className={textLink}>
          {t('verify.newLink')}
        </a>
      ) : null}
    </div>
  );
}
