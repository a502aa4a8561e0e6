/** Whether a record is valid by the diary's own schemas (the server validates with the same ones). */
import {
  checkInSchema,
  doctorQuestionSchema,
  episodeSchema,
  remedySessionSchema,
  savedAssessmentSchema,
} from '../../../src/diary/model.ts';
import type { Collection } from './diary-db.ts';

const SCHEMAS = {
  episodes: episodeSchema,
  checkIns: checkInSchema,
  remedySessions: remedySessionSchema,
  assessments: savedAssessmentSchema,
  doctorQuestions: doctorQuestionSchema,
} as const;

/** A merge of two valid records can break a rule across fields (an episode ending before it starts). */
export function validRecord(collection: Collection, record: unknown): boolean {
  return SCHEMAS[collection].safeParse(record).success;
}
