'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { api } from '@/lib/client/api';
import { routes } from '@/lib/routes';
import { secondaryButton } from './text-field';

/** Ends this session and leaves for the home page (a full load, so no page keeps the signed-in view). */
export function SignOutButton({ locale }: { locale: AppLocale }) {
  const t = useTranslations('account');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <div>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setFailed(false);
          const answer = await api('/auth/logout', { method: 'POST', locale });
          // 401: the session had already ended, which is what the customer wanted anyway.
          if (answer.ok || answer.error.status === 401) {
            window.location.assign(routes.home(locale));
            return;
          }
          setBusy(false);
          setFailed(true);
        }}
        className={`${secondaryButton} w-full text-sm`}
      >
        {t('nav.signOut')}
      </button>
      <p aria-live="polite" className="mt-1 text-xs font-medium text-sale">
        {failed ? t('failures.generic') : null}
      </p>
    </div>
  );
}
