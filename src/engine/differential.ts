/**
 * The differential: a Bayesian update of each cause's prior by the likelihood ratios of the findings
 * that are present or absent, normalised over the contract's causes (the question it answers is
 * "which of these most likely explains this episode"). Unknown findings change nothing.
 *
 * Scoring runs on the compiled causes (compiled/cause-program.ts); the evidence lists that explain
 * each cause are built only for the answer, never while the interview weighs its questions.
 */

import type { FindingId } from '../contract/ids.ts';
import type { CauseEvidence, CauseResult } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { CauseKnowledge, NumberBand } from '../knowledge/types.ts';
import {
  bandAt,
  type CauseProgram,
  type CauseVector,
  causeProgram,
  causeScore,
  logRatioAt,
} from './compiled/cause-program.ts';
import { compileCond, holds } from './compiled/conditions.ts';
import { type Facts, PRESENT } from './compiled/facts.ts';
import { FINDING_COUNT, findingAt } from './compiled/finding-index.ts';
import { type Evidence, factsOf } from './evidence.ts';

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
  fired?: readonly number[],
): number[] {
  // A plain array: a typed array of 30 doubles would need a buffer of its own outside the heap.
  const weight: number[] = [];
  for (let ci = 0; ci < p.causes.length; ci++) weight.push(0);
  for (const r of p.suspectRules) {
    if (fired ? fired[r.position] !== 1 : !holds(r.when, f)) continue;
    WITNESSES.length = 0;
    r.when.witness(f, WITNESSES);
    for (const i of WITNESSES) IS_WITNESS[i] = 1;
    for (const ci of r.causes)
      weight[ci] = Math.max(weight[ci] as number, r.worth - Math.max(0, counted(p, ci, f)));
    for (const i of WITNESSES) IS_WITNESS[i] = 0;
    if (rules)
      for (const ci of r.causes) {
        const list = rules[ci];
        if (list) list.push(r.ruleId);
        else rules[ci] = [r.ruleId];
      }
  }
  return weight;
}

// Scratch for suspicionWeights: the findings that made the rule at hand fire, as a list and as marks
// by finding index (all 0 between calls). The engine is synchronous, so one set serves every call.
const WITNESSES: number[] = [];
const IS_WITNESS = new Uint8Array(FINDING_COUNT);

/** The log ratios the cause already gives the findings that made the rule fire (marked in IS_WITNESS). */
function counted(p: CauseProgram, ci: number, f: Facts): number {
  const c = p.causes[ci];
  if (!c) return 0;
  let sum = 0;
  for (let k = 0; k < c.finding.length; k++)
    if (IS_WITNESS[c.finding[k] as number] === 1) sum += logRatioAt(c, k, f);
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
  const out = new Array<number>(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp((scores[i] as number) - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}

/**
 * A cause's result, with why it stands where it does: every finding that moved it, strongest first
 * (the knowledge base's order between equals, as a stable sort would leave them). The yes/no answers
 * come in the order worked out when the causes were compiled, with their entries made then; a
 * number's band, whose strength depends on the value, is merged in at its place.
 */
function explain(c: CauseVector, f: Facts, probability: number, suspectedBy: string[]): CauseResult {
  const ex = c.explain;
  const bands = c.bandPositions.length > 0 ? bandMoves(c, f) : 0;
  const state = f.state;
  const value = f.value;
  const { finding, entry, raises, strength, k: position } = ex;
  const want = ex.state;
  // The answers this person gave that move the cause, into MATCHED. Whether an answer matches is as
  // good as random, so it is added rather than branched on: every position is written, and the count
  // only moves past a match.
  if (MATCHED.length <= finding.length) MATCHED = new Int32Array(finding.length + 1);
  const matched = MATCHED;
  let n = 0;
  for (let j = 0; j < finding.length; j++) {
    matched[n] = j;
    // 1 when the states are equal: (0 - 1) >>> 31; states differ by 1 to 3, which give 0.
    n += (((state[finding[j] as number] as number) ^ (want[j] as number)) - 1) >>> 31;
  }
  // Counted first, so each list is made at its size rather than grown.
  let ups = 0;
  for (let b = 0; b < bands; b++) if ((BAND_RATIO[b] as number) > 1) ups++;
  for (let t = 0; t < n; t++) ups += raises[matched[t] as number] as number;
  const evidence = new Array<CauseEvidence>(n + bands);
  const up = new Array<FindingId>(ups);
  const down = new Array<FindingId>(n + bands - ups);
  let e = 0;
  let u = 0;
  let d = 0;
  let b = 0;
  for (let t = 0; t < n; t++) {
    const j = matched[t] as number;
    if (b < bands) {
      const here = strength[j] as number;
      const k = position[j] as number;
      for (; b < bands; b++) {
        const mine = BAND_STRENGTH[b] as number;
        if (mine < here || (mine === here && (BAND_K[b] as number) > k)) break;
        const x = bandEntry(c, b, f);
        evidence[e++] = x;
        if (x.ratio > 1) up[u++] = x.finding;
        else down[d++] = x.finding;
      }
    }
    const shared = entry[j] as CauseEvidence;
    const v = value[finding[j] as number] as number;
    evidence[e++] = Number.isNaN(v)
      ? shared
      : { finding: shared.finding, ratio: shared.ratio, answer: shared.answer, value: v };
    if (raises[j] === 1) up[u++] = shared.finding;
    else down[d++] = shared.finding;
  }
  for (; b < bands; b++) {
    const x = bandEntry(c, b, f);
    evidence[e++] = x;
    if (x.ratio > 1) up[u++] = x.finding;
    else down[d++] = x.finding;
  }
  return {
    id: c.cause.id,
    kind: c.kind,
    probability,
    for: up,
    against: down,
    evidence,
    suspectedBy,
  };
}

function bandEntry(c: CauseVector, b: number, f: Facts): CauseEvidence {
  return evidenceEntry(c.finding[BAND_K[b] as number] as number, BAND_RATIO[b] as number, f);
}

// Scratch for explain: positions in the cause's explain order (one more than the cause has, as every
// position is written before the count moves on; grown when a cause needs more).
let MATCHED = new Int32Array(64);

// Scratch for bandMoves: the bands that move the cause at hand, strongest first. The engine is
// synchronous, so one set serves every call; a cause has a handful of number findings at most.
const MAX_BANDS = 16;
const BAND_K = new Int32Array(MAX_BANDS);
const BAND_RATIO = new Float64Array(MAX_BANDS);
const BAND_STRENGTH = new Float64Array(MAX_BANDS);

/**
 * The cause's number bands that move it for this person, strongest first (then in the cause's order),
 * into BAND_*; returns how many. The strengths were taken when the causes were compiled.
 */
function bandMoves(c: CauseVector, f: Facts): number {
  let n = 0;
  for (const k of c.bandPositions) {
    const j = bandAt(c, k, f);
    if (j < 0) continue;
    const ratio = (c.bands[k] as readonly NumberBand[])[j]?.ratio as number;
    if (ratio === 1) continue;
    if (n === MAX_BANDS) throw new Error(`A cause has more than ${MAX_BANDS} number findings with bands.`);
    const strength = (c.bandStrength[k] as Float64Array)[j] as number;
    // Insertion: after every stronger band and every equal one before it in the cause's list.
    let at = n;
    while (at > 0 && (BAND_STRENGTH[at - 1] as number) < strength) {
      BAND_K[at] = BAND_K[at - 1] as number;
      BAND_RATIO[at] = BAND_RATIO[at - 1] as number;
      BAND_STRENGTH[at] = BAND_STRENGTH[at - 1] as number;
      at--;
    }
    BAND_K[at] = k;
    BAND_RATIO[at] = ratio;
    BAND_STRENGTH[at] = strength;
    n++;
  }
  return n;
}

function evidenceEntry(i: number, ratio: number, f: Facts): CauseEvidence {
  const finding = findingAt(i);
  if (f.state[i] !== PRESENT) return { finding, ratio, answer: 'absent' };
  const value = f.value[i] as number;
  return Number.isNaN(value)
    ? { finding, ratio, answer: 'present' }
    : { finding, ratio, answer: 'present', value };
}

/** `fired`: which triage rules hold, by position (firedRuleMask), when the caller has worked it out. */
export function differentialOfFacts(kb: LoadedKnowledge, f: Facts, fired?: readonly number[]): CauseResult[] {
  const p = causeProgram(kb);
  const n = p.causes.length;
  const rules = new Array<string[] | undefined>(n);
  const probs = normalise(logScoresOf(p, f, suspicionWeights(p, f, rules, fired)));
  const results = new Array<CauseResult>(n);
  const order = byProbability(probs);
  for (let r = 0; r < n; r++) {
    const i = order[r] as number;
    const c = p.causes[i] as CauseVector;
    results[r] = explain(c, f, probs[i] as number, rules[i] ?? []);
  }
  return results;
}

/** Positions, most probable first; equal probabilities keep the knowledge base's order (a stable sort). */
function byProbability(probs: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < probs.length; i++) {
    const pi = probs[i] as number;
    let at = i;
    while (at > 0 && (probs[order[at - 1] as number] as number) < pi) {
      order[at] = order[at - 1] as number;
      at--;
    }
    order[at] = i;
  }
  return order;
}

export function differential(kb: LoadedKnowledge, ev: Evidence): CauseResult[] {
  return differentialOfFacts(kb, factsOf(ev));
}
