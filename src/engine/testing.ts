/**
 * Helpers for tests: build assessment input the way a case describes a person, and random people for
 * property tests. Used only by tests and benchmarks.
 */
import fc from 'fast-check';
import { ALL_FINDINGS, type NumberFindingId } from '../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';

export interface PersonSpec {
  readonly age?: number;
  readonly sex?: 'female' | 'male';
  readonly present?: readonly string[];
  readonly values?: Partial<Record<NumberFindingId, number>>;
  /** 'rest' (default): every yes/no finding not present is absent, as a vignette means; 'unknown': left unknown. */
  readonly others?: 'rest' | 'unknown';
}

export function person(spec: PersonSpec): AssessmentInput {
  const present = new Set(spec.present ?? []);
  const evidence: EvidenceItem[] = [];
  for (const f of ALL_FINDINGS) {
    if (f.kind === 'number') {
      const v = spec.values?.[f.id as NumberFindingId];
      if (v !== undefined) evidence.push({ id: f.id, state: 'present', value: v });
      continue;
    }
    if (present.has(f.id)) evidence.push({ id: f.id, state: 'present' });
    else if ((spec.others ?? 'rest') === 'rest') evidence.push({ id: f.id, state: 'absent' });
  }
  return { age: spec.age ?? 40, sex: spec.sex ?? 'male', evidence };
}

const BOOLEAN_IDS = ALL_FINDINGS.filter((f) => f.kind === 'boolean').map((f) => f.id);

/** A random person: random age and sex, each yes/no finding present, absent or unknown, numbers sometimes known. */
export const arbitraryInput: fc.Arbitrary<AssessmentInput> = fc
  .record({
    age: fc.integer({ min: 0, max: 120 }),
    sex: fc.constantFrom('female' as const, 'male' as const),
    states: fc.array(
      fc.constantFrom(
        'present' as const,
        'absent' as const,
        'unknown' as const,
        'unknown' as const,
        'absent' as const,
      ),
      {
        minLength: BOOLEAN_IDS.length,
        maxLength: BOOLEAN_IDS.length,
      },
    ),
    pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    duration: fc.option(
      fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 400, noNaN: true })),
      { nil: undefined },
    ),
  })
  .map(({ age, sex, states, pain, duration }) => {
    const evidence: EvidenceItem[] = BOOLEAN_IDS.map((id, i) => ({
      id,
      state: states[i] ?? 'unknown',
    })).filter((e) => e.state !== 'unknown');
    if (pain !== undefined) evidence.push({ id: 'pain_severity', state: 'present', value: pain });
    if (duration !== undefined) evidence.push({ id: 'duration_days', state: 'present', value: duration });
    return { age, sex, evidence };
  });

/** Sets one yes/no finding to present, replacing any earlier answer. */
export function withPresent(input: AssessmentInput, id: string): AssessmentInput {
  return { ...input, evidence: [...input.evidence.filter((e) => e.id !== id), { id, state: 'present' }] };
}
