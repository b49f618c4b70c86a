import { minPasswordLength } from '@puoti/core/accounts';
import { notFound, redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthFrame } from '@/components/account/auth-frame';
import { RegisterForm } from '@/components/account/register-form';
import { textLink } from '@/components/account/text-field';
import { routing } from '@/i18n/routing';
import { accountMetadata } from '@/lib/account-pages';
import { safeNextPath } from '@/lib/client/account';
import { firstParam } from '@/lib/listing-params';
import { routes } from '@/lib/routes';
import { getSignedInActor } from '@/lib/session';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'register');

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const next = safeNextPath(firstParam((await searchParams).next), routes.account(locale));
  if (await getSignedInActor()) redirect(next);
  const t = await getTranslations({ locale, namespace: 'account' });
  return (
    <AuthFrame
      noscript={t('noscriptForms')}
      title={t('register.title')}
      intro={t('register.intro')}
      footer={
        <p>
          {t('register.haveAccount')}{' '}
          <a
            href={routes.accountLogin(locale, next === routes.account(locale) ? undefined : next)}
            className={textLink}
          >
            {t('register.signIn')}
          </a>
        </p>
      }
    >
      <RegisterForm locale={locale} next={next} minPasswordLength={minPasswordLength} />
    </AuthFrame>
  );
}
