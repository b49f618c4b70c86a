import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

describe('parseConfig', () => {
  it('has working defaults for a fresh clone', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: undefined,
      demo: true,
      publicUrl: 'http://localhost:3000',
      catalogCache: { enabled: true, ttlSeconds: 300 },
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('turns the demo off in production and with PostgreSQL unless asked for', () => {
    expect(parseConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(parseConfig({ DATABASE_URL: 'postgres://localhost/shop' }).demo).toBe(false);
    expect(parseConfig({ DATABASE_URL: 'postgres://localhost/shop', PUOTI_DEMO: '1' }).demo).toBe(true);
    expect(parseConfig({ PUOTI_DEMO: '0' }).demo).toBe(false);
  });

  it('reads overrides', () => {
    const config = parseConfig({ PORT: '8080', PUBLIC_URL: 'https://shop.example/', CATALOG_CACHE: '0' });
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe('https://shop.example');
    expect(config.catalogCache.enabled).toBe(false);
  });

  it('names every bad variable', () => {
    expect(() => parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', PUOTI_DEMO: 'maybe' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*PUOTI_DEMO/,
    );
  });
});
