import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AccountFrame } from '@/components/account/account-frame';
import { DeleteAccount } from '@/components/account/delete-account';
import { secondaryButton, textLink } from '@/components/account/text-field';
import { routing } from '@/i18n/routing';
import { accountMetadata } from '@/lib/account-pages';
import { routes } from '@/lib/routes';
import { requireSignedIn } from '@/lib/session';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'privacy');

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { user } = await requireSignedIn(locale, routes.accountPrivacy(locale));
  const t = await getTranslations({ locale, namespace: 'account' });
  return (
    <AccountFrame locale={locale} current="privacy" firstName={user.firstName} title={t('titles.privacy')}>
      <div className="grid max-w-2xl gap-6">
        <section
          aria-labelledby="privacy-export"
          className="rounded-card bg-surface p-5 ring-1 ring-line sm:p-6"
        >
          <h2 id="privacy-export" className="text-lg font-semibold">
            {t('privacy.exportHeading')}
          </h2>
          <p className="mt-1 mb-4 text-sm text-muted">{t('privacy.exportIntro')}</p>
          {/* A plain link: the API answers with an attachment, so the browser saves it without any script. */}
          <a href="/api/v1/account/export" download="puoti-account-export.json" className={secondaryButton}>
            {t('privacy.export')}
          </a>
        </section>
        <section
          aria-labelledby="privacy-delete"
          className="rounded-card bg-surface p-5 ring-1 ring-line sm:p-6"
        >
          <h2 id="privacy-delete" className="text-lg font-semibold">
            {t('privacy.deleteHeading')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('privacy.deleteIntro')}</p>
          <p className="mt-2 mb-4 text-sm">
            <a href={routes.page(locale, 'privacy')} className={textLink}>
              {t('privacy.policy')}
            </a>
          </p>
          <DeleteAccount locale={locale} />
        </section>
      </div>
    </AccountFrame>
  );
}
