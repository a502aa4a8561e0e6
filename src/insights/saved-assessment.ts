/**
 * Reads a saved assessment. The diary keeps the engine's input and output as they were at the time
 * (`unknown` in the model, since older app versions may have saved older shapes), so this takes only
 * the parts the insights, report and export use and tolerates anything else: a diary from an older
 * version must still produce a summary, with what can be read from it.
 */
import { z } from 'zod';
import {
  CAUSE_IDS,
  EVIDENCE_STATES,
  type EvidenceState,
  TRIAGE_LEVELS,
  type TriageLevel,
} from '../contract/ids.ts';
import type { SavedAssessment } from '../diary/model.ts';

const triageSchema = z.looseObject({
  level: z.enum(TRIAGE_LEVELS),
  reasons: z
    .array(z.looseObject({ text: z.string(), findings: z.array(z.string()).default([]) }))
    .default([]),
  action: z.string().default(''),
});

const causeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  probability: z.number().min(0).max(1),
  for: z.array(z.string()).default([]),
  against: z.array(z.string()).default([]),
});

const inputSchema = z.looseObject({
  age: z.number().optional(),
  sex: z.enum(['female', 'male']).optional(),
  evidence: z
    .array(z.looseObject({ id: z.string(), state: z.enum(EVIDENCE_STATES), value: z.number().optional() }))
    .default([]),
});

export interface ReadEvidence {
  readonly id: string;
  readonly state: EvidenceState;
  readonly value?: number;
}

export interface ReadCause {
  readonly id: string;
  readonly name: string;
  readonly probability: number;
  readonly for: readonly string[];
  readonly against: readonly string[];
}

export interface ReadAssessment {
  readonly id: string;
  readonly at: string;
  readonly age: number | null;
  readonly sex: 'female' | 'male' | null;
  readonly evidence: readonly ReadEvidence[];
  /** Null when the saved output has no readable triage (an older or damaged record). */
  readonly triage: {
    readonly level: TriageLevel;
    readonly reasons: readonly { readonly text: string; readonly findings: readonly string[] }[];
    readonly action: string;
  } | null;
  /** Contract causes only, most likely first. */
  readonly causes: readonly ReadCause[];
}

export function readSavedAssessment(saved: SavedAssessment): ReadAssessment {
  const input = inputSchema.safeParse(saved.input);
  const output = z.looseObject({}).safeParse(saved.output);
  const out = output.success ? output.data : {};
  const triage = triageSchema.safeParse(out.triage);
  const causes = z.array(causeSchema).safeParse(out.causes);
  const known = new Set(CAUSE_IDS);
  return {
    id: saved.id,
    at: saved.at,
    age: input.success ? (input.data.age ?? null) : null,
    sex: input.success ? (input.data.sex ?? null) : null,
    evidence: input.success
      ? input.data.evidence.map((e) => ({
          id: e.id,
          state: e.state,
          ...(e.value === undefined ? {} : { value: e.value }),
        }))
      : [],
    triage: triage.success
      ? {
          level: triage.data.level,
          reasons: triage.data.reasons.map((r) => ({ text: r.text, findings: r.findings })),
          action: triage.data.action,
        }
      : null,
    causes: causes.success
      ? causes.data
          .filter((c) => known.has(c.id))
          .map((c) => ({
            id: c.id,
            name: c.name,
            probability: c.probability,
            for: c.for,
            against: c.against,
          }))
          .sort((a, b) => b.probability - a.probability)
      : [],
  };
}

/** Most recent first. */
export function readAll(saved: readonly SavedAssessment[]): ReadAssessment[] {
  return saved
    .map((s) => ({ read: readSavedAssessment(s), t: Date.parse(s.at) }))
    .sort((a, b) => b.t - a.t)
    .map((x) => x.read);
}

export function isPresent(a: ReadAssessment, findingId: string): boolean {
  return a.evidence.some((e) => e.id === findingId && e.state === 'present');
}

/** At most this many causes are shown or exported as "considered"; the rest add noise, not care. */
export const MAX_CAUSES_CONSIDERED = 5;
/** Causes the engine put below this are left out of "considered" (the top cause is always kept). */
export const MIN_CAUSE_PROBABILITY = 0.02;

/** The causes a summary or export lists: the most likely few, and never an empty list when any exist. */
export function causesConsidered(a: ReadAssessment): readonly ReadCause[] {
  return a.causes
    .filter((c, i) => i === 0 || c.probability >= MIN_CAUSE_PROBABILITY)
    .slice(0, MAX_CAUSES_CONSIDERED);
}
