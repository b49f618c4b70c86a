import type { CartOwner } from '@puoti/core/cart';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { assertSameOrigin } from './auth';
import type { AppDeps, AppEnv } from './context';

export const cartCookie = 'puoti_cart';
const cartCookieDays = 30;

/**
 * Whose cart a request means: the signed-in user's, else the guest cart named by X-Cart-Token (API
 * clients) or by the cart cookie (browsers). Writes through the cookie get the same CSRF check as the
 * session cookie.
 */
export function cartOwner(c: Context<AppEnv>, deps: AppDeps): CartOwner {
  const actor = c.get('actor');
  if (actor) return { userId: actor.user.id, token: null };
  const header = c.req.header('x-cart-token')?.trim();
  if (header) return { userId: null, token: header.slice(0, 200) };
  const cookie = getCookie(c, cartCookie);
  if (cookie) assertSameOrigin(c, new URL(deps.config.publicUrl).origin);
  return { userId: null, token: cookie ?? null };
}

/** The guest cart's token as it is being created: the browser keeps it in an HttpOnly cookie. */
export function rememberCartToken(c: Context<AppEnv>, deps: AppDeps, token: string | null): void {
  if (!token) return;
  setCookie(c, cartCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.config.isProduction || deps.config.publicUrl.startsWith('https:'),
    path: '/',
    maxAge: cartCookieDays * 86_400,
  });
}

/** The guest cart a request carries, if any (login merges it into the user's cart). */
export function guestCartToken(c: Context<AppEnv>): string | null {
  return c.req.header('x-cart-token')?.trim() || getCookie(c, cartCookie) || null;
}
