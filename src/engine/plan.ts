/**
 * The self-care plan: advice ranked by evidence, filtered by the person's own conditions and medicines
 * (each withholding explained), every seed-article claim with its honest grade, and safety-netting.
 * For an emergency the plan holds no self-care actions: the only action is to get help now.
 */

import type { FindingId, TriageLevel } from '../contract/ids.ts';
import type { Plan, PlanItem, SafetyNet, SeedClaimReview, Triage, WithheldItem } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { holds, witnessIds } from './compiled/conditions.ts';
import type { Facts } from './compiled/facts.ts';
import { DURATION } from './compiled/finding-index.ts';
import {
  type CompiledAdvice,
  type CompiledSafetyRule,
  type PlanProgram,
  planProgram,
} from './compiled/plan-program.ts';
import { rankOf } from './compiled/triage-program.ts';
import { type Evidence, factsOf } from './evidence.ts';

/** Days after which an episode that is not improving should be seen by a doctor (§1.6 P9). */
export const REVIEW_AFTER_DAYS = 21;

export interface Withholding {
  /** The safety rules that withhold the item, in the knowledge base's order (their words: safety.<id>.why). */
  readonly ruleIds: string[];
  readonly because: FindingId[];
  readonly sources: string[];
}

/** Which advice items this person must not be given, and why; shared with the property tests. */
export function withholdings(kb: LoadedKnowledge, ev: Evidence): Map<string, Withholding> {
  return withholdingsOf(kb, factsOf(ev));
}

function withholdingsOf(kb: LoadedKnowledge, f: Facts): Map<string, Withholding> {
  const p = planProgram(kb);
  return withholdingsIn(p, f, firingSafetyRules(p, f));
}

/** 1 where the k-th safety rule holds for this person. */
function firingSafetyRules(p: PlanProgram, f: Facts): Uint8Array {
  const rules = p.safetyRules;
  const fires = new Uint8Array(rules.length);
  for (let k = 0; k < rules.length; k++) if (holds((rules[k] as CompiledSafetyRule).when, f)) fires[k] = 1;
  return fires;
}

/** `fires[k]`: 1 when the k-th safety rule holds for this person. */
function withholdingsIn(p: PlanProgram, f: Facts, fires: Uint8Array): Map<string, Withholding> {
  const out = new Map<string, Withholding>();
  const rules = p.safetyRules;
  for (let k = 0; k < rules.length; k++) {
    const { rule, when } = rules[k] as CompiledSafetyRule;
    if (!rule.withhold || fires[k] !== 1) continue;
    const because = witnessIds(when, f);
    const why = p.why.get(rule.id);
    for (const id of rule.withhold) {
      const w = out.get(id) ?? { ruleIds: [], because: [], sources: [] };
      // Two rules with the same words are one reason to the person (e.g. the same medicine twice).
      if (!w.ruleIds.some((r) => p.why.get(r) === why)) w.ruleIds.push(rule.id);
      for (const b of because) if (!w.because.includes(b)) w.because.push(b);
      for (const s of rule.sources) if (!w.sources.includes(s)) w.sources.push(s);
      out.set(id, w);
    }
  }
  return out;
}

export function buildPlan(kb: LoadedKnowledge, ev: Evidence, tri: Triage): Plan {
  return planOfFacts(kb, factsOf(ev), tri);
}

type Caution = PlanItem['cautions'][number];

const NO_WITHHOLDINGS: ReadonlyMap<string, Withholding> = new Map();

export function planOfFacts(kb: LoadedKnowledge, f: Facts, tri: Triage): Plan {
  const p = planProgram(kb);
  const emergency = tri.level === 'emergency';
  const fires = firingSafetyRules(p, f);
  // Most people have no condition or medicine that withholds or cautions anything: then nothing
  // below needs a map.
  const anyFires = fires.includes(1);
  const withheldMap = anyFires ? withholdingsIn(p, f, fires) : NO_WITHHOLDINGS;
  const cautions = new Map<string, Caution[]>();
  const warnings: Plan['warnings'][number][] = [];
  for (let k = 0; anyFires && k < p.safetyRules.length; k++) {
    if (fires[k] !== 1) continue;
    const { rule, cautionCode, warningCode, sources } = p.safetyRules[k] as CompiledSafetyRule;
    if (rule.caution) {
      const text = rule.caution.text;
      for (const id of rule.caution.items) {
        const list = cautions.get(id) ?? [];
        // Two rules with the same caution words show it once.
        if (!list.some((c) => p.cautionText.get(c.ruleId) === text))
          cautions.set(id, [...list, { ruleId: rule.id, code: cautionCode }]);
      }
    }
    // In an emergency only the warnings about the emergency itself.
    if (rule.warning && (!emergency || rule.id.startsWith('emergency')))
      warnings.push({ id: rule.id, code: warningCode, sources });
  }

  // The advice for this person: shown to them, and either offered on its own or an alternative to
  // something withheld (an item offered only as an alternative joins the plan then).
  const advice = p.advice;
  const shown = new Uint8Array(advice.length);
  for (const { item, showIf, position } of advice)
    if (item.grade !== 'contradicted' && (!showIf || holds(showIf, f))) shown[position] = 1;
  const wanted = new Set<string>();
  if (withheldMap.size > 0)
    for (const { item, position } of advice)
      if (shown[position] === 1 && withheldMap.has(item.id))
        for (const id of item.alternatives ?? []) wanted.add(id);
  const relevant = shown;
  for (const position of p.onlyAsAlternative)
    if (!wanted.has((advice[position] as CompiledAdvice).item.id)) relevant[position] = 0;

  const actions: PlanItem[] = [];
  if (!emergency)
    for (const { item: a, position, sources } of p.byActionOrder) {
      if (relevant[position] !== 1 || withheldMap.has(a.id)) continue;
      actions.push({
        id: a.id,
        kind: a.kind,
        grade: a.grade,
        sources,
        hasTimer: a.timer !== undefined,
        cautions: cautions.get(a.id) ?? [],
      });
    }

  const withheld: WithheldItem[] = [];
  if (withheldMap.size > 0)
    for (const { item: a, position } of advice) {
      const w = withheldMap.get(a.id);
      if (relevant[position] !== 1 || !w) continue;
      const instead = (a.alternatives ?? []).filter((id) => actions.some((x) => x.id === id));
      withheld.push({ id: a.id, ruleIds: w.ruleIds, because: w.because, sources: w.sources, instead });
    }

  const seedClaims =
    withheldMap.size === 0
      ? p.seedClaims.slice()
      : kb.seedClaims.map((s, k): SeedClaimReview => {
          // The rules that withhold the claim's advice, each once.
          const ruleIds: string[] = [];
          for (const adviceId of s.adviceIds ?? [])
            for (const r of withheldMap.get(adviceId)?.ruleIds ?? [])
              if (!ruleIds.includes(r)) ruleIds.push(r);
          const shared = p.seedClaims[k] as SeedClaimReview;
          return ruleIds.length > 0 ? { ...shared, withheldRuleIds: ruleIds } : shared;
        });

  const rank = rankOf(tri.level);
  const getHelpIf: SafetyNet['getHelpIf'] = [];
  for (const { rank: itemRank, showIf, entry } of p.safetyNet)
    if (itemRank > rank && (!showIf || holds(showIf, f))) getHelpIf.push(entry);

  const duration = f.value[DURATION] as number;
  const durationDays = Number.isNaN(duration) ? undefined : duration;
  return {
    actions,
    withheld,
    warnings,
    seedClaims,
    safetyNet: {
      getHelpIf,
      review: review(tri.level, durationDays),
      reviewAfter: reviewAfter(tri.level, durationDays),
    },
  };
}

/** Days left before a self-care episode reaches the review point, when its duration is known. */
function daysLeft(level: TriageLevel, durationDays: number | undefined): number | undefined {
  return level === 'self_care' && durationDays !== undefined
    ? Math.max(0, Math.ceil(REVIEW_AFTER_DAYS - durationDays))
    : undefined;
}

function review(
  level: TriageLevel,
  durationDays: number | undefined,
): { level: TriageLevel; daysLeft?: number } {
  const left = daysLeft(level, durationDays);
  return left === undefined ? { level } : { level, daysLeft: left };
}

/** When to see a doctor if it is not getting better: the level's words, with the days left for self-care. */
function reviewAfter(level: TriageLevel, durationDays: number | undefined): SafetyNet['reviewAfter'] {
  const left = daysLeft(level, durationDays);
  if (level === 'self_care' && left !== undefined && left > 0)
    return { code: 'reviewAfter.self_care.days', params: { count: left } };
  return { code: level === 'self_care' ? 'reviewAfter.self_care.notBetter' : `reviewAfter.${level}` };
}
