/**
 * An online backup of the SQLite database (`backease backup`): SQLite's backup API through
 * better-sqlite3, safe while the server runs and writes. The copy is taken in one step, so it is one
 * consistent moment of the database (every write committed before the backup began, none half-written),
 * and writes going on meanwhile cannot make it start over. The copy is a single file (its journal mode
 * set back to DELETE), readable only by its owner (it holds health data), and checked before it is
 * reported good.
 */
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** Pages per step: all of them, in one read transaction. */
const ALL_PAGES = 0x7fffffff;

export interface BackupDone {
  readonly pages: number;
  readonly bytes: number;
}

export type BackupProblem =
  | { readonly kind: 'no_database'; readonly path: string }
  | { readonly kind: 'not_a_database'; readonly path: string }
  | { readonly kind: 'exists'; readonly path: string }
  | {
      readonly kind: 'cannot_write';
      readonly path: string;
      /** The system's error code when there is one (ENOENT, EACCES, EROFS, ENOSPC…), and its text. */
      readonly code: string | undefined;
      readonly reason: string;
    }
  | { readonly kind: 'check_failed'; readonly path: string; readonly reason: string };

export class BackupError extends Error {
  readonly problem: BackupProblem;
  constructor(problem: BackupProblem, cause?: unknown) {
    super(`${problem.kind}: ${problem.path}`, cause === undefined ? undefined : { cause });
    this.name = 'BackupError';
    this.problem = problem;
  }
}

const codeOf = (e: unknown) => (e as { code?: unknown } | null)?.code;

function openSource(source: string): BetterSqlite3.Database {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupError({ kind: 'no_database', path: source }, e);
  }
  try {
    // The first read of the file: a file that is not a database fails here, not half-way.
    db.pragma('schema_version');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (e) {
    db.close();
    throw new BackupError({ kind: 'not_a_database', path: source }, e);
  }
}

/** Creates the destination, empty and private; never replaces a file. */
function createPrivate(out: string): void {
  try {
    closeSync(openSync(out, 'wx', 0o600));
  } catch (e) {
    if (codeOf(e) === 'EEXIST') throw new BackupError({ kind: 'exists', path: out }, e);
    throw new BackupError(cannotWrite(out, e), e);
  }
}

function cannotWrite(path: string, e: unknown): BackupProblem {
  const code = codeOf(e);
  return {
    kind: 'cannot_write',
    path,
    code: typeof code === 'string' ? code : undefined,
    reason: (e as Error).message,
  };
}

export async function backupSqlite(source: string, out: string): Promise<BackupDone> {
  const db = openSource(source);
  let pages = 0;
  try {
    createPrivate(out);
    try {
      pages = (await db.backup(out, { progress: () => ALL_PAGES })).totalPages;
    } catch (e) {
      rmSync(out, { force: true });
      throw new BackupError(cannotWrite(out, e), e);
    }
  } finally {
    db.close();
  }
  try {
    const copy = new BetterSqlite3(out, { fileMustExist: true });
    try {
      // One self-contained file: the copy inherits WAL mode from the source.
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
    } finally {
      copy.close();
    }
  } catch (e) {
    rmSync(out, { force: true });
    throw new BackupError({ kind: 'check_failed', path: out, reason: (e as Error).message }, e);
  }
  return { pages, bytes: statSync(out).size };
}
