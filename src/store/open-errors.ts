/**
 * Why the database could not be opened, in one line an operator can act on: which file or address, and
 * the cause (read-only, not a database, damaged, locked, refused, timed out, …), never a stack trace.
 * The causes are recognised by the error codes of Node, SQLite and PostgreSQL, anywhere in the chain of
 * `cause`s (a failed migration wraps the driver's error).
 */
import { type DatabaseConfig, describeDatabase } from '../config/config.ts';

export class StoreOpenError extends Error {
  /** A short name of the cause, for tests and logs: `read-only`, `timed out`, … */
  readonly reason: string;
  constructor(message: string, causeName: string, cause: unknown) {
    super(message, { cause });
    this.name = 'StoreOpenError';
    this.reason = causeName;
  }
}

interface Coded {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
  readonly path?: unknown;
}

/** The error and its causes, outermost first. */
function chain(error: unknown): Coded[] {
  const out: Coded[] = [];
  let e: unknown = error;
  while (e && typeof e === 'object' && out.length < 10) {
    out.push(e as Coded);
    e = (e as Coded).cause;
  }
  return out;
}

type Rule = readonly [cause: string, test: (code: string, message: string) => boolean];

const RULES: readonly Rule[] = [
  ['read-only', (c, m) => c === 'EROFS' || c.startsWith('SQLITE_READONLY') || /readonly database/.test(m)],
  ['permission denied', (c) => c === 'EACCES' || c === 'EPERM' || c === 'SQLITE_CANTOPEN_ISDIR'],
  ['not a database', (c) => c === 'SQLITE_NOTADB'],
  ['damaged', (c) => c.startsWith('SQLITE_CORRUPT')],
  ['locked by another process', (c) => c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED')],
  ['disk full', (c) => c === 'ENOSPC' || c === 'SQLITE_FULL'],
  ['not a folder', (c) => c === 'ENOTDIR'],
  ['a folder, not a file', (c) => c === 'EISDIR'],
  ['cannot open the file', (c) => c.startsWith('SQLITE_CANTOPEN')],
  ['connection refused', (c) => c === 'ECONNREFUSED'],
  [
    'timed out',
    (c, m) =>
      c === 'ETIMEDOUT' ||
      c === '57014' ||
      /timeout exceeded when trying to connect|connection timeout|timeout expired|Query read timeout/i.test(
        m,
      ),
  ],
  ['host not found', (c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN'],
  ['connection closed by the server', (c, m) => c === 'ECONNRESET' || /Connection terminated/.test(m)],
  ['password authentication failed', (c) => c === '28P01' || c === '28000'],
  ['no such database', (c) => c === '3D000'],
  ['too many connections', (c) => c === '53300'],
  ['the server is starting or shutting down', (c) => c === '57P03' || c === '57P01'],
];

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}

/** Names the cause of a failure to open `db`, as a StoreOpenError with a one-line message. */
export function explainOpenError(db: DatabaseConfig, error: unknown): StoreOpenError {
  const links = chain(error);
  const where = describeDatabase(db);
  for (const [cause, test] of RULES) {
    // The innermost error that shows the cause says it most plainly (a migration wraps the driver's error).
    for (const link of [...links].reverse()) {
      const code = typeof link.code === 'string' ? link.code : '';
      const message = typeof link.message === 'string' ? link.message : '';
      if (!test(code, message)) continue;
      const detail = firstLine(message) || code;
      const timeout =
        cause === 'timed out' && db.kind === 'postgres'
          ? ` (no answer within PG_CONNECT_TIMEOUT_MS=${db.connectTimeoutMs ?? 5000} ms)`
          : '';
      return new StoreOpenError(
        `Cannot open the database (${where}): ${cause}${timeout}. ${code ? `[${code}] ` : ''}${detail}`,
        cause,
        error,
      );
    }
  }
  const outer = links[0];
  const message = typeof outer?.message === 'string' ? firstLine(outer.message) : String(error);
  return new StoreOpenError(`Cannot open the database (${where}): ${message}`, 'other', error);
}
