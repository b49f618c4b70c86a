import { minPasswordLength } from '@puoti/core/accounts';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AccountFrame } from '@/components/account/account-frame';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ProfileForm } from '@/components/account/profile-form';
import { ResendVerification } from '@/components/account/resend-verification';
import { routing } from '@/i18n/routing';
import { accountMetadata } from '@/lib/account-pages';
import { languageOptions } from '@/lib/languages';
import { routes } from '@/lib/routes';
import { requireSignedIn } from '@/lib/session';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'profile');

export default async function ProfilePage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { user } = await requireSignedIn(locale, routes.account(locale));
  const [t, languages] = await Promise.all([
    getTranslations({ locale, namespace: 'account' }),
    languageOptions(locale),
  ]);
  return (
    <AccountFrame locale={locale} current="profile" firstName={user.firstName} title={t('titles.profile')}>
      <div className="grid max-w-2xl gap-6">
        <section
          aria-labelledby="account-email"
          className="rounded-card bg-surface p-5 ring-1 ring-line sm:p-6"
        >
          <h2 id="account-email" className="text-lg font-semibold">
            {t('fields.email')}
          </h2>
          <p className="mt-1 break-all">{user.email}</p>
          <p
            className={`mt-2 inline-flex rounded-full px-3 py-0.5 text-sm font-medium ${user.emailVerified ? 'bg-lake-soft text-lake-deep' : 'bg-sale/10 text-sale'}`}
          >
            {user.emailVerified ? t('profile.verified') : t('profile.unverified')}
          </p>
          {user.emailVerified ? null : (
            <>
              <p className="mt-2 text-sm text-muted">{t('profile.unverifiedHint')}</p>
              <ResendVerification locale={locale} />
            </>
          )}
        </section>
        <section
          aria-labelledby="account-details"
          className="rounded-card bg-surface p-5 ring-1 ring-line sm:p-6"
        >
          <h2 id="account-details" className="mb-4 text-lg font-semibold">
            {t('profile.heading')}
          </h2>
          <ProfileForm
            locale={locale}
            initialUser={user}
            languages={languages.map(({ locale: other, name }) => ({ locale: other, name }))}
          />
        </section>
        <section
          aria-labelledby="account-password"
          className="rounded-card bg-surface p-5 ring-1 ring-line sm:p-6"
        >
          <h2 id="account-password" className="text-lg font-semibold">
            {t('password.heading')}
          </h2>
          <p className="mt-1 mb-4 text-sm text-muted">{t('password.intro')}</p>
          <ChangePasswordForm locale={locale} minPasswordLength={minPasswordLength} />
        </section>
      </div>
    </AccountFrame>
  );
}
