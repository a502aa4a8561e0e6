/**
 * Server-side sessions in HttpOnly, SameSite=Lax cookies. Behind TLS the cookie is Secure and named with
 * the `__Host-` prefix (ASVS 3.3.3): browsers then accept it only from this host over HTTPS, with Path=/
 * and no Domain, so a sibling subdomain cannot plant or overwrite it. Every request looks the session up
 * in the database, so any process can serve any request and signing out anywhere signs out everywhere.
 */

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config/config.ts';
import { msg } from '../../i18n/message.ts';
import type { Session, Store, User } from '../../store/store.ts';
import { apiError } from '../http-error.ts';
import { csrfTokenFor, hashToken, newSessionToken, safeEqual } from './tokens.ts';

export const SESSION_COOKIE = 'backease_session';
/** The name of a cookie: with the `__Host-` prefix when it is Secure. */
export const cookieName = (name: string, secure: boolean) => (secure ? `__Host-${name}` : name);
export const CSRF_HEADER = 'x-csrf-token';

/** Writing last-seen on every request would make every read a write; a minute's precision is plenty. */
const TOUCH_AFTER_MS = 60_000;

export interface SignedIn {
  readonly user: User;
  readonly session: Session;
  readonly token: string;
  readonly csrfToken: string;
}

export interface SessionDeps {
  readonly config: Config;
  readonly store: Store;
  readonly now: () => number;
}

export function newSession(
  userId: string,
  now: number,
  config: Config,
  userAgent?: string,
): { token: string; session: Session } {
  const token = newSessionToken();
  return {
    token,
    session: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + config.session.ttlMs,
      // Only to tell one's sessions apart in a list; a long or odd header is cut, not refused.
      ...(userAgent ? { userAgent: userAgent.replace(/\p{C}/gu, '').slice(0, 200) } : {}),
    },
  };
}

export function isSecure(req: FastifyRequest, config: Config): boolean {
  if (config.cookieSecure === 'always') return true;
  if (config.cookieSecure === 'never') return false;
  // req.protocol honours X-Forwarded-Proto only when TRUST_PROXY says the proxy is trusted.
  return req.protocol === 'https';
}

export function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  session: Session,
  deps: SessionDeps,
): void {
  const secure = isSecure(req, deps.config);
  reply.setCookie(cookieName(SESSION_COOKIE, secure), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: Math.max(0, Math.floor((session.expiresAt - deps.now()) / 1000)),
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply, config: Config): void {
  const secure = isSecure(req, config);
  reply.clearCookie(cookieName(SESSION_COOKIE, secure), {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
  });
}

/** The signed-in user of this request, or null (no cookie, unknown token, expired or idle session). */
export async function currentSession(req: FastifyRequest, deps: SessionDeps): Promise<SignedIn | null> {
  // Over TLS only the __Host- cookie counts: a plain one there may have been planted by another host.
  const token = req.cookies[cookieName(SESSION_COOKIE, isSecure(req, deps.config))];
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const session = await deps.store.findSession(tokenHash);
  if (!session) return null;
  const now = deps.now();
  if (session.expiresAt <= now || session.lastSeenAt + deps.config.session.idleMs <= now) {
    await deps.store.deleteSession(tokenHash);
    return null;
  }
  const user = await deps.store.findUserById(session.userId);
  if (!user) return null;
  if (now - session.lastSeenAt >= TOUCH_AFTER_MS) await deps.store.touchSession(tokenHash, now);
  return { user, session, token, csrfToken: csrfTokenFor(token) };
}

/** Cookie-authenticated writes must echo the session's CSRF token in a header a cross-site form cannot set. */
export function checkCsrf(req: FastifyRequest, signedIn: SignedIn): void {
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !safeEqual(sent, signedIn.csrfToken)) {
    throw apiError('csrf_failed', msg('error.csrf'));
  }
}
