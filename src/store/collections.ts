/**
 * The five diary collections, each with the schema that validates its records and the field that places
 * a record in time (for date-range listing and its index). Names are those of the export format.
 */
import type { z } from 'zod';
import {
  COLLECTION_NAMES,
  COLLECTION_SEGMENTS,
  type CollectionName,
  type CollectionRecords,
  type CollectionSegment,
} from '../contract/vocabulary.ts';
import {
  checkInSchema,
  doctorQuestionSchema,
  episodeSchema,
  remedySessionSchema,
  savedAssessmentSchema,
} from '../diary/model.ts';

export { COLLECTION_NAMES, type CollectionName, type CollectionRecords };

export interface CollectionDef<C extends CollectionName> {
  readonly name: C;
  /** The path segment of the HTTP API (`/api/v1/<segment>`). */
  readonly segment: CollectionSegment<C>;
  /** One record, in words, for messages and API docs. */
  readonly noun: string;
  readonly schema: z.ZodType<CollectionRecords[C], unknown>;
  /** The ISO date-time that orders the record. */
  readonly timeOf: (record: CollectionRecords[C]) => string;
}

type Defs = { readonly [C in CollectionName]: CollectionDef<C> };

export const COLLECTIONS: Defs = {
  episodes: {
    name: 'episodes',
    segment: COLLECTION_SEGMENTS.episodes,
    noun: 'episode',
    schema: episodeSchema,
    timeOf: (r) => r.startedAt,
  },
  checkIns: {
    name: 'checkIns',
    segment: COLLECTION_SEGMENTS.checkIns,
    noun: 'check-in',
    schema: checkInSchema,
    timeOf: (r) => r.at,
  },
  remedySessions: {
    name: 'remedySessions',
    segment: COLLECTION_SEGMENTS.remedySessions,
    noun: 'remedy session',
    schema: remedySessionSchema,
    timeOf: (r) => r.startedAt,
  },
  assessments: {
    name: 'assessments',
    segment: COLLECTION_SEGMENTS.assessments,
    noun: 'saved assessment',
    schema: savedAssessmentSchema,
    timeOf: (r) => r.at,
  },
  doctorQuestions: {
    name: 'doctorQuestions',
    segment: COLLECTION_SEGMENTS.doctorQuestions,
    noun: 'doctor question',
    schema: doctorQuestionSchema,
    timeOf: (r) => r.createdAt,
  },
};

/**
 * Milliseconds since the epoch of a record's time: comparable across time zones, unlike the ISO text.
 * Throws on a time that is not a date, so a store never writes a record it could not list.
 */
export function timeKey<C extends CollectionName>(c: C, record: CollectionRecords[C]): number {
  const def = COLLECTIONS[c] as CollectionDef<C>;
  const ms = Date.parse(def.timeOf(record));
  if (!Number.isFinite(ms)) throw new Error(`A ${def.noun} has a time that is not a valid date.`);
  return ms;
}
