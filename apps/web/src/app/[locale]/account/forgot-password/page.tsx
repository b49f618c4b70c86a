import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthFrame } from '@/components/account/auth-frame';
import { ForgotPasswordForm } from '@/components/account/forgot-password-form';
import { textLink } from '@/components/account/text-field';
import { routing } from '@/i18n/routing';
import { accountMetadata } from '@/lib/account-pages';
import { routes } from '@/lib/routes';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'forgot');

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'account' });
  return (
    <AuthFrame
      noscript={t('noscriptForms')}
      title={t('forgot.title')}
      intro={t('forgot.intro')}
      footer={
        <a href={routes.accountLogin(locale)} className={textLink}>
          {t('forgot.back')}
        </a>
      }
    >
      <ForgotPasswordForm locale={locale} />
    </AuthFrame>
  );
}
