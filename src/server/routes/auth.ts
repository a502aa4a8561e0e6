/**
 * Accounts: sign-up, sign-in (with a second factor when it is on), sign-out, the current session,
 * password change. New passwords must pass the policy (auth/password-policy.ts). Sign-in is throttled
 * so that nobody but the owner can keep the owner out (auth/throttle.ts, auth/devices.ts); every other
 * password check is rate-limited per account. Security events go to the log (auth/audit.ts).
 */

import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { msg } from '../../i18n/message.ts';
import type { User } from '../../store/store.ts';
import { type SecurityEvent, securityEvent } from '../auth/audit.ts';
import { DEVICE_TTL_MS, rememberDevice, trustedDevice } from '../auth/devices.ts';
import { spendAttempt } from '../auth/limits.ts';
import { passwordProblem } from '../auth/password-policy.ts';
import { clearSessionCookie, newSession, type SignedIn, setSessionCookie } from '../auth/sessions.ts';
import { THROTTLE_MEMORY_MS, Throttled, takeAttempt, throttledAnswer } from '../auth/throttle.ts';
import { csrfTokenFor, emailKey } from '../auth/tokens.ts';
import { isRecoveryCode, matchTotp, recoveryCodeHash } from '../auth/totp.ts';
import { ApiError, apiError } from '../http-error.ts';
import { type AnyRoute, created, type Deps, noContent, ok, route } from '../route.ts';
import { header, named } from './docs-schemas.ts';

const TAG = 'Accounts';
export const DATABASE_DOWN =
  '`database_unavailable`: the database did not answer in time; nothing sent was stored.';

/** Trimmed and lower-cased before it is checked, so one address is one account however it is typed. */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
/**
 * At least 12 characters and no composition rules (OWASP ASVS); the upper bound only keeps hashing
 * cheap to refuse. Whether it is too easy to guess is the policy's question (weak_password).
 */
export const newPasswordSchema = z.string().min(12).max(1024);
/** Sign-in does not restate the policy: a short password is simply wrong. */
export const anyPasswordSchema = z.string().min(1).max(1024);
/** A 6-digit code from an authenticator app, or a recovery code. */
export const secondFactorSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .describe('The 6-digit code from the authenticator app, or one of the recovery codes');

export const signupSchema = z.object({ email: emailSchema, password: newPasswordSchema }).strict();
export const signinSchema = z
  .object({ email: emailSchema, password: anyPasswordSchema, code: secondFactorSchema.optional() })
  .strict();
export const passwordChangeSchema = z
  .object({ currentPassword: anyPasswordSchema, newPassword: newPasswordSchema })
  .strict();

/** The answer of sign-up, sign-in and GET /api/v1/auth/session. */
export const signedInSchema = named(
  'SignedIn',
  z.object({
    user: z.object({ id: z.uuid(), email: z.email() }),
    csrfToken: z.string().describe('Send as the X-CSRF-Token header on every write'),
  }),
);

function signedInBody(user: User, csrfToken: string): z.infer<typeof signedInSchema> {
  return { user: { id: user.id, email: user.email }, csrfToken };
}

const userAgentOf = (req: FastifyRequest) => req.headers['user-agent'];

async function startSession(req: FastifyRequest, reply: FastifyReply, user: User, deps: Deps) {
  const { token, session } = newSession(user.id, deps.now(), deps.config, userAgentOf(req));
  await deps.store.createSession(session);
  setSessionCookie(req, reply, token, session, deps);
  return signedInBody(user, csrfTokenFor(token));
}

/** Housekeeping on the rare, already slow auth writes instead of a timer in every process. */
async function purge(deps: Deps): Promise<void> {
  const r = deps.config.rateLimits;
  const now = deps.now();
  await deps.store.purgeExpired(
    now,
    deps.config.session.idleMs,
    Math.max(r.signinWindowMs, r.signupWindowMs),
  );
  await deps.store.security.purge(now, THROTTLE_MEMORY_MS, DEVICE_TTL_MS);
}

/** Refuses a new password the policy does not accept, naming why. */
function checkNewPassword(password: string, email: string, path: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw apiError('weak_password', problem, path);
}

/** Logs an event of this request's security story. */
export function logEvent(
  req: FastifyRequest,
  deps: Deps,
  event: SecurityEvent,
  userId?: string | null,
  extra?: Readonly<Record<string, string | number | boolean>>,
): void {
  securityEvent(req, deps.accountKey, event, userId, extra);
}

/** Checks the password of a signed-in user, for password change and account deletion; rate-limited. */
export async function confirmPassword(
  signedIn: SignedIn,
  password: string,
  path: string,
  deps: Deps,
  req?: FastifyRequest,
): Promise<void> {
  const r = deps.config.rateLimits;
  await spendAttempt(
    deps.store,
    [{ key: `password:user:${signedIn.user.id}`, max: r.passwordChecksPerUser, windowMs: r.signinWindowMs }],
    deps.now(),
  );
  if (!(await deps.passwords.verify(signedIn.user.passwordHash, password))) {
    if (req) logEvent(req, deps, 'auth.password_check_failed', signedIn.user.id);
    throw apiError('invalid_credentials', msg('error.wrongPassword'), path);
  }
}

/**
 * The second factor of a user who has it on: a TOTP code (each 30-second step good once) or an unused
 * recovery code. Returns quietly when two-factor sign-in is off.
 */
export async function checkSecondFactor(
  user: User,
  code: string | undefined,
  req: FastifyRequest,
  deps: Deps,
): Promise<void> {
  const tf = await deps.store.security.getTwoFactor(user.id);
  if (!tf || tf.enabledAt === null) return;
  if (!code) {
    logEvent(req, deps, 'auth.two_factor_required', user.id);
    throw apiError('two_factor_required', undefined, 'code');
  }
  const now = deps.now();
  let good: boolean;
  if (isRecoveryCode(code)) {
    good = await deps.store.security.useRecoveryCode(user.id, recoveryCodeHash(code), now);
    if (good)
      logEvent(req, deps, 'auth.recovery_code_used', user.id, {
        left: await deps.store.security.recoveryCodesLeft(user.id),
      });
  } else {
    const step = matchTotp(tf.secret, code, now);
    good = step !== null && (await deps.store.security.useTotpStep(user.id, step));
  }
  if (!good) {
    logEvent(req, deps, 'auth.two_factor_failed', user.id);
    throw apiError('invalid_credentials', msg('error.twoFactor.wrongCode'), 'code');
  }
}

/**
 * Spends one sign-in attempt. From a device that signed in to this account before, only that device's
 * own growing delay applies. From anywhere else: the address's and the email's attempts per window,
 * and a growing delay for this email from this address.
 */
async function spendSigninAttempt(
  req: FastifyRequest,
  deps: Deps,
  email: string,
  device: string | null,
): Promise<string> {
  const now = deps.now();
  if (device) {
    const key = `signin:device:${device}`;
    await takeAttempt(deps.store, key, now);
    return key;
  }
  const r = deps.config.rateLimits;
  await spendAttempt(
    deps.store,
    [
      { key: `signin:ip:${req.ip}`, max: r.signinPerIp, windowMs: r.signinWindowMs },
      { key: `signin:email:${emailKey(email)}`, max: r.signinPerEmail, windowMs: r.signinWindowMs },
    ],
    now,
  );
  const key = `signin:pair:${emailKey(email)}:${req.ip}`;
  await takeAttempt(deps.store, key, now);
  return key;
}

export const authRoutes: readonly AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/v1/auth/signup',
    tag: TAG,
    summary: 'Create an account and sign in',
    description:
      'The password must be at least 12 characters and not easy to guess: not a common or leaked password, not built from the email address or this service’s name, not a pattern (repeats, sequences, keyboard rows, dates). A refusal is `weak_password`, its message says why.',
    access: 'public',
    body: signupSchema,
    responses: {
      201: {
        description: 'Signed in; the session cookie (and this device’s cookie) is set',
        schema: signedInSchema,
        headers: { 'Set-Cookie': header('SetSessionCookie') },
      },
      400: { description: '`weak_password`: the password is too easy to guess; the message says why.' },
      409: { description: '`conflict`: the email is already registered.' },
      429: { description: 'Or too many sign-ups from this address.' },
      503: { description: DATABASE_DOWN },
    },
    handler: async ({ body, req, reply, deps }) => {
      const r = deps.config.rateLimits;
      await spendAttempt(
        deps.store,
        [{ key: `signup:ip:${req.ip}`, max: r.signupPerIp, windowMs: r.signupWindowMs }],
        deps.now(),
      );
      checkNewPassword(body.password, body.email, 'password');
      await purge(deps);
      const now = deps.now();
      const user: User = {
        id: randomUUID(),
        email: body.email,
        passwordHash: await deps.passwords.hash(body.password),
        createdAt: now,
      };
      const { token, session } = newSession(user.id, now, deps.config, userAgentOf(req));
      if ((await deps.store.createUser(user, session)) === 'email_taken') {
        throw apiError('conflict', msg('error.emailTaken'), 'email');
      }
      setSessionCookie(req, reply, token, session, deps);
      await rememberDevice(req, reply, deps, user.id, null);
      logEvent(req, deps, 'auth.signup', user.id);
      return created(signedInBody(user, csrfTokenFor(token)));
    },
  }),
  route({
    method: 'POST',
    url: '/api/v1/auth/signin',
    tag: TAG,
    summary: 'Sign in with email and password (and a code, when two-step sign-in is on)',
    description:
      'Throttled with growing delays per email and client address, and per address and per email in a window; a device that signed in to the account before is throttled on its own, so strangers cannot keep the owner out. A fresh session is made on every sign-in. With two-step sign-in on, the first answer without `code` is 401 `two_factor_required`.',
    access: 'public',
    body: signinSchema,
    responses: {
      200: {
        description: 'Signed in; the session cookie (and this device’s cookie) is set',
        schema: signedInSchema,
        headers: { 'Set-Cookie': header('SetSessionCookie') },
      },
      401: {
        description:
          '`invalid_credentials`: the email, password or code is wrong; `two_factor_required`: the password is right, send the code too.',
      },
      429: { description: 'Or this sign-in must wait (a growing delay after failed attempts).' },
      503: { description: DATABASE_DOWN },
    },
    handler: async ({ body, req, reply, deps }) => {
      const user = await deps.store.findUserByEmail(body.email);
      const device = await trustedDevice(req, deps, user?.id);
      let key: string;
      try {
        key = await spendSigninAttempt(req, deps, body.email, device);
      } catch (error) {
        if (error instanceof Throttled || (error instanceof ApiError && error.code === 'rate_limited')) {
          logEvent(req, deps, 'auth.signin_throttled', user?.id, { trustedDevice: device !== null });
          throw error instanceof Throttled ? throttledAnswer(error) : error;
        }
        throw error;
      }
      const valid = user
        ? await deps.passwords.verify(user.passwordHash, body.password)
        : await deps.passwords.verifyNobody(body.password);
      if (!user || !valid) {
        logEvent(req, deps, 'auth.signin_failed', user?.id, { trustedDevice: device !== null });
        throw apiError('invalid_credentials');
      }
      await checkSecondFactor(user, body.code, req, deps);
      await deps.store.security.clearThrottle(key);
      // A successful sign-in clears the email's failures; the per-address count stays.
      await deps.store.resetCounter(`signin:email:${emailKey(body.email)}`);
      await purge(deps);
      const answer = await startSession(req, reply, user, deps);
      await rememberDevice(req, reply, deps, user.id, device);
      logEvent(req, deps, 'auth.signin', user.id, { trustedDevice: device !== null });
      return ok(answer);
    },
  }),
  route({
    method: 'POST',
    url: '/api/v1/auth/signout',
    tag: TAG,
    summary: 'Sign out (ends this session)',
    access: 'optional',
    // No body, or an empty object: anything else is a client bug worth reporting, not ignoring.
    body: z.object({}).strict().optional(),
    responses: {
      204: {
        description: 'Signed out; the cookie is cleared',
        headers: { 'Set-Cookie': header('ClearSessionCookie') },
      },
    },
    handler: async ({ signedIn, req, reply, deps }) => {
      if (signedIn) {
        await deps.store.deleteSession(signedIn.session.tokenHash);
        logEvent(req, deps, 'auth.signout', signedIn.user.id);
      }
      clearSessionCookie(req, reply, deps.config);
      return noContent();
    },
  }),
  route({
    method: 'GET',
    url: '/api/v1/auth/session',
    tag: TAG,
    summary: 'The signed-in user and the CSRF token for writes',
    access: 'user',
    responses: { 200: { description: 'Signed in', schema: signedInSchema } },
    handler: async ({ signedIn }) => ok(signedInBody(signedIn.user, signedIn.csrfToken)),
  }),
  route({
    method: 'POST',
    url: '/api/v1/auth/password',
    tag: TAG,
    summary: 'Change the password; every other session ends',
    access: 'user',
    body: passwordChangeSchema,
    responses: {
      204: { description: 'Changed' },
      400: { description: '`weak_password`: the new password is too easy to guess; the message says why.' },
      401: { description: 'Or `invalid_credentials`: the current password is wrong.' },
      429: { description: 'Or too many password checks for this account.' },
    },
    handler: async ({ body, signedIn, req, deps }) => {
      await confirmPassword(signedIn, body.currentPassword, 'currentPassword', deps, req);
      checkNewPassword(body.newPassword, signedIn.user.email, 'newPassword');
      const hash = await deps.passwords.hash(body.newPassword);
      await deps.store.changePassword(signedIn.user.id, hash, signedIn.session.tokenHash);
      logEvent(req, deps, 'auth.password_changed', signedIn.user.id);
      return noContent();
    },
  }),
];
