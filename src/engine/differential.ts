/**
 * The differential: a Bayesian update of each cause's prior by the likelihood ratios of the findings
 * that are present or absent, normalised over the contract's causes (the question it answers is
 * "which of these most likely explains this episode"). Unknown findings change nothing.
 */

import { CONTRACT_CAUSES, NUMBER_FINDINGS, type NumberFindingId } from '../contract/ids.ts';
import type { CauseEvidence, CauseResult } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { CauseKnowledge, LikelihoodRatio } from '../knowledge/types.ts';
import { holds, witnesses } from './conditions.ts';
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

interface Suspicion {
  /** The log of the ratio the rules add on top of the cause's own ratios for the same findings. */
  readonly weight: number;
  /** The fired urgent or emergency rules that suspect the cause. */
  readonly rules: readonly string[];
}

/**
 * The causes suspected by the urgent and emergency rules that fire. A rule's picture is worth at least
 * its level's ratio to each cause it suspects; the cause's own likelihood ratios for the findings that
 * made the rule fire count toward that, so the same evidence is never counted twice (past cancer
 * already weighs heavily for cancer in the spine; confusion says nothing to a bladder infection's
 * ratios, so there the rule adds its whole ratio).
 */
export function suspicions(kb: LoadedKnowledge, ev: Evidence): ReadonlyMap<string, Suspicion> {
  const out = new Map<string, Suspicion>();
  for (const r of kb.triageRules) {
    if (!r.suspects || (r.level !== 'emergency' && r.level !== 'urgent') || !holds(r.when, ev)) continue;
    const fired = new Set<string>(witnesses(r.when, ev));
    const worth = Math.log(kb.suspectRatio.ratio[r.level]);
    for (const id of r.suspects) {
      let counted = 0;
      for (const x of kb.causeById.get(id)?.ratios ?? [])
        if (fired.has(x.finding)) counted += Math.log(ratioFor(x, ev));
      const before = out.get(id);
      out.set(id, {
        weight: Math.max(before?.weight ?? 0, worth - Math.max(0, counted)),
        rules: [...(before?.rules ?? []), r.id],
      });
    }
  }
  return out;
}

/** Log scores before normalisation; shared with the interview's information-gain search. */
export function logScores(kb: LoadedKnowledge, ev: Evidence): number[] {
  const suspects = suspicions(kb, ev);
  return kb.causes.map((c) => {
    let s = Math.log(prior(c, ev)) + (suspects.get(c.id)?.weight ?? 0);
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
  const rules = suspicions(kb, ev);
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
      suspectedBy: [...(rules.get(c.id)?.rules ?? [])],
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
