import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { productImageWidths } from '../../catalog/images';
import type { SeedDepartment, SeedShape } from './content/types';
import { renderProductImages, renderProductSvg } from './images';

// Spelled out rather than derived, so a shape added to the type without a drawing fails the build
// (the Record in images.ts) and one added here without a type fails the compiler too.
const shapes: SeedShape[] = [
  'laptop',
  'mouse',
  'phone',
  'headphones',
  'earbuds',
  'camera',
  'console',
  'chair',
  'sofa',
  'desk',
  'coffee',
  'pot',
  'lamp',
  'sweater',
  'trousers',
  'jacket',
  'shoe',
  'boot',
  'dumbbell',
  'mat',
  'tent',
  'backpack',
  'book',
  'bottle',
  'jar',
  'bricks',
  'dice',
  'dashcam',
  'vacuum',
];

const departments: SeedDepartment[] = [
  'electronics',
  'home-garden',
  'clothing',
  'sports',
  'books',
  'health-beauty',
  'toys',
  'automotive',
];

describe('renderProductSvg', () => {
  it.each(shapes)('draws %s as a square SVG that sharp can rasterise', async (shape) => {
    const department = departments[shapes.indexOf(shape) % departments.length]!;
    const svg = renderProductSvg({ shape, department, label: 'Nordkapp', variant: 0 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('viewBox="0 0 1200 1200"');
    expect(svg).toContain('>Nordkapp</text>');
    const { info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(1200);
    expect(info.height).toBe(1200);
  });

  it('gives every department its own background', () => {
    const backgrounds = departments.map((department) => {
      const svg = renderProductSvg({ shape: 'book', department, label: 'x', variant: 0 });
      return /<rect width="1200" height="1200" fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
    });
    expect(backgrounds.every(Boolean)).toBe(true);
    expect(new Set(backgrounds).size).toBe(departments.length);
  });

  it('escapes markup in the label', async () => {
    const svg = renderProductSvg({
      shape: 'jar',
      department: 'health-beauty',
      label: `Tom & Jerry's <b>"best"</b>`,
      variant: 0,
    });
    expect(svg).toContain('Tom &amp; Jerry&apos;s &lt;b&gt;&quot;best&quot;&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    await expect(sharp(Buffer.from(svg)).png().toBuffer()).resolves.toBeInstanceOf(Buffer);
  });

  it('drops control characters that XML cannot carry and shortens very long labels', async () => {
    const svg = renderProductSvg({
      shape: 'book',
      department: 'books',
      label: `Bell\u0007 ${'Long title '.repeat(20)}`,
      variant: 0,
    });
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('…</text>');
    await expect(sharp(Buffer.from(svg)).png().toBuffer()).resolves.toBeInstanceOf(Buffer);
  });

  it('is deterministic', () => {
    const input = { shape: 'tent', department: 'sports', label: 'Vaellus', variant: 4 } as const;
    expect(renderProductSvg(input)).toBe(renderProductSvg(input));
  });

  it('varies with the variant so same-shape products and second images differ', () => {
    const svgs = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((variant) =>
      renderProductSvg({ shape: 'sweater', department: 'clothing', label: 'Villa', variant }),
    );
    expect(new Set(svgs).size).toBe(svgs.length);
  });
});

describe('renderProductImages', () => {
  it('returns a square WebP for each width', async () => {
    const svg = renderProductSvg({ shape: 'laptop', department: 'electronics', label: 'Kide', variant: 1 });
    const images = await renderProductImages(svg);
    expect(images.map((image) => image.width)).toEqual([...productImageWidths]);
    for (const image of images) {
      expect(image.format).toBe('webp');
      expect(image.height).toBe(image.width);
      const meta = await sharp(image.data).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.width).toBe(image.width);
      expect(meta.height).toBe(image.width);
    }
  });

  it('produces byte-identical files for the same input', async () => {
    const svg = renderProductSvg({ shape: 'dice', department: 'toys', label: 'Noppa', variant: 2 });
    const [first, second] = await Promise.all([renderProductImages(svg), renderProductImages(svg)]);
    expect(first.map((image) => image.data.equals(second[first.indexOf(image)]!.data))).toEqual(
      productImageWidths.map(() => true),
    );
  });

  it('produces different pixels for different variants', async () => {
    const [a, b] = await Promise.all(
      [0, 1].map((variant) =>
        renderProductImages(
          renderProductSvg({ shape: 'chair', department: 'home-garden', label: 'Tuoli', variant }),
        ),
      ),
    );
    expect(a![0]!.data.equals(b![0]!.data)).toBe(false);
  });
});
