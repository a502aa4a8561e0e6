/**
 * The least and most urgent levels the triage could still reach: every unknown finding that could
 * still apply set to its most reassuring (or most worrying) answer, and unknown numbers probed on both
 * sides of every threshold. The interview keeps asking safety questions while an answer could move
 * either bound.
 *
 * The search works on the compiled facts. The answers are copied into scratch facts once per search,
 * the open findings filled in place, and each number probe rewrites only the number's own entry and
 * re-checks only the rules that read numbers. Only the bound that is asked for is searched, and a
 * search stops as soon as its bound cannot go further (the level of the filled-in answers for the
 * least urgent, an emergency for the most), which cannot change its result.
 */
import type { TriageLevel } from '../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { FALSE } from './compiled/conditions.ts';
import { answersOf, clearAnswer, copyFacts, copyInto, type Facts, setAnswer } from './compiled/facts.ts';
import { DURATION, findingIndex, PAIN } from './compiled/finding-index.ts';
import { settle } from './compiled/implied-absences.ts';
import { type InterviewProgram, interviewProgram } from './compiled/interview-program.ts';
import { EMERGENCY, firstFiring, levelAt, SELF_CARE } from './compiled/triage-program.ts';

/** Bounds as ranks (self_care 0 … emergency 3). */
export interface RankBounds {
  readonly min: number;
  readonly max: number;
}

/** Scratch facts one interview step reuses for all its searches, so a probe allocates nothing. */
export interface BoundsSearch {
  readonly p: InterviewProgram;
  /** The answers with the assumed answers applied. */
  readonly known: Facts;
  /** The same, settled: what decides which findings are still open. */
  readonly settled: Facts;
  /** The open findings filled in, and the number probes. */
  readonly filled: Facts;
  /** The yes/no triage findings still open: unanswered, and able to apply. */
  readonly open: number[];
}

export function boundsSearch(p: InterviewProgram, answers: Facts): BoundsSearch {
  return { p, known: copyFacts(answers), settled: copyFacts(answers), filled: copyFacts(answers), open: [] };
}

/**
 * Sets the search up for the answers plus some assumed ones. Every answer given counts as known, "I
 * don't know" included: it will not be asked again, so it stays unknown (and rules that treat "not
 * sure" as a warning see it) rather than being probed.
 */
function prepare(
  s: BoundsSearch,
  answers: Facts,
  present: readonly number[],
  absent: readonly number[],
): void {
  const { p, known, settled, open } = s;
  copyInto(known, answers);
  for (const i of present) setAnswer(known, i, 'present');
  for (const i of absent) setAnswer(known, i, 'absent');
  copyInto(settled, known);
  settle(settled, p.askIfs);
  open.length = 0;
  for (const i of p.triageSigns) {
    if (known.mentioned[i] === 1) continue;
    const askIf = p.findingAskIf[i];
    if (!askIf || askIf.truth(settled) !== FALSE) open.push(i);
  }
}

/** NaN stands for "left unanswered" among a number's probe values. */
const UNANSWERED = Number.NaN;

function setNumber(f: Facts, i: number, v: number): void {
  if (Number.isNaN(v)) clearAnswer(f, i);
  else setAnswer(f, i, 'present', v);
}

/**
 * The least (`worst` false) or most (`worst` true) urgent level reachable from the prepared answers:
 * the open findings all at their most reassuring (or worrying) answer, each unanswered number probed.
 * A finding whose "yes" can lower the level more than it raises it (InterviewProgram.lowersWhenPresent)
 * has no answer that reassures in every rule, so the search also tries those findings the other way
 * round and keeps the furthest level reached. Each try is an answer the person could give, so a bound
 * found is always reachable; without the second try, night pain with the stiffness questions open
 * looked settled at urgent, and the questions that could bring it to "see a GP" (§1.6 P4) were never
 * asked.
 */
function reach(s: BoundsSearch, worst: boolean): number {
  const first = reachFilled(s, worst, false);
  if (first === (worst ? EMERGENCY : SELF_CARE)) return first;
  const { p, open } = s;
  let anyTwoWay = false;
  for (const i of open) if (p.lowersWhenPresent[i] === 1) anyTwoWay = true;
  if (!anyTwoWay) return first;
  const second = reachFilled(s, worst, true);
  return worst ? Math.max(first, second) : Math.min(first, second);
}

/** One try of reach: `flip` answers the findings in lowersWhenPresent the other way round. */
function reachFilled(s: BoundsSearch, worst: boolean, flip: boolean): number {
  const { p, known, filled, open } = s;
  copyInto(filled, known);
  for (const i of open) {
    const towards = worst !== (p.onlyNeg[i] === 1);
    setAnswer(filled, i, towards !== (flip && p.lowersWhenPresent[i] === 1) ? 'present' : 'absent');
  }
  settle(filled, p.askIfs);
  const base = firstFiring(p.triage.numberFree, filled);
  if (base === EMERGENCY) return EMERGENCY;
  const probeDuration = known.mentioned[DURATION] !== 1;
  const probePain = known.mentioned[PAIN] !== 1;
  const durations = probeDuration ? [UNANSWERED, ...p.probes.duration_days] : [UNANSWERED];
  const pains = probePain ? [UNANSWERED, ...p.probes.pain_severity] : [UNANSWERED];
  let bound = worst ? SELF_CARE : EMERGENCY;
  for (const d of durations) {
    if (probeDuration) setNumber(filled, DURATION, d);
    for (const v of pains) {
      if (probePain) setNumber(filled, PAIN, v);
      if (p.numbersInAskIf) settle(filled, p.askIfs);
      const level = Math.max(base, firstFiring(p.triage.numberDependent, filled));
      if (worst) {
        bound = Math.max(bound, level);
        if (bound === EMERGENCY) return bound;
      } else {
        bound = Math.min(bound, level);
        if (bound === base) return bound;
      }
    }
  }
  return bound;
}

/** Both bounds for the answers as they are. */
export function searchBounds(s: BoundsSearch, answers: Facts): RankBounds {
  prepare(s, answers, [], []);
  const min = reach(s, false);
  // A most urgent level below the least urgent one (rules that soften on "no") is the least urgent.
  return { min, max: Math.max(min, reach(s, true)) };
}

/**
 * Whether an answer to these items could move either bound: if they all came back reassuring, could
 * the most urgent level still reachable drop; if all worrying, could the least urgent one rise. Items
 * whose "yes" can lower the level (InterviewProgram.lowersWhenPresent) are tried both ways round, as in
 * reach.
 */
export function movesBounds(
  s: BoundsSearch,
  answers: Facts,
  items: readonly number[],
  bounds: RankBounds,
): boolean {
  const { p } = s;
  const relevant = items.filter((i) => p.triageRelevant[i] === 1);
  if (relevant.length === 0) return false;
  // An unanswered number is probed across its range, so its answer can always move a bound.
  if (relevant.some((i) => i === DURATION || i === PAIN)) return true;
  // A finding mentioned only as "absent" reassures when present.
  const reassuringWhenPresent = relevant.filter((i) => p.onlyNeg[i] === 1);
  const reassuringWhenAbsent = relevant.filter((i) => p.onlyNeg[i] !== 1);
  const moves = (yes: readonly number[], no: readonly number[]) => {
    prepare(s, answers, yes, no);
    const max = reach(s, true);
    if (max < bounds.max && Math.max(max, reach(s, false)) < bounds.max) return true;
    prepare(s, answers, no, yes);
    return reach(s, false) > bounds.min;
  };
  if (moves(reassuringWhenPresent, reassuringWhenAbsent)) return true;
  const twoWay = relevant.filter((i) => p.lowersWhenPresent[i] === 1);
  if (twoWay.length === 0) return false;
  return moves(
    [...reassuringWhenPresent, ...twoWay],
    reassuringWhenAbsent.filter((i) => p.lowersWhenPresent[i] !== 1),
  );
}

/**
 * The least and most urgent levels still possible. `assume` adds answers on top of the input, to ask
 * "what if this question were answered".
 */
export function levelBounds(
  kb: LoadedKnowledge,
  input: AssessmentInput,
  assume: readonly EvidenceItem[] = [],
): { min: TriageLevel; max: TriageLevel } {
  const answers = answersOf(input);
  for (const a of assume) {
    const i = findingIndex(a.id);
    if (i >= 0) setAnswer(answers, i, a.state, a.value);
  }
  const b = searchBounds(boundsSearch(interviewProgram(kb), answers), answers);
  return { min: levelAt(b.min), max: levelAt(b.max) };
}
