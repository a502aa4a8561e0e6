/**
 * `backease backup --out FILE`: an online backup of the server's SQLite database (the one DATA_DIR
 * names), safe while the server runs. With DATABASE_URL set the data is in PostgreSQL, whose own tool
 * backs it up: the command says how (pg_dump) and exits 2 without writing anything. docs/server.md has
 * the restore steps for both.
 */
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../config/config.ts';
import { fail, issue, ok, plain, type Result } from '../../contract/errors.ts';
import { type Message, msg } from '../../i18n/message.ts';
import { BackupError, type BackupProblem, backupSqlite } from '../../store/sql/sqlite-backup.ts';
import { cliRenderer, withLang } from '../lang.ts';
import { type CommandDeps, processDeps } from './report.ts';

export interface BackupOptions {
  readonly out: string;
  readonly lang?: string;
}

export interface BackupResult {
  readonly source: string;
  readonly out: string;
  readonly pages: number;
  readonly bytes: number;
}

/** The cause in words when the system's code says which; its own text otherwise. */
function reasonOf(p: Extract<BackupProblem, { kind: 'cannot_write' }>) {
  const words: Readonly<Record<string, () => Message>> = {
    ENOENT: () => msg('error.backupReason.noFolder'),
    ENOTDIR: () => msg('error.backupReason.noFolder'),
    EACCES: () => msg('error.backupReason.denied'),
    EPERM: () => msg('error.backupReason.denied'),
    EROFS: () => msg('error.backupReason.readOnly'),
    ENOSPC: () => msg('error.backupReason.full'),
  };
  return (p.code ? words[p.code]?.() : undefined) ?? p.reason;
}

function problemIssue(p: BackupProblem) {
  switch (p.kind) {
    case 'no_database':
      return issue('invalid_value', 'DATA_DIR', msg('error.backupNoDatabase', { path: p.path }));
    case 'not_a_database':
      return issue('invalid_value', 'DATA_DIR', msg('error.backupNotDatabase', { path: p.path }));
    case 'exists':
      return issue('invalid_value', 'out', msg('error.backupExists', { path: p.path }));
    case 'cannot_write':
      return issue('invalid_value', 'out', msg('error.cannotWrite', { path: p.path, reason: reasonOf(p) }));
    case 'check_failed':
      return issue(
        'invalid_value',
        'out',
        msg('error.backupCheckFailed', { path: p.path, reason: p.reason }),
      );
  }
}

export async function runBackup(
  opts: BackupOptions,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Promise<Result<BackupResult>> {
  let database: ReturnType<typeof loadConfig>['database'];
  try {
    database = loadConfig(env, cwd).database;
  } catch (e) {
    if (e instanceof ConfigError)
      return fail(e.problems.map((p) => issue('invalid_value', 'environment', plain(p))));
    throw e;
  }
  if (database.kind === 'postgres')
    return fail([issue('invalid_value', 'DATABASE_URL', msg('error.backupPostgres'))]);
  try {
    const done = await backupSqlite(database.file, opts.out);
    return ok({ source: database.file, out: opts.out, ...done });
  } catch (e) {
    if (e instanceof BackupError) return fail([problemIssue(e.problem)]);
    throw e;
  }
}

export function registerBackup(program: Command, deps: CommandDeps = processDeps): void {
  withLang(program.command('backup'))
    .description('Back up the server’s SQLite database to a file, safely while it runs (PostgreSQL: pg_dump)')
    .requiredOption('--out <file>', 'the backup file to write (a new file; never overwritten)')
    .action(async (opts: BackupOptions) => {
      const r = await runBackup(opts);
      if (!r.ok) return deps.fail(r.issues);
      const words = cliRenderer(opts.lang);
      deps.write(
        `${words.text('cli.backup.done', {
          source: r.value.source,
          out: r.value.out,
          kb: Math.ceil(r.value.bytes / 1024),
        })}\n`,
      );
    });
}
