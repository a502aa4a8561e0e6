/**
 * The person's answers as a lookup: the state of every finding (unknown when not mentioned),
 * the values of number findings, age and sex. Built once per assessment from validated input.
 *
 * A finding whose question cannot apply to this person (its `askIf` is already false, such as
 * pregnancy for a man, or "is the weakness spreading?" after saying there is no weakness) counts as
 * absent: the interview never asks it, and an unasked question must not hold a level up or down.
 */
import type { EvidenceState, NumberFindingId, Sex } from '../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { FindingKnowledge } from '../knowledge/types.ts';
import { truth } from './conditions.ts';

export interface Evidence {
  readonly age: number;
  readonly sex: Sex;
  state(id: string): EvidenceState;
  value(id: NumberFindingId): number | undefined;
  /** True when the person was asked and answered "I don't know". */
  unsure(id: string): boolean;
}

function lookup(input: AssessmentInput, implied: ReadonlySet<string>): Evidence {
  const byId = new Map<string, EvidenceItem>();
  for (const e of input.evidence) byId.set(e.id, e);
  return {
    age: input.age,
    sex: input.sex,
    state: (id) => {
      const s = byId.get(id)?.state ?? 'unknown';
      return s === 'unknown' && implied.has(id) ? 'absent' : s;
    },
    value: (id) => {
      const e = byId.get(id);
      return e?.state === 'present' ? e.value : undefined;
    },
    unsure: (id) => byId.get(id)?.state === 'unknown',
  };
}

/**
 * Builds the evidence; with the knowledge base's findings, also the absences implied by questions
 * that cannot apply.
 */
export function toEvidence(input: AssessmentInput, findings?: readonly FindingKnowledge[]): Evidence {
  if (!findings) return lookup(input, new Set());
  const mentioned = new Set(input.evidence.map((e) => e.id));
  // Repeat until nothing changes, so chains of follow-ups settle (no pregnancy, so no "more than 20 weeks");
  // a chain cannot be longer than the list of findings, which bounds the loop.
  let implied = new Set<string>();
  for (let pass = 0; pass <= findings.length; pass++) {
    const ev = lookup(input, implied);
    const next = new Set<string>();
    for (const f of findings) {
      if (f.askIf && !mentioned.has(f.id) && truth(f.askIf, ev) === 'false') next.add(f.id);
    }
    if (next.size === implied.size && [...next].every((id) => implied.has(id))) break;
    implied = next;
  }
  return lookup(input, implied);
}
