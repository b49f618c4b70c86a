import { createHmac, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session, cart and one-time tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored instead of a token: an HMAC with the server's secret. A leaked table gives neither
 * usable tokens nor, without the secret, a way to test guesses against it. Tokens are random, so a
 * fast hash is enough; there is nothing to brute-force.
 */
export function hashToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}
