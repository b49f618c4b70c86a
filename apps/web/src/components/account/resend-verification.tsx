'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { api } from '@/lib/client/api';
import { secondaryButton } from './text-field';
import { useAccountText } from './use-account-text';

type Outcome = { tone: 'success' | 'error'; text: string } | null;

/** Asks for a new link to confirm the email address (the first one may have expired or gone astray). */
export function ResendVerification({ locale }: { locale: AppLocale }) {
  const t = useTranslations('account');
  const text = useAccountText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <div className="mt-3">
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const answer = await api('/auth/resend-verification', { method: 'POST', locale });
          setBusy(false);
          if (answer.ok) setOutcome({ tone: 'success', text: t('profile.resendSent') });
          // Confirmed in another tab meanwhile: a reload shows it.
          else if (answer.error.code === 'CONFLICT')
            setOutcome({ tone: 'success', text: t('profile.alreadyVerified') });
          else setOutcome({ tone: 'error', text: text.failure(answer.error) });
        }}
        className={`${secondaryButton} text-sm`}
      >
        {t('profile.resend')}
      </button>
      <p
        aria-live="polite"
        className={`mt-2 text-sm font-medium ${outcome?.tone === 'error' ? 'text-sale' : 'text-lake-deep'}`}
      >
        {outcome?.text}
      </p>
    </div>
  );
}
