import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { AccountQueryProvider } from '@/components/account/query-provider';
import { ClientMessages } from '@/components/client-messages';
import { routing } from '@/i18n/routing';

export const dynamic = 'force-dynamic';

/** The account area's client side: its messages and TanStack Query, here and nowhere else. */
export default async function AccountLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return (
    <ClientMessages locale={locale} namespaces={['account', 'totals']}>
      <AccountQueryProvider>{children}</AccountQueryProvider>
    </ClientMessages>
  );
}
