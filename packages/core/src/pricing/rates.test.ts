import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { vatRateRows } from '../db/seed/reference';
import { openTestDatabase } from '../testing/database';
import {
  euCountries,
  isEuCountry,
  loadVatTable,
  localDate,
  pickVatRate,
  type VatRateRow,
  vatCountry,
} from './rates';

const rows: VatRateRow[] = vatRateRows;

describe('localDate', () => {
  it.each([
    // Finland is UTC+3 in summer: the 2024 rate change came at 21:00 UTC on 31 August.
    ['2024-08-31T20:59:59.999Z', 'FI', '2024-08-31'],
    ['2024-08-31T21:00:00.000Z', 'FI', '2024-09-01'],
    ['2024-08-31T21:30:00.000Z', 'FI', '2024-09-01'],
    // and UTC+2 in winter.
    ['2025-12-31T21:59:59.999Z', 'FI', '2025-12-31'],
    ['2025-12-31T22:00:00.000Z', 'FI', '2026-01-01'],
    ['2024-08-31T21:30:00.000Z', 'SE', '2024-08-31'],
    ['2024-08-31T22:00:00.000Z', 'SE', '2024-09-01'],
    ['2025-12-31T23:59:59.000Z', 'PT', '2025-12-31'],
    ['2025-12-31T23:59:59.000Z', 'IE', '2025-12-31'],
    ['2025-12-31T22:00:00.000Z', 'CY', '2026-01-01'],
    ['2024-03-15T12:00:00.000Z', 'fi', '2024-03-15'],
  ])('%s in %s is %s', (at, country, expected) => {
    expect(localDate(new Date(at), country)).toBe(expected);
  });

  it('knows a time zone for all 27 member states', () => {
    expect(euCountries).toHaveLength(27);
    for (const country of euCountries) {
      expect(localDate(new Date('2026-06-15T12:00:00Z'), country)).toBe('2026-06-15');
    }
  });

  it('refuses a country outside the EU and an invalid date', () => {
    expect(() => localDate(new Date(), 'US')).toThrow(/US/);
    expect(() => localDate(new Date('not a date'), 'FI')).toThrow(Error);
  });
});

describe('pickVatRate', () => {
  it('changes the Finnish standard rate from 24 % to 25.5 % on 1 September 2024', () => {
    expect(pickVatRate(rows, 'FI', 'standard', '2024-08-31')).toBe(2400);
    expect(pickVatRate(rows, 'FI', 'standard', '2024-09-01')).toBe(2550);
    expect(pickVatRate(rows, 'FI', 'standard', '2030-01-01')).toBe(2550);
  });

  it('changes at Finnish midnight, not at UTC midnight', () => {
    const justAfterLocalMidnight = new Date('2024-08-31T21:30:00Z');
    expect(pickVatRate(rows, 'FI', 'standard', localDate(justAfterLocalMidnight, 'FI'))).toBe(2550);
    // The UTC calendar date would still give the old rate, 2.5 hours into the new one.
    expect(pickVatRate(rows, 'FI', 'standard', justAfterLocalMidnight.toISOString().slice(0, 10))).toBe(2400);
    expect(pickVatRate(rows, 'FI', 'standard', localDate(new Date('2024-08-31T20:59:59Z'), 'FI'))).toBe(2400);
  });

  it('moves Finnish books from 10 % to 14 % in 2025 and to 13.5 % in 2026', () => {
    expect(pickVatRate(rows, 'FI', 'books', '2024-12-31')).toBe(1000);
    expect(pickVatRate(rows, 'FI', 'books', '2025-01-01')).toBe(1400);
    expect(pickVatRate(rows, 'FI', 'books', '2025-12-31')).toBe(1400);
    expect(pickVatRate(rows, 'FI', 'books', '2026-01-01')).toBe(1350);
    expect(pickVatRate(rows, 'FI', 'books', localDate(new Date('2025-12-31T22:00:00Z'), 'FI'))).toBe(1350);
  });

  it('has the other Finnish classes and Swedish food as seeded', () => {
    expect(pickVatRate(rows, 'FI', 'food', '2025-12-31')).toBe(1400);
    expect(pickVatRate(rows, 'FI', 'food', '2026-01-01')).toBe(1350);
    expect(pickVatRate(rows, 'FI', 'press', '2026-01-01')).toBe(1000);
    expect(pickVatRate(rows, 'SE', 'food', '2026-03-31')).toBe(1200);
    expect(pickVatRate(rows, 'SE', 'food', '2026-04-01')).toBe(600);
    expect(pickVatRate(rows, 'SE', 'food', '2027-12-31')).toBe(600);
    expect(pickVatRate(rows, 'SE', 'food', '2028-01-01')).toBe(1200);
    expect(pickVatRate(rows, 'EE', 'standard', '2025-06-30')).toBe(2200);
    expect(pickVatRate(rows, 'EE', 'standard', '2025-07-01')).toBe(2400);
  });

  it('uses the standard rate for a class the country does not list', () => {
    expect(pickVatRate(rows, 'DE', 'food', '2026-01-01')).toBe(1900);
    expect(pickVatRate(rows, 'SK', 'books', '2024-12-31')).toBe(2000);
    expect(pickVatRate(rows, 'SK', 'books', '2025-01-01')).toBe(2300);
  });

  it('throws, naming what was asked, when no rate is valid', () => {
    expect(() => pickVatRate(rows, 'FI', 'standard', '2012-12-31')).toThrow(
      'No VAT rate for country FI, tax class standard on 2012-12-31',
    );
    // Finnish books are listed, so a date before their first row is a gap, not a reason to use 24 %.
    expect(() => pickVatRate(rows, 'FI', 'books', '2012-06-01')).toThrow(/FI, tax class books on 2012-06-01/);
    expect(() => pickVatRate(rows, 'DE', 'food', '1999-12-31')).toThrow(/DE, tax class food/);
    expect(() => pickVatRate(rows, 'US', 'standard', '2026-01-01')).toThrow(/US/);
    expect(() => pickVatRate([], 'FI', 'standard', '2026-01-01')).toThrow(Error);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => pickVatRate(rows, 'FI', 'standard', '2026-1-1')).toThrow(/YYYY-MM-DD/);
    expect(() => pickVatRate(rows, 'FI', 'standard', '2026-01-01T00:00:00Z')).toThrow(/YYYY-MM-DD/);
  });

  it('lets the newest row win should rows overlap', () => {
    const overlapping: VatRateRow[] = [
      { country: 'FI', taxClass: 'standard', rateBasisPoints: 2400, validFrom: '2013-01-01', validTo: null },
      { country: 'FI', taxClass: 'standard', rateBasisPoints: 2550, validFrom: '2024-09-01', validTo: null },
    ];
    expect(pickVatRate(overlapping, 'FI', 'standard', '2024-08-31')).toBe(2400);
    expect(pickVatRate(overlapping, 'FI', 'standard', '2024-09-01')).toBe(2550);
  });
});

describe('vatCountry', () => {
  const finnishStore = { country: 'FI', ossEnabled: false };
  const ossStore = { country: 'FI', ossEnabled: true };

  it('is the store country without one-stop-shop selling', () => {
    expect(vatCountry(finnishStore, 'SE')).toBe('FI');
    expect(vatCountry(finnishStore, 'FI')).toBe('FI');
    expect(vatCountry(finnishStore, null)).toBe('FI');
  });

  it('is the buyer country for another member state with one-stop-shop selling', () => {
    expect(vatCountry(ossStore, 'SE')).toBe('SE');
    expect(vatCountry(ossStore, 'de')).toBe('DE');
    expect(vatCountry(ossStore, ' GR ')).toBe('GR');
  });

  it('stays the store country for domestic, unknown and non-EU buyers', () => {
    expect(vatCountry(ossStore, 'FI')).toBe('FI');
    expect(vatCountry(ossStore, null)).toBe('FI');
    expect(vatCountry(ossStore, undefined)).toBe('FI');
    expect(vatCountry(ossStore, '')).toBe('FI');
    expect(vatCountry(ossStore, 'NO')).toBe('FI');
    expect(vatCountry(ossStore, 'GB')).toBe('FI');
    expect(vatCountry(ossStore, 'US')).toBe('FI');
  });

  it('applies only to stores inside the EU', () => {
    expect(vatCountry({ country: 'NO', ossEnabled: true }, 'SE')).toBe('NO');
  });

  it('knows the member states', () => {
    expect(isEuCountry('FI')).toBe(true);
    expect(isEuCountry('se')).toBe(true);
    expect(isEuCountry('NO')).toBe(false);
    expect(isEuCountry('EL')).toBe(false);
    expect(isEuCountry('toString')).toBe(false);
  });
});

describe('loadVatTable', () => {
  let db: Db;

  beforeAll(async () => {
    db = (await openTestDatabase()).db;
  });

  it('loads the Finnish rates on the Finnish date of the moment', async () => {
    const table = await loadVatTable(db, 'FI', new Date('2024-08-31T21:30:00Z'));
    expect(table.country).toBe('FI');
    expect(table.date).toBe('2024-09-01');
    expect(table.rate('standard')).toBe(2550);
    expect(table.rate('food')).toBe(1400);
    expect(table.rate('books')).toBe(1000);
    expect(table.rate('press')).toBe(1000);

    const before = await loadVatTable(db, 'FI', new Date('2024-08-31T20:59:59Z'));
    expect(before.date).toBe('2024-08-31');
    expect(before.rate('standard')).toBe(2400);
  });

  it('loads the 2026 reduced rates', async () => {
    const table = await loadVatTable(db, 'fi', new Date('2026-06-01T09:00:00Z'));
    expect(table.country).toBe('FI');
    expect([table.rate('standard'), table.rate('food'), table.rate('books')]).toEqual([2550, 1350, 1350]);
  });

  it('falls back to the standard rate where only that is seeded', async () => {
    const table = await loadVatTable(db, 'DE', new Date('2026-06-01T09:00:00Z'));
    expect(table.rate('food')).toBe(1900);
    const swedish = await loadVatTable(db, 'SE', new Date('2026-06-01T09:00:00Z'));
    expect(swedish.rate('food')).toBe(600);
  });

  it('fails at once when the country has no standard rate on the date', async () => {
    await expect(loadVatTable(db, 'FI', new Date('2010-06-01T09:00:00Z'))).rejects.toThrow(
      /FI, tax class standard on 2010-06-01/,
    );
    await expect(loadVatTable(db, 'US', new Date())).rejects.toThrow(/US/);
  });
});
