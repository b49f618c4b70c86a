import 'server-only';
import { getDatabase, loadConfig } from '@puoti/core';
import { type Actor, authenticateSession } from '@puoti/core/accounts';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';

/** The API's session cookie (packages/api/src/auth.ts); the browser sends it to pages as well. */
const sessionCookie = 'puoti_session';

/**
 * The signed-in customer behind this request's session cookie, or null. The token is checked the
 * same way the API checks it (hashed, unexpired, unrevoked, active user), so a page never trusts a
 * cookie the API would refuse. Shared by the layout and the page of one request.
 */
export const getSignedInActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(sessionCookie)?.value;
  if (!token) return null;
  const config = loadConfig();
  const { db } = await getDatabase(config);
  return authenticateSession(db, token, config.sessionSecret);
});

/**
 * The signed-in customer, or a redirect to the login page that brings the visitor back to `path`
 * afterwards. Done on the server so the signed-in area never flashes and the redirect needs no JavaScript.
 */
export async function requireSignedIn(locale: AppLocale, path: string): Promise<Actor> {
  const actor = await getSignedInActor();
  if (!actor) redirect(routes.accountLogin(locale, path));
  return actor;
}

/** The database the server already opened, for account pages that read through core. */
export async function accountDatabase() {
  return (await getDatabase(loadConfig())).db;
}
