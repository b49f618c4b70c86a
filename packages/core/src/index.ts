export { type Prepared, prepareDatabase } from './bootstrap';
export {
  closeDatabase,
  type Database,
  DataDirLockedError,
  type Db,
  type Executor,
  getDatabase,
  openPglite,
  openPostgres,
  setDatabase,
  type Tx,
} from './db/index';
export { type Maintenance, startEmbeddedMaintenance } from './db/maintenance';
export type { SeedSummary } from './db/seed/demo';
export { demoLogins } from './db/seed/demo-logins';
export { ensureReferenceData } from './db/seed/reference';
export { AppError, type ErrorCode, errorStatus, notFound } from './lib/app-error';
export { cacheTags, getCatalogCache, TaggedCache } from './lib/cache';
export { type CacheBus, connectCacheBus } from './lib/cache-bus';
export { type Config, loadConfig, parseConfig } from './lib/config';
export { defaultLocale, isLocale, type Locale, locales, negotiateLocale } from './lib/locale';
export { type Page, ZPageQuery } from './lib/pagination';
export { type RateLimitName, RateLimits, rateLimitRules } from './lib/rate-limit';
