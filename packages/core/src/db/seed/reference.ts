import type { Executor } from '../client';
import { shippingMethods, storeSettings, vatRates } from '../schema';

type TaxClass = 'standard' | 'food' | 'books' | 'press';

interface RateRow {
  country: string;
  taxClass: TaxClass;
  rateBasisPoints: number;
  validFrom: string;
  validTo: string | null;
}

const since = '2000-01-01';

/** Standard rates of the other EU member states, with the changes of 2025 dated. */
const euStandardRates: [country: string, basisPoints: number, validFrom: string, validTo: string | null][] = [
  ['AT', 2000, since, null],
  ['BE', 2100, since, null],
  ['BG', 2000, since, null],
  ['CY', 1900, since, null],
  ['CZ', 2100, since, null],
  ['DE', 1900, since, null],
  ['DK', 2500, since, null],
  ['EE', 2200, since, '2025-06-30'],
  ['EE', 2400, '2025-07-01', null],
  ['ES', 2100, since, null],
  ['FR', 2000, since, null],
  ['GR', 2400, since, null],
  ['HR', 2500, since, null],
  ['HU', 2700, since, null],
  ['IE', 2300, since, null],
  ['IT', 2200, since, null],
  ['LT', 2100, since, null],
  ['LU', 1700, since, null],
  ['LV', 2100, since, null],
  ['MT', 1800, since, null],
  ['NL', 2100, since, null],
  ['PL', 2300, since, null],
  ['PT', 2300, since, null],
  ['RO', 1900, since, '2025-07-31'],
  ['RO', 2100, '2025-08-01', null],
  ['SI', 2200, since, null],
  ['SK', 2000, since, '2024-12-31'],
  ['SK', 2300, '2025-01-01', null],
];

/**
 * The VAT table. Finland and Sweden, where the shop sells most, have every class dated; for other EU
 * countries only the standard rate is listed and the pricing module applies it to every class.
 */
export const vatRateRows: RateRow[] = [
  {
    country: 'FI',
    taxClass: 'standard',
    rateBasisPoints: 2400,
    validFrom: '2013-01-01',
    validTo: '2024-08-31',
  },
  { country: 'FI', taxClass: 'standard', rateBasisPoints: 2550, validFrom: '2024-09-01', validTo: null },
  { country: 'FI', taxClass: 'food', rateBasisPoints: 1400, validFrom: '2013-01-01', validTo: '2025-12-31' },
  { country: 'FI', taxClass: 'food', rateBasisPoints: 1350, validFrom: '2026-01-01', validTo: null },
  // Books moved from the 10 % to the 14 % rate in 2025, which fell to 13.5 % in 2026.
  { country: 'FI', taxClass: 'books', rateBasisPoints: 1000, validFrom: '2013-01-01', validTo: '2024-12-31' },
  { country: 'FI', taxClass: 'books', rateBasisPoints: 1400, validFrom: '2025-01-01', validTo: '2025-12-31' },
  { country: 'FI', taxClass: 'books', rateBasisPoints: 1350, validFrom: '2026-01-01', validTo: null },
  { country: 'FI', taxClass: 'press', rateBasisPoints: 1000, validFrom: '2013-01-01', validTo: null },
  { country: 'SE', taxClass: 'standard', rateBasisPoints: 2500, validFrom: since, validTo: null },
  // Sweden halved the food rate from April 2026 to the end of 2027.
  { country: 'SE', taxClass: 'food', rateBasisPoints: 1200, validFrom: since, validTo: '2026-03-31' },
  { country: 'SE', taxClass: 'food', rateBasisPoints: 600, validFrom: '2026-04-01', validTo: '2027-12-31' },
  { country: 'SE', taxClass: 'food', rateBasisPoints: 1200, validFrom: '2028-01-01', validTo: null },
  { country: 'SE', taxClass: 'books', rateBasisPoints: 600, validFrom: since, validTo: null },
  { country: 'SE', taxClass: 'press', rateBasisPoints: 600, validFrom: since, validTo: null },
  ...euStandardRates.map(([country, rateBasisPoints, validFrom, validTo]) => ({
    country,
    taxClass: 'standard' as const,
    rateBasisPoints,
    validFrom,
    validTo,
  })),
];

type Text = Record<'fi' | 'sv' | 'en' | 'zh', string>;

interface ShippingRow {
  code: string;
  countries: string[];
  kind: 'home' | 'pickup_point' | 'parcel_locker' | 'express';
  name: Text;
  description: Text;
  priceCents: number;
  freeFromCents: number | null;
  minDays: number;
  maxDays: number;
  position: number;
}

export const shippingMethodRows: ShippingRow[] = [
  {
    code: 'fi-parcel-locker',
    countries: ['FI'],
    kind: 'parcel_locker',
    name: { fi: 'Pakettiautomaatti', sv: 'Paketautomat', en: 'Parcel locker', zh: '自助包裹柜' },
    description: {
      fi: 'Nouda paketti valitsemastasi automaatista.',
      sv: 'Hämta paketet i den paketautomat du väljer.',
      en: 'Collect your parcel from the locker you choose.',
      zh: '从您选择的包裹柜取件。',
    },
    priceCents: 490,
    freeFromCents: 5000,
    minDays: 1,
    maxDays: 3,
    position: 0,
  },
  {
    code: 'fi-home',
    countries: ['FI'],
    kind: 'home',
    name: { fi: 'Kotiinkuljetus', sv: 'Hemleverans', en: 'Home delivery', zh: '送货上门' },
    description: {
      fi: 'Toimitus kotiovellesi sovittuna aikana.',
      sv: 'Leverans till din dörr vid en överenskommen tid.',
      en: 'Delivered to your door at an agreed time.',
      zh: '在约定时间送到您家门口。',
    },
    priceCents: 890,
    freeFromCents: 10_000,
    minDays: 2,
    maxDays: 4,
    position: 1,
  },
  {
    code: 'fi-express',
    countries: ['FI'],
    kind: 'express',
    name: { fi: 'Pikatoimitus', sv: 'Expressleverans', en: 'Express delivery', zh: '特快配送' },
    description: {
      fi: 'Arkipäivisin ennen klo 14 tehdyt tilaukset perillä seuraavana päivänä.',
      sv: 'Beställningar före kl. 14 på vardagar levereras nästa dag.',
      en: 'Order before 2 pm on a weekday and it arrives the next day.',
      zh: '工作日 14 点前下单，次日送达。',
    },
    priceCents: 1490,
    freeFromCents: null,
    minDays: 1,
    maxDays: 1,
    position: 2,
  },
  {
    code: 'se-parcel-locker',
    countries: ['SE'],
    kind: 'parcel_locker',
    name: { fi: 'Pakettiautomaatti', sv: 'Paketautomat', en: 'Parcel locker', zh: '自助包裹柜' },
    description: {
      fi: 'Nouda paketti valitsemastasi automaatista Ruotsissa.',
      sv: 'Hämta paketet i den paketautomat du väljer i Sverige.',
      en: 'Collect your parcel from a locker in Sweden.',
      zh: '在瑞典您选择的包裹柜取件。',
    },
    priceCents: 690,
    freeFromCents: 7500,
    minDays: 2,
    maxDays: 4,
    position: 0,
  },
  {
    code: 'se-home',
    countries: ['SE'],
    kind: 'home',
    name: { fi: 'Kotiinkuljetus', sv: 'Hemleverans', en: 'Home delivery', zh: '送货上门' },
    description: {
      fi: 'Toimitus kotiovellesi Ruotsissa.',
      sv: 'Leverans till din dörr i Sverige.',
      en: 'Delivered to your door in Sweden.',
      zh: '送货到您在瑞典的家门口。',
    },
    priceCents: 1190,
    freeFromCents: 15_000,
    minDays: 3,
    maxDays: 5,
    position: 1,
  },
  {
    code: 'eu-home',
    countries: [],
    kind: 'home',
    name: {
      fi: 'Kotiinkuljetus EU-maihin',
      sv: 'Hemleverans inom EU',
      en: 'EU home delivery',
      zh: '欧盟送货上门',
    },
    description: {
      fi: 'Toimitus kotiovelle muihin EU-maihin.',
      sv: 'Leverans till dörren i övriga EU-länder.',
      en: 'Delivered to your door in other EU countries.',
      zh: '配送至其他欧盟国家的家门口。',
    },
    priceCents: 1990,
    freeFromCents: 25_000,
    minDays: 4,
    maxDays: 8,
    position: 0,
  },
  {
    code: 'eu-express',
    countries: [],
    kind: 'express',
    name: {
      fi: 'Pikatoimitus EU-maihin',
      sv: 'Expressleverans inom EU',
      en: 'EU express delivery',
      zh: '欧盟特快配送',
    },
    description: {
      fi: 'Nopein toimitus muihin EU-maihin.',
      sv: 'Snabbaste leveransen till övriga EU-länder.',
      en: 'The fastest delivery to other EU countries.',
      zh: '配送至其他欧盟国家的最快方式。',
    },
    priceCents: 3490,
    freeFromCents: null,
    minDays: 2,
    maxDays: 3,
    position: 1,
  },
];

/**
 * Reference data every shop needs whether or not it runs the demo: VAT rates, shipping methods and the
 * settings row (empty seller details until the owner fills them in). Safe to run on every start: it only
 * adds what is missing and never overwrites the owner's changes.
 */
export async function ensureReferenceData(db: Executor): Promise<void> {
  await db.insert(vatRates).values(vatRateRows).onConflictDoNothing();
  await db.insert(shippingMethods).values(shippingMethodRows).onConflictDoNothing();
  await db
    .insert(storeSettings)
    .values({
      storeName: 'Puoti',
      sellerName: '',
      address: { line1: '', postalCode: '', city: '', country: 'FI' },
      businessId: '',
      vatId: '',
      email: '',
    })
    .onConflictDoNothing();
}
