/**
 * The differential: a Bayesian update of each cause's prior by the likelihood ratios of the findings
 * that are present or absent, normalised over the contract's causes (the question it answers is
 * "which of these most likely explains this episode"). Unknown findings change nothing.
 *
 * Scoring runs on the compiled causes (compiled/cause-program.ts); the evidence lists that explain
 * each cause are built only for the answer, never while the interview weighs its questions.
 */

import type { CauseResult } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { CauseKnowledge } from '../knowledge/types.ts';
import {
  type CauseProgram,
  type CauseVector,
  causeProgram,
  causeScore,
  logPriorOf,
  logRatioAt,
  type SuspectRule,
} from './compiled/cause-program.ts';
import { compileCond, holds } from './compiled/conditions.ts';
import type { Facts } from './compiled/facts.ts';
import { FINDING_COUNT } from './compiled/finding-index.ts';
import { flatCausesOf, scoreAllMarking } from './compiled/flat-causes.ts';
import { listOf, NONE } from './compiled/list.ts';
import { personRow } from './compiled/person-priors.ts';
import { type Evidence, factsOf } from './evidence.ts';
import { explain } from './explain.ts';

export function prior(cause: CauseKnowledge, ev: Evidence): number {
  const f = factsOf(ev);
  let p = cause.prior.base;
  for (const m of cause.prior.modifiers ?? []) if (compileCond(m.when).holds(f)) p *= m.multiply;
  return p;
}

/**
 * What the fired urgent and emergency rules add to the causes they suspect: per cause, the log of the
 * ratio on top of its own ratios (0 when no fired rule suspects it), and, when `rules` is given, the
 * ids of those rules. A rule's picture is worth at least its level's ratio to each cause it suspects;
 * the cause's own likelihood ratios for the findings that made the rule fire count toward that, so the
 * same evidence is never counted twice (past cancer already weighs heavily for cancer in the spine;
 * confusion says nothing to a bladder infection's ratios, so there the rule adds its whole ratio).
 */
export function suspicionWeights(
  p: CauseProgram,
  f: Facts,
  rules?: (string[] | undefined)[],
  fired?: ArrayLike<number>,
): number[] {
  // A plain array: a typed array of 30 doubles would need a buffer of its own outside the heap. Grown
  // by push from [] rather than made by listOf, so its allocation site keeps unboxed doubles (listOf's
  // one site serves lists of every kind, and a number written into such a list is boxed).
  const weight: number[] = [];
  for (let ci = 0; ci < p.causes.length; ci++) weight.push(0);
  addSuspicion(p, f, weight, rules, fired);
  return weight;
}

/** suspicionWeights into `weight`, which holds a 0 per cause. */
function addSuspicion(
  p: CauseProgram,
  f: Facts,
  weight: { [ci: number]: number },
  rules?: (string[] | undefined)[],
  fired?: ArrayLike<number>,
): void {
  const { suspectRules, suspectPositions } = p;
  for (let j = 0; j < suspectRules.length; j++) {
    // With the fired rules known, the positions are read from one list: a rule's own object is
    // visited only when it fired (about 2 of 61).
    if (fired ? fired[suspectPositions[j] as number] !== 1 : !holds((suspectRules[j] as SuspectRule).when, f))
      continue;
    const r = suspectRules[j] as SuspectRule;
    // A list of its own per fired rule (one or two per call): emptying a shared one by setting its
    // length is a call into the runtime that cost more.
    const witnesses: number[] = [];
    r.when.witness(f, witnesses);
    for (const i of witnesses) IS_WITNESS[i] = 1;
    for (let s = 0; s < r.causes.length; s++) {
      const ci = r.causes[s] as number;
      const own = counted(p.causes[ci] as CauseVector, r.mentionedAt[s] as Int32Array, f);
      weight[ci] = Math.max(weight[ci] as number, r.worth - Math.max(0, own));
    }
    for (const i of witnesses) IS_WITNESS[i] = 0;
    if (rules)
      for (const ci of r.causes) {
        const list = rules[ci];
        if (list) list.push(r.ruleId);
        else rules[ci] = [r.ruleId];
      }
  }
}

// Scratch for addSuspicion: the findings that made the rule at hand fire, as marks by finding index
// (all 0 between calls). The engine is synchronous, so one list serves every call.
const IS_WITNESS = new Uint8Array(FINDING_COUNT);

/**
 * The log ratios the cause already gives the findings that made the rule fire (marked in IS_WITNESS),
 * summed in the cause's order: `at` holds, in that order, the positions of the cause's ratios whose
 * finding the rule mentions (SuspectRule.mentionedAt), the only ones that can be marked.
 */
function counted(c: CauseVector, at: Int32Array, f: Facts): number {
  let sum = 0;
  for (let j = 0; j < at.length; j++) {
    const k = at[j] as number;
    if (IS_WITNESS[c.finding[k] as number] === 1) sum += logRatioAt(c, k, f);
  }
  return sum;
}

/** Log scores before normalisation, in the knowledge base's order of causes. */
export function logScoresOf(
  p: CauseProgram,
  f: Facts,
  weight: ArrayLike<number> = suspicionWeights(p, f),
): number[] {
  const scores = new Array<number>(p.causes.length);
  for (let ci = 0; ci < p.causes.length; ci++)
    scores[ci] = causeScore(p.causes[ci] as CauseVector, f, weight[ci] as number);
  return scores;
}

export function logScores(kb: LoadedKnowledge, ev: Evidence): number[] {
  return logScoresOf(causeProgram(kb), factsOf(ev));
}

/** exp(s - max) / Σ, summed in order. */
export function normalise(scores: ArrayLike<number>): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i] as number);
  // Grown by push from [], not made by listOf: listOf's one allocation site serves lists of every
  // kind, and a number written into such a list is boxed (a heap object per probability).
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp((scores[i] as number) - max);
    out.push(e);
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}

/**
 * exp(s - max) / Σ of the first `n` scores into `out`, with the same arithmetic in the same order as
 * normalise.
 */
export function normaliseInto(scores: ArrayLike<number>, out: Float64Array, n = scores.length): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) max = Math.max(max, scores[i] as number);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp((scores[i] as number) - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) / sum;
  return out;
}

/** `fired`: which triage rules hold, by position (firedRuleMask), when the caller has worked it out. */
export function differentialOfFacts(kb: LoadedKnowledge, f: Facts, fired?: ArrayLike<number>): CauseResult[] {
  const p = causeProgram(kb);
  const n = p.causes.length;
  if (SCORES.length < n) {
    SCORES = new Float64Array(n);
    PROBS = new Float64Array(n);
    WEIGHT = new Float64Array(n);
    RULES = listOf(n);
  }
  // The weights and the rules' ids are read only within this call: scratch lists, cleared here.
  const weight = WEIGHT;
  const rules = RULES;
  for (let ci = 0; ci < n; ci++) {
    weight[ci] = 0;
    rules[ci] = undefined;
  }
  addSuspicion(p, f, weight, rules, fired);
  // Scored with the answers that move each cause marked, which its explanation lists.
  if (MARKS.length < p.markWords) MARKS = new Int32Array(p.markWords);
  const marks = MARKS;
  // The scores and probabilities are kept in scratch doubles (unboxed), read only within this call.
  const scores = SCORES;
  const { inTable, logPrior } = p.personPriors;
  const row = personRow(p.personPriors, f);
  // Each cause's first term, its log prior plus the fired rules' weight, in place of its weight.
  for (let ci = 0; ci < n; ci++) {
    const prior =
      inTable[ci] === 1 ? (logPrior[row + ci] as number) : logPriorOf(p.causes[ci] as CauseVector, f);
    weight[ci] = prior + (weight[ci] as number);
  }
  const flat = flatCausesOf(p);
  scoreAllMarking(p.causes, flat, f, weight, scores, marks);
  const probs = normaliseInto(scores, PROBS, n);
  const results = listOf<CauseResult>(n);
  const order = byProbability(probs, n);
  for (let r = 0; r < n; r++) {
    const i = order[r] as number;
    results[r] = explain(flat, p.causes, i, f, marks, probs[i] as number, rules[i] ?? NONE);
  }
  return results;
}

// Scratch for differentialOfFacts: the marks of every cause (CauseVector.marks). The engine is
// synchronous, so one list serves every call.
let MARKS = new Int32Array(0);
let SCORES = new Float64Array(0);
let PROBS = new Float64Array(0);
let WEIGHT = new Float64Array(0);
let RULES: (string[] | undefined)[] = [];

/** Positions of the first `n` probabilities, most probable first; equal probabilities keep the knowledge base's order (a stable sort). */
function byProbability(probs: ArrayLike<number>, n: number): Int32Array {
  if (ORDER.length < n) ORDER = new Int32Array(n);
  const order = ORDER;
  // The probabilities in `order`'s order, beside it, so the insertion reads no probability through
  // a position.
  if (SORTED.length < n) SORTED = new Float64Array(n);
  const sorted = SORTED;
  for (let i = 0; i < n; i++) {
    const pi = probs[i] as number;
    let at = i;
    while (at > 0 && (sorted[at - 1] as number) < pi) {
      order[at] = order[at - 1] as number;
      sorted[at] = sorted[at - 1] as number;
      at--;
    }
    order[at] = i;
    sorted[at] = pi;
  }
  return order;
}

// Scratch for byProbability. The engine is synchronous, so one list serves every call.
let SORTED = new Float64Array(0);
let ORDER = new Int32Array(0);

export function differential(kb: LoadedKnowledge, ev: Evidence): CauseResult[] {
  return differentialOfFacts(kb, factsOf(ev));
}
