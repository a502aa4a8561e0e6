/**
 * The person's answers as a lookup: the state of every finding (unknown when not mentioned), the
 * values of number findings, age and sex. Built once per assessment from validated input.
 *
 * A finding whose question cannot apply to this person (its `askIf` is already false, such as
 * pregnancy for a man, or "is the weakness spreading?" after saying there is no weakness) counts as
 * absent: the interview never asks it, and an unasked question must not hold a level up or down.
 *
 * Underneath is the compiled form (compiled/facts.ts): typed arrays indexed by finding, which the
 * engine reads directly. This interface is the public view of it.
 */
import type { EvidenceState, NumberFindingId, Sex } from '../contract/ids.ts';
import type { AssessmentInput } from '../contract/input.ts';
import type { FindingKnowledge } from '../knowledge/types.ts';
import { ABSENT, answersOf, type Facts, PRESENT } from './compiled/facts.ts';
import { FINDING_COUNT, findingAt, findingIndex } from './compiled/finding-index.ts';
import { askIfsOf, settle } from './compiled/implied-absences.ts';

export interface Evidence {
  readonly age: number;
  readonly sex: Sex;
  state(id: string): EvidenceState;
  value(id: NumberFindingId): number | undefined;
  /** True when the person was asked and answered "I don't know". */
  unsure(id: string): boolean;
}

const STATE_WORDS: readonly EvidenceState[] = ['unknown', 'present', 'absent'];

class FactsEvidence implements Evidence {
  readonly age: number;
  readonly sex: Sex;
  readonly facts: Facts;
  constructor(facts: Facts) {
    this.facts = facts;
    this.age = facts.age;
    this.sex = facts.sex;
  }
  state(id: string): EvidenceState {
    const i = findingIndex(id);
    return i < 0 ? 'unknown' : (STATE_WORDS[this.facts.state[i] as number] as EvidenceState);
  }
  value(id: NumberFindingId): number | undefined {
    const v = this.facts.value[findingIndex(id)];
    return v === undefined || Number.isNaN(v) ? undefined : v;
  }
  unsure(id: string): boolean {
    return this.facts.unsure[findingIndex(id)] === 1;
  }
}

/** The settled facts of an input: its answers and, with the knowledge base's findings, the implied absences. */
export function factsFor(input: AssessmentInput, findings?: readonly FindingKnowledge[]): Facts {
  const f = answersOf(input);
  if (findings) settle(f, askIfsOf(findings));
  return f;
}

/**
 * Builds the evidence; with the knowledge base's findings, also the absences implied by questions
 * that cannot apply.
 */
export function toEvidence(input: AssessmentInput, findings?: readonly FindingKnowledge[]): Evidence {
  return new FactsEvidence(factsFor(input, findings));
}

/** The compiled facts behind any evidence: its own, or read through the interface from another implementation. */
export function factsOf(ev: Evidence): Facts {
  if (ev instanceof FactsEvidence) return ev.facts;
  const f = answersOf({ age: ev.age, sex: ev.sex, evidence: [] });
  for (let i = 0; i < FINDING_COUNT; i++) {
    const id = findingAt(i);
    const s = ev.state(id);
    f.state[i] = s === 'present' ? PRESENT : s === 'absent' ? ABSENT : 0;
    f.unsure[i] = ev.unsure(id) ? 1 : 0;
    const v = s === 'present' ? ev.value(id as NumberFindingId) : undefined;
    f.value[i] = v === undefined ? Number.NaN : v;
    f.mentioned[i] = s !== 'unknown' || f.unsure[i] === 1 ? 1 : 0;
  }
  return f;
}
