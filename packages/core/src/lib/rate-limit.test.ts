import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { RateLimits } from './rate-limit';

describe('RateLimits in memory', () => {
  it('refuses with the seconds to wait once the limit is reached', async () => {
    const limits = new RateLimits({ rules: { registerPerIp: { points: 2, duration: 60 } } });
    await limits.consume('registerPerIp', '10.0.0.1');
    await limits.consume('registerPerIp', '10.0.0.1');
    const error = await limits.consume('registerPerIp', '10.0.0.1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect((error as AppError).details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    // Another key is counted on its own.
    await limits.consume('registerPerIp', '10.0.0.2');
  });

  it('checks without counting and can be reset', async () => {
    const limits = new RateLimits({
      rules: { loginFailuresPerAccount: { points: 2, duration: 60, blockDuration: 60 } },
    });
    await limits.check('loginFailuresPerAccount', 'a@example.com');
    await limits.consume('loginFailuresPerAccount', 'a@example.com');
    await limits.check('loginFailuresPerAccount', 'a@example.com');
    await limits.consume('loginFailuresPerAccount', 'a@example.com');
    await expect(limits.check('loginFailuresPerAccount', 'a@example.com')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    await limits.reset('loginFailuresPerAccount', 'a@example.com');
    await limits.check('loginFailuresPerAccount', 'a@example.com');
  });
});

describe.skipIf(!process.env.TEST_REDIS_URL)('RateLimits in Redis', () => {
  const clients: Redis[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()));
  });

  it('shares the count between two instances (two nodes)', async () => {
    const connect = () => {
      const client = new Redis(process.env.TEST_REDIS_URL as string, {
        lazyConnect: false,
        maxRetriesPerRequest: 2,
      });
      clients.push(client);
      return client;
    };
    const prefix = `puoti-test-${Date.now()}-${Math.random()}`;
    const rules = { trackOrderPerIp: { points: 3, duration: 60 } };
    const nodeA = new RateLimits({ redis: connect(), keyPrefix: prefix, rules });
    const nodeB = new RateLimits({ redis: connect(), keyPrefix: prefix, rules });
    await nodeA.consume('trackOrderPerIp', 'ip');
    await nodeB.consume('trackOrderPerIp', 'ip');
    await nodeA.consume('trackOrderPerIp', 'ip');
    await expect(nodeB.consume('trackOrderPerIp', 'ip')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
