/**
 * Accounts to ASVS 5.0 level 2, against real databases: the password policy, throttling that cannot lock
 * the owner out, two-step sign-in with recovery codes, the list of sessions and ending them (only one's
 * own), `__Host-` cookies behind TLS, and the security events in the log.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config/config.ts';
import { createLogger } from './logging.ts';
import {
  type Client,
  clientFor,
  cookieFrom,
  expectJsonError,
  type Harness,
  openHarness,
  PASSWORD,
  signIn,
  signUp,
} from './testing/harness.ts';
import { codeAt, turnOnTwoFactor } from './testing/two-factor.ts';

const KINDS = ['sqlite', 'postgres'] as const;

/** The cookies an answer sets, name → value. */
function cookies(res: LightMyRequestResponse): Map<string, string> {
  const set = res.headers['set-cookie'];
  const list = Array.isArray(set) ? set : set ? [set] : [];
  return new Map(
    list.map((c) => {
      const [pair] = c.split(';');
      const i = (pair as string).indexOf('=');
      return [(pair as string).slice(0, i), (pair as string).slice(i + 1)];
    }),
  );
}

describe.each(KINDS)('account security on %s', (kind) => {
  let h: Harness;
  let now = Date.parse('2026-11-28T08:00:00Z');
  const log: string[] = [];
  beforeAll(async () => {
    const base = testConfig();
    h = await openHarness(
      kind,
      { rateLimits: { ...base.rateLimits, signinPerEmail: 10, signinPerIp: 1000 } },
      { now: () => now, logger: createLogger('info', { write: (s: string) => log.push(s) }) },
    );
  });
  afterAll(async () => h?.close());

  const signup = (email: string, password: string) =>
    h.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email, password } });

  describe('password policy', () => {
    it.each([
      ['password1234', 'leaked'],
      [' '.repeat(12), 'spaces'],
      ['\u0000'.repeat(12), 'invisible'],
      ['abcdefghijklmnop', 'Sequences'],
      ['qwertyuiopasdf', 'common'],
      ['backease backease', 'service'],
    ])('refuses %j with weak_password, saying why, and stores nothing', async (password, why) => {
      const before = await h.store.countRows();
      const res = await signup(`${randomUUID()}@example.test`, password);
      expect(expectJsonError(res, 400)).toBe('weak_password');
      const issue = res.json().error.issues[0];
      expect(issue.path).toBe('password');
      // The words say why (each reason has its own), in the catalogue's language.
      expect(issue.message).toContain(why);
      expect(await h.store.countRows()).toEqual(before);
    });

    it('names different reasons for different weaknesses', async () => {
      const reason = async (password: string, email = `${randomUUID()}@example.test`) =>
        (await signup(email, password)).json().error.issues[0].message as string;
      const reasons = new Set([
        await reason('password1234'),
        await reason(' '.repeat(12)),
        await reason('abcdefghijklmnop'),
        await reason('zebra.mcgregor.99', 'zebra.mcgregor@example.test'),
      ]);
      expect(reasons.size).toBe(4);
      expect(await reason('zebra.mcgregor.99', 'zebra.mcgregor@example.test')).toContain('email');
    });

    it('accepts a long passphrase of unrelated words, and allows 64 characters and more', async () => {
      expect((await signup(`${randomUUID()}@example.test`, PASSWORD)).statusCode).toBe(201);
      const long = 'orange kettle umbrella violin '.repeat(4);
      expect(long.length).toBeGreaterThan(64);
      expect((await signup(`${randomUUID()}@example.test`, long)).statusCode).toBe(201);
    });

    it('applies to a password change too, which then changes nothing', async () => {
      const a = await signUp(h.app);
      const res = await a.call('POST', '/api/v1/auth/password', {
        currentPassword: PASSWORD,
        newPassword: 'password1234',
      });
      expect(expectJsonError(res, 400)).toBe('weak_password');
      expect(res.json().error.issues[0].path).toBe('newPassword');
      await signIn(h.app, a.email);
    });
  });

  describe('sign-in throttling that cannot lock the owner out', () => {
    const attempt = (email: string, password: string, ip: string, cookie?: string, code?: string) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email, password, ...(code ? { code } : {}) },
        remoteAddress: ip,
        ...(cookie ? { headers: { cookie } } : {}),
      });

    it('ten wrong passwords from an attacker do not stop the owner’s correct one on the owner’s device', async () => {
      const owner = await signUp(h.app);
      // The owner's browser signed in before: it holds a device cookie.
      const first = await attempt(owner.email, PASSWORD, '10.20.0.1');
      expect(first.statusCode).toBe(200);
      const device = [...cookies(first)].find(([name]) => name.endsWith('backease_device'));
      expect(device).toBeDefined();
      const deviceCookie = `${device?.[0]}=${device?.[1]}`;

      // The attacker knows the email and tries from elsewhere, again and again, as fast as allowed.
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        statuses.push((await attempt(owner.email, `guess number ${i}`, '203.0.113.9')).statusCode);
        now += 500;
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses).toContain(429);
      // And from many addresses, until the email's own limit is spent.
      for (let i = 0; i < 10; i++) await attempt(owner.email, `guess ${i}`, `198.51.100.${i}`);
      expect((await attempt(owner.email, PASSWORD, '198.51.100.77')).statusCode).toBe(429);

      // The owner, on their own device, from their own address (or the attacker's), signs in at once.
      expect((await attempt(owner.email, PASSWORD, '10.20.0.1', deviceCookie)).statusCode).toBe(200);
      expect((await attempt(owner.email, PASSWORD, '203.0.113.9', deviceCookie)).statusCode).toBe(200);
    });

    it('a device cookie of another account earns no trust, and a made-up one none either', async () => {
      const a = await signUp(h.app);
      const b = await signUp(h.app);
      const res = await attempt(a.email, PASSWORD, '10.21.0.1');
      const [name, value] = [...cookies(res)].find(([n]) => n.endsWith('backease_device')) as [
        string,
        string,
      ];
      for (const [n, cookie] of [`${name}=${value}`, `${name}=made-up-token`].entries()) {
        for (let i = 0; i < 4; i++)
          expect((await attempt(b.email, 'wrong one', `10.21.1.${n}`, cookie)).statusCode).toBe(401);
        expect(expectJsonError(await attempt(b.email, 'wrong one', `10.21.1.${n}`, cookie), 429)).toBe(
          'rate_limited',
        );
        now += 60 * 60_000;
      }
    });

    it('grows the wait after each failure, says how long, and forgets after a success', async () => {
      const a = await signUp(h.app);
      const ip = '10.22.0.1';
      for (let i = 0; i < 4; i++) expect((await attempt(a.email, `wrong ${i}`, ip)).statusCode).toBe(401);
      const wait1 = await attempt(a.email, PASSWORD, ip);
      expect(expectJsonError(wait1, 429)).toBe('rate_limited');
      expect(wait1.headers['retry-after']).toBe('1');
      now += 1000;
      expect((await attempt(a.email, 'wrong 5', ip)).statusCode).toBe(401);
      const wait2 = await attempt(a.email, PASSWORD, ip);
      expect(wait2.headers['retry-after']).toBe('2');
      now += 2000;
      expect((await attempt(a.email, PASSWORD, ip)).statusCode).toBe(200);
      // After a success the count starts again.
      for (let i = 0; i < 3; i++) expect((await attempt(a.email, `wrong ${i}`, ip)).statusCode).toBe(401);
    });

    it('parallel guesses cannot slip past a delay', async () => {
      const a = await signUp(h.app);
      const ip = '10.23.0.1';
      for (let i = 0; i < 3; i++) await attempt(a.email, `wrong ${i}`, ip);
      const burst = await Promise.all(
        Array.from({ length: 8 }, (_, i) => attempt(a.email, `burst ${i}`, ip)),
      );
      expect(burst.filter((r) => r.statusCode === 401)).toHaveLength(1);
      expect(burst.filter((r) => r.statusCode === 429)).toHaveLength(7);
    });
  });

  describe('two-step sign-in', () => {
    const signin = (email: string, code?: string, password = PASSWORD) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email, password, ...(code === undefined ? {} : { code }) },
        remoteAddress: `10.30.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      });

    it('enrols, confirms, asks for the code at sign-in, takes each code once, and turns off', async () => {
      const a = await signUp(h.app);
      expect((await a.call('GET', '/api/v1/auth/two-factor')).json()).toEqual({
        enabled: false,
        recoveryCodesLeft: 0,
      });
      // Set-up needs the password again, and changes nothing until confirmed.
      expect(
        expectJsonError(await a.call('POST', '/api/v1/auth/two-factor/setup', { password: 'not it' }), 401),
      ).toBe('invalid_credentials');
      const setup = (await a.call('POST', '/api/v1/auth/two-factor/setup', { password: PASSWORD })).json();
      expect(setup.otpauthUri).toContain(`secret=${setup.secret}`);
      expect((await signin(a.email)).statusCode).toBe(200);
      const wrong = await a.call('POST', '/api/v1/auth/two-factor/confirm', { code: '000000' });
      expect(expectJsonError(wrong, 400)).toBe('invalid_value');
      const confirm = await a.call('POST', '/api/v1/auth/two-factor/confirm', {
        code: codeAt(setup.secret, now),
      });
      const { recoveryCodes } = confirm.json() as { recoveryCodes: string[] };
      expect(recoveryCodes).toHaveLength(10);
      expect((await a.call('GET', '/api/v1/auth/two-factor')).json()).toEqual({
        enabled: true,
        recoveryCodesLeft: 10,
      });
      // The codes are kept only as hashes.
      expect(JSON.stringify(await h.store.exportDiary(a.userId))).not.toContain(recoveryCodes[0]);

      // Password alone is no longer enough; the code must be right, and a code is good once.
      const noCode = await signin(a.email);
      expect(expectJsonError(noCode, 401)).toBe('two_factor_required');
      expect(noCode.headers['set-cookie']).toBeUndefined();
      expect(expectJsonError(await signin(a.email, '123456'), 401)).toBe('invalid_credentials');
      expect(expectJsonError(await signin(a.email, codeAt(setup.secret, now), 'wrong password'), 401)).toBe(
        'invalid_credentials',
      );
      // The confirming code's step is used up; the next step's code works once.
      expect(expectJsonError(await signin(a.email, codeAt(setup.secret, now)), 401)).toBe(
        'invalid_credentials',
      );
      now += 30_000;
      const code = codeAt(setup.secret, now);
      expect((await signin(a.email, code)).statusCode).toBe(200);
      expect(expectJsonError(await signin(a.email, code), 401)).toBe('invalid_credentials');

      // A recovery code signs in once, typed any way.
      const recovery = recoveryCodes[3] as string;
      expect((await signin(a.email, recovery.toLowerCase().replace('-', ' '))).statusCode).toBe(200);
      expect(expectJsonError(await signin(a.email, recovery), 401)).toBe('invalid_credentials');
      expect((await a.call('GET', '/api/v1/auth/two-factor')).json().recoveryCodesLeft).toBe(9);

      // Set-up again while on: refused, the secret stays.
      expect(
        expectJsonError(await a.call('POST', '/api/v1/auth/two-factor/setup', { password: PASSWORD }), 409),
      ).toBe('conflict');
      // Off needs the password and a code.
      now += 30_000;
      const off = await a.call('DELETE', '/api/v1/auth/two-factor', {
        password: PASSWORD,
        code: codeAt(setup.secret, now),
      });
      expect(off.statusCode).toBe(204);
      expect((await signin(a.email)).statusCode).toBe(200);
      expect((await a.call('GET', '/api/v1/auth/two-factor')).json()).toEqual({
        enabled: false,
        recoveryCodesLeft: 0,
      });
    });

    it('refuses to turn off with a wrong code', async () => {
      const a = await signUp(h.app);
      await turnOnTwoFactor(a, now);
      const res = await a.call('DELETE', '/api/v1/auth/two-factor', { password: PASSWORD, code: '000000' });
      expect(expectJsonError(res, 401)).toBe('invalid_credentials');
      expect((await a.call('GET', '/api/v1/auth/two-factor')).json().enabled).toBe(true);
    });
  });

  describe('my sessions', () => {
    const signInWith = async (email: string, userAgent: string) => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email, password: PASSWORD },
        headers: { 'user-agent': userAgent },
        remoteAddress: '10.40.0.1',
      });
      expect(res.statusCode, res.body).toBe(200);
      return clientFor(h.app, {
        userId: res.json().user.id,
        email,
        cookie: cookieFrom(res),
        csrfToken: res.json().csrfToken,
      });
    };
    const list = async (c: Client) =>
      (await c.call('GET', '/api/v1/auth/sessions')).json().items as {
        id: string;
        userAgent: string | null;
        current: boolean;
        createdAt: string;
        lastSeenAt: string;
      }[];

    it('lists each browser with its user agent and times, marks this one, and ends another', async () => {
      const a = await signUp(h.app);
      now += 1000;
      const phone = await signInWith(a.email, 'Mozilla/5.0 (Android 15) Phone');
      now += 60_000;
      const laptop = await signInWith(a.email, 'Mozilla/5.0 (X11; Linux) Laptop');
      const items = await list(laptop);
      expect(items.map((s) => [s.userAgent, s.current])).toEqual([
        ['Mozilla/5.0 (X11; Linux) Laptop', true],
        ['Mozilla/5.0 (Android 15) Phone', false],
        // The sign-up's session, made by the test client (inject's own User-Agent).
        ['lightMyRequest', false],
      ]);
      expect(items[0]?.createdAt).toBe(new Date(now).toISOString());
      // The ids are not the tokens or their hashes.
      for (const s of items) expect(phone.cookie).not.toContain(s.id);
      const phoneId = items[1]?.id as string;
      expect((await laptop.call('DELETE', `/api/v1/auth/sessions/${phoneId}`)).statusCode).toBe(204);
      expectJsonError(await phone.call('GET', '/api/v1/auth/session'), 401);
      expect((await list(laptop)).map((s) => s.userAgent)).toEqual([
        'Mozilla/5.0 (X11; Linux) Laptop',
        'lightMyRequest',
      ]);
      // Ending it again: it is gone.
      expect(expectJsonError(await laptop.call('DELETE', `/api/v1/auth/sessions/${phoneId}`), 404)).toBe(
        'not_found',
      );
    });

    it('never shows or ends another person’s sessions', async () => {
      const a = await signUp(h.app);
      const b = await signUp(h.app);
      const bIds = (await list(b)).map((s) => s.id);
      expect((await list(a)).map((s) => s.id)).not.toContain(bIds[0]);
      for (const id of bIds)
        expect(expectJsonError(await a.call('DELETE', `/api/v1/auth/sessions/${id}`), 404)).toBe('not_found');
      expect((await b.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    });

    it('leaves out sessions that are past their idle time', async () => {
      const a = await signUp(h.app);
      const old = await signInWith(a.email, 'Old browser');
      expect((await list(old)).length).toBe(2);
      now += h.config.session.idleMs - 1000;
      const fresh = await signInWith(a.email, 'New browser');
      now += 2000;
      expect((await list(fresh)).map((s) => s.userAgent)).toEqual(['New browser']);
    });
  });

  it('logs the security events of all this with the client address and an account key, never the email', () => {
    const events = log.map((l) => JSON.parse(l)).filter((e) => e.security === true);
    const names = new Set(events.map((e) => e.event));
    for (const name of [
      'auth.signup',
      'auth.signin',
      'auth.signin_failed',
      'auth.signin_throttled',
      'auth.two_factor_started',
      'auth.two_factor_enabled',
      'auth.two_factor_required',
      'auth.two_factor_failed',
      'auth.recovery_code_used',
      'auth.two_factor_disabled',
      'auth.session_ended',
      'auth.password_check_failed',
    ])
      expect(names, name).toContain(name);
    for (const e of events) {
      expect(e.ip).toMatch(/^(\d+\.){3}\d+$/);
      if (e.event !== 'auth.signin_failed' || e.account) expect(e.account).toMatch(/^[0-9a-f]{32}$/);
    }
    const text = log.join('');
    expect(text).not.toMatch(/@example\.test/);
    expect(text).not.toContain(PASSWORD);
  });
});

describe('cookies behind TLS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('sqlite', { trustProxy: true });
  });
  afterAll(async () => h?.close());

  const tls = { 'x-forwarded-proto': 'https' };

  it('names the session and device cookies __Host-, Secure, Path=/, no Domain', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers: tls,
      payload: { email: `${randomUUID()}@example.test`, password: PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    const set = ([] as string[]).concat(res.headers['set-cookie'] as string | string[]);
    expect(set.map((c) => c.split('=')[0])).toEqual(['__Host-backease_session', '__Host-backease_device']);
    for (const c of set) {
      expect(c).toContain('Secure');
      expect(c).toContain('Path=/');
      expect(c).not.toMatch(/Domain=/i);
      expect(c).toContain('HttpOnly');
    }
    const token = cookieFrom(res).split('=')[1] as string;
    const headers = { ...tls, cookie: `__Host-backease_session=${token}` };
    expect((await h.app.inject({ url: '/api/v1/auth/session', headers })).statusCode).toBe(200);
    // Over TLS a cookie without the prefix (which another host could have planted) is not a session.
    const plain = { ...tls, cookie: `backease_session=${token}` };
    expect((await h.app.inject({ url: '/api/v1/auth/session', headers: plain })).statusCode).toBe(401);
    // Sign-out clears the prefixed cookie.
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signout',
      headers: { ...headers, 'x-csrf-token': res.json().csrfToken },
    });
    expect(String(out.headers['set-cookie'])).toMatch(/^__Host-backease_session=;/);
  });
});
