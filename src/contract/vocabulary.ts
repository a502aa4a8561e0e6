/**
 * The words the web app and the rest of src/ share at run time: triage levels, the diary's collections
 * and their API path segments, and what a feedback report may say is wrong. Plain constants, no zod and
 * no JSON, so the web app can import them into any chunk without pulling a validator or the contract
 * files with it. Everything else (schemas, the store, routes) builds on these.
 */
import type { CheckIn, DoctorQuestion, Episode, RemedySession, SavedAssessment } from '../diary/model.ts';
import type { ContractTriageLevel } from './ids.generated.ts';

export const TRIAGE_LEVELS = [
  'emergency',
  'urgent',
  'gp',
  'self_care',
] as const satisfies readonly ContractTriageLevel[];
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** Higher is more urgent: self_care 0, gp 1, urgent 2, emergency 3. */
export function urgencyRank(level: TriageLevel): number {
  return TRIAGE_LEVELS.length - 1 - TRIAGE_LEVELS.indexOf(level);
}

/** The five diary collections; names are those of the export format. */
export const COLLECTION_NAMES = [
  'episodes',
  'checkIns',
  'remedySessions',
  'assessments',
  'doctorQuestions',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** The path segment of each collection in the HTTP API (`/api/v1/<segment>`). */
export const COLLECTION_SEGMENTS = {
  episodes: 'episodes',
  checkIns: 'checkins',
  remedySessions: 'remedy-sessions',
  assessments: 'assessments',
  doctorQuestions: 'doctor-questions',
} as const satisfies Readonly<Record<CollectionName, string>>;
export type CollectionSegment<C extends CollectionName = CollectionName> = (typeof COLLECTION_SEGMENTS)[C];

/** The record type of each collection. */
export interface CollectionRecords {
  episodes: Episode;
  checkIns: CheckIn;
  remedySessions: RemedySession;
  assessments: SavedAssessment;
  doctorQuestions: DoctorQuestion;
}

/** What a person may say is wrong with a piece of advice (POST /api/v1/feedback). */
export const FEEDBACK_PROBLEMS = ['wrong', 'unclear', 'unsafe', 'not_for_me', 'other'] as const;
export type FeedbackProblem = (typeof FEEDBACK_PROBLEMS)[number];

/** Which kind of card a report is about: the triage result, a cause, an advice item or a seed claim. */
export const FEEDBACK_ITEM_KINDS = ['triage', 'cause', 'advice', 'seed_claim'] as const;
export type FeedbackItemKind = (typeof FEEDBACK_ITEM_KINDS)[number];

/** The longest free text a report may carry, in characters. */
export const FEEDBACK_TEXT_MAX = 500;
