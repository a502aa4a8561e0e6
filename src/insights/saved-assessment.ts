/**
 * Reads a saved assessment. The diary keeps the engine's input and output as they were at the time
 * (`unknown` in the model, since older app versions may have saved older shapes), so this takes only
 * the parts the insights, report and export use and tolerates anything else: a diary from an older
 * version must still produce a summary, with what can be read from it.
 */
import { z } from 'zod';
import {
  CONTRACT_CAUSES,
  EVIDENCE_STATES,
  type EvidenceState,
  FINDING_BY_ID,
  TRIAGE_LEVELS,
  type TriageLevel,
} from '../contract/ids.ts';
import { CARE_SERVICES, type CareService } from '../contract/output.ts';
import type { SavedAssessment } from '../diary/model.ts';
import { NO_RULE_REASON, UNSURE_RULE_ID } from '../engine/triage.ts';
import { type Message, msg } from '../i18n/message.ts';
import { DEFAULT_SERVICE } from '../knowledge/actions.ts';
import { triageRules } from '../knowledge/triage-rules.ts';

/*
 * Every text read here ends up in a report or a FHIR resource, where an empty string is invalid (FHIR
 * strings must have a character) and an id outside the contract names nothing. So texts must not be
 * blank, finding and cause ids must be the contract's, and a cause's name is the contract's name for
 * its id, not whatever was saved. A bad item is left out on its own; the rest of the record still counts.
 */
const text = z.string().refine((s) => s.trim().length > 0, 'must not be blank');
const CAUSE_NAMES: ReadonlyMap<string, string> = new Map(CONTRACT_CAUSES.map((c) => [c.id, c.name]));

/** The items of `value` that pass `schema`; an empty list when `value` is not a list. */
function validItems<T>(value: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const r = schema.safeParse(item);
    return r.success ? [r.data] : [];
  });
}

/** Contract finding ids only. */
function findingIds(value: unknown): string[] {
  return validItems(value, z.string()).filter((id) => FINDING_BY_ID.has(id));
}

const triageSchema = z.looseObject({
  level: z.enum(TRIAGE_LEVELS),
  service: z.enum(CARE_SERVICES).optional().catch(undefined),
  reasons: z.unknown().optional(),
});

/** A reason is read by its rule (saved since the first version); older words are kept for rules since removed. */
const reasonSchema = z.looseObject({
  ruleId: z.string().optional(),
  text: text.optional(),
  findings: z.unknown().optional(),
});

/** Rules whose words the catalogs hold: today's triage rules and the engine's own two reasons. */
const KNOWN_RULES: ReadonlySet<string> = new Set([
  ...triageRules.map((r) => r.id),
  NO_RULE_REASON.ruleId,
  UNSURE_RULE_ID,
]);

function savedReason(r: z.infer<typeof reasonSchema>): Message | null {
  if (r.ruleId && KNOWN_RULES.has(r.ruleId)) return msg(`triage.${r.ruleId}.text`);
  return r.text ? msg('saved.text', { text: r.text }) : null;
}

const causeSchema = z.looseObject({
  id: z.string().refine((id) => CAUSE_NAMES.has(id), 'not a contract cause'),
  probability: z.number().min(0).max(1),
  for: z.unknown().optional(),
  against: z.unknown().optional(),
});

const inputSchema = z.looseObject({
  age: z.number().optional().catch(undefined),
  sex: z.enum(['female', 'male']).optional().catch(undefined),
  evidence: z.unknown().optional(),
});

const evidenceSchema = z.looseObject({
  id: z.string().refine((id) => FINDING_BY_ID.has(id), 'not a contract finding'),
  state: z.enum(EVIDENCE_STATES),
  value: z.number().optional(),
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

export interface ReadReason {
  readonly message: Message;
  readonly findings: readonly string[];
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
    /** Where it sent the person (the level's default when an older record did not say). */
    readonly service: CareService;
    readonly reasons: readonly ReadReason[];
  } | null;
  /** Contract causes only, most likely first. */
  readonly causes: readonly ReadCause[];
}

export function readSavedAssessment(saved: SavedAssessment): ReadAssessment {
  const input = inputSchema.safeParse(saved.input);
  const output = z.looseObject({}).safeParse(saved.output);
  const out = output.success ? output.data : {};
  const triage = triageSchema.safeParse(out.triage);
  return {
    id: saved.id,
    at: saved.at,
    age: input.success ? (input.data.age ?? null) : null,
    sex: input.success ? (input.data.sex ?? null) : null,
    evidence: input.success
      ? validItems(input.data.evidence, evidenceSchema).map((e) => ({
          id: e.id,
          state: e.state,
          ...(e.value === undefined ? {} : { value: e.value }),
        }))
      : [],
    triage: triage.success
      ? {
          level: triage.data.level,
          service: triage.data.service ?? DEFAULT_SERVICE[triage.data.level],
          reasons: validItems(triage.data.reasons, reasonSchema).flatMap((r) => {
            const message = savedReason(r);
            return message ? [{ message, findings: findingIds(r.findings) }] : [];
          }),
        }
      : null,
    causes: validItems(out.causes, causeSchema)
      .map((c) => ({
        id: c.id,
        name: CAUSE_NAMES.get(c.id) as string,
        probability: c.probability,
        for: findingIds(c.for),
        against: findingIds(c.against),
      }))
      .sort((a, b) => b.probability - a.probability)
      // One cause once (its likeliest entry): a cause is one Condition in an export, with one id.
      .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i),
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
