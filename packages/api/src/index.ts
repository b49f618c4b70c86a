export { type CreateAppOptions, createApp, type PuotiApp } from './app';
export { sessionCookie } from './auth';
export type { AppDeps } from './context';
export { serveCachedResponse } from './response-cache';
