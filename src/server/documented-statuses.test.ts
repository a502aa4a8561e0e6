/**
 * The API document lists what each operation really answers, no more and no less: for every operation
 * and every status the document gives it, a request here provokes that status (and the harness checks
 * the answer's body and headers against the document). Requests that should not change the status
 * (a body on a GET, an unknown query parameter) are sent too: whatever they get must be documented.
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config/config.ts';
import { COLLECTIONS } from '../store/collections.ts';
import { makeRecord, PROFILE } from '../store/testing/fixtures.ts';
import { API_ROUTES, apiDocument } from './app.ts';
import { openApiPath } from './openapi.ts';
import type { AnyRoute } from './route.ts';
import { type Client, type Harness, openHarness, PASSWORD, signIn, signUp } from './testing/harness.ts';
import { codeAt, turnOnTwoFactor } from './testing/two-factor.ts';

const LIMITS = { bodyBytes: 4096, importBytes: 16_384 };
const FAIL_HEADER = 'x-test-fail';
const DB_DOWN_HEADER = 'x-test-database-down';
const ASSESS = { age: 38, sex: 'male', evidence: [{ id: 'pain_lower_back', state: 'present' }] };

type Request = Omit<InjectOptions, 'method' | 'url'>;
/** Makes the request that should provoke a status, or says why none is needed. */
type Recipe = (route: AnyRoute) => Promise<LightMyRequestResponse>;

let h: Harness;
let limited: Harness;
/** A store whose database never answers (its ping hangs), for the readiness check. */
let down: Harness;
let me: Client;
let address = 1;

const key = (r: AnyRoute) => `${r.method} ${openApiPath(r.url)}`;
const segmentOf = (r: AnyRoute) =>
  Object.values(COLLECTIONS).find((c) => r.url.startsWith(`/api/v1/${c.segment}`));

function send(r: AnyRoute, url: string, req: Request = {}, on: Harness = h) {
  return on.app.inject({ method: r.method, url, ...req });
}

const withSession = (c: Client, csrf = true) => ({
  cookie: c.cookie,
  ...(csrf ? { 'x-csrf-token': c.csrfToken } : {}),
});

/** The route's URL with its id filled in, and a query that makes the request valid. */
function urlOf(r: AnyRoute, id: string = randomUUID()): string {
  const url = r.url.replace(':id', id);
  if (url.endsWith('report.pdf')) return `${url}?from=2026-11-01&to=2026-11-30`;
  return url;
}

/** A stored record of the route's collection, and its id. */
async function stored(r: AnyRoute): Promise<string> {
  const c = segmentOf(r);
  if (!c) throw new Error(`${key(r)} has no collection`);
  const record = makeRecord(c.name);
  expect((await me.call('POST', `/api/v1/${c.segment}`, record)).statusCode).toBe(201);
  return record.id;
}

/** A signed-in client of its own, for requests that end or change the session. */
const fresh = () => signUp(h.app);

const SUCCESS: Record<string, Recipe> = {
  'GET /api/v1/health': (r) => send(r, r.url),
  'GET /api/v1/ready': (r) => send(r, r.url),
  'POST /api/v1/assess': (r) => send(r, r.url, { payload: ASSESS }),
  'POST /api/v1/interview': (r) => send(r, r.url, { payload: ASSESS }),
  'GET /api/v1/knowledge': (r) => send(r, r.url),
  'POST /api/v1/parse': (r) =>
    send(r, r.url, { payload: { text: 'My back locked up lifting yesterday; no problems peeing.' } }),
  'POST /api/v1/auth/signup': (r) =>
    send(r, r.url, { payload: { email: `${randomUUID()}@example.test`, password: PASSWORD } }),
  'POST /api/v1/auth/signin': (r) => send(r, r.url, { payload: { email: me.email, password: PASSWORD } }),
  'POST /api/v1/auth/signout': async (r) => send(r, r.url, { headers: withSession(await fresh()) }),
  'GET /api/v1/auth/session': (r) => send(r, r.url, { headers: withSession(me) }),
  'POST /api/v1/auth/password': async (r) =>
    send(r, r.url, {
      headers: withSession(await fresh()),
      payload: { currentPassword: PASSWORD, newPassword: `${PASSWORD} again` },
    }),
  'GET /api/v1/profile': (r) => send(r, r.url, { headers: withSession(me) }),
  'PUT /api/v1/profile': (r) => send(r, r.url, { headers: withSession(me), payload: PROFILE }),
  'GET /api/v1/export': (r) => send(r, r.url, { headers: withSession(me) }),
  'POST /api/v1/import': async (r) => {
    const a = await fresh();
    const file = (await a.call('GET', '/api/v1/export')).json();
    return send(r, r.url, { headers: withSession(a), payload: file });
  },
  'DELETE /api/v1/account': async (r) =>
    send(r, r.url, { headers: withSession(await fresh()), payload: { password: PASSWORD } }),
  'GET /api/v1/report.pdf': (r) => send(r, urlOf(r), { headers: withSession(me) }),
  'GET /api/v1/auth/sessions': (r) => send(r, r.url, { headers: withSession(me) }),
  'DELETE /api/v1/auth/sessions/{id}': async (r) => {
    const a = await fresh();
    const other = await signIn(h.app, a.email);
    const list = (await a.call('GET', '/api/v1/auth/sessions')).json() as {
      items: { id: string; current: boolean }[];
    };
    expect(list.items).toHaveLength(2);
    const id = list.items.find((s) => !s.current)?.id as string;
    const res = await send(r, urlOf(r, id), { headers: withSession(a) });
    expect((await other.call('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    return res;
  },
  'GET /api/v1/auth/two-factor': (r) => send(r, r.url, { headers: withSession(me) }),
  'POST /api/v1/auth/two-factor/setup': async (r) =>
    send(r, r.url, { headers: withSession(await fresh()), payload: { password: PASSWORD } }),
  'POST /api/v1/auth/two-factor/confirm': async (r) => {
    const a = await fresh();
    const { secret } = (await a.call('POST', '/api/v1/auth/two-factor/setup', { password: PASSWORD })).json();
    return send(r, r.url, { headers: withSession(a), payload: { code: codeAt(secret, Date.now()) } });
  },
  'DELETE /api/v1/auth/two-factor': async (r) => {
    const a = await fresh();
    const { recoveryCodes } = await turnOnTwoFactor(a);
    return send(r, r.url, {
      headers: withSession(a),
      payload: { password: PASSWORD, code: recoveryCodes[0] },
    });
  },
  'GET /api/v1/fhir': (r) => send(r, r.url, { headers: withSession(me) }),
  'GET /api/v1/deleted': (r) => send(r, r.url, { headers: withSession(me) }),
};

/** The diary collections: the same five operations each. */
function collectionRecipe(r: AnyRoute, status: number): Recipe | undefined {
  const c = segmentOf(r);
  if (!c) return undefined;
  const item = r.url.endsWith('/:id');
  const headers = withSession(me);
  if (r.method === 'GET' && !item && status === 200) return () => send(r, r.url, { headers });
  if (r.method === 'POST' && status === 201)
    return () => send(r, r.url, { headers, payload: makeRecord(c.name) });
  if (r.method === 'POST' && status === 409)
    return async () => {
      const record = makeRecord(c.name);
      await send(r, r.url, { headers, payload: record });
      return send(r, r.url, { headers, payload: record });
    };
  if (r.method === 'GET' && item && status === 200)
    return async () => send(r, urlOf(r, await stored(r)), { headers });
  if (r.method === 'GET' && status === 404) return () => send(r, urlOf(r), { headers });
  const later = (id: string) => makeRecord(c.name, '2026-11-29T09:00:00Z', id);
  if (r.method === 'PUT' && status === 200)
    return async () => {
      const id = await stored(r);
      return send(r, urlOf(r, id), { headers, payload: { ...later(id), version: 1 } });
    };
  if (r.method === 'PUT' && status === 201)
    return () => {
      const id = randomUUID();
      return send(r, urlOf(r, id), { headers, payload: makeRecord(c.name, undefined, id) });
    };
  // A change that names no version, of a record that exists: it cannot know what it replaces.
  if (r.method === 'PUT' && status === 409)
    return async () => {
      const id = await stored(r);
      return send(r, urlOf(r, id), { headers, payload: later(id) });
    };
  if (r.method === 'DELETE' && status === 204)
    return async () => send(r, urlOf(r, await stored(r)), { headers, payload: { version: 1 } });
  if (r.method === 'DELETE' && status === 404)
    return () => send(r, urlOf(r), { headers, payload: { version: 1 } });
  // A deletion of version 1 after another device made version 2.
  if (r.method === 'DELETE' && status === 409)
    return async () => {
      const id = await stored(r);
      const changed = await me.call('PUT', urlOf(r, id), { ...later(id), version: 1 });
      expect(changed.statusCode).toBe(200);
      return send(r, urlOf(r, id), { headers, payload: { version: 1 } });
    };
  return undefined;
}

/** Errors with a cause of their own, beyond the ones every route of its kind can give. */
const SPECIFIC: Record<string, Record<number, Recipe>> = {
  'GET /api/v1/ready': { 503: (r) => send(r, r.url, {}, down) },
  'POST /api/v1/parse': {
    400: (r) => send(r, r.url, { payload: { text: '' } }),
  },
  'GET /api/v1/knowledge': {
    304: async (r) => {
      const first = await send(r, r.url);
      return send(r, r.url, { headers: { 'if-none-match': String(first.headers.etag) } });
    },
  },
  'POST /api/v1/auth/signin': {
    401: (r) => send(r, r.url, { payload: { email: me.email, password: `${PASSWORD}!` } }),
  },
  'POST /api/v1/auth/signup': {
    400: (r) =>
      send(r, r.url, { payload: { email: `${randomUUID()}@example.test`, password: 'password1234' } }),
    409: (r) => send(r, r.url, { payload: { email: me.email, password: PASSWORD } }),
  },
  'POST /api/v1/auth/password': {
    400: async (r) =>
      send(r, r.url, {
        headers: withSession(await fresh()),
        payload: { currentPassword: PASSWORD, newPassword: ' '.repeat(12) },
      }),
  },
  'DELETE /api/v1/auth/sessions/{id}': { 404: (r) => send(r, urlOf(r), { headers: withSession(me) }) },
  'POST /api/v1/auth/two-factor/setup': {
    401: (r) => send(r, r.url, { headers: withSession(me), payload: { password: `${PASSWORD}!` } }),
    409: async (r) => {
      const a = await fresh();
      await turnOnTwoFactor(a);
      return send(r, r.url, { headers: withSession(a), payload: { password: PASSWORD } });
    },
  },
  'POST /api/v1/auth/two-factor/confirm': {
    400: async (r) => {
      const a = await fresh();
      await a.call('POST', '/api/v1/auth/two-factor/setup', { password: PASSWORD });
      return send(r, r.url, { headers: withSession(a), payload: { code: '000000' } });
    },
    409: async (r) => send(r, r.url, { headers: withSession(await fresh()), payload: { code: '123456' } }),
  },
  'DELETE /api/v1/auth/two-factor': {
    401: async (r) => {
      const a = await fresh();
      await turnOnTwoFactor(a);
      return send(r, r.url, { headers: withSession(a), payload: { password: PASSWORD, code: '000000' } });
    },
    409: (r) => send(r, r.url, { headers: withSession(me), payload: { password: PASSWORD, code: '123456' } }),
  },
};

/** The statuses every route of a kind can give, provoked the same way for all. */
const GENERIC: Record<number, Recipe> = {
  400: (r) => {
    if (r.method !== 'GET')
      return send(r, urlOf(r), {
        headers: { ...withSession(me), 'content-type': 'application/json' },
        payload: '{"',
      });
    if (r.params) return send(r, urlOf(r, 'not-a-uuid'), { headers: withSession(me) });
    return send(r, `${r.url}?bogus=1`, { headers: withSession(me) });
  },
  401: (r) => send(r, urlOf(r), r.method === 'GET' ? {} : { payload: {} }),
  403: (r) => send(r, urlOf(r), { headers: withSession(me, false), payload: {} }),
  413: (r) =>
    send(r, urlOf(r), {
      headers: withSession(me),
      payload: { padding: 'x'.repeat(LIMITS.importBytes * 2) },
    }),
  415: (r) =>
    send(r, urlOf(r), {
      headers: { ...withSession(me), 'content-type': 'text/plain' },
      payload: 'hello',
    }),
  // The flood guard allows one request a minute per address here: the second is refused.
  429: async (r) => {
    const remoteAddress = `127.0.1.${address++}`;
    await send(r, urlOf(r), { remoteAddress }, limited);
    return send(r, urlOf(r), { remoteAddress }, limited);
  },
  // Any unexpected failure on the way through the route (here a hook made to throw).
  500: (r) => send(r, urlOf(r), { headers: { ...withSession(me), [FAIL_HEADER]: '1' } }),
  // The database not answering on the way through the route (a hook throws what pg throws then).
  503: (r) => send(r, urlOf(r), { headers: { ...withSession(me), [DB_DOWN_HEADER]: '1' } }),
};

function recipeFor(r: AnyRoute, status: number): Recipe | undefined {
  if (status < 300) return SUCCESS[key(r)] ?? collectionRecipe(r, status);
  return SPECIFIC[key(r)]?.[status] ?? collectionRecipe(r, status) ?? GENERIC[status];
}

beforeAll(async () => {
  h = await openHarness('memory', { limits: LIMITS });
  h.app.addHook('preHandler', async (req) => {
    if (req.headers[FAIL_HEADER]) throw new Error('made to fail');
    if (req.headers[DB_DOWN_HEADER]) throw new Error('timeout exceeded when trying to connect');
  });
  down = await openHarness('memory', { timeouts: { readyMs: 50, requestMs: 5000 } });
  down.store.ping = () => new Promise<void>(() => {});
  limited = await openHarness('memory', {
    limits: LIMITS,
    rateLimits: { ...testConfig().rateLimits, requestsPerMinute: 1 },
  });
  me = await signUp(h.app);
});
afterAll(async () => {
  await h?.close();
  await limited?.close();
  await down?.close();
});

describe('every documented status is one the operation really gives', () => {
  it.each(API_ROUTES.map((r) => [key(r), r] as const))(
    '%s',
    async (_name, r) => {
      const op = apiDocument().paths[openApiPath(r.url)]?.[r.method.toLowerCase()] as {
        responses: Record<string, unknown>;
      };
      const documented = Object.keys(op.responses).map(Number);
      const got: number[] = [];
      for (const status of documented) {
        const recipe = recipeFor(r, status);
        if (!recipe) throw new Error(`${key(r)}: no request here gives ${status}; is it really possible?`);
        const res = await recipe(r);
        got.push(res.statusCode);
        expect(res.statusCode, `${key(r)} for ${status}: ${res.body.slice(0, 300)}`).toBe(status);
      }
      expect(got).toEqual(documented);
      // One request per status, and some make a PDF or an argon2 hash: on a busy shared machine that can
      // take longer than the unit project's 5 s, which is not what this test is about.
    },
    60_000,
  );
});

describe('requests that change nothing get documented answers', () => {
  it.each(API_ROUTES.map((r) => [key(r), r] as const))('%s', async (_name, r) => {
    const url = urlOf(r);
    const join = url.includes('?') ? '&' : '?';
    // Each answer is checked against the document by the harness; the statuses vary by route.
    await send(r, `${url}${join}bogus=1`, { headers: withSession(me) });
    await send(r, url, { headers: { ...withSession(me), 'content-type': 'text/plain' }, payload: 'x' });
    await send(r, url, { headers: { ...withSession(me), 'content-type': 'application/json' }, payload: '[' });
    await send(r, url, { headers: { cookie: 'backease_session=made-up' } });
  });
});
