/**
 * Session tokens and the CSRF token bound to each. The cookie holds 256 random bits; the database holds
 * only their SHA-256, so a copy of the sessions table cannot be replayed as cookies. The CSRF token is an
 * HMAC of a fixed label keyed by the session token: the server can check it without storing it, it
 * changes with every session, and knowing it reveals nothing about the cookie.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('backease csrf v1').digest('base64url');
}

/** Constant-time comparison of two strings, false for different lengths. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A stable key for an email address that does not store the address itself (rate-limit counters). */
export function emailKey(email: string): string {
  return createHash('sha256').update(email).digest('hex').slice(0, 32);
}
