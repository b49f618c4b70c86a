import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const secret = 'a'.repeat(16) + 'b'.repeat(16);

describe('parseConfig', () => {
  it('has working defaults for a fresh clone', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: undefined,
      demo: true,
      publicUrl: 'http://localhost:3000',
      catalogCache: { enabled: true, ttlSeconds: 300, maxBytes: 32 * 1_048_576 },
      pageCache: { enabled: true, maxBytes: 64 * 1_048_576 },
      stripe: undefined,
      unpaidOrderTimeoutMinutes: 60,
      pgliteSharedBuffersMb: 32,
      databasePoolSize: os.availableParallelism() * 2 + 1,
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('turns the demo off in production and with PostgreSQL unless asked for', () => {
    expect(parseConfig({ NODE_ENV: 'production', SESSION_SECRET: secret }).demo).toBe(false);
    expect(parseConfig({ DATABASE_URL: 'postgres://localhost/shop' }).demo).toBe(false);
    expect(parseConfig({ DATABASE_URL: 'postgres://localhost/shop', PUOTI_DEMO: '1' }).demo).toBe(true);
    expect(parseConfig({ PUOTI_DEMO: '0' }).demo).toBe(false);
  });

  it('reads overrides', () => {
    const config = parseConfig({
      PORT: '8080',
      PUBLIC_URL: 'https://shop.example/',
      CATALOG_CACHE: '0',
      PAGE_CACHE: 'off',
      PAGE_CACHE_MAX_MB: '16',
      PGLITE_SHARED_BUFFERS_MB: '128',
      DATABASE_POOL_SIZE: '12',
    });
    expect(config.databasePoolSize).toBe(12);
    expect(config.pgliteSharedBuffersMb).toBe(128);
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe('https://shop.example');
    expect(config.catalogCache.enabled).toBe(false);
    expect(config.pageCache).toEqual({ enabled: false, maxBytes: 16 * 1_048_576 });
  });

  it('refuses to run production without a real session secret', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => parseConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    expect(() =>
      parseConfig({ NODE_ENV: 'production', SESSION_SECRET: 'puoti-development-secret-not-for-production' }),
    ).toThrow(/SESSION_SECRET/);
    expect(parseConfig({ NODE_ENV: 'production', SESSION_SECRET: secret }).sessionSecret).toBe(secret);
  });

  it('picks the mail transport from what is configured', () => {
    expect(parseConfig({}).mail.transport).toBe('console');
    expect(parseConfig({ SMTP_URL: 'smtp://localhost:2525' }).mail.transport).toBe('smtp');
    expect(parseConfig({ RESEND_API_KEY: 're_123' }).mail.transport).toBe('resend');
    expect(() => parseConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_URL/);
    expect(parseConfig({ MAIL_TRANSPORT: 'file', DATA_DIR: '/tmp/x' }).mail.outboxDir).toBe('/tmp/x/outbox');
  });

  it('reads the Stripe settings, with the webhook secret required in production', () => {
    expect(
      parseConfig({
        STRIPE_SECRET_KEY: 'sk_test_123',
        STRIPE_API_URL: 'http://127.0.0.1:12111',
        UNPAID_ORDER_TIMEOUT_MINUTES: '30',
      }),
    ).toMatchObject({
      stripe: { secretKey: 'sk_test_123', webhookSecret: undefined, apiUrl: 'http://127.0.0.1:12111' },
      unpaidOrderTimeoutMinutes: 30,
    });
    expect(parseConfig({ STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).stripe).toBeUndefined();
    const production = { NODE_ENV: 'production', SESSION_SECRET: secret, STRIPE_SECRET_KEY: 'sk_live_123' };
    expect(() => parseConfig(production)).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(parseConfig({ ...production, STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).stripe).toEqual({
      secretKey: 'sk_live_123',
      webhookSecret: 'whsec_abc',
      apiUrl: undefined,
    });
    expect(
      parseConfig({ STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_PUBLISHABLE_KEY: 'pk_test_123' }).stripe
        ?.publishableKey,
    ).toBe('pk_test_123');
    // The secret key pasted into the public field would be sent to every browser: refused.
    expect(() =>
      parseConfig({ STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_PUBLISHABLE_KEY: 'sk_test_123' }),
    ).toThrow(/STRIPE_PUBLISHABLE_KEY/);
  });

  it('checks the shape of the Stripe settings', () => {
    expect(() => parseConfig({ STRIPE_SECRET_KEY: 'pk_test_123' })).toThrow(
      /STRIPE_SECRET_KEY: must start with sk_/,
    );
    expect(() => parseConfig({ STRIPE_WEBHOOK_SECRET: 'secret' })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() => parseConfig({ STRIPE_API_URL: 'localhost:12111' })).toThrow(/STRIPE_API_URL/);
    expect(() => parseConfig({ UNPAID_ORDER_TIMEOUT_MINUTES: '4' })).toThrow(/UNPAID_ORDER_TIMEOUT_MINUTES/);
    expect(() => parseConfig({ UNPAID_ORDER_TIMEOUT_MINUTES: '10081' })).toThrow(
      /UNPAID_ORDER_TIMEOUT_MINUTES/,
    );
  });

  it('names every bad variable', () => {
    expect(() => parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', PUOTI_DEMO: 'maybe' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*PUOTI_DEMO/,
    );
  });
});
