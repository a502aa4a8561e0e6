import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeDatabase, loadConfig, testConfig } from './config.ts';

describe('loadConfig', () => {
  it('has safe defaults: port 3000 on loopback, SQLite under ./data, Secure cookies decided per request', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.database).toEqual({
      kind: 'sqlite',
      file: join('/srv/app', 'data', 'backease.sqlite'),
      busyTimeoutMs: 5000,
    });
    expect(c.timeouts).toEqual({ readyMs: 2000, requestMs: 25_000 });
    expect(c.cookieSecure).toBe('auto');
    expect(c.trustProxy).toBe(false);
    expect(c.passwordHash).toEqual({ memoryCost: 19_456, timeCost: 2 });
    expect(c.session.ttlMs).toBe(30 * 24 * 3_600_000);
  });

  it('switches to PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://app:pw@db:5432/backease', PG_POOL_SIZE: '4' });
    expect(c.database).toEqual({
      kind: 'postgres',
      url: 'postgres://app:pw@db:5432/backease',
      poolSize: 4,
      connectTimeoutMs: 5000,
      statementTimeoutMs: 15_000,
    });
    const timed = loadConfig({
      DATABASE_URL: 'postgres://db/x',
      PG_CONNECT_TIMEOUT_MS: '300',
      PG_STATEMENT_TIMEOUT_MS: '700',
      READY_TIMEOUT_MS: '100',
      REQUEST_TIMEOUT_MS: '900',
    });
    expect(timed.database).toMatchObject({ connectTimeoutMs: 300, statementTimeoutMs: 700 });
    expect(timed.timeouts).toEqual({ readyMs: 100, requestMs: 900 });
    expect(describeDatabase(c.database)).toBe('postgres db:5432/backease');
  });

  it('reads every variable, treating empty ones as unset', () => {
    const c = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/backease',
        DATABASE_URL: '',
        TRUST_PROXY: '1',
        COOKIE_SECURE: 'always',
        SESSION_TTL_HOURS: '24',
        SESSION_IDLE_HOURS: '2',
        BODY_LIMIT_BYTES: '1000',
        SIGNIN_LIMIT_PER_EMAIL: '3',
        SQLITE_BUSY_TIMEOUT_MS: '0',
        REQUEST_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'warn',
      },
      '/x',
    );
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      database: { kind: 'sqlite', file: '/var/lib/backease/backease.sqlite', busyTimeoutMs: 0 },
      trustProxy: 1,
      cookieSecure: 'always',
      session: { ttlMs: 24 * 3_600_000, idleMs: 2 * 3_600_000 },
      limits: { bodyBytes: 1000 },
      logLevel: 'warn',
    });
    expect(c.rateLimits.signinPerEmail).toBe(3);
    expect(c.rateLimits.requestsPerMinute).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
    ]);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        COOKIE_SECURE: 'sometimes',
        PG_CONNECT_TIMEOUT_MS: '0',
        REQUEST_TIMEOUT_MS: 'soon',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as ConfigError).message;
      for (const name of [
        'PORT',
        'DATABASE_URL',
        'COOKIE_SECURE',
        'PG_CONNECT_TIMEOUT_MS',
        'REQUEST_TIMEOUT_MS',
      ])
        expect(text).toContain(name);
    }
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  it('gives tests a cheap password hash and no per-process limit, with overrides', () => {
    const c = testConfig({ port: 1 });
    expect(c.passwordHash.memoryCost).toBeLessThan(19_456);
    expect(c.rateLimits.requestsPerMinute).toBe(0);
    expect(c.port).toBe(1);
  });
});
