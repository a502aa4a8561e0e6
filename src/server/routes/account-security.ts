/**
 * The signed-in person's own security (ASVS 5.0 level 2): the list of their sessions, with a way to end
 * any of them (7.5.2), and optional two-step sign-in with an authenticator app (TOTP, RFC 6238) and
 * single-use recovery codes (6.3.3, 6.5). Turning two-step sign-in on or off asks for the password
 * again, and off also for a code (7.5.1).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { msg } from '../../i18n/message.ts';
import { matchTotp, newRecoveryCodes, newTotpSecret, otpauthUri, recoveryCodeHash } from '../auth/totp.ts';
import { apiError } from '../http-error.ts';
import { type AnyRoute, noContent, ok, route } from '../route.ts';
import {
  anyPasswordSchema,
  checkSecondFactor,
  confirmPassword,
  logEvent,
  secondFactorSchema,
} from './auth.ts';
import { named } from './docs-schemas.ts';

const TAG = 'Accounts';

/**
 * The public id of a session: derived from its token hash (which never leaves the server), shaped as a
 * UUID (version 8, RFC 9562) so that ids in paths are checked the same way everywhere.
 */
export function sessionId(tokenHash: string): string {
  const h = createHash('sha256').update(`session-id:${tokenHash}`).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x80;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const iso = (ms: number) => new Date(ms).toISOString();

const sessionListSchema = named(
  'SessionList',
  z.object({
    items: z.array(
      z.object({
        id: z.uuid().describe('Use with DELETE /api/v1/auth/sessions/{id}'),
        userAgent: z.string().nullable().describe('The browser’s User-Agent at sign-in'),
        createdAt: z.iso.datetime().describe('Signed in at'),
        lastSeenAt: z.iso.datetime().describe('Last used (to the minute)'),
        current: z.boolean().describe('The session of this request'),
      }),
    ),
  }),
);

const twoFactorStatusSchema = named(
  'TwoFactorStatus',
  z.object({
    enabled: z.boolean(),
    recoveryCodesLeft: z.int().min(0).describe('Unused recovery codes (0 when two-step sign-in is off)'),
  }),
);

const passwordBody = z.object({ password: anyPasswordSchema }).strict();
const confirmBody = z.object({ code: secondFactorSchema }).strict();
const disableBody = z.object({ password: anyPasswordSchema, code: secondFactorSchema }).strict();

export const accountSecurityRoutes: readonly AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/v1/auth/sessions',
    tag: TAG,
    summary: 'My sessions: where I am signed in',
    access: 'user',
    responses: { 200: { description: 'Live sessions, newest first', schema: sessionListSchema } },
    handler: async ({ signedIn, deps }) => {
      const now = deps.now();
      const live = (await deps.store.security.listSessions(signedIn.user.id)).filter(
        (s) => s.expiresAt > now && s.lastSeenAt + deps.config.session.idleMs > now,
      );
      return ok({
        items: live.map((s) => ({
          id: sessionId(s.tokenHash),
          userAgent: s.userAgent,
          createdAt: iso(s.createdAt),
          lastSeenAt: iso(s.lastSeenAt),
          current: s.tokenHash === signedIn.session.tokenHash,
        })),
      });
    },
  }),
  route({
    method: 'DELETE',
    url: '/api/v1/auth/sessions/:id',
    tag: TAG,
    summary: 'End one of my sessions (signs that browser out)',
    access: 'user',
    params: z.object({ id: z.uuid() }).strict(),
    responses: {
      204: { description: 'Ended' },
      404: { description: '`not_found`: none of my sessions has this id (it may have ended already).' },
    },
    handler: async ({ params, signedIn, req, deps }) => {
      const target = (await deps.store.security.listSessions(signedIn.user.id)).find(
        (s) => sessionId(s.tokenHash) === params.id,
      );
      if (!target || !(await deps.store.security.endSession(signedIn.user.id, target.tokenHash)))
        throw apiError('not_found', msg('error.noSuchSession'), 'id');
      logEvent(req, deps, 'auth.session_ended', signedIn.user.id, {
        current: target.tokenHash === signedIn.session.tokenHash,
      });
      return noContent();
    },
  }),
  route({
    method: 'GET',
    url: '/api/v1/auth/two-factor',
    tag: TAG,
    summary: 'Whether two-step sign-in is on, and how many recovery codes are left',
    access: 'user',
    responses: { 200: { description: 'The state', schema: twoFactorStatusSchema } },
    handler: async ({ signedIn, deps }) => {
      const tf = await deps.store.security.getTwoFactor(signedIn.user.id);
      const enabled = tf !== null && tf.enabledAt !== null;
      return ok({
        enabled,
        recoveryCodesLeft: enabled ? await deps.store.security.recoveryCodesLeft(signedIn.user.id) : 0,
      });
    },
  }),
  route({
    method: 'POST',
    url: '/api/v1/auth/two-factor/setup',
    tag: TAG,
    summary: 'Start turning on two-step sign-in: a new secret for an authenticator app',
    description:
      'Asks for the password again. Nothing changes at sign-in until POST /api/v1/auth/two-factor/confirm gets a code made with this secret.',
    access: 'user',
    body: passwordBody,
    responses: {
      200: {
        description: 'The secret, for the app to scan (otpauthUri, as a QR code) or type (secret)',
        schema: named(
          'TwoFactorSetup',
          z.object({
            secret: z.string().describe('Base32, 160 bits'),
            otpauthUri: z.string().describe('otpauth://totp/… for a QR code'),
          }),
        ),
      },
      401: { description: 'Or `invalid_credentials`: the password is wrong.' },
      409: { description: '`conflict`: two-step sign-in is already on.' },
      429: { description: 'Or too many password checks for this account.' },
    },
    handler: async ({ body, signedIn, req, deps }) => {
      await confirmPassword(signedIn, body.password, 'password', deps, req);
      const current = await deps.store.security.getTwoFactor(signedIn.user.id);
      if (current?.enabledAt != null) throw apiError('conflict', msg('error.twoFactor.alreadyOn'));
      const secret = newTotpSecret();
      await deps.store.security.startTwoFactor(signedIn.user.id, secret, deps.now());
      logEvent(req, deps, 'auth.two_factor_started', signedIn.user.id);
      return ok({ secret, otpauthUri: otpauthUri(secret, signedIn.user.email) });
    },
  }),
  route({
    method: 'POST',
    url: '/api/v1/auth/two-factor/confirm',
    tag: TAG,
    summary: 'Turn two-step sign-in on with a first code from the app; answers the recovery codes',
    description:
      'The ten recovery codes are shown this once: the server keeps only their hashes. Each one signs in once in place of a code.',
    access: 'user',
    body: confirmBody,
    responses: {
      200: {
        description: 'On; the recovery codes',
        schema: named(
          'RecoveryCodes',
          z.object({ recoveryCodes: z.array(z.string()).describe('Each usable once; keep them safe') }),
        ),
      },
      400: { description: 'Or `invalid_value`: the code is not the app’s current one.' },
      409: { description: '`conflict`: set-up was not started, or two-step sign-in is already on.' },
    },
    handler: async ({ body, signedIn, req, deps }) => {
      const tf = await deps.store.security.getTwoFactor(signedIn.user.id);
      if (!tf) throw apiError('conflict', msg('error.twoFactor.notStarted'));
      if (tf.enabledAt !== null) throw apiError('conflict', msg('error.twoFactor.alreadyOn'));
      const step = matchTotp(tf.secret, body.code, deps.now());
      if (step === null) throw apiError('invalid_value', msg('error.twoFactor.wrongCode'), 'code');
      const codes = newRecoveryCodes();
      if (
        !(await deps.store.security.enableTwoFactor(
          signedIn.user.id,
          codes.map(recoveryCodeHash),
          step,
          deps.now(),
        ))
      )
        throw apiError('conflict', msg('error.twoFactor.notStarted'));
      logEvent(req, deps, 'auth.two_factor_enabled', signedIn.user.id);
      return ok({ recoveryCodes: codes });
    },
  }),
  route({
    method: 'DELETE',
    url: '/api/v1/auth/two-factor',
    tag: TAG,
    summary: 'Turn two-step sign-in off (password and a code, or a recovery code)',
    access: 'user',
    body: disableBody,
    responses: {
      204: { description: 'Off; the secret and the recovery codes are forgotten' },
      401: { description: 'Or `invalid_credentials`: the password or the code is wrong.' },
      409: { description: '`conflict`: two-step sign-in is not on.' },
      429: { description: 'Or too many password checks for this account.' },
    },
    handler: async ({ body, signedIn, req, deps }) => {
      const tf = await deps.store.security.getTwoFactor(signedIn.user.id);
      if (!tf || tf.enabledAt === null) throw apiError('conflict', msg('error.twoFactor.off'));
      await confirmPassword(signedIn, body.password, 'password', deps, req);
      await checkSecondFactor(signedIn.user, body.code, req, deps);
      await deps.store.security.disableTwoFactor(signedIn.user.id);
      logEvent(req, deps, 'auth.two_factor_disabled', signedIn.user.id);
      return noContent();
    },
  }),
];
