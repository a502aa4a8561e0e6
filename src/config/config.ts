/**
 * Server configuration, read from the environment once at start-up and validated, so a typo fails fast
 * with a message naming the variable instead of surfacing as odd behaviour later. The server reads the
 * environment nowhere else: everything that varies between its machines is a field here. Outside the
 * server, the CLI reads NO_COLOR (src/cli/io.ts); the test and benchmark tooling reads a few of its own
 * (UPDATE_SCREENSHOTS, BENCH_PINNED, API_PORT for the web dev server) and passes PATH to the processes
 * it starts.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/** The repository root, so the default web build path works whatever the current directory is. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export type DatabaseConfig =
  | {
      readonly kind: 'sqlite';
      readonly file: string;
      /** How long a write waits for another process's lock before it fails (SQLite's busy_timeout). */
      readonly busyTimeoutMs?: number;
    }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      readonly poolSize: number;
      /** Opening a connection (and waiting for a free one in the pool) fails after this long. */
      readonly connectTimeoutMs?: number;
      /**
       * A statement is cancelled by PostgreSQL after this long; a server that does not answer at all is
       * given up on by the client a second later.
       */
      readonly statementTimeoutMs?: number;
    };

/** `auto`: Secure when the request came over HTTPS (as seen through TRUST_PROXY); the other two force it. */
export type CookieSecure = 'auto' | 'always' | 'never';

export interface PasswordHashCost {
  /** KiB of memory per hash (argon2id `m`). */
  readonly memoryCost: number;
  /** Passes over memory (argon2id `t`). */
  readonly timeCost: number;
}

export interface RateLimits {
  /** Sign-in attempts per email address per window (counted in the database, so shared by all processes). */
  readonly signinPerEmail: number;
  /** Sign-in attempts per client IP per window. */
  readonly signinPerIp: number;
  readonly signinWindowMs: number;
  /** Accounts created per client IP per window: each one costs an argon2 hash. */
  readonly signupPerIp: number;
  readonly signupWindowMs: number;
  /** Password checks (password change, account deletion) per account per sign-in window. */
  readonly passwordChecksPerUser: number;
  /** Requests per client IP per minute to any route, counted in each process's memory; 0 turns it off. */
  readonly requestsPerMinute: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly session: {
    /** Absolute lifetime of a session from sign-in. */
    readonly ttlMs: number;
    /** A session unused for this long ends. */
    readonly idleMs: number;
  };
  /** Passed to Fastify's `trustProxy`: false, true, a hop count, or the proxy addresses/CIDRs. */
  readonly trustProxy: boolean | number | readonly string[];
  readonly cookieSecure: CookieSecure;
  readonly limits: {
    /** Largest request body for every route but import. */
    readonly bodyBytes: number;
    /** Largest diary import body. */
    readonly importBytes: number;
  };
  readonly rateLimits: RateLimits;
  readonly passwordHash: PasswordHashCost;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The built web app (`npm run build:web`); served at `/` when it exists. */
  readonly webDist: string;
  /** Operations: how long GET /api/v1/ready waits for the database, and for a whole request to arrive. */
  readonly timeouts: {
    readonly readyMs: number;
    /** A request (headers and body) that has not fully arrived after this long is cut off with 408. */
    readonly requestMs: number;
  };
}

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const nonNegativeInt = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The variables we read. Unknown variables are ignored: the environment holds much that is not ours. */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  // Loopback by default so a developer's `npm start` is not reachable from the network by accident;
  // containers and hosts behind a proxy set HOST=0.0.0.0 (or ::) explicitly.
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL (leave it unset for SQLite)')
    .optional(),
  PG_POOL_SIZE: positiveInt(10),
  PG_CONNECT_TIMEOUT_MS: positiveInt(5000),
  PG_STATEMENT_TIMEOUT_MS: positiveInt(15_000),
  SQLITE_BUSY_TIMEOUT_MS: nonNegativeInt(5000),
  READY_TIMEOUT_MS: positiveInt(2000),
  REQUEST_TIMEOUT_MS: positiveInt(25_000),
  SESSION_TTL_HOURS: positiveInt(24 * 30),
  SESSION_IDLE_HOURS: positiveInt(24 * 7),
  TRUST_PROXY: z.string().default('false'),
  COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  BODY_LIMIT_BYTES: positiveInt(256 * 1024),
  IMPORT_LIMIT_BYTES: positiveInt(20 * 1024 * 1024),
  SIGNIN_LIMIT_PER_EMAIL: positiveInt(10),
  SIGNIN_LIMIT_PER_IP: positiveInt(50),
  SIGNIN_WINDOW_MINUTES: positiveInt(15),
  SIGNUP_LIMIT_PER_IP: positiveInt(20),
  SIGNUP_WINDOW_MINUTES: positiveInt(60),
  REQUEST_LIMIT_PER_MINUTE: nonNegativeInt(1200),
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19_456),
  ARGON2_TIME_COST: positiveInt(2),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().min(1).optional(),
});

export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable at once. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  // An empty variable means "not set", as in most shells' `VAR= npm start`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const trustProxy = parseTrustProxy(e.TRUST_PROXY);
  if (trustProxy === undefined) {
    throw new ConfigError([
      'TRUST_PROXY: must be false, true, a hop count, or a comma-separated list of proxy addresses',
    ]);
  }
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          poolSize: e.PG_POOL_SIZE,
          connectTimeoutMs: e.PG_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: e.PG_STATEMENT_TIMEOUT_MS,
        }
      : { kind: 'sqlite', file: join(dataDir, 'backease.sqlite'), busyTimeoutMs: e.SQLITE_BUSY_TIMEOUT_MS },
    session: { ttlMs: e.SESSION_TTL_HOURS * HOUR, idleMs: e.SESSION_IDLE_HOURS * HOUR },
    trustProxy,
    cookieSecure: e.COOKIE_SECURE,
    limits: { bodyBytes: e.BODY_LIMIT_BYTES, importBytes: e.IMPORT_LIMIT_BYTES },
    rateLimits: {
      signinPerEmail: e.SIGNIN_LIMIT_PER_EMAIL,
      signinPerIp: e.SIGNIN_LIMIT_PER_IP,
      signinWindowMs: e.SIGNIN_WINDOW_MINUTES * MINUTE,
      signupPerIp: e.SIGNUP_LIMIT_PER_IP,
      signupWindowMs: e.SIGNUP_WINDOW_MINUTES * MINUTE,
      passwordChecksPerUser: e.SIGNIN_LIMIT_PER_EMAIL,
      requestsPerMinute: e.REQUEST_LIMIT_PER_MINUTE,
    },
    passwordHash: { memoryCost: e.ARGON2_MEMORY_KIB, timeCost: e.ARGON2_TIME_COST },
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST ? resolve(cwd, e.WEB_DIST) : join(PROJECT_ROOT, 'web', 'dist'),
    timeouts: { readyMs: e.READY_TIMEOUT_MS, requestMs: e.REQUEST_TIMEOUT_MS },
  };
}

function parseTrustProxy(raw: string): boolean | number | readonly string[] | undefined {
  const v = raw.trim().toLowerCase();
  if (v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // Addresses, CIDRs or the proxy-addr keywords (loopback, linklocal, uniquelocal).
  return list.length > 0 && list.every((s) => /^[0-9a-fA-F.:/]+$|^(loopback|linklocal|uniquelocal)$/.test(s))
    ? list
    : undefined;
}

/**
 * The configuration tests use: the defaults, with a cheap password hash, no per-process request limit
 * and room for many sign-ups from one address (tests create many accounts from 127.0.0.1), plus any
 * overrides. Tests of those limits set them explicitly.
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: join(PROJECT_ROOT, 'tmp', 'test-data') });
  return {
    ...base,
    passwordHash: { memoryCost: 1024, timeCost: 1 },
    rateLimits: { ...base.rateLimits, requestsPerMinute: 0, signupPerIp: 10_000 },
    ...overrides,
  };
}

/** Where the data lives, without credentials, for the start-up log line. */
export function describeDatabase(db: DatabaseConfig): string {
  if (db.kind === 'sqlite') return `sqlite ${db.file}`;
  try {
    const u = new URL(db.url);
    return `postgres ${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}
