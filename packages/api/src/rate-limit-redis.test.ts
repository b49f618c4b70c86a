import { RateLimits } from '@puoti/core';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)('rate limits across two app instances sharing Redis', () => {
  const clients: Redis[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()));
  });

  it('counts failed logins on either node toward one lockout', async () => {
    // Two nodes: two apps, each with its own Redis connection, one shared key space.
    const keyPrefix = `puoti-test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const node = async () => {
      const redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 2 });
      clients.push(redis);
      return (await createTestApp({ rateLimits: new RateLimits({ redis, keyPrefix }) })).app;
    };
    const [nodeA, nodeB] = [await node(), await node()];
    const login = (app: typeof nodeA, password: string) =>
      app.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.7.0.1' },
        body: JSON.stringify({ email: 'customer2@example.com', password }),
      });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const app = attempt % 2 === 0 ? nodeA : nodeB;
      expect((await login(app, `wrong-guess-${attempt}-xyz`)).status).toBe(401);
    }
    const locked = await login(nodeA, 'puoti-customer-demo');
    expect(locked.status).toBe(429);
    expect((await login(nodeB, 'puoti-customer-demo')).status).toBe(429);
  });
});
