/**
 * Test helpers: an app over a chosen store (memory, a SQLite file, or a fresh PostgreSQL database of the
 * run's cluster), and a signed-in client that carries its cookie and CSRF token like a browser would.
 * Every answer of a harness app is checked against the API document (checkedApp): an undocumented
 * status, a missing documented header or a body that breaks its schema fails the request's test.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type Config, testConfig } from '../../config/config.ts';
import type { Store, StoreKind } from '../../store/store.ts';
import { openTestStore } from '../../store/testing/open-test-store.ts';
import { type AppOptions, apiDocument, buildApp } from '../app.ts';
import { type Checker, documentChecker } from './response-check.ts';

let checker: Checker | undefined;

/** The checker of the served document, compiled once per test file. */
function answerChecker(): Checker {
  checker ??= documentChecker(apiDocument());
  return checker;
}

/**
 * The same app, with every inject() answer checked against the API document; a mismatch rejects the
 * inject() promise with every problem named.
 */
export function checkedApp(app: FastifyInstance): FastifyInstance {
  const inject = app.inject.bind(app) as (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;
  const checked = async (opts: InjectOptions | string): Promise<LightMyRequestResponse> => {
    const res = await inject(opts);
    const { method = 'GET' } = typeof opts === 'string' ? {} : opts;
    // The URL as the server saw it: inject normalises some (dot segments, even percent-encoded ones).
    const path = res.raw.req.url ?? '/';
    const problems = answerChecker()(String(method).toUpperCase(), path, {
      statusCode: res.statusCode,
      headers: res.headers,
      body: res.body,
    });
    if (problems.length)
      throw new Error(`The answer does not match the API document:\n${problems.join('\n')}`);
    return res;
  };
  Object.defineProperty(app, 'inject', { value: checked, configurable: true, writable: true });
  return app;
}

export interface Harness {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly config: Config;
  close(): Promise<void>;
}

export async function openHarness(
  kind: StoreKind,
  overrides: Partial<Config> = {},
  options: AppOptions = {},
): Promise<Harness> {
  const { store, cleanup } = await openTestStore(kind);
  const config = testConfig(overrides);
  const app = checkedApp(await buildApp(config, store, options));
  return {
    app,
    store,
    config,
    async close() {
      await app.close();
      await cleanup();
    },
  };
}

export const PASSWORD = 'correct horse battery staple';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface Client {
  readonly userId: string;
  readonly email: string;
  readonly cookie: string;
  readonly csrfToken: string;
  /** A request with this client's cookie, and its CSRF token on anything but GET. */
  call(method: Method, url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

export function cookieFrom(res: LightMyRequestResponse): string {
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error(`no cookie set (status ${res.statusCode}: ${res.body})`);
  return first.split(';')[0] as string;
}

export function clientFor(
  app: FastifyInstance,
  user: { userId: string; email: string; cookie: string; csrfToken: string },
): Client {
  return {
    ...user,
    call: (method, url, payload) =>
      app.inject({
        method,
        url,
        headers: {
          cookie: user.cookie,
          ...(method === 'GET' ? {} : { 'x-csrf-token': user.csrfToken }),
        },
        ...(payload === undefined ? {} : { payload: payload as string | object }),
      }),
  };
}

export async function signUp(app: FastifyInstance, email = `${randomUUID()}@example.test`): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email, password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { user: { id: string; email: string }; csrfToken: string };
  return clientFor(app, { userId: body.user.id, email, cookie: cookieFrom(res), csrfToken: body.csrfToken });
}

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/signin', payload: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { user: { id: string }; csrfToken: string };
  return clientFor(app, { userId: body.user.id, email, cookie: cookieFrom(res), csrfToken: body.csrfToken });
}

/** Every error answer: a 4xx (or the given status) with the catalogue's JSON body and no stack trace. */
export function expectJsonError(res: LightMyRequestResponse, status?: number): string {
  if (status !== undefined) expect(res.statusCode, res.body).toBe(status);
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json() as { error: { code: string; message: string; issues: unknown[] } };
  expect(typeof body.error.code).toBe('string');
  expect(typeof body.error.message).toBe('string');
  expect(Array.isArray(body.error.issues)).toBe(true);
  expect(res.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  return body.error.code;
}

/**
 * Every error answer of a FHIR route: a 4xx (or the given status) as a FHIR OperationOutcome whose
 * issues carry the catalogue's codes; returns the first code and the issue texts.
 */
export function expectFhirError(
  res: LightMyRequestResponse,
  status?: number,
): { code: string; texts: string[] } {
  if (status !== undefined) expect(res.statusCode, res.body).toBe(status);
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
  const body = res.json() as {
    resourceType: string;
    issue: { details: { coding: { code: string }[]; text: string } }[];
  };
  expect(body.resourceType).toBe('OperationOutcome');
  expect(res.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  return {
    code: body.issue[0]?.details.coding[0]?.code as string,
    texts: body.issue.map((i) => i.details.text),
  };
}
