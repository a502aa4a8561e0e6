/**
 * The test-case (vignette) format of contract/case.schema.json, validated, and the simulated patient
 * who answers from a case: a finding listed in `present` is present (with its value), one in `unknown`
 * is unknown, every other yes/no contract finding is absent. A number finding not given stays unknown,
 * since "absent" has no meaning for a number, and so do the engine's own findings, which a case written
 * in the contract's vocabulary cannot describe.
 */
import { z } from 'zod';
import { fail, type Issue, issue, ok, plain, type Result } from '../contract/errors.ts';
import { ALL_FINDINGS, ENGINE_FINDINGS, FINDING_BY_ID, TRIAGE_LEVELS } from '../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import { fromZodError } from '../contract/zod-issues.ts';

const level = z.enum(TRIAGE_LEVELS);

export const caseSchema = z
  .object({
    id: z.string(),
    text: z.string().optional(),
    age: z.number().int().min(0).max(120),
    sex: z.enum(['female', 'male']),
    present: z.array(z.string()),
    values: z.record(z.string(), z.number()).optional(),
    unknown: z.array(z.string()).optional(),
    gold: z
      .object({
        triage: z.union([level, z.array(level).min(1)]),
        causes: z.array(z.string()),
        note: z.string().optional(),
      })
      .strict(),
    source: z.string().optional(),
  })
  .strict();

export type Case = z.infer<typeof caseSchema>;

const ENGINE_FINDING_IDS = new Set<string>(ENGINE_FINDINGS.map((f) => f.id));

export function parseCases(raw: unknown, file: string): Result<Case[]> {
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object' && 'cases' in raw
      ? (raw as { cases: unknown }).cases
      : undefined;
  if (!Array.isArray(list))
    return fail([
      issue(
        'invalid_type',
        file,
        plain('a case file must hold a JSON list of cases (or an object with a "cases" list).'),
      ),
    ]);
  const issues: Issue[] = [];
  const cases: Case[] = [];
  list.forEach((c, i) => {
    const r = caseSchema.safeParse(c);
    if (!r.success) {
      for (const x of fromZodError(r.error, c))
        issues.push({ ...x, path: `${file}[${i}]${x.path ? `.${x.path}` : ''}` });
      return;
    }
    for (const id of [...r.data.present, ...(r.data.unknown ?? []), ...Object.keys(r.data.values ?? {})]) {
      if (!FINDING_BY_ID.has(id))
        issues.push(
          issue(
            'unknown_finding',
            `${file}[${i}] (${r.data.id})`,
            plain(`"${id}" is not a known finding id.`),
          ),
        );
    }
    cases.push(r.data);
  });
  return issues.length > 0 ? fail(issues) : ok(cases);
}

/**
 * How the simulated patient answers one finding. A case is written in the contract's findings, so it
 * says nothing about the engine's own follow-ups: those are answered "I don't know".
 */
export function answer(c: Case, id: string): EvidenceItem {
  const finding = FINDING_BY_ID.get(id);
  if (ENGINE_FINDING_IDS.has(id)) return { id, state: 'unknown' };
  if ((c.unknown ?? []).includes(id)) return { id, state: 'unknown' };
  if (c.present.includes(id)) {
    if (finding?.kind === 'number') {
      const value = c.values?.[id];
      return value === undefined ? { id, state: 'unknown' } : { id, state: 'present', value };
    }
    return { id, state: 'present' };
  }
  if (finding?.kind === 'number') return { id, state: 'unknown' };
  return { id, state: 'absent' };
}

/** Everything the case says at once (one-shot mode). */
export function fullInput(c: Case): AssessmentInput {
  return {
    age: c.age,
    sex: c.sex,
    evidence: ALL_FINDINGS.map((f) => answer(c, f.id)).filter((e) => e.state !== 'unknown'),
  };
}
