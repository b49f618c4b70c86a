export { type CreateAppOptions, createApp, type PuotiApp } from './app';
export type { AppDeps } from './context';
export { serveCachedResponse } from './response-cache';
