import { notFound, redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthFrame } from '@/components/account/auth-frame';
import { LoginForm } from '@/components/account/login-form';
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

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'login');

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const next = safeNextPath(firstParam((await searchParams).next), routes.account(locale));
  // Already signed in (a second tab, the back button): straight on to where they were going.
  if (await getSignedInActor()) redirect(next);
  const t = await getTranslations({ locale, namespace: 'account' });
  const registerHref = `${routes.accountRegister(locale)}${next === routes.account(locale) ? '' : `?next=${encodeURIComponent(next)}`}`;
  return (
    <AuthFrame
      noscript={t('noscriptForms')}
      title={t('login.title')}
      intro={t('login.intro')}
      footer={
        <p>
          {t('login.noAccount')}{' '}
          <a href={registerHref} className={textLink}>
            {t('login.register')}
          </a>
        </p>
      }
    >
      <LoginForm locale={locale} next={next} />
    </AuthFrame>
  );
}
