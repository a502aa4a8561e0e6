/**
 * Reports of advice that seems wrong ("Something wrong with this advice?", POST /api/v1/feedback), kept
 * apart from diaries: their own table, no user id, no session, no IP address. A report says what is
 * wrong, about which card, and, only when the person chose to send them, the answers of the check.
 * Reviewers read them with `backease feedback list`. Memory and SQL implementations pass one contract
 * suite (feedback-contract.ts).
 */
import type { AssessmentInput } from '../contract/input.ts';
import type { FeedbackItemKind, FeedbackProblem } from '../contract/vocabulary.ts';

export interface FeedbackReport {
  readonly id: string;
  /** When the server received it, ms since the epoch. */
  readonly receivedAt: number;
  readonly problem: FeedbackProblem;
  /** The card: a triage level, a cause id, an advice id or a seed claim id. */
  readonly item: { readonly kind: FeedbackItemKind; readonly id: string };
  /** The person's own words, if any (at most FEEDBACK_TEXT_MAX characters). */
  readonly text: string | null;
  /** The language the person read the advice in. */
  readonly lang: string | null;
  /** The check's answers, only when the person ticked to send them. */
  readonly answers: AssessmentInput | null;
}

export interface FeedbackQuery {
  /** Only reports received at or after this time, ms since the epoch. */
  readonly since?: number;
  readonly limit: number;
}

export interface FeedbackStore {
  add(report: FeedbackReport): Promise<void>;
  /** Oldest first (the order a reviewer works through them), ties by id. */
  list(query: FeedbackQuery): Promise<FeedbackReport[]>;
}
