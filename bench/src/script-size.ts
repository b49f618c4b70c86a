import { gzipSync } from 'node:zlib';

/**
 * The gzip size of the given files as a server sends them: each fetched with Accept-Encoding: gzip, its
 * Content-Length when the answer is gzipped, else the body gzipped here at the default level.
 */
export async function gzipBytes(urls: string[]): Promise<number> {
  const sizes = await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
      const encoding = response.headers.get('content-encoding');
      // fetch decodes the body; Content-Length is the size on the wire.
      const length = Number(response.headers.get('content-length'));
      const body = await response.arrayBuffer();
      if (encoding !== 'gzip' || !Number.isFinite(length) || length === 0) return gzipSync(body).length;
      return length;
    }),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** The scripts a modern browser loads from a page's HTML: every `<script src>` except noModule ones. */
export function firstLoadScripts(html: string, base: string): string[] {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  return scripts.flatMap((tag) => {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (!src || /\snomodule\b/i.test(tag)) return [];
    return [new URL(src, base).toString()];
  });
}
