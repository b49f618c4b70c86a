import type { Config, Db, Locale, RateLimits, TaggedCache } from '@puoti/core';
import type { Actor } from '@puoti/core/accounts';
import type { MediaStorage } from '@puoti/core/media';
import type { StripeGateway } from '@puoti/core/payments';

/** What every handler can read from the context. */
export interface AppVariables {
  requestId: string;
  locale: Locale;
  /** The signed-in user, if any, and how the request proved it. */
  actor: Actor | null;
  authVia: 'cookie' | 'bearer' | null;
  clientIp: string;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** What the app is built from: the process's configuration, database, cache and limits. */
export interface AppDeps {
  config: Config;
  db: Db;
  /** Reports whether the database answers, for /readyz. */
  ping(): Promise<void>;
  cache: TaggedCache;
  storage: MediaStorage;
  rateLimits: RateLimits;
  /** Card payments; null when STRIPE_SECRET_KEY is not set. */
  stripe: StripeGateway | null;
  /** Called after a commit that queued email, so it goes out now rather than at the next poll. */
  onEmailQueued?: () => void;
}
