// @ts-check
// Plain JavaScript, not next.config.ts: Next compiles a TypeScript config with SWC every time the server
// starts, and the native compiler it loads for that stays in the process (about 18 MB of resident memory).
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per checkout or worker (NEXT_DIST_DIR=.next-a) lets builds run side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The core package ships TypeScript sources; Next compiles them with the app.
  transpilePackages: ['@puoti/core'],
  // Native, WASM or worker-based packages stay plain Node requires instead of being bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pg',
    'sharp',
    '@node-rs/argon2',
    'proper-lockfile',
    'pino',
    'drizzle-orm',
  ],
  poweredByHeader: false,
  typedRoutes: false,
  images: {
    // Product images are pre-rendered by the API at these widths (WebP) and served from /media;
    // the loader picks the matching rendition, so srcset lists exactly the files that exist.
    loader: 'custom',
    loaderFile: './src/lib/image-loader.ts',
    deviceSizes: [320, 640, 1024],
    imageSizes: [],
  },
  async rewrites() {
    return {
      beforeFiles: [],
      // A one-segment path with a file extension that is no file (`/robots.txt`, `/nope.html`) would
      // match `[locale]`, whose layout can only answer `notFound()`: an empty HTML shell in Next 16.
      // Sent to a path no route matches, it gets the server-rendered global 404 page instead.
      afterFiles: [{ source: '/:file([^/]+\\.[^/]+)', destination: '/_missing/:file' }],
      fallback: [],
    };
  },
  experimental: {
    // The root layout sits under [locale], so unmatched URLs outside it need their own 404 page.
    globalNotFound: true,
  },
};

/**
 * next-intl's plugin only points the bundler at the request config (`next-intl/config`), which matters
 * when Next compiles: the production server runs what the build already resolved. It is left out there
 * because importing it loads @swc/core for its message extractor (about 10 MB resident, never used).
 * @param {string} phase
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import('next-intl/plugin');
  return createNextIntlPlugin('./src/i18n/request.ts')(nextConfig);
}
