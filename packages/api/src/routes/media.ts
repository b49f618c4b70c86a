import { Readable } from 'node:stream';
import type { MediaStorage } from '@puoti/core/media';
import { Hono } from 'hono';
import type { AppEnv } from '../context';

/**
 * Serves stored media. Keys are content-addressed by product and rendition and never rewritten in place,
 * so browsers may keep them for a year.
 */
export function mediaRoutes(storage: MediaStorage) {
  const app = new Hono<AppEnv>();
  app.get('/media/*', async (c) => {
    const key = decodeURIComponent(c.req.path.slice('/media/'.length));
    const object = await storage.get(key);
    if (!object) return c.json({ error: { code: 'NOT_FOUND', message: 'There is no such file.' } }, 404);
    return c.body(Readable.toWeb(object.stream) as ReadableStream, 200, {
      'Content-Type': object.contentType,
      'Content-Length': String(object.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}
