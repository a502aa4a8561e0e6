/**
 * Errors that mean "the database is not answering right now" rather than "this request is wrong" or "our
 * code is wrong": a refused or dropped connection, a connection or statement timeout, a server starting
 * or shutting down, SQLite's file locked by another process for longer than busy_timeout. The API answers
 * them 503 `database_unavailable`, so a client (or a load balancer) knows to try again.
 */
import { READ_TIMEOUT_MESSAGE } from './sql/postgres.ts';

const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: statement timeout, admin shutdown, crash shutdown, cannot connect now, too many connections.
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_TIMEOUT',
  'SQLITE_LOCKED',
]);

const MESSAGES = [
  READ_TIMEOUT_MESSAGE,
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Client has encountered a connection error and is not queryable',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 10; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && MESSAGES.some((m) => message.startsWith(m))) return true;
    e = cause;
  }
  return false;
}
