/**
 * The symptom diary: the records a person keeps, as Zod schemas shared by the web app (stored on the
 * device first), the server (validated on every write) and the exports. Records carry client-made UUIDs
 * so a diary written offline syncs without duplicates. Times are ISO 8601 strings with a zone.
 */
import { z } from 'zod';
import { CONTRACT_FINDINGS } from '../contract/ids.ts';
import { SHIPPED_LANGUAGES } from '../i18n/languages.ts';

const PROFILE_GROUPS = new Set(['medicines and substances', 'health background']);

/** Findings a profile may hold: conditions and medicines, which change the plan but not from day to day. */
export const PROFILE_FINDING_IDS: readonly string[] = CONTRACT_FINDINGS.filter((f) =>
  PROFILE_GROUPS.has(f.group),
).map((f) => f.id);

export const MAX_NOTE = 2000;
export const MAX_TAGS = 20;
export const MAX_TAG = 60;

/**
 * Record ids are UUIDs, compared as text by every store: written in lower case, so one UUID in upper
 * and in lower case is one record, not two (crypto.randomUUID, which the web app and the server use,
 * already makes lower case).
 */
export const idSchema = z.uuid().toLowerCase().describe('A UUID made by the client or the server');
export const isoDateTime = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 date-time with a zone, e.g. 2026-11-28T08:00:00Z');
export const painScore = z.number().int().min(0).max(10).describe('0 (none) to 10 (worst imaginable)');
const note = z.string().max(MAX_NOTE);
const tags = z.array(z.string().trim().min(1).max(MAX_TAG)).max(MAX_TAGS);

export const BODY_AREAS = [
  'lower_back',
  'upper_back',
  'middle_back',
  'neck',
  'left_side',
  'right_side',
  'buttock',
  'left_leg',
  'right_leg',
  'both_legs',
] as const;

export const profileSchema = z
  .object({
    age: z.number().int().min(0).max(120).nullable().default(null),
    sex: z.enum(['female', 'male']).nullable().default(null),
    /** Conditions and medicines as contract findings, present or absent, so the engine need not ask again. */
    evidence: z
      .array(
        z
          .object({
            id: z.enum(PROFILE_FINDING_IDS as [string, ...string[]]),
            state: z.enum(['present', 'absent']),
          })
          .strict(),
      )
      .max(PROFILE_FINDING_IDS.length)
      .default([])
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
        message: 'A finding is listed twice.',
      }),
    /** ISO 3166 alpha-2 code, for the emergency number shown. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .default(null)
      .describe('ISO 3166 alpha-2 country, for the emergency and advice numbers shown; null until chosen'),
    /** The language the person chose for the app, so every device they sign in on follows it. */
    language: z
      .enum(SHIPPED_LANGUAGES)
      .nullable()
      .default(null)
      .describe("The language the person chose in the web app (en, es or ar); null: follow the device's"),
  })
  .strict();

export const episodeSchema = z
  .object({
    id: idSchema,
    startedAt: isoDateTime,
    endedAt: isoDateTime.nullable().default(null),
    areas: z.array(z.enum(BODY_AREAS)).max(BODY_AREAS.length).default([]),
    pain: painScore.describe('Worst pain in this episode, 0-10'),
    triggers: tags.default([]),
    notes: note.default(''),
  })
  .strict()
  .refine((e) => e.endedAt === null || Date.parse(e.endedAt) >= Date.parse(e.startedAt), {
    message: 'endedAt must not be before startedAt.',
    path: ['endedAt'],
  });

export const checkInSchema = z
  .object({
    id: idSchema,
    episodeId: idSchema.nullable().default(null),
    at: isoDateTime,
    pain: painScore,
    notes: note.default(''),
  })
  .strict();

export const remedySessionSchema = z
  .object({
    id: idSchema,
    episodeId: idSchema.nullable().default(null),
    /** An advice item id of the knowledge base (e.g. "heat_wrap"), or "other". */
    remedy: z.string().regex(/^[a-z0-9_]{1,60}$/),
    startedAt: isoDateTime,
    minutes: z.number().min(0).max(240),
    painBefore: painScore,
    painAfter: painScore.nullable().default(null),
    notes: note.default(''),
  })
  .strict();

export const savedAssessmentSchema = z
  .object({
    id: idSchema,
    at: isoDateTime,
    /** The assessment input as sent to the engine (contract format). */
    input: z.unknown(),
    /** The engine's output at the time, kept as it was shown. */
    output: z.unknown(),
  })
  .strict();

export const doctorQuestionSchema = z
  .object({
    id: idSchema,
    createdAt: isoDateTime,
    text: z.string().trim().min(1).max(500),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;

/**
 * A profile as stored (JSON text), with any field added since it was written at its default: a
 * profile saved before `language` existed reads as language null.
 */
export function storedProfile(json: string): Profile {
  return profileSchema.parse(JSON.parse(json));
}

/** The profile of someone who has not saved one: every field at its default. */
export function defaultProfile(): Profile {
  return profileSchema.parse({});
}
export type Episode = z.infer<typeof episodeSchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
export type RemedySession = z.infer<typeof remedySessionSchema>;
export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;
export type DoctorQuestion = z.infer<typeof doctorQuestionSchema>;

/** Everything a person has, in the format that export writes and import reads back. */
export const diaryExportSchema = z
  .object({
    format: z.literal('backease-diary'),
    version: z.literal(1),
    exportedAt: isoDateTime,
    profile: profileSchema,
    episodes: z.array(episodeSchema),
    checkIns: z.array(checkInSchema),
    remedySessions: z.array(remedySessionSchema),
    assessments: z.array(savedAssessmentSchema),
    doctorQuestions: z.array(doctorQuestionSchema),
  })
  .strict();

export type DiaryExport = z.infer<typeof diaryExportSchema>;

/** A whole diary in memory, as the pure insight and report functions take it. */
export interface Diary {
  readonly profile: Profile;
  readonly episodes: readonly Episode[];
  readonly checkIns: readonly CheckIn[];
  readonly remedySessions: readonly RemedySession[];
  readonly assessments: readonly SavedAssessment[];
  readonly doctorQuestions: readonly DoctorQuestion[];
}
