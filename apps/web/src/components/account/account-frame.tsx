import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';
import { SignOutButton } from './sign-out-button';

export type AccountSection = 'profile' | 'addresses' | 'orders' | 'wishlist' | 'privacy';

const sections: { key: AccountSection; href: (locale: AppLocale) => string }[] = [
  { key: 'profile', href: routes.account },
  { key: 'orders', href: routes.accountOrders },
  { key: 'addresses', href: routes.accountAddresses },
  { key: 'wishlist', href: routes.accountWishlist },
  { key: 'privacy', href: routes.accountPrivacy },
];

/** The signed-in area's frame: who is signed in, the section links, sign out, then the page. */
export async function AccountFrame({
  locale,
  current,
  firstName,
  title,
  children,
}: {
  locale: AppLocale;
  current: AccountSection;
  firstName: string;
  title: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'account' });
  return (
    <div className="container-shop py-6 sm:py-10">
      <p className="text-sm text-muted">{t('nav.greeting', { name: firstName })}</p>
      <noscript>
        <p className="mt-4 rounded-lg bg-lake-soft px-4 py-3 text-lake-deep">{t('noscriptForms')}</p>
      </noscript>
      <div className="mt-4 grid gap-6 lg:grid-cols-[14rem_1fr] lg:gap-10">
        {/* On a phone the section links wrap onto a second row: every one stays in sight, none cut off. */}
        <div className="min-w-0 space-y-3">
          <nav aria-label={t('nav.label')}>
            <ul className="flex flex-wrap gap-1 lg:flex-col">
              {sections.map((section) => {
                const active = section.key === current;
                return (
                  <li key={section.key} className="shrink-0">
                    <a
                      href={section.href(locale)}
                      aria-current={active ? 'page' : undefined}
                      className={`flex min-h-11 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap ${active ? 'bg-lake-soft text-lake-deep' : 'text-ink hover:bg-lake-soft'}`}
                    >
                      {t(`nav.${section.key}`)}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="hidden lg:block">
            <SignOutButton locale={locale} />
          </div>
        </div>
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
          <div className="mt-5">{children}</div>
          <div className="mt-10 max-w-xs lg:hidden">
            <SignOutButton locale={locale} />
          </div>
        </div>
      </div>
    </div>
  );
}
