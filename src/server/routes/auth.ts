/**
 * Accounts: sign-up, sign-in, sign-out, the current session, password change. Sign-in and every other
 * password check are rate-limited in the database (per IP and per email, or per account).
 */

import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { msg } from '../../i18n/message.ts';
import type { User } from '../../store/store.ts';
import { spendAttempt } from '../auth/limits.ts';
import { clearSessionCookie, newSession, type SignedIn, setSessionCookie } from '../auth/sessions.ts';
import { csrfTokenFor, emailKey } from '../auth/tokens.ts';
import { apiError } from '../http-error.ts';
import { type AnyRoute, created, type Deps, noContent, ok, route } from '../route.ts';
import { header, named } from './docs-schemas.ts';

const TAG = 'Accounts';
const DATABASE_DOWN = '`database_unavailable`: the database did not answer in time; nothing sent was stored.';

/** Trimmed and lower-cased before it is checked, so one address is one account however it is typed. */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
/**
 * At least 12 characters and no composition rules (OWASP ASVS); the upper bound only keeps hashing
 * cheap to refuse.
 */
export const newPasswordSchema = z.string().min(12).max(1024);
/** Sign-in does not restate the policy: a short password is simply wrong. */
const anyPasswordSchema = z.string().min(1).max(1024);

export const signupSchema = z.object({ email: emailSchema, password: newPasswordSchema }).strict();
export const signinSchema = z.object({ email: emailSchema, password: anyPasswordSchema }).strict();
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

async function startSession(req: FastifyRequest, reply: FastifyReply, user: User, deps: Deps) {
  const { token, session } = newSession(user.id, deps.now(), deps.config);
  await deps.store.createSession(session);
  setSessionCookie(req, reply, token, session, deps);
  return signedInBody(user, csrfTokenFor(token));
}

/** Housekeeping on the rare, already slow auth writes instead of a timer in every process. */
async function purge(deps: Deps): Promise<void> {
  const r = deps.config.rateLimits;
  await deps.store.purgeExpired(
    deps.now(),
    deps.config.session.idleMs,
    Math.max(r.signinWindowMs, r.signupWindowMs),
  );
}

/** Checks the password of a signed-in user, for password change and account deletion; rate-limited. */
export async function confirmPassword(
  signedIn: SignedIn,
  password: string,
  path: string,
  deps: Deps,
): Promise<void> {
  const r = deps.config.rateLimits;
  await spendAttempt(
    deps.store,
    [{ key: `password:user:${signedIn.user.id}`, max: r.passwordChecksPerUser, windowMs: r.signinWindowMs }],
    deps.now(),
  );
  if (!(await deps.passwords.verify(signedIn.user.passwordHash, password))) {
    throw apiError('invalid_credentials', msg('error.wrongPassword'), path);
  }
}

export const authRoutes: readonly AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/v1/auth/signup',
    tag: TAG,
    summary: 'Create an account and sign in',
    access: 'public',
    body: signupSchema,
    responses: {
      201: {
        description: 'Signed in; the session cookie is set',
        schema: signedInSchema,
        headers: { 'Set-Cookie': header('SetSessionCookie') },
      },
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
      await purge(deps);
      const now = deps.now();
      const user: User = {
        id: randomUUID(),
        email: body.email,
        passwordHash: await deps.passwords.hash(body.password),
        createdAt: now,
      };
      const { token, session } = newSession(user.id, now, deps.config);
      if ((await deps.store.createUser(user, session)) === 'email_taken') {
        throw apiError('conflict', msg('error.emailTaken'), 'email');
      }
      setSessionCookie(req, reply, token, session, deps);
      req.log.info({ event: 'auth.signup', userId: user.id }, 'account created');
      return created(signedInBody(user, csrfTokenFor(token)));
    },
  }),
  route({
    method: 'POST',
    url: '/api/v1/auth/signin',
    tag: TAG,
    summary: 'Sign in with email and password',
    description:
      'Rate-limited per client IP and per email address; a fresh session is made on every sign-in.',
    access: 'public',
    body: signinSchema,
    responses: {
      200: {
        description: 'Signed in; the session cookie is set',
        schema: signedInSchema,
        headers: { 'Set-Cookie': header('SetSessionCookie') },
      },
      401: { description: '`invalid_credentials`: the email or password is wrong.' },
      429: { description: 'Or too many sign-in attempts from this address or for this email.' },
      503: { description: DATABASE_DOWN },
    },
    handler: async ({ body, req, reply, deps }) => {
      const r = deps.config.rateLimits;
      const byEmail = `signin:email:${emailKey(body.email)}`;
      await spendAttempt(
        deps.store,
        [
          { key: `signin:ip:${req.ip}`, max: r.signinPerIp, windowMs: r.signinWindowMs },
          { key: byEmail, max: r.signinPerEmail, windowMs: r.signinWindowMs },
        ],
        deps.now(),
      );
      const user = await deps.store.findUserByEmail(body.email);
      const valid = user
        ? await deps.passwords.verify(user.passwordHash, body.password)
        : await deps.passwords.verifyNobody(body.password);
      if (!user || !valid) {
        req.log.info({ event: 'auth.signin_failed' }, 'sign-in failed');
        throw apiError('invalid_credentials');
      }
      // A successful sign-in clears the address's failures; the per-IP count stays.
      await deps.store.resetCounter(byEmail);
      await purge(deps);
      req.log.info({ event: 'auth.signin', userId: user.id }, 'signed in');
      return ok(await startSession(req, reply, user, deps));
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
      if (signedIn) await deps.store.deleteSession(signedIn.session.tokenHash);
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
      401: { description: 'Or `invalid_credentials`: the current password is wrong.' },
      429: { description: 'Or too many password checks for this account.' },
    },
    handler: async ({ body, signedIn, req, deps }) => {
      await confirmPassword(signedIn, body.currentPassword, 'currentPassword', deps);
      const hash = await deps.passwords.hash(body.newPassword);
      await deps.store.changePassword(signedIn.user.id, hash, signedIn.session.tokenHash);
      req.log.info({ event: 'auth.password_changed', userId: signedIn.user.id }, 'password changed');
      return noContent();
    },
  }),
];
