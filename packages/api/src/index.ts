export { type CreateAppOptions, createApp, type PuotiApp } from './app';
export { sessionCookie } from './auth';
export type { AppDeps } from './context';
export {
  type EncodedBody,
  encodeBody,
  encodedBytes,
  encodedFor,
} from './encodings';
export { serveCachedResponse } from './response-cache';
