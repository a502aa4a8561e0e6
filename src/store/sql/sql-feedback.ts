/** Feedback reports over Kysely, for SQLite and PostgreSQL alike (see feedback.ts). */
import type { Kysely } from 'kysely';
import type { AssessmentInput } from '../../contract/input.ts';
import type { FeedbackItemKind, FeedbackProblem } from '../../contract/vocabulary.ts';
import type { FeedbackQuery, FeedbackReport, FeedbackStore } from '../feedback.ts';
import type { Database } from './schema.ts';

export class SqlFeedback implements FeedbackStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async add(r: FeedbackReport): Promise<void> {
    await this.#db
      .insertInto('feedback_reports')
      .values({
        id: r.id,
        received_at: r.receivedAt,
        problem: r.problem,
        item_kind: r.item.kind,
        item_id: r.item.id,
        text: r.text,
        lang: r.lang,
        answers: r.answers === null ? null : JSON.stringify(r.answers),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async list(query: FeedbackQuery): Promise<FeedbackReport[]> {
    let q = this.#db.selectFrom('feedback_reports').selectAll();
    if (query.since !== undefined) q = q.where('received_at', '>=', query.since);
    const rows = await q.orderBy('received_at', 'asc').orderBy('id', 'asc').limit(query.limit).execute();
    return rows.map((row) => ({
      id: row.id,
      receivedAt: Number(row.received_at),
      problem: row.problem as FeedbackProblem,
      item: { kind: row.item_kind as FeedbackItemKind, id: row.item_id },
      text: row.text,
      lang: row.lang,
      answers: row.answers === null ? null : (JSON.parse(row.answers) as AssessmentInput),
    }));
  }
}
