/**
 * The person's answers as a lookup: the state of every finding (unknown when not mentioned),
 * the values of number findings, age and sex. Built once per assessment from validated input.
 */
import type { EvidenceState, NumberFindingId, Sex } from '../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';

export interface Evidence {
  readonly age: number;
  readonly sex: Sex;
  state(id: string): EvidenceState;
  value(id: NumberFindingId): number | undefined;
  /** Every finding with a state other than unknown, in input order. */
  readonly answered: readonly EvidenceItem[];
}

export function toEvidence(input: AssessmentInput): Evidence {
  const byId = new Map<string, EvidenceItem>();
  for (const e of input.evidence) byId.set(e.id, e);
  return {
    age: input.age,
    sex: input.sex,
    state: (id) => byId.get(id)?.state ?? 'unknown',
    value: (id) => {
      const e = byId.get(id);
      return e?.state === 'present' ? e.value : undefined;
    },
    answered: input.evidence.filter((e) => e.state !== 'unknown'),
  };
}

/** Returns new input with one finding set, replacing any earlier answer for it. */
export function withAnswer(input: AssessmentInput, item: EvidenceItem): AssessmentInput {
  return { ...input, evidence: [...input.evidence.filter((e) => e.id !== item.id), item] };
}
