'use client';

import { useTranslations } from 'next-intl';
import { commonFailure, passwordProblem, retryAfterSeconds } from '@/lib/client/account';
import type { ApiError, FieldError } from '@/lib/client/api';

/** Translations for the failures every account form shares (network, rate limit, passwords). */
export function useAccountText() {
  const t = useTranslations('account');
  return {
    failure(error: ApiError): string {
      const kind = commonFailure(error);
      if (kind === 'rateLimited') {
        const seconds = retryAfterSeconds(error);
        return seconds
          ? t('failures.rateLimitedFor', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
          : t('failures.rateLimited');
      }
      return t(`failures.${kind}`);
    },
    /** The API's refusal of a password field, explained in the page's language. */
    password(refusal: FieldError, minLength: number): string {
      const problem = passwordProblem(refusal);
      return problem ? t(`passwordErrors.${problem}`, { min: minLength }) : t('fieldErrors.invalid');
    },
  };
}
