import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthFrame } from '@/components/account/auth-frame';
import { FormStatus, textLink } from '@/components/account/text-field';
import { VerifyEmail } from '@/components/account/verify-email';
import { routing } from '@/i18n/routing';
import { accountMetadata } from '@/lib/account-pages';
import { firstParam } from '@/lib/listing-params';
import { routes } from '@/lib/routes';
import { getSignedInActor } from '@/lib/session';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'verify');

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const token = firstParam((await searchParams).token)?.trim() ?? '';
  const t = await getTranslations({ locale, namespace: 'account' });
  return (
    <AuthFrame title={t('verify.title')} noscript={t('noscript')}>
      {token ? (
        <VerifyEmail locale={locale} token={token} signedIn={(await getSignedInActor()) !== null} />
      ) : (
        <div className="space-y-3">
          <FormStatus notice={{ tone: 'error', text: t('verify.badLink') }} />
          <a href={routes.accountForgotPassword(locale)} className={textLink}>
            {t('verify.newLink')}
          </a>
        </div>
      )}
    </AuthFrame>
  );
}
