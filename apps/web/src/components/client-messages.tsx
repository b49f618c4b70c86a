import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { AppLocale } from '@/i18n/routing';

type Namespace = keyof IntlMessages;
type IntlMessages = Awaited<ReturnType<typeof getMessages>>;

/**
 * Hands client components the message namespaces they use, and only those: the rest of the catalogue
 * stays on the server instead of travelling in every page's HTML.
 */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: AppLocale;
  namespaces: Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages({ locale });
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
