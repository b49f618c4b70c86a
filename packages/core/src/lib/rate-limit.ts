import type { Redis } from 'ioredis';
import {
  type IRateLimiterOptions,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { AppError } from './app-error';

/**
 * The limits on what attackers repeat: guessing passwords, creating accounts, asking for reset emails,
 * guessing order numbers. `points` requests per `duration` seconds, then refused for `blockDuration`.
 */
export const rateLimitRules = {
  loginPerIp: { points: 30, duration: 60, blockDuration: 60 },
  /** Failed logins per account: after 5 the account is slowed to one try per 15 minutes. */
  loginFailuresPerAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  registerPerIp: { points: 10, duration: 3600 },
  forgotPasswordPerIp: { points: 10, duration: 15 * 60 },
  forgotPasswordPerEmail: { points: 3, duration: 3600 },
  resetPasswordPerIp: { points: 20, duration: 15 * 60 },
  verifyEmailPerIp: { points: 30, duration: 15 * 60 },
  /** New verification links a signed-in customer may ask for: each one is an email we send. */
  resendVerificationPerUser: { points: 3, duration: 3600 },
  trackOrderPerIp: { points: 20, duration: 60 },
  /** Coupon codes are short secrets: limit how fast one address can try them. */
  couponPerIp: { points: 30, duration: 10 * 60 },
} satisfies Record<string, Pick<IRateLimiterOptions, 'points' | 'duration' | 'blockDuration'>>;

export type RateLimitName = keyof typeof rateLimitRules;

type Limiter = RateLimiterMemory | RateLimiterRedis;

/**
 * Rate limits counted in Redis when configured, so every node shares them, else in this process.
 * Both stores have the same API (rate-limiter-flexible).
 */
export class RateLimits {
  private readonly limiters: Record<RateLimitName, Limiter>;

  constructor(options: { redis?: Redis; keyPrefix?: string; rules?: Partial<typeof rateLimitRules> } = {}) {
    const rules = { ...rateLimitRules, ...options.rules };
    const prefix = options.keyPrefix ?? 'puoti:rl';
    this.limiters = Object.fromEntries(
      Object.entries(rules).map(([name, rule]) => {
        const settings = { ...rule, keyPrefix: `${prefix}:${name}` };
        return [
          name,
          options.redis
            ? new RateLimiterRedis({ ...settings, storeClient: options.redis })
            : new RateLimiterMemory(settings),
        ];
      }),
    ) as Record<RateLimitName, Limiter>;
  }

  /** Counts one attempt; throws RATE_LIMITED with the seconds to wait once the limit is reached. */
  async consume(name: RateLimitName, key: string): Promise<void> {
    try {
      await this.limiters[name].consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(error);
      throw error;
    }
  }

  /** Refuses when the key is currently blocked, without counting (used before checking a password). */
  async check(name: RateLimitName, key: string): Promise<void> {
    const state = await this.limiters[name].get(key);
    const limit = this.limiters[name].points;
    if (state && state.consumedPoints >= limit && state.msBeforeNext > 0) throw tooMany(state);
  }

  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }
}

function tooMany(state: RateLimiterRes): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return new AppError(
    'RATE_LIMITED',
    `Too many attempts. Please try again in ${retryAfterSeconds} seconds.`,
    {
      retryAfterSeconds,
    },
  );
}
