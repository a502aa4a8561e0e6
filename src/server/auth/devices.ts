/**
 * Device cookies (OWASP's answer to lock-out by strangers): a browser that has signed in to an account
 * before keeps a long-lived, HttpOnly cookie with a random token, and the database keeps only its
 * SHA-256 with the account it signed in to. A sign-in from such a device is throttled under that device
 * alone, so no number of wrong passwords sent from elsewhere can keep the owner out on their own device.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { cookieName, isSecure, type SessionDeps } from './sessions.ts';
import { hashToken, newSessionToken } from './tokens.ts';

export const DEVICE_COOKIE = 'backease_device';
/** A device unused for this long is forgotten (and its cookie expires). */
export const DEVICE_TTL_MS = 365 * 24 * 3_600_000;

/** The hash of this browser's device token if it is trusted for `userId`, else null. */
export async function trustedDevice(
  req: FastifyRequest,
  deps: SessionDeps,
  userId: string | undefined,
): Promise<string | null> {
  const token = req.cookies[cookieName(DEVICE_COOKIE, isSecure(req, deps.config))];
  if (!userId || !token || token.length > 200) return null;
  const hash = hashToken(token);
  const device = await deps.store.security.findTrustedDevice(hash);
  return device && device.userId === userId && device.lastUsedAt > deps.now() - DEVICE_TTL_MS ? hash : null;
}

/** After a successful sign-in: refresh the trusted device, or make this browser one. */
export async function rememberDevice(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: SessionDeps,
  userId: string,
  known: string | null,
): Promise<void> {
  const now = deps.now();
  if (known) {
    await deps.store.security.touchTrustedDevice(known, now);
    return;
  }
  const token = newSessionToken();
  await deps.store.security.addTrustedDevice({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastUsedAt: now,
  });
  const secure = isSecure(req, deps.config);
  reply.setCookie(cookieName(DEVICE_COOKIE, secure), token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: Math.floor(DEVICE_TTL_MS / 1000),
  });
}
