/** Feedback reports in memory, for unit tests (see feedback.ts). */
import type { FeedbackQuery, FeedbackReport, FeedbackStore } from './feedback.ts';

export class MemoryFeedback implements FeedbackStore {
  readonly #reports = new Map<string, string>();

  async add(report: FeedbackReport): Promise<void> {
    // Kept as JSON text, as the SQL stores keep it: a caller's later change to its object changes nothing.
    if (!this.#reports.has(report.id)) this.#reports.set(report.id, JSON.stringify(report));
  }

  async list(query: FeedbackQuery): Promise<FeedbackReport[]> {
    return [...this.#reports.values()]
      .map((text) => JSON.parse(text) as FeedbackReport)
      .filter((r) => query.since === undefined || r.receivedAt >= query.since)
      .sort((a, b) => a.receivedAt - b.receivedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, query.limit);
  }
}
