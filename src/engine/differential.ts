/**
 * The differential: a Bayesian update of each cause's prior by the likelihood ratios of the findings
 * that are present or absent, normalised over the contract's causes (the question it answers is
 * "which of these most likely explains this episode"). Unknown findings change nothing.
 */

import { CONTRACT_CAUSES, NUMBER_FINDINGS, type NumberFindingId } from '../contract/ids.ts';
import type { CauseEvidence, CauseResult } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { CauseKnowledge, LikelihoodRatio } from '../knowledge/types.ts';
import { holds } from './conditions.ts';
import type { Evidence } from './evidence.ts';

export function prior(cause: CauseKnowledge, ev: Evidence): number {
  let p = cause.prior.base;
  for (const m of cause.prior.modifiers ?? []) if (holds(m.when, ev)) p *= m.multiply;
  return p;
}

/** The ratio a finding applies to a cause given the evidence (1 when unknown or not informative). */
export function ratioFor(r: LikelihoodRatio, ev: Evidence): number {
  const state = ev.state(r.finding);
  if (state === 'unknown') return 1;
  if (r.bands) {
    if (state !== 'present') return 1;
    const v = ev.value(r.finding as NumberFindingId);
    if (v === undefined) return 1;
    const band = r.bands.find((b) => (b.gte === undefined || v >= b.gte) && (b.lt === undefined || v < b.lt));
    return band?.ratio ?? 1;
  }
  return (state === 'present' ? r.present : r.absent) ?? 1;
}

/** Log scores before normalisation; shared with the interview's information-gain search. */
export function logScores(kb: LoadedKnowledge, ev: Evidence): number[] {
  return kb.causes.map((c) => {
    let s = Math.log(prior(c, ev));
    for (const r of c.ratios) s += Math.log(ratioFor(r, ev));
    return s;
  });
}

export function normalise(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

export function differential(kb: LoadedKnowledge, ev: Evidence): CauseResult[] {
  const probs = normalise(logScores(kb, ev));
  const results = kb.causes.map((c, i): CauseResult => {
    const evidence = c.ratios
      .map((r) => ({ finding: r.finding, ratio: ratioFor(r, ev) }))
      .filter((e) => e.ratio !== 1)
      .sort((a, b) => Math.abs(Math.log(b.ratio)) - Math.abs(Math.log(a.ratio)))
      .map((e): CauseEvidence => {
        const answer = ev.state(e.finding) === 'present' ? 'present' : 'absent';
        const value = answer === 'present' && isNumberFinding(e.finding) ? ev.value(e.finding) : undefined;
        return { ...e, answer, ...(value === undefined ? {} : { value }) };
      });
    return {
      id: c.id,
      kind: CAUSE_KIND.get(c.id) ?? 'common',
      probability: probs[i] ?? 0,
      for: evidence.filter((e) => e.ratio > 1).map((e) => e.finding),
      against: evidence.filter((e) => e.ratio < 1).map((e) => e.finding),
      evidence,
    };
  });
  return results.sort((a, b) => b.probability - a.probability);
}

const CAUSE_KIND: ReadonlyMap<string, CauseResult['kind']> = new Map(
  CONTRACT_CAUSES.map((c) => [c.id, c.kind]),
);

function isNumberFinding(id: string): id is NumberFindingId {
  return id in NUMBER_FINDINGS;
}
