import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Every page path, but not what the Node server answers itself (API, media, health, metrics),
  // Next's own assets, or any path with a file extension.
  matcher: ['/((?!api(?:/|$)|media(?:/|$)|healthz$|readyz$|metrics$|_next/|_vercel/|.*\\..*).*)'],
};
