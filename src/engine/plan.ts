/**
 * The self-care plan: advice ranked by evidence, filtered by the person's own conditions and medicines
 * (each withholding explained), every seed-article claim with its honest grade, and safety-netting.
 * For an emergency the plan holds no self-care actions: the only action is to get help now.
 */

import type { FindingId, TriageLevel } from '../contract/ids.ts';
import type { Plan, PlanItem, SafetyNet, SeedClaimReview, Triage, WithheldItem } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { type CondSet, holdsIn, witnessIds } from './compiled/conditions.ts';
import type { Facts } from './compiled/facts.ts';
import { DURATION } from './compiled/finding-index.ts';
import { listOf } from './compiled/list.ts';
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
  const p = planProgram(kb);
  const f = factsOf(ev);
  const byPosition = withholdingsAt(p, f, firingSafetyRules(p, f));
  const out = new Map<string, Withholding>();
  byPosition.forEach((w, position) => {
    if (w) out.set((p.advice[position] as CompiledAdvice).item.id, w);
  });
  return out;
}

/** The positions of the safety rules that hold for this person, in the knowledge base's order. */
function firingSafetyRules(p: PlanProgram, f: Facts): number[] {
  const firing: number[] = [];
  for (let k = 0; k < p.safetyRules.length; k++) if (holdsIn(p.safetyConds, k, f)) firing.push(k);
  return firing;
}

/**
 * A list of `n` undefined entries, filled by a loop: Array.prototype.fill is a call into the runtime
 * that cost more than the loop for lists this short.
 */
function noneAt<T>(n: number): (T | undefined)[] {
  const out = listOf<T | undefined>(n);
  for (let k = 0; k < n; k++) out[k] = undefined;
  return out;
}

/** Per advice position, why the item must not be given (undefined when it may). */
function withholdingsAt(p: PlanProgram, f: Facts, firing: readonly number[]): (Withholding | undefined)[] {
  const out = noneAt<Withholding>(p.advice.length);
  for (const k of firing) {
    const { rule, when, withholdAt } = p.safetyRules[k] as CompiledSafetyRule;
    if (withholdAt.length === 0) continue;
    const because = witnessIds(when, f);
    const why = p.why.get(rule.id);
    for (const position of withholdAt) {
      let w = out[position];
      if (!w) {
        w = { ruleIds: [], because: [], sources: [] };
        out[position] = w;
      }
      // Two rules with the same words are one reason to the person (e.g. the same medicine twice).
      if (!w.ruleIds.some((r) => p.why.get(r) === why)) w.ruleIds.push(rule.id);
      for (const b of because) if (!w.because.includes(b)) w.because.push(b);
      for (const s of rule.sources) if (!w.sources.includes(s)) w.sources.push(s);
    }
  }
  return out;
}

export function buildPlan(kb: LoadedKnowledge, ev: Evidence, tri: Triage): Plan {
  return planOfFacts(kb, factsOf(ev), tri);
}

type Caution = PlanItem['cautions'][number];

/** What the firing safety rules do to this person's plan, by advice position. */
interface Safety {
  /** Why an item is withheld; undefined when it is not. */
  readonly withheld: readonly (Withholding | undefined)[];
  /** The cautions an item carries; undefined when none. */
  readonly cautions: readonly (Caution[] | undefined)[];
}

// Most people have no condition or medicine that withholds or cautions anything: they share this.
const NO_SAFETY: Safety = { withheld: [], cautions: [] };

/** What the safety rules do to the plan; their warnings are added to `warnings`. */
function safetyOf(p: PlanProgram, f: Facts, emergency: boolean, warnings: Plan['warnings']): Safety {
  const firing = firingSafetyRules(p, f);
  if (firing.length === 0) return NO_SAFETY;
  const cautions = noneAt<Caution[]>(p.advice.length);
  for (const k of firing) {
    const { rule, cautionCode, warningCode, sources, cautionAt } = p.safetyRules[k] as CompiledSafetyRule;
    if (rule.caution) {
      const text = rule.caution.text;
      for (const position of cautionAt) {
        const list = cautions[position] ?? [];
        // Two rules with the same caution words show it once.
        if (!list.some((c) => p.cautionText.get(c.ruleId) === text))
          cautions[position] = [...list, { ruleId: rule.id, code: cautionCode }];
      }
    }
    // In an emergency only the warnings about the emergency itself.
    if (rule.warning && (!emergency || rule.id.startsWith('emergency')))
      warnings.push({ id: rule.id, code: warningCode, sources });
  }
  return { withheld: withholdingsAt(p, f, firing), cautions };
}

export function planOfFacts(kb: LoadedKnowledge, f: Facts, tri: Triage): Plan {
  const p = planProgram(kb);
  const emergency = tri.level === 'emergency';
  const warnings: Plan['warnings'] = [];
  const { withheld: withheldAt, cautions } = safetyOf(p, f, emergency, warnings);
  const anyWithheld = withheldAt.length > 0 && withheldAt.some((w) => w !== undefined);

  // The advice for this person: shown to them, and either offered on its own or an alternative to
  // something withheld (an item offered only as an alternative joins the plan then).
  const advice = p.advice;
  const n = advice.length;
  // Marks by advice position, read only within this call: scratch lists, filled here.
  if (RELEVANT.length < n) {
    RELEVANT = new Uint8Array(n);
    WANTED = new Uint8Array(n);
  }
  const relevant = RELEVANT;
  for (let k = 0; k < n; k++) relevant[k] = p.contradicted[k] === 0 && holdsIn(p.adviceShowIf, k, f) ? 1 : 0;
  const wanted = WANTED;
  for (let k = 0; k < n; k++) wanted[k] = 0;
  if (anyWithheld)
    for (const { position, alternativesAt } of advice)
      if (relevant[position] === 1 && withheldAt[position]) for (const k of alternativesAt) wanted[k] = 1;
  for (const position of p.onlyAsAlternative) if (wanted[position] !== 1) relevant[position] = 0;

  const actions: PlanItem[] = [];
  // 1 at the positions of the items listed as actions (their ids are what `instead` names).
  const listed = wanted;
  for (let k = 0; k < n; k++) listed[k] = 0;
  if (!emergency)
    for (let j = 0; j < p.byActionOrder.length; j++) {
      // The positions are read from one list: an item's own object is visited only when it is listed.
      const position = p.actionOrderAt[j] as number;
      if (relevant[position] !== 1 || withheldAt[position]) continue;
      const { action } = p.byActionOrder[j] as CompiledAdvice;
      listed[position] = 1;
      const cautioned = cautions[position];
      // An item without cautions is its shared entry; one with cautions gets an entry of its own.
      actions.push(cautioned ? { ...action, cautions: cautioned } : action);
    }

  const withheld: WithheldItem[] = [];
  if (anyWithheld)
    for (const { item: a, position, alternativesAt } of advice) {
      const w = withheldAt[position];
      if (relevant[position] !== 1 || !w) continue;
      const instead: string[] = [];
      alternativesAt.forEach((k, j) => {
        if (listed[k] === 1) instead.push((a.alternatives as readonly string[])[j] as string);
      });
      withheld.push({ id: a.id, ruleIds: w.ruleIds, because: w.because, sources: w.sources, instead });
    }

  const seedClaims = anyWithheld ? reviewedClaims(p, withheldAt) : p.seedClaims;

  const getHelpIf: SafetyNet['getHelpIf'] = [];
  const rank = rankOf(tri.level);
  const net = p.safetyNetAbove[rank] ?? [];
  const netShowIf = p.safetyNetAboveShowIf[rank] as CondSet;
  for (let k = 0; k < net.length; k++)
    if (holdsIn(netShowIf, k, f)) getHelpIf.push((net[k] as (typeof net)[number]).entry);

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

// Scratch for planOfFacts. The engine is synchronous, so one set serves every call.
let RELEVANT = new Uint8Array(0);
let WANTED = new Uint8Array(0);

/**
 * The seed claims when some advice is withheld: a claim about withheld advice names the rules that
 * withhold it; the others are their shared entries. The list is copied only when some claim is
 * affected (usually one or two of thirty), and nothing is allocated for the claims that are not.
 */
function reviewedClaims(p: PlanProgram, withheldAt: readonly (Withholding | undefined)[]): SeedClaimReview[] {
  let out: SeedClaimReview[] | undefined;
  const { seedClaims, seedClaimAdviceAt } = p;
  for (let k = 0; k < seedClaims.length; k++) {
    // The rules that withhold the claim's advice, each once.
    let ruleIds: string[] | undefined;
    const at = seedClaimAdviceAt[k] as Int32Array;
    for (let j = 0; j < at.length; j++) {
      const w = withheldAt[at[j] as number];
      if (!w) continue;
      ruleIds ??= [];
      for (const r of w.ruleIds) if (!ruleIds.includes(r)) ruleIds.push(r);
    }
    if (!ruleIds) continue;
    out ??= copied(seedClaims);
    out[k] = { ...(seedClaims[k] as SeedClaimReview), withheldRuleIds: ruleIds };
  }
  return out ?? seedClaims;
}

/** A copy of a list, by a loop: `slice` of a frozen list takes the runtime's slow path. */
function copied<T>(list: readonly T[]): T[] {
  const out = listOf<T>(list.length);
  for (let k = 0; k < list.length; k++) out[k] = list[k] as T;
  return out;
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
