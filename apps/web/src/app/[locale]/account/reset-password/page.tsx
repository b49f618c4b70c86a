import { minPasswordLength } from '@puoti/core/accounts';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthFrame } from '@/components/account/auth-frame';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { FormStatus, textLink } from '@/components/account/text-field';
import { routing } from '@/i18n/routing';
import { accountMetadata } from '@/lib/account-pages';
import { firstParam } from '@/lib/listing-params';
import { routes } from '@/lib/routes';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'reset');

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const token = firstParam((await searchParams).token)?.trim() ?? '';
  const t = await getTranslations({ locale, namespace: 'account' });
  return (
    <AuthFrame title={t('reset.title')} intro={t('reset.intro')} noscript={t('noscriptForms')}>
      {token ? (
        <ResetPasswordForm locale={locale} token={token} minPasswordLength={minPasswordLength} />
      ) : (
        <div className="space-y-3">
          <FormStatus notice={{ tone: 'error', text: t('reset.badLink') }} />
          <a href={routes.accountForgotPassword(locale)} className={textLink}>
            {t('reset.newLink')}
          </a>
        </div>
      )}
    </AuthFrame>
  );
}
