/**
 * What the interview needs from the knowledge base, worked out once per knowledge base: which findings
 * matter to the triage (and in which direction), to the plan and to the causes; the values that probe
 * each side of every number threshold the rules use; the questions in the order they are considered,
 * with their items as finding indexes; and, for the cause questions, each finding's ratios across the
 * causes.
 */
import { NUMBER_FINDINGS, type NumberFindingId, urgencyRank } from '../../contract/ids.ts';
import { mentions, walkCond } from '../../knowledge/conditions.ts';
import type { LoadedKnowledge } from '../../knowledge/load.ts';
import type { Cond, QuestionSpec } from '../../knowledge/types.ts';
import { type CauseProgram, causeProgram } from './cause-program.ts';
import { type CompiledCond, compileCond } from './conditions.ts';
import { FINDING_COUNT, findingAt, indexOfKnown, isNumberFinding } from './finding-index.ts';
import { type AskIfs, askIfsOf } from './implied-absences.ts';
import { type TriageProgram, triageProgram } from './triage-program.ts';

export interface QuestionProgram {
  /** Its position in the knowledge base's list of questions. */
  readonly index: number;
  readonly spec: QuestionSpec;
  readonly askIf: CompiledCond | undefined;
  readonly items: Int32Array;
}

export interface InterviewProgram {
  readonly triage: TriageProgram;
  readonly causes: CauseProgram;
  readonly askIfs: AskIfs;
  /** Per finding index: its own `askIf`, compiled. */
  readonly findingAskIf: readonly (CompiledCond | undefined)[];
  /** Per finding index, 1 when true. Mentioned by a triage rule at all... */
  readonly triageRelevant: Uint8Array;
  /** ...only as "absent" (so its worrying answer is "no")... */
  readonly onlyNeg: Uint8Array;
  /**
   * ...both as "present" and as "absent", and as "absent" by a more urgent rule than any that reads it
   * as "present": its "yes" can lower the level more than it raises it (morning stiffness raises the
   * inflammatory pattern to "see a GP" and, present, takes night pain off urgent; clinical.md §1.6 P4).
   * The bounds search tries such findings both ways...
   */
  readonly lowersWhenPresent: Uint8Array;
  /** ...by a safety rule of the plan... */
  readonly planRelevant: Uint8Array;
  /** ...by a cause's likelihood ratios... */
  readonly causeRelevant: Uint8Array;
  /** ...inside some `askIf` (so answering it can make another question inapplicable). */
  readonly inAskIf: Uint8Array;
  /** The yes/no findings that matter to the triage: the ones the bounds search fills in. */
  readonly triageSigns: Int32Array;
  /** Values that land on each side of every threshold the rules use, for probing unknown numbers. */
  readonly probes: Readonly<Record<NumberFindingId, readonly number[]>>;
  /** Whether an `askIf` reads a number (then every number probe settles the implied absences again). */
  readonly numbersInAskIf: boolean;
  /** Safety questions first, each phase in the knowledge base's `order`. */
  readonly ordered: readonly QuestionProgram[];
  /** In the knowledge base's order. */
  readonly questions: readonly QuestionProgram[];
  /** Per finding index (cause-relevant ones): each cause's ratio when it is present, in the causes' order. */
  readonly presentRatios: readonly (Float64Array | undefined)[];
  /** Per finding index: how often it is present in general, derived from the causes' pairs of ratios. */
  readonly referenceFrequency: Float64Array;
}

const cache = new WeakMap<LoadedKnowledge, InterviewProgram>();

export function interviewProgram(kb: LoadedKnowledge): InterviewProgram {
  const cached = cache.get(kb);
  if (cached) return cached;
  const flags = () => new Uint8Array(FINDING_COUNT);
  const pos = flags();
  const neg = flags();
  const thresholds: Record<NumberFindingId, Set<number>> = {
    pain_severity: new Set(),
    duration_days: new Set(),
  };
  const thresholdsOf = (c: Cond) => {
    if (c.op === 'num')
      for (const t of [c.gte, c.gt, c.lte, c.lt]) if (t !== undefined) thresholds[c.id].add(t);
  };
  // The most urgent level of a rule that reads each finding as present, and as absent (rank, -1 for none).
  const posLevel = new Int8Array(FINDING_COUNT).fill(-1);
  const negLevel = new Int8Array(FINDING_COUNT).fill(-1);
  for (const r of kb.triageRules) {
    walkCond(r.when, thresholdsOf);
    const rank = urgencyRank(r.level);
    for (const [id, signs] of mentions(r.when)) {
      const i = indexOfKnown(id);
      if (signs.has('pos')) {
        pos[i] = 1;
        posLevel[i] = Math.max(posLevel[i] as number, rank);
      }
      if (signs.has('neg')) {
        neg[i] = 1;
        negLevel[i] = Math.max(negLevel[i] as number, rank);
      }
    }
  }
  const triageRelevant = pos.map((x, i) => x | (neg[i] as number));
  const onlyNeg = neg.map((x, i) => (x === 1 && pos[i] === 0 ? 1 : 0));
  const lowersWhenPresent = flags();
  for (let i = 0; i < FINDING_COUNT; i++)
    if (pos[i] === 1 && neg[i] === 1 && (negLevel[i] as number) > (posLevel[i] as number))
      lowersWhenPresent[i] = 1;
  const planRelevant = flags();
  for (const r of kb.safetyRules)
    for (const id of mentions(r.when).keys()) planRelevant[indexOfKnown(id)] = 1;
  const causeRelevant = flags();
  for (const c of kb.causes) for (const r of c.ratios) causeRelevant[indexOfKnown(r.finding)] = 1;
  const inAskIf = flags();
  let numbersInAskIf = false;
  const findingAskIf: (CompiledCond | undefined)[] = new Array(FINDING_COUNT).fill(undefined);
  for (const f of kb.findings) {
    if (!f.askIf) continue;
    findingAskIf[indexOfKnown(f.id)] = compileCond(f.askIf);
    if (isNumberFinding(f.id)) numbersInAskIf = true;
    for (const id of mentions(f.askIf).keys()) {
      inAskIf[indexOfKnown(id)] = 1;
      if (isNumberFinding(id)) numbersInAskIf = true;
    }
  }

  const triageSigns: number[] = [];
  for (let i = 0; i < FINDING_COUNT; i++)
    if (triageRelevant[i] === 1 && !isNumberFinding(findingAt(i))) triageSigns.push(i);

  const compileQuestion = (spec: QuestionSpec, index: number): QuestionProgram => ({
    index,
    spec,
    askIf: spec.askIf ? compileCond(spec.askIf) : undefined,
    items: Int32Array.from(spec.items.map(indexOfKnown)),
  });
  const questions = kb.questions.map(compileQuestion);
  const phaseRank = (q: QuestionProgram) => (q.spec.phase === 'safety' ? 0 : 1);
  const ordered = [...questions].sort((a, b) => phaseRank(a) - phaseRank(b) || a.spec.order - b.spec.order);

  const causes = causeProgram(kb);
  const presentRatios: (Float64Array | undefined)[] = new Array(FINDING_COUNT).fill(undefined);
  const referenceFrequency = new Float64Array(FINDING_COUNT);
  for (let i = 0; i < FINDING_COUNT; i++) {
    if (causeRelevant[i] !== 1) continue;
    const id = findingAt(i);
    presentRatios[i] = Float64Array.from(
      kb.causes,
      (c) => c.ratios.find((x) => x.finding === id)?.present ?? 1,
    );
    referenceFrequency[i] = frequencyOf(kb, i);
  }

  const program: InterviewProgram = {
    triage: triageProgram(kb.triageRules),
    causes,
    askIfs: askIfsOf(kb.findings),
    findingAskIf,
    triageRelevant,
    onlyNeg,
    lowersWhenPresent,
    planRelevant,
    causeRelevant,
    inAskIf,
    triageSigns: Int32Array.from(triageSigns),
    probes: probesFor(thresholds),
    numbersInAskIf,
    ordered,
    questions,
    presentRatios,
    referenceFrequency,
  };
  cache.set(kb, program);
  return program;
}

/**
 * One value in each region the thresholds cut the range into (below, at, between, above): enough to
 * reach every combination of number conditions the rules can express.
 */
function probesFor(thresholds: Record<NumberFindingId, Set<number>>): Record<NumberFindingId, number[]> {
  const probes = {} as Record<NumberFindingId, number[]>;
  for (const id of Object.keys(thresholds) as NumberFindingId[]) {
    const range = NUMBER_FINDINGS[id];
    const ts = [...thresholds[id]].sort((x, y) => x - y);
    const values = new Set<number>([range.min]);
    ts.forEach((t, i) => {
      values.add(t);
      const next = ts[i + 1];
      values.add(next === undefined ? Math.min(range.max, t + 1) : (t + next) / 2);
    });
    probes[id] = [...values].filter((v) => v >= range.min && v <= range.max).sort((x, y) => x - y);
  }
  return probes;
}

/**
 * How often a finding is present in people with back pain in general: the median of the frequencies
 * implied by each cause's pair of ratios (present, absent), or 1 in 5 when none implies one.
 */
function frequencyOf(kb: LoadedKnowledge, i: number): number {
  const id = findingAt(i);
  const derived: number[] = [];
  for (const c of kb.causes) {
    const r = c.ratios.find((x) => x.finding === id);
    if (!r || r.present === undefined || r.absent === undefined || r.present === r.absent) continue;
    const f = (1 - r.absent) / (r.present - r.absent);
    if (f > 0 && f < 1) derived.push(f);
  }
  derived.sort((x, y) => x - y);
  return derived.length > 0 ? (derived[Math.floor(derived.length / 2)] as number) : 0.2;
}
