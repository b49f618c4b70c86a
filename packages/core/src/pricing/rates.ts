/**
 * Which VAT rate applies: the dated rate table (vat_rates), the country whose VAT is due, and the date
 * in that country. Rates change at local midnight, so an order placed at 00:30 in Helsinki on
 * 1 September 2024 (21:30 UTC on 31 August) already carried the new rate.
 */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { referenceData } from '../lib/reference-data';
import { vatRates } from './schema';

export type TaxClass = 'standard' | 'food' | 'books' | 'press';

export interface VatRateRow {
  country: string;
  taxClass: TaxClass;
  rateBasisPoints: number;
  /** First day the rate applies (YYYY-MM-DD). */
  validFrom: string;
  /** Last day the rate applies, inclusive; null while current. */
  validTo: string | null;
}

/**
 * The 27 EU member states and the time zone of their mainland, where VAT changes take effect. Outlying
 * regions in other zones (Azores, Canary Islands) have their own VAT regimes that the shop does not model.
 */
const euTimeZones: Record<string, string> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GR: 'Europe/Athens',
  HR: 'Europe/Zagreb',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
};

/** The EU member states (ISO 3166-1 alpha-2; Greece is GR here, not its VAT prefix EL). */
export const euCountries: readonly string[] = Object.keys(euTimeZones).sort();

export function isEuCountry(country: string): boolean {
  return Object.hasOwn(euTimeZones, country.trim().toUpperCase());
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const lastDates = new Map<string, { minute: number; date: string }>();

/** The calendar date (YYYY-MM-DD) of `at` in the country's time zone (EU countries; VAT changes at local midnight). */
export function localDate(at: Date, country: string): string {
  const code = country.trim().toUpperCase();
  const timeZone = euTimeZones[code];
  if (!timeZone)
    throw new Error(`No time zone known for country ${country}: VAT dates cover EU member states`);
  if (Number.isNaN(at.getTime())) throw new Error('localDate needs a valid Date');
  // Time zone offsets are whole minutes, so the local date is the same for a whole UTC minute: checkout
  // asks several times per order, and formatting is the expensive part.
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastDates.get(timeZone);
  if (last?.minute === minute) return last.date;
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA writes ISO-ordered dates; the parts are read by type anyway, so the locale only fixes digits.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      numberingSystem: 'latn',
    });
    dateFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  lastDates.set(timeZone, { minute, date });
  return date;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validOn(row: VatRateRow, date: string): boolean {
  // ISO dates compare correctly as strings; validTo is the last day the rate applies.
  return row.validFrom <= date && (row.validTo === null || date <= row.validTo);
}

/**
 * The rate in basis points for a tax class on a date. A country that lists no row at all for a reduced
 * class (the reference data dates only the standard rate outside Finland and Sweden) falls back to its
 * standard rate; a class that is listed but has no row covering the date is a gap in the table and
 * throws, rather than silently charging another rate. Should rows overlap, the latest validFrom wins.
 */
export function pickVatRate(rows: VatRateRow[], country: string, taxClass: TaxClass, date: string): number {
  if (!isoDate.test(date)) throw new Error(`VAT date must be YYYY-MM-DD, got ${date}`);
  const pick = (cls: TaxClass): VatRateRow | undefined => {
    let best: VatRateRow | undefined;
    for (const row of rows) {
      if (row.country !== country || row.taxClass !== cls || !validOn(row, date)) continue;
      if (!best || row.validFrom > best.validFrom) best = row;
    }
    return best;
  };
  const classListed = rows.some((row) => row.country === country && row.taxClass === taxClass);
  const row = classListed ? pick(taxClass) : taxClass === 'standard' ? undefined : pick('standard');
  if (!row) throw new Error(`No VAT rate for country ${country}, tax class ${taxClass} on ${date}`);
  return row.rateBasisPoints;
}

export interface VatTable {
  country: string;
  /** The local date the rates were picked for (YYYY-MM-DD). */
  date: string;
  /** Basis points; throws when the table has no rate for the class on the date. */
  rate(taxClass: TaxClass): number;
}

/**
 * The rates of one country on the local date of `at`. Reads all of the country's rows (a handful) in
 * one query, so the fallback in pickVatRate can tell a class that is not listed from a dated gap. Fails
 * at once when the country has no standard rate on that date, as every order needs it for shipping.
 */
/** A country's dated VAT rates, kept for a minute per node (reference data, see lib/reference-data.ts). */
const readVatRates = referenceData(
  (db: Executor, country: string): Promise<VatRateRow[]> =>
    db
      .select({
        country: vatRates.country,
        taxClass: vatRates.taxClass,
        rateBasisPoints: vatRates.rateBasisPoints,
        validFrom: vatRates.validFrom,
        validTo: vatRates.validTo,
      })
      .from(vatRates)
      .where(eq(vatRates.country, country))
      .orderBy(asc(vatRates.taxClass), asc(vatRates.validFrom)),
);

export async function loadVatTable(db: Executor, country: string, at: Date): Promise<VatTable> {
  const code = country.trim().toUpperCase();
  const date = localDate(at, code);
  const rows = await readVatRates(db, code);
  const rate = (taxClass: TaxClass) => pickVatRate(rows, code, taxClass, date);
  rate('standard');
  return { country: code, date, rate };
}

/**
 * The country whose VAT applies: the store's, or with EU one-stop-shop selling on, the buyer's when it is
 * another EU member state. (OSS covers distance sales to consumers; buyers outside the EU, or in the
 * store's own country, are charged the store's VAT here, and exports without VAT are not modelled.)
 */
export function vatCountry(
  store: { country: string; ossEnabled: boolean },
  buyerCountry: string | null | undefined,
): string {
  const storeCountry = store.country.trim().toUpperCase();
  if (!store.ossEnabled || !buyerCountry) return storeCountry;
  const buyer = buyerCountry.trim().toUpperCase();
  return buyer !== storeCountry && isEuCountry(buyer) && isEuCountry(storeCountry) ? buyer : storeCountry;
}
