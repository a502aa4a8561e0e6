/**
 * Operations against real sockets: a PostgreSQL that freezes while the server runs (requests answer 503
 * instead of hanging, the readiness check says so, and both recover when it thaws), and clients that send
 * their request body a byte at a time (cut off after REQUEST_TIMEOUT_MS instead of being held for ever).
 */
import { randomUUID } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config/config.ts';
import { openStore } from '../store/open-store.ts';
import { openPostgresStore } from '../store/sql/postgres.ts';
import type { Store } from '../store/store.ts';
import { createTestDatabase, type TestDatabase } from '../store/testing/test-database.ts';
import { isDatabaseUnavailable } from '../store/unavailable.ts';
import { buildApp } from './app.ts';
import { createLogger } from './logging.ts';
import { checkedApp, clientFor, cookieFrom, PASSWORD } from './testing/harness.ts';

/**
 * A TCP proxy in front of the test cluster that can freeze: while frozen it accepts connections and
 * passes nothing either way (bytes wait, as they would for a stopped PostgreSQL); thawing delivers them.
 */
class FreezingProxy {
  frozen = false;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #held: (() => void)[] = [];

  constructor(target: { host: string; port: number }) {
    this.#server = createServer((client) => {
      const upstream = connect(target.port, target.host);
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on('error', () => {});
        s.on('close', () => {
          this.#sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      const forward = (to: Socket) => (data: Buffer) => {
        if (this.frozen) this.#held.push(() => to.write(data));
        else to.write(data);
      };
      client.on('data', forward(upstream));
      upstream.on('data', forward(client));
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((r) => this.#server.listen(0, '127.0.0.1', r));
    return (this.#server.address() as { port: number }).port;
  }

  thaw(): void {
    this.frozen = false;
    for (const send of this.#held.splice(0)) send();
  }

  async close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise((r) => this.#server.close(r));
  }
}

describe('a PostgreSQL that freezes while the server runs', () => {
  let database: TestDatabase;
  let proxy: FreezingProxy;
  let store: Store;
  let app: FastifyInstance;
  const log: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const real = new URL(database.url);
    proxy = new FreezingProxy({ host: real.hostname, port: Number(real.port) });
    const port = await proxy.listen();
    const viaProxy = new URL(database.url);
    viaProxy.port = String(port);
    const config = testConfig({
      database: {
        kind: 'postgres',
        url: viaProxy.toString(),
        poolSize: 4,
        connectTimeoutMs: 400,
        statementTimeoutMs: 500,
      },
      timeouts: { readyMs: 300, requestMs: 10_000 },
    });
    store = await openStore(config.database);
    const logger = createLogger('info', { write: (s: string) => log.push(s) });
    app = checkedApp(await buildApp(config, store, { logger }));
  });
  afterAll(async () => {
    proxy?.thaw();
    await app?.close();
    await store?.close();
    await proxy?.close();
    await database?.drop();
  });

  it('answers 503 database_unavailable instead of hanging, and recovers when it thaws', async () => {
    expect((await app.inject({ url: '/api/v1/ready' })).json()).toEqual({ status: 'ready' });
    const signup = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: `${randomUUID()}@example.test`, password: PASSWORD },
    });
    expect(signup.statusCode).toBe(201);
    const me = clientFor(app, {
      userId: signup.json().user.id,
      email: signup.json().user.email,
      cookie: cookieFrom(signup),
      csrfToken: signup.json().csrfToken,
    });
    const checkIn = () => me.call('POST', '/api/v1/checkins', { at: '2026-11-28T08:00:00Z', pain: 4 });
    expect((await checkIn()).statusCode).toBe(201);

    proxy.frozen = true;
    // A query on a connection that was open before the freeze: the client stops waiting for its answer.
    expect(expectServerError(await me.call('GET', '/api/v1/auth/session'))).toBe('database_unavailable');
    expect(log.join('')).toContain('Query read timeout');
    // Liveness does not touch the database; readiness does.
    expect((await app.inject({ url: '/api/v1/health' })).statusCode).toBe(200);
    expect(expectServerError(await app.inject({ url: '/api/v1/ready' }))).toBe('database_unavailable');
    // Requests on connections already open (statement read timeout) and on new ones (connect timeout),
    // several at once, all answer.
    const answers = await Promise.all([
      me.call('GET', '/api/v1/auth/session'),
      checkIn(),
      me.call('GET', '/api/v1/checkins'),
      me.call('GET', '/api/v1/export'),
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: me.email, password: PASSWORD },
      }),
      checkIn(),
    ]);
    expect(answers.map(expectServerError)).toEqual(Array(answers.length).fill('database_unavailable'));
    // New connections: the connect timeout.
    expect(log.join('')).toContain('timeout exceeded when trying to connect');

    proxy.thaw();
    await expect
      .poll(async () => (await app.inject({ url: '/api/v1/ready' })).statusCode, { timeout: 20_000 })
      .toBe(200);
    expect((await me.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    expect((await checkIn()).statusCode).toBe(201);
  });
});

describe('a statement that runs too long', () => {
  it('is cancelled by PostgreSQL after PG_STATEMENT_TIMEOUT_MS and counts as the database being unavailable', async () => {
    const database = await createTestDatabase();
    const store = await openPostgresStore({ url: database.url, poolSize: 2, statementTimeoutMs: 200 });
    try {
      const error = await sql`select pg_sleep(5)`.execute(store.db).catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe('57014');
      expect(isDatabaseUnavailable(error)).toBe(true);
      // The connection is fine afterwards.
      await store.ping();
    } finally {
      await store.close();
      await database.drop();
    }
  });
});

/** A 503 with the catalogue's JSON error body and no stack trace; returns its code. */
function expectServerError(res: { statusCode: number; body: string; headers: Record<string, unknown> }) {
  expect(res.statusCode, res.body).toBe(503);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  expect(res.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  return (JSON.parse(res.body) as { error: { code: string } }).error.code;
}

describe('a request body that trickles in', () => {
  let app: FastifyInstance;
  let port: number;
  const store = { closed: false };

  beforeAll(async () => {
    const { MemoryStore } = await import('../store/memory-store.ts');
    app = await buildApp(testConfig({ timeouts: { readyMs: 300, requestMs: 800 } }), new MemoryStore());
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    store.closed = true;
    await app?.close();
  });

  /** Sends the headers, then one body byte every `everyMs`; resolves when the server closes the socket. */
  function trickle(everyMs: number): Promise<{ sent: number; answer: string }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let sent = 0;
      let answer = '';
      let timer: NodeJS.Timeout | undefined;
      socket.on('data', (d) => {
        answer += d.toString();
      });
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ sent, answer });
      });
      socket.on('connect', () => {
        socket.write(
          'POST /api/v1/assess HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
        );
        timer = setInterval(() => {
          // A body of 1,000 bytes at this pace would take minutes; the server must not wait for it.
          if (sent >= 1000 || store.closed) {
            clearInterval(timer);
            socket.destroy();
            reject(new Error('the whole body was sent: the server never cut the request off'));
            return;
          }
          socket.write(' ');
          sent++;
        }, everyMs);
      });
    });
  }

  it('closes every such connection with 408, long before the body is complete', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => trickle(200)));
    for (const { sent, answer } of results) {
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(sent).toBeLessThan(1000);
    }
    // The server is still serving.
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status).toBe(200);
  });
});
