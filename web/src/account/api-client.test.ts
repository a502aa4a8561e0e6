/**
 * The web app's API client against the server's routes: every call it makes names a route that exists
 * with that method and path (at run time, below), and its calls are typed from those routes (the
 * `@ts-expect-error` lines fail `npm run typecheck` if a wrong call ever compiles).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COLLECTION_NAMES } from '../../../src/contract/vocabulary.ts';
import { API_ROUTES } from '../../../src/server/app.ts';
import * as client from './api-client.ts';

const routeMatchers = API_ROUTES.map((r) => ({
  key: `${r.method} ${r.url}`,
  method: r.method,
  pattern: new RegExp(`^${r.url.replace(/:[A-Za-z_]+/g, '[^/]+')}$`),
}));

function routeOf(method: string, url: string): string | undefined {
  const path = new URL(url, 'http://x').pathname;
  return routeMatchers.find((r) => r.method === method && r.pattern.test(path))?.key;
}

/** An answer with every field any caller reads, so each function runs to its end. */
const ANSWER = {
  user: { id: '00000000-0000-4000-8000-000000000000', email: 'a@example.org' },
  csrfToken: 't',
  items: [],
  nextCursor: null,
  recoveryCodes: [],
  id: 'r1',
  version: 1,
  enabled: false,
  recoveryCodesLeft: 0,
};

function recordFetch(): { method: string; url: string }[] {
  const calls: { method: string; url: string }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ method: init.method ?? 'GET', url });
    return new Response(JSON.stringify(ANSWER), { status: 200 });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** How each exported function is exercised; a new export fails the test until it is listed here. */
const EXERCISE: Record<string, () => Promise<unknown>> = {
  currentSession: () => client.currentSession(),
  signUp: () => client.signUp('a@example.org', 'correct horse battery'),
  signIn: () => client.signIn('a@example.org', 'correct horse battery', '123456'),
  listSessions: () => client.listSessions(),
  endSession: () => client.endSession('s/1'),
  twoFactorStatus: () => client.twoFactorStatus(),
  setUpTwoFactor: () => client.setUpTwoFactor('pw'),
  confirmTwoFactor: () => client.confirmTwoFactor('123456'),
  turnOffTwoFactor: () => client.turnOffTwoFactor('pw', '123456'),
  signOut: () => client.signOut(),
  deleteAccount: () => client.deleteAccount('pw'),
  exportAccount: () => client.exportAccount(),
  sendFeedback: () => client.sendFeedback({ problem: 'unclear', item: { kind: 'triage', id: 'gp' } }),
};
/** Exports that make no request of their own. */
const HELPERS = ['ApiError', 'answerOf', 'pathFor', 'call', 'diaryApiOver', 'profileApiOver'];

describe('the web API client', () => {
  it('exercises every exported function that calls the API', () => {
    const functions = Object.entries(client)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(functions.filter((f) => !HELPERS.includes(f)).sort()).toEqual(Object.keys(EXERCISE).sort());
  });

  it.each(Object.keys(EXERCISE))('%s calls a route the server declares', async (name) => {
    const calls = recordFetch();
    await EXERCISE[name]?.();
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(routeOf(c.method, c.url), `${c.method} ${c.url}`).toBeDefined();
  });

  it('the profile sync calls routes the server declares', async () => {
    const calls = recordFetch();
    await client.profileApi.get();
    await client.profileApi.put({ age: null, sex: null, evidence: [], country: 'ES', language: 'es' });
    expect(calls.map((c) => c.method)).toEqual(['GET', 'PUT']);
    for (const c of calls) expect(routeOf(c.method, c.url), `${c.method} ${c.url}`).toBeDefined();
  });

  it.each(COLLECTION_NAMES)('the diary sync of %s calls routes the server declares', async (collection) => {
    const calls = recordFetch();
    const api = client.diaryApi;
    await api.put(collection, 'r1', { id: 'r1' }, undefined);
    await api.put(collection, 'r1', { id: 'r1' }, 3);
    await api.remove(collection, 'r1', 2);
    await api.get(collection, 'r1');
    await api.list(collection);
    await api.listDeleted();
    expect(calls.map((c) => c.method)).toEqual(['PUT', 'PUT', 'DELETE', 'GET', 'GET', 'GET']);
    for (const c of calls) expect(routeOf(c.method, c.url), `${c.method} ${c.url}`).toBeDefined();
  });

  it('fills in path parameters (encoded) and the query', () => {
    expect(client.pathFor('/auth/sessions/:id', { id: 'a/b' })).toBe('/auth/sessions/a%2Fb');
    expect(client.pathFor('/episodes', {}, { limit: 5, cursor: undefined })).toBe('/episodes?limit=5');
    expect(() => client.pathFor('/episodes/:id')).toThrow(':id');
  });

  it('turns an error answer into the one ApiError, keeping the body and the first issue', () => {
    const body = {
      error: {
        code: 'version_conflict',
        message: 'version: changed',
        issues: [{ code: 'version_conflict', path: 'version', message: 'changed' }],
      },
      current: { id: 'r1', version: 2 },
    };
    const e = (() => {
      try {
        client.answerOf(409, body);
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(client.ApiError);
    expect(e).toMatchObject({ status: 409, code: 'version_conflict', detail: 'changed', body });
  });

  it('is typed from the route declarations', async () => {
    const request: client.Request = async () => ANSWER;
    // @ts-expect-error: no such route
    await expect(client.call(request, 'GET', '/no-such-route')).resolves.toBeDefined();
    // @ts-expect-error: the route exists, but not for this method
    await expect(client.call(request, 'PUT', '/auth/session')).resolves.toBeDefined();
    const noPassword = { body: { email: 'a' } };
    // @ts-expect-error: sign-in needs a password
    await expect(client.call(request, 'POST', '/auth/signin', noPassword)).resolves.toBeDefined();
    // @ts-expect-error: a path parameter is required
    await expect(client.call(request, 'DELETE', '/auth/sessions/:id')).rejects.toThrow(':id');
    const session = await client.call(request, 'GET', '/auth/session');
    // @ts-expect-error: the answer's type is the route's (no such field)
    expect(session.nope).toBeUndefined();
    expect(session.user.email).toBe('a@example.org');
  });
});
