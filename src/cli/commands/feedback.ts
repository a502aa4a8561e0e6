/**
 * `backease feedback list [--since DAY] [--limit N] [--json]`: reviewers read the reports people sent
 * with "Something wrong with this advice?" (POST /api/v1/feedback), oldest first, from the server's own
 * database (DATA_DIR's SQLite file, or DATABASE_URL), like `backease backup`. A report carries no account
 * or address; its words are the person's and are shown as they are.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../config/config.ts';
import { fail, type Issue, issue, ok, plain, type Result } from '../../contract/errors.ts';
import { msg } from '../../i18n/message.ts';
import type { Renderer } from '../../i18n/render.ts';
import type { FeedbackReport } from '../../store/feedback.ts';
import { openStore } from '../../store/open-store.ts';
import { cliRenderer, withLang } from '../lang.ts';
import { type CommandDeps, processDeps } from './report.ts';

export interface FeedbackListOptions {
  readonly since?: string;
  readonly limit?: string;
  readonly json?: boolean;
  readonly lang?: string;
}

const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 100_000;

/** A day (YYYY-MM-DD, from its start in UTC) or a date-time with its zone, as ms since the epoch. */
export function parseSince(raw: string): number | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(raw);
  if (!day && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw))
    return undefined;
  const ms = Date.parse(day ? `${raw}T00:00:00Z` : raw);
  // Date.parse rolls 2026-02-30 over to March: a day must read back as itself.
  if (!Number.isFinite(ms) || (day && new Date(ms).toISOString().slice(0, 10) !== raw)) return undefined;
  return ms;
}

function parseOptions(opts: FeedbackListOptions): Result<{ since?: number; limit: number }> {
  const issues: Issue[] = [];
  const since = opts.since === undefined ? undefined : parseSince(opts.since);
  if (opts.since !== undefined && since === undefined)
    issues.push(issue('invalid_value', 'since', msg('error.feedbackSince', { value: opts.since })));
  const limit = opts.limit === undefined ? DEFAULT_LIMIT : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    issues.push(
      issue(
        'invalid_value',
        'limit',
        msg('error.feedbackLimit', { value: String(opts.limit), max: MAX_LIMIT }),
      ),
    );
  if (issues.length) return fail(issues);
  return ok({ ...(since === undefined ? {} : { since }), limit });
}

export async function listFeedback(
  opts: FeedbackListOptions,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Promise<Result<FeedbackReport[]>> {
  const query = parseOptions(opts);
  if (!query.ok) return query;
  let database: ReturnType<typeof loadConfig>['database'];
  try {
    database = loadConfig(env, cwd).database;
  } catch (e) {
    if (e instanceof ConfigError)
      return fail(e.problems.map((p) => issue('invalid_value', 'environment', plain(p))));
    throw e;
  }
  // Reading must not make an empty database where there was none.
  if (database.kind === 'sqlite' && !existsSync(database.file))
    return fail([issue('invalid_value', 'DATA_DIR', msg('error.backupNoDatabase', { path: database.file }))]);
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(database);
  } catch (e) {
    return fail([issue('database_unavailable', '', plain(e instanceof Error ? e.message : String(e)))]);
  }
  try {
    return ok(await store.feedback.list(query.value));
  } finally {
    await store.close();
  }
}

/** The reports as the JSON output gives them: times as ISO text. */
export function feedbackJson(reports: readonly FeedbackReport[]): string {
  return `${JSON.stringify(
    reports.map((r) => ({ ...r, receivedAt: new Date(r.receivedAt).toISOString() })),
    null,
    2,
  )}\n`;
}

/** One block per report, for a reviewer reading in a terminal. */
export function feedbackText(reports: readonly FeedbackReport[], words: Renderer): string {
  if (reports.length === 0) return `${words.text('cli.feedback.none')}\n`;
  const blocks = reports.map((r) => {
    const lines = [
      words.text('cli.feedback.head', {
        at: new Date(r.receivedAt).toISOString(),
        problem: words.text(`feedback.problem.${r.problem}`),
        kind: r.item.kind,
        id: r.item.id,
        lang: r.lang ?? '-',
      }),
    ];
    if (r.text) lines.push(`  ${words.text('cli.feedback.text', { text: r.text.replace(/\n/g, '\n    ') })}`);
    if (r.answers)
      lines.push(
        `  ${words.text('cli.feedback.answers', {
          age: r.answers.age,
          sex: r.answers.sex,
          count: r.answers.evidence.length,
          present: r.answers.evidence
            .filter((e) => e.state === 'present')
            .map((e) => (e.value === undefined ? e.id : `${e.id}=${e.value}`))
            .join(', '),
        })}`,
      );
    lines.push(`  ${words.text('cli.feedback.id', { id: r.id })}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${words.text('cli.feedback.count', { count: reports.length })}\n`;
}

export function registerFeedback(program: Command, deps: CommandDeps = processDeps): void {
  const feedback = program
    .command('feedback')
    .description('Reports people sent with "Something wrong with this advice?" (for reviewers)');
  withLang(feedback.command('list'))
    .description('List the reports in the server’s database (DATA_DIR or DATABASE_URL), oldest first')
    .option('--since <time>', 'only reports from this day (YYYY-MM-DD, UTC) or date-time on')
    .option('--limit <n>', `at most this many reports (default ${DEFAULT_LIMIT})`)
    .option('--json', 'the reports as JSON')
    .action(async (opts: FeedbackListOptions) => {
      const r = await listFeedback(opts);
      if (!r.ok) return deps.fail(r.issues);
      deps.write(opts.json ? feedbackJson(r.value) : feedbackText(r.value, cliRenderer(opts.lang)));
    });
}
