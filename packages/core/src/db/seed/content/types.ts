/**
 * Shapes of the demo store's hand-written content. The seed turns these into rows;
 * keeping the text as typed data (not JSON) lets the compiler catch a missing locale.
 */
export type SeedLocale = 'fi' | 'sv' | 'en' | 'zh';
export type Localized<T> = Record<SeedLocale, T>;

/** Top-level category keys; they also pick the style of the generated product images. */
export type SeedDepartment =
  | 'electronics'
  | 'home-garden'
  | 'clothing'
  | 'sports'
  | 'books'
  | 'health-beauty'
  | 'toys'
  | 'automotive';

export type SeedTaxClass = 'standard' | 'food' | 'books' | 'press';

export interface SeedCategoryText {
  name: string;
  /** URL slug in this locale: lowercase ASCII letters, digits and hyphens (zh uses pinyin). */
  slug: string;
  description: string;
}

export interface SeedCategory {
  key: string;
  parentKey: string | null;
  department: SeedDepartment;
  text: Localized<SeedCategoryText>;
}

export interface SeedSpecification {
  label: string;
  value: string;
}

export interface SeedProductText {
  name: string;
  /** URL slug in this locale: lowercase ASCII letters, digits and hyphens, unique per locale. */
  slug: string;
  shortDescription: string;
  /** Two or three paragraphs separated by blank lines. */
  description: string;
  specifications: SeedSpecification[];
  /** Alt text for the generated product image. */
  imageAlt: string;
}

export interface SeedVariant {
  sku: string;
  /** Option name -> value, e.g. { size: '42' } or { storage: '1 TB', ram: '32 GB' }. */
  options: Record<string, string>;
  /** Own price in cents when it differs from the product's price. */
  priceCents?: number;
  stock: number;
}

/** A simple drawn shape for the generated image. */
export type SeedShape =
  | 'laptop'
  | 'mouse'
  | 'phone'
  | 'headphones'
  | 'earbuds'
  | 'camera'
  | 'console'
  | 'chair'
  | 'sofa'
  | 'desk'
  | 'coffee'
  | 'pot'
  | 'lamp'
  | 'sweater'
  | 'trousers'
  | 'jacket'
  | 'shoe'
  | 'boot'
  | 'dumbbell'
  | 'mat'
  | 'tent'
  | 'backpack'
  | 'book'
  | 'bottle'
  | 'jar'
  | 'bricks'
  | 'dice'
  | 'dashcam'
  | 'vacuum';

export interface SeedProduct {
  key: string;
  sku: string;
  categoryKey: string;
  brand: string | null;
  /** Current VAT-inclusive price in cents. */
  priceCents: number;
  /** For products on sale: the earlier price, charged for at least 30 days before the sale began. */
  previousPriceCents?: number;
  stock: number;
  featured: boolean;
  taxClass: SeedTaxClass;
  lowStockThreshold?: number;
  shape: SeedShape;
  text: Localized<SeedProductText>;
  variants?: SeedVariant[];
}

export interface SeedReviewText {
  rating: 1 | 2 | 3 | 4 | 5;
  title: string;
  body: string;
}

export interface SeedPerson {
  firstName: string;
  lastName: string;
  locale: SeedLocale;
  phone: string;
  address: {
    line1: string;
    postalCode: string;
    city: string;
    country: 'FI' | 'SE';
  };
}
