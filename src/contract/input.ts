/**
 * The assessment input of the public contract, validated into a typed value or coded issues.
 * Bad input is never guessed at: an unknown id, an id given twice, a value on a yes/no finding,
 * a missing or out-of-range value, a missing or impossible age, or an unknown sex each get their own code.
 */

import { z } from 'zod';
import { type Message, msg } from '../i18n/message.ts';
import { fail, type Issue, issue, ok, type Result } from './errors.ts';
import {
  EVIDENCE_STATES,
  type EvidenceState,
  FINDING_BY_ID,
  NUMBER_FINDINGS,
  type NumberFindingId,
  SEXES,
  type Sex,
} from './ids.ts';
import { fromZodError } from './zod-issues.ts';

/** Enough for every finding several times over; a longer list is an attack or a bug, not a patient. */
export const MAX_EVIDENCE_ITEMS = 1000;

export const evidenceItemSchema = z
  .object({
    id: z.string().max(100).describe('A finding id from contract/findings.json'),
    state: z.enum(EVIDENCE_STATES),
    value: z
      .number()
      .optional()
      .describe('Only for number findings that are present: pain_severity 0-10, duration_days >= 0'),
  })
  .strict();

export const assessmentInputSchema = z
  .object({
    age: z.number().describe('Age in years, 0 to 120'),
    sex: z.enum(SEXES),
    evidence: z.array(evidenceItemSchema).max(MAX_EVIDENCE_ITEMS).default([]),
  })
  .strict()
  .describe('Assessment input: age, sex and the evidence gathered so far');

export interface EvidenceItem {
  readonly id: string;
  readonly state: EvidenceState;
  readonly value?: number;
}

export interface AssessmentInput {
  readonly age: number;
  readonly sex: Sex;
  readonly evidence: readonly EvidenceItem[];
}

const OVERRIDES = {
  age: 'age_invalid',
  'age:missing': 'age_missing',
  sex: 'sex_invalid',
  'sex:missing': 'sex_invalid',
  'evidence[].state': 'invalid_state',
} as const;

export function parseAssessmentInput(raw: unknown): Result<AssessmentInput> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail([
      issue(
        'invalid_type',
        '',
        msg('error.inputNotObject', {
          received: msg(
            Array.isArray(raw)
              ? 'error.received.list'
              : raw === null
                ? 'error.received.null'
                : 'error.received.value',
            { value: typeof raw },
          ),
        }),
      ),
    ]);
  }
  const parsed = assessmentInputSchema.safeParse(raw);
  if (!parsed.success) return fail(fromZodError(parsed.error, raw, OVERRIDES));
  const issues = domainIssues(parsed.data);
  if (issues.length > 0) return fail(issues);
  return ok(parsed.data as AssessmentInput);
}

function domainIssues(input: z.infer<typeof assessmentInputSchema>): Issue[] {
  const issues: Issue[] = [];
  if (!Number.isFinite(input.age) || input.age < 0 || input.age > 120) {
    issues.push(issue('age_invalid', 'age', msg('error.ageRange', { age: input.age })));
  }
  const seen = new Map<string, number>();
  input.evidence.forEach((e, i) => {
    const path = `evidence[${i}]`;
    const finding = FINDING_BY_ID.get(e.id);
    if (!finding) {
      issues.push(issue('unknown_finding', `${path}.id`, msg('error.unknownFinding', { id: e.id })));
      return;
    }
    const first = seen.get(e.id);
    if (first !== undefined) {
      issues.push(
        issue(
          'duplicate_finding',
          `${path}.id`,
          msg('error.duplicateFinding', { id: e.id, first: String(first) }),
        ),
      );
    } else {
      seen.set(e.id, i);
    }
    if (finding.kind === 'boolean') {
      if (e.value !== undefined) {
        issues.push(issue('value_not_allowed', `${path}.value`, msg('error.valueOnBoolean', { id: e.id })));
      }
      return;
    }
    const range = NUMBER_FINDINGS[e.id as NumberFindingId];
    if (e.state !== 'present') {
      if (e.value !== undefined) {
        issues.push(
          issue(
            'value_not_allowed',
            `${path}.value`,
            msg('error.valueNotPresent', { id: e.id, state: e.state }),
          ),
        );
      }
      return;
    }
    if (e.value === undefined) {
      issues.push(
        issue(
          'value_missing',
          `${path}.value`,
          msg('error.valueMissing', { id: e.id, range: describeRange(e.id as NumberFindingId) }),
        ),
      );
    } else if (!Number.isFinite(e.value) || e.value < range.min || e.value > range.max) {
      issues.push(
        issue(
          'value_out_of_range',
          `${path}.value`,
          msg('error.valueRange', {
            id: e.id,
            range: describeRange(e.id as NumberFindingId),
            value: String(e.value),
          }),
        ),
      );
    }
  });
  return issues;
}

function describeRange(id: NumberFindingId): Message {
  const r = NUMBER_FINDINGS[id];
  return Number.isFinite(r.max)
    ? msg('error.range.between', { min: r.min, max: r.max })
    : msg('error.range.atLeast', { min: r.min });
}
