import type { Config, Db, Locale, TaggedCache } from '@puoti/core';
import type { MediaStorage } from '@puoti/core/media';

/** What every handler can read from the context. */
export interface AppVariables {
  requestId: string;
  locale: Locale;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** What the app is built from: the process's configuration, database and cache. */
export interface AppDeps {
  config: Config;
  db: Db;
  /** Reports whether the database answers, for /readyz. */
  ping(): Promise<void>;
  cache: TaggedCache;
  storage: MediaStorage;
}
