import { describe, expect, it } from 'vitest';
import productImageLoader from './image-loader';
import { imageSrc, pickRendition } from './image-src';

const src = imageSrc([
  { width: 1024, url: '/media/products/mug/0-1024.webp' },
  { width: 320, url: '/media/products/mug/0-320.webp' },
  { width: 640, url: '/media/products/mug/0-640.webp' },
]);

describe('product image loader', () => {
  it('uses the widest rendition as the plain src', () => {
    expect(src.startsWith('/media/products/mug/0-1024.webp#')).toBe(true);
  });

  it('picks the narrowest rendition that is wide enough', () => {
    expect(pickRendition(src, 320)).toBe('/media/products/mug/0-320.webp');
    expect(pickRendition(src, 200)).toBe('/media/products/mug/0-320.webp');
    expect(pickRendition(src, 321)).toBe('/media/products/mug/0-640.webp');
    expect(pickRendition(src, 640)).toBe('/media/products/mug/0-640.webp');
    expect(productImageLoader({ src, width: 1000, quality: 75 })).toBe('/media/products/mug/0-1024.webp');
  });

  it('falls back to the widest rendition past the largest width', () => {
    expect(pickRendition(src, 3840)).toBe('/media/products/mug/0-1024.webp');
  });

  it('passes other sources through unchanged', () => {
    expect(pickRendition('/media/logo.webp', 640)).toBe('/media/logo.webp');
  });
});
