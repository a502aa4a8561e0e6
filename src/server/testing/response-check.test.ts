/**
 * The answer checker can fail: answers the document does not describe (a status, a body, a header, a
 * media type, a path) are each reported, and a harness app that sends one rejects the request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDocument } from '../app.ts';
import { type Harness, openHarness, signUp } from './harness.ts';
import { type Answer, documentChecker } from './response-check.ts';

const check = documentChecker(apiDocument());
const json = (statusCode: number, body: unknown, headers: Record<string, unknown> = {}): Answer => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});
const signedIn = {
  user: { id: '5b7f0a52-9f0c-4f7e-8a51-1c1d7d1b2a3c', email: 'a@example.test' },
  csrfToken: 'token',
};
const cookie = { 'set-cookie': 'backease_session=x; Path=/; HttpOnly; SameSite=Lax' };
const error = {
  error: { code: 'not_found', message: 'No.', issues: [{ code: 'not_found', path: '', message: 'No.' }] },
};

describe('documentChecker', () => {
  it('accepts answers the document describes', () => {
    expect(check('GET', '/api/v1/health', json(200, { status: 'ok' }))).toEqual([]);
    expect(check('POST', '/api/v1/auth/signup', json(201, signedIn, cookie))).toEqual([]);
    expect(check('GET', '/api/v1/episodes/x', json(404, error))).toEqual([]);
    expect(check('GET', '/api/v1/nothing?x=1', json(404, error))).toEqual([]);
    expect(check('DELETE', '/api/v1/checkins/1', { statusCode: 204, headers: {}, body: '' })).toEqual([]);
    // Not the API: the web app and the document itself.
    expect(check('GET', '/diary', { statusCode: 200, headers: {}, body: '<html>' })).toEqual([]);
  });

  it('reports an undocumented status', () => {
    expect(check('GET', '/api/v1/health', json(418, error))).toEqual([
      'GET /api/v1/health → 418: status 418 is not documented for GET /api/v1/health',
    ]);
    // Only listing answers 200; a GET of the profile never has a 404 to give.
    expect(check('GET', '/api/v1/profile', json(404, error))[0]).toMatch(/status 404 is not documented/);
  });

  it('reports a body that breaks its schema, however deep', () => {
    expect(check('GET', '/api/v1/health', json(200, { status: 'fine' }))[0]).toMatch(/body\/status/);
    const { csrfToken: _, ...noToken } = signedIn;
    expect(check('POST', '/api/v1/auth/signup', json(201, noToken, cookie))[0]).toMatch(/csrfToken/);
    const leaky = { ...signedIn, user: { ...signedIn.user, passwordHash: 'x' } };
    expect(check('POST', '/api/v1/auth/signup', json(201, leaky, cookie))[0]).toMatch(
      /user must NOT have additional properties .*passwordHash/,
    );
    expect(check('GET', '/api/v1/episodes/x', json(404, { error: 'not found' }))).not.toEqual([]);
    expect(check('GET', '/api/v1/health', { ...json(200, {}), body: '{"status":' })[0]).toMatch(/not JSON/);
  });

  it('reports a missing documented header, a wrong media type, and a body where none is documented', () => {
    expect(check('POST', '/api/v1/auth/signup', json(201, signedIn))).toEqual([
      'POST /api/v1/auth/signup → 201: the documented header Set-Cookie is missing',
    ]);
    expect(check('GET', '/api/v1/health', { ...json(200, { status: 'ok' }), headers: {} })[0]).toMatch(
      /media type \(none\) is not one of application\/json/,
    );
    // The FHIR route's errors are OperationOutcomes, never the JSON error body.
    expect(check('GET', '/api/v1/fhir?from=x', json(400, error))[0]).toMatch(
      /application\/json is not one of/,
    );
    expect(check('DELETE', '/api/v1/checkins/1', json(204, {}))[0]).toMatch(/documented without a body/);
  });

  it('reports an answer from a path or method the document does not have', () => {
    expect(check('GET', '/api/v1/nothing', json(200, { status: 'ok' }))[0]).toMatch(/no operation/);
    expect(check('PATCH', '/api/v1/health', json(200, { status: 'ok' }))[0]).toMatch(/no operation/);
  });
});

describe('a harness app', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('memory');
  });
  afterAll(async () => h?.close());

  it('rejects the request when the app sends an undocumented answer', async () => {
    const a = await signUp(h.app);
    const getProfile = h.store.getProfile;
    h.store.getProfile = async () => {
      throw Object.assign(new Error('teapot'), { statusCode: 418 });
    };
    try {
      await expect(a.call('GET', '/api/v1/profile')).rejects.toThrow(
        /does not match the API document:\nGET \/api\/v1\/profile → 418: status 418 is not documented/,
      );
    } finally {
      h.store.getProfile = getProfile;
    }
    expect((await a.call('GET', '/api/v1/profile')).statusCode).toBe(200);
  });

  it('never sends a record its schema does not describe: the serialiser refuses it (a documented 500)', async () => {
    const a = await signUp(h.app);
    const getEntry = h.store.getEntry;
    h.store.getEntry = (async () => ({
      record: { id: '5b7f0a52-9f0c-4f7e-8a51-1c1d7d1b2a3c' },
      version: 1,
    })) as unknown as typeof getEntry;
    try {
      const res = await a.call('GET', '/api/v1/checkins/5b7f0a52-9f0c-4f7e-8a51-1c1d7d1b2a3c');
      expect(res.statusCode).toBe(500);
      expect(res.json().error.code).toBe('internal_error');
    } finally {
      h.store.getEntry = getEntry;
    }
  });
});
