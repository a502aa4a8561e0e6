/**
 * Test helpers: an app over a chosen store (memory, a SQLite file, or a fresh PostgreSQL database of the
 * run's cluster), and a signed-in client that carries its cookie and CSRF token like a browser would.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type Config, testConfig } from '../../config/config.ts';
import type { Store, StoreKind } from '../../store/store.ts';
import { openTestStore } from '../../store/testing/open-test-store.ts';
import { type AppOptions, buildApp } from '../app.ts';

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
  const app = await buildApp(config, store, options);
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
