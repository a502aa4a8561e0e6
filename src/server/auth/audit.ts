/**
 * Security events in the log (ASVS 16.2.1, 16.3.1): sign-ins and their failures, throttled attempts, two-
 * factor changes, ended sessions, password changes, account deletion. Each line says when (pino's time),
 * where from (the client address, as TRUST_PROXY lets us see it) and who, as a pseudonymous account key:
 * an HMAC of the account id under a server-wide secret kept in the database. The same account always has
 * the same key, so its events can be followed, but the key names nobody: it is neither the id nor the
 * email, and never health data.
 */
import { createHmac } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export type SecurityEvent =
  | 'auth.signup'
  | 'auth.signin'
  | 'auth.signin_failed'
  | 'auth.signin_throttled'
  | 'auth.two_factor_required'
  | 'auth.two_factor_failed'
  | 'auth.recovery_code_used'
  | 'auth.two_factor_started'
  | 'auth.two_factor_enabled'
  | 'auth.two_factor_disabled'
  | 'auth.signout'
  | 'auth.session_ended'
  | 'auth.password_changed'
  | 'auth.password_check_failed'
  | 'account.deleted';

/** The name of the server secret that keys the account pseudonyms. */
export const ACCOUNT_KEY_SECRET = 'log-account-key';

export function accountKeyer(secret: string): (userId: string) => string {
  return (userId) => createHmac('sha256', secret).update(`account:${userId}`).digest('hex').slice(0, 32);
}

/** Logs one security event; `userId` is turned into its account key here and is never logged. */
export function securityEvent(
  req: FastifyRequest,
  accountKey: (userId: string) => string,
  event: SecurityEvent,
  userId?: string | null,
  extra: Readonly<Record<string, string | number | boolean>> = {},
): void {
  req.log.info(
    { event, security: true, ip: req.ip, ...(userId ? { account: accountKey(userId) } : {}), ...extra },
    'security event',
  );
}
