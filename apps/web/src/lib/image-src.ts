/**
 * Product images for next/image. The API stores each image at a few fixed widths (320, 640 and
 * 1024 px, WebP). `imageSrc` packs those renditions into the `src` string's fragment; the custom loader
 * (`image-loader.ts`) calls `pickRendition`, which returns the narrowest rendition at least as wide as
 * the width Next asks for (the widest when none is). The fragment never reaches the browser: only the
 * returned URLs do. Kept apart from the loader because the loader file is a client module, and server
 * components call `imageSrc`.
 */

export interface Rendition {
  width: number;
  url: string;
}

export function imageSrc(renditions: readonly Rendition[]): string {
  const sorted = [...renditions].sort((a, b) => a.width - b.width);
  const widest = sorted.at(-1);
  if (!widest) throw new Error('An image needs at least one rendition');
  const fragment = new URLSearchParams(sorted.map((r) => [String(r.width), r.url]));
  return `${widest.url}#${fragment}`;
}

export function pickRendition(src: string, width: number): string {
  const hash = src.indexOf('#');
  if (hash === -1) return src;
  const renditions = [...new URLSearchParams(src.slice(hash + 1))]
    .map(([w, url]) => ({ width: Number(w), url }))
    .filter((r) => Number.isFinite(r.width) && r.url !== '')
    .sort((a, b) => a.width - b.width);
  const chosen = renditions.find((r) => r.width >= width) ?? renditions.at(-1);
  return chosen?.url ?? src.slice(0, hash);
}
