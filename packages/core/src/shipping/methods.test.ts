import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { openTestDatabase } from '../testing/database';
import { listShippingMethods, listShippingRates } from './methods';

let db: Db;

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

describe('listShippingRates', () => {
  it('lists every active method with the countries it serves, in the locale', async () => {
    const rates = await listShippingRates(db, 'sv', 'fi');
    const euHome = rates.find((rate) => rate.code === 'eu-home');
    expect(euHome).toMatchObject({ name: 'Hemleverans inom EU', countries: [], priceCents: 1990 });
    expect(rates.find((rate) => rate.code === 'se-home')?.countries).toEqual(['SE']);
    // The same methods a checkout offers, country by country.
    const finnish = await listShippingMethods(db, 'FI', 'sv', 'fi');
    for (const method of finnish) {
      expect(rates.find((rate) => rate.id === method.id)).toMatchObject({ ...method, countries: ['FI'] });
    }
  });
});
