import { AppError } from '@puoti/core';
import { type Actor, authenticateSession } from '@puoti/core/accounts';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from './context';

export const sessionCookie = 'puoti_session';

function clientIp(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Who is asking: a Bearer token (API clients) or the session cookie (browsers). A cookie-authenticated
 * write must come from our own origin, since browsers attach cookies to cross-site requests too (CSRF);
 * Bearer tokens are never sent by a browser on its own, so they need no such check.
 */
export function authenticate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const publicOrigin = new URL(deps.config.publicUrl).origin;
  return async (c, next) => {
    c.set('clientIp', clientIp(c, deps.config.trustProxy));
    const header = c.req.header('authorization');
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = bearer ? undefined : getCookie(c, sessionCookie);
    const token = bearer ?? cookie;
    const actor = token ? await authenticateSession(deps.db, token, deps.config.sessionSecret) : null;
    c.set('actor', actor);
    c.set('authVia', actor ? (bearer ? 'bearer' : 'cookie') : null);
    if (header && !bearer)
      throw new AppError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
    if (bearer && !actor)
      throw new AppError('UNAUTHENTICATED', 'The token is invalid or has expired. Please sign in again.');
    if (cookie) assertSameOrigin(c, publicOrigin);
    await next();
  };
}

/** A cookie-carried write must come from our own pages: browsers send cookies on cross-site requests too. */
export function assertSameOrigin(c: Context<AppEnv>, publicOrigin: string): void {
  if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return;
  const origin = c.req.header('origin') ?? refererOrigin(c.req.header('referer'));
  const ownOrigin = new URL(c.req.url).origin;
  if (!origin || (origin !== publicOrigin && origin !== ownOrigin)) {
    throw new AppError('FORBIDDEN', 'This request came from another site and was refused.');
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

export function requireUser(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
  return actor;
}

export function requireAdmin(c: Context<AppEnv>): Actor {
  const actor = requireUser(c);
  if (actor.user.role !== 'admin') throw new AppError('FORBIDDEN', 'This needs an administrator account.');
  return actor;
}

export function setSessionCookie(c: Context<AppEnv>, deps: AppDeps, token: string, expiresAt: Date): void {
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.config.isProduction || deps.config.publicUrl.startsWith('https:'),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookie, { path: '/' });
}
