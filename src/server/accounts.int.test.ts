/**
 * Accounts against real databases: sign-up, sign-in, sessions (expiry, idle timeout, sign-out, password
 * change), CSRF, and the database-backed rate limits.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from './auth/tokens.ts';
import {
  checkedApp,
  clientFor,
  cookieFrom,
  expectJsonError,
  type Harness,
  openHarness,
  PASSWORD,
  signIn,
  signUp,
} from './testing/harness.ts';

const KINDS = ['sqlite', 'postgres'] as const;

describe.each(KINDS)('accounts on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(kind);
  });
  afterAll(async () => h?.close());

  describe('sign-up', () => {
    it('creates the account, signs in with an HttpOnly SameSite cookie and returns the CSRF token', async () => {
      const email = `New.${randomUUID()}@Example.test`;
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: { email: `  ${email} `, password: PASSWORD },
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.user.email).toBe(email.toLowerCase());
      expect(typeof body.csrfToken).toBe('string');
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/^backease_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).not.toContain('Secure');
      // The database holds the token's hash, never the token.
      const token = cookieFrom(res).split('=')[1] as string;
      expect(await h.store.findSession(token)).toBeNull();
      expect((await h.store.findSession(hashToken(token)))?.userId).toBe(body.user.id);
      // The password is stored as an argon2id hash.
      expect((await h.store.findUserById(body.user.id))?.passwordHash).toMatch(/^\$argon2id\$/);
    });

    it('refuses an email that is already registered, in any case, and stores nothing', async () => {
      const a = await signUp(h.app);
      const before = await h.store.countRows();
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: { email: a.email.toUpperCase(), password: PASSWORD },
      });
      expect(expectJsonError(res, 409)).toBe('conflict');
      expect(await h.store.countRows()).toEqual(before);
    });

    it('refuses a short password and a malformed email, naming the field', async () => {
      const short = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: { email: 'x@example.test', password: 'short' },
      });
      expectJsonError(short, 400);
      expect(short.json().error.issues[0].path).toBe('password');
      const bad = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: { email: 'not an email', password: PASSWORD },
      });
      expectJsonError(bad, 400);
      expect(bad.json().error.issues[0].path).toBe('email');
    });

    it('marks the cookie Secure behind a trusted TLS proxy', async () => {
      const behindProxy = await openHarness('memory', { trustProxy: true });
      try {
        const res = await behindProxy.app.inject({
          method: 'POST',
          url: '/api/v1/auth/signup',
          headers: { 'x-forwarded-proto': 'https' },
          payload: { email: `${randomUUID()}@example.test`, password: PASSWORD },
        });
        expect(String(res.headers['set-cookie'])).toContain('Secure');
      } finally {
        await behindProxy.close();
      }
    });
  });

  describe('sign-in and sessions', () => {
    it('signs in with a fresh session; the session route returns the user and CSRF token', async () => {
      const a = await signUp(h.app);
      const again = await signIn(h.app, a.email.toUpperCase());
      expect(again.cookie).not.toBe(a.cookie);
      const session = await again.call('GET', '/api/v1/auth/session');
      expect(session.statusCode).toBe(200);
      expect(session.json()).toEqual({ user: { id: a.userId, email: a.email }, csrfToken: again.csrfToken });
    });

    it('answers a wrong password and an unknown email alike: 401 invalid_credentials', async () => {
      const a = await signUp(h.app);
      const wrong = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: a.email, password: 'not the password' },
      });
      const unknown = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: `${randomUUID()}@example.test`, password: PASSWORD },
      });
      expect(expectJsonError(wrong, 401)).toBe('invalid_credentials');
      expect(expectJsonError(unknown, 401)).toBe('invalid_credentials');
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.headers['set-cookie']).toBeUndefined();
    });

    it('requires a session: 401 without a cookie or with a made-up one', async () => {
      expect(expectJsonError(await h.app.inject({ url: '/api/v1/auth/session' }), 401)).toBe(
        'unauthenticated',
      );
      const forged = await h.app.inject({
        url: '/api/v1/auth/session',
        headers: { cookie: 'backease_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      });
      expectJsonError(forged, 401);
    });

    it('signs out: the session ends in the database and the cookie is cleared', async () => {
      const a = await signUp(h.app);
      const out = await a.call('POST', '/api/v1/auth/signout');
      expect(out.statusCode).toBe(204);
      expect(String(out.headers['set-cookie'])).toMatch(/backease_session=;.*Expires=Thu, 01 Jan 1970/);
      expectJsonError(await a.call('GET', '/api/v1/auth/session'), 401);
      // Signing out again (or without a session) is harmless.
      expect((await h.app.inject({ method: 'POST', url: '/api/v1/auth/signout' })).statusCode).toBe(204);
    });

    it('changes the password: other sessions end, this one continues, only the new password works', async () => {
      const a = await signUp(h.app);
      const other = await signIn(h.app, a.email);
      const wrong = await a.call('POST', '/api/v1/auth/password', {
        currentPassword: 'not it at all',
        newPassword: 'a brand new passphrase',
      });
      expect(expectJsonError(wrong, 401)).toBe('invalid_credentials');
      expect((await other.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);

      const res = await a.call('POST', '/api/v1/auth/password', {
        currentPassword: PASSWORD,
        newPassword: 'a brand new passphrase',
      });
      expect(res.statusCode).toBe(204);
      expect((await a.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
      expectJsonError(await other.call('GET', '/api/v1/auth/session'), 401);
      const old = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: a.email, password: PASSWORD },
      });
      expectJsonError(old, 401);
      await signIn(h.app, a.email, 'a brand new passphrase');
    });
  });

  describe('CSRF', () => {
    it('refuses cookie-authenticated writes without the token, or with another session’s, and stores nothing', async () => {
      const a = await signUp(h.app);
      const b = await signUp(h.app);
      const before = await h.store.countRows();
      const record = { at: '2026-11-28T08:00:00Z', pain: 3 };
      const missing = await h.app.inject({
        method: 'POST',
        url: '/api/v1/checkins',
        headers: { cookie: a.cookie },
        payload: record,
      });
      expect(expectJsonError(missing, 403)).toBe('csrf_failed');
      const foreign = await h.app.inject({
        method: 'POST',
        url: '/api/v1/checkins',
        headers: { cookie: a.cookie, 'x-csrf-token': b.csrfToken },
        payload: record,
      });
      expect(expectJsonError(foreign, 403)).toBe('csrf_failed');
      const signout = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signout',
        headers: { cookie: a.cookie },
      });
      expectJsonError(signout, 403);
      expect(await h.store.countRows()).toEqual(before);
      expect((await a.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    });

    it('refuses form and text bodies (what a cross-site form can send) with 415', async () => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify({ email: 'a@example.test', password: PASSWORD }),
      });
      expect(expectJsonError(res, 415)).toBe('unsupported_media_type');
      const form = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=a%40example.test&password=x',
      });
      expectJsonError(form, 415);
    });
  });
});

describe.each(KINDS)('session lifetime on %s', (kind) => {
  let h: Harness;
  let now = Date.parse('2026-11-28T08:00:00Z');
  beforeAll(async () => {
    h = await openHarness(
      kind,
      { session: { ttlMs: 10 * 3_600_000, idleMs: 3_600_000 } },
      { now: () => now },
    );
  });
  afterAll(async () => h?.close());

  it('ends a session left idle longer than the idle timeout', async () => {
    const a = await signUp(h.app);
    now += 59 * 60_000;
    expect((await a.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    now += 59 * 60_000; // used a minute ago: still alive, idle clock restarted
    expect((await a.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    now += 61 * 60_000;
    expectJsonError(await a.call('GET', '/api/v1/auth/session'), 401);
    // An expired session is removed, not just refused.
    expect(await h.store.findSession(hashToken(a.cookie.split('=')[1] as string))).toBeNull();
  });

  it('ends an active session at its absolute lifetime', async () => {
    const a = await signUp(h.app);
    for (let i = 0; i < 10; i++) {
      now += 55 * 60_000;
      expect((await a.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    }
    now += 55 * 60_000; // 10 h 5 min after sign-in
    expectJsonError(await a.call('GET', '/api/v1/auth/session'), 401);
  });
});

describe.each(KINDS)('sign-in rate limits on %s (counted in the database)', (kind) => {
  let h: Harness;
  let now = Date.parse('2026-11-28T08:00:00Z');
  beforeAll(async () => {
    const base = (await import('../config/config.ts')).testConfig();
    h = await openHarness(
      kind,
      {
        rateLimits: {
          ...base.rateLimits,
          signinPerEmail: 3,
          signinPerIp: 8,
          signupPerIp: 100,
          passwordChecksPerUser: 2,
        },
      },
      { now: () => now },
    );
  });
  afterAll(async () => h?.close());

  const attempt = (email: string, password: string, ip = '10.0.0.1') =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email, password },
      remoteAddress: ip,
    });

  it('limits attempts per email, even with the right password, and counts parallel attempts', async () => {
    const a = await signUp(h.app);
    // Three parallel wrong attempts use up the allowance; none can slip between check and count.
    const first = await Promise.all([1, 2, 3].map((i) => attempt(a.email, `wrong ${i}`, `10.1.0.${i}`)));
    expect(first.map((r) => r.statusCode)).toEqual([401, 401, 401]);
    const limited = await attempt(a.email, PASSWORD, '10.1.0.9');
    expect(expectJsonError(limited, 429)).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    const b = await signUp(h.app);
    expect((await attempt(b.email, PASSWORD, '10.1.0.9')).statusCode).toBe(200);
    // After the window, the right password works again.
    now += 16 * 60_000;
    expect((await attempt(a.email, PASSWORD, '10.1.0.9')).statusCode).toBe(200);
  });

  it('a successful sign-in clears the email’s failures', async () => {
    const a = await signUp(h.app);
    await attempt(a.email, 'wrong', '10.2.0.1');
    await attempt(a.email, 'wrong', '10.2.0.1');
    expect((await attempt(a.email, PASSWORD, '10.2.0.1')).statusCode).toBe(200);
    expect((await attempt(a.email, 'wrong', '10.2.0.1')).statusCode).toBe(401);
    expect((await attempt(a.email, 'wrong', '10.2.0.1')).statusCode).toBe(401);
  });

  it('limits attempts per client IP across many emails', async () => {
    const ip = '10.3.0.1';
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++)
      statuses.push((await attempt(`${randomUUID()}@example.test`, 'guess', ip)).statusCode);
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses[8]).toBe(429);
  });

  it('is shared by every process: a second app on the same database sees the same counts', async () => {
    const a = await signUp(h.app);
    const { buildApp } = await import('./app.ts');
    const second = checkedApp(await buildApp(h.config, h.store, { now: () => now }));
    try {
      await attempt(a.email, 'wrong', '10.4.0.1');
      await attempt(a.email, 'wrong', '10.4.0.1');
      await attempt(a.email, 'wrong', '10.4.0.1');
      const res = await second.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: a.email, password: PASSWORD },
        remoteAddress: '10.4.0.2',
      });
      expect(expectJsonError(res, 429)).toBe('rate_limited');
      // Sessions too: a cookie from the first process works on the second.
      const viaSecond = clientFor(second, a);
      expect((await viaSecond.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('limits password checks of a signed-in account (password change)', async () => {
    const a = await signUp(h.app);
    const change = (currentPassword: string) =>
      a.call('POST', '/api/v1/auth/password', { currentPassword, newPassword: 'another long passphrase' });
    expect((await change('wrong one')).statusCode).toBe(401);
    expect((await change('wrong two')).statusCode).toBe(401);
    expect(expectJsonError(await change(PASSWORD), 429)).toBe('rate_limited');
  });
});
