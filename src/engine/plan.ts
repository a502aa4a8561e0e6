/**
 * The self-care plan: advice ranked by evidence, filtered by the person's own conditions and medicines
 * (each withholding explained), every seed-article claim with its honest grade, and safety-netting.
 * For an emergency the plan holds no self-care actions: the only action is to get help now.
 */

import type { FindingId } from '../contract/ids.ts';
import { type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type {
  EvidenceGrade,
  Plan,
  PlanItem,
  SafetyNet,
  SeedClaimReview,
  Triage,
  WithheldItem,
} from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { AdviceItem } from '../knowledge/types.ts';
import { holds, witnesses } from './conditions.ts';
import type { Evidence } from './evidence.ts';

const GRADE_RANK: Readonly<Record<EvidenceGrade, number>> = {
  supported: 0,
  weak: 1,
  unsupported: 2,
  contradicted: 3,
};
const KIND_RANK: Readonly<Record<AdviceItem['kind'], number>> = {
  action: 0,
  remedy: 1,
  medicine: 2,
  prevention: 3,
  avoid: 4,
};

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
  const out = new Map<string, Withholding>();
  for (const rule of kb.safetyRules) {
    if (!rule.withhold || !holds(rule.when, ev)) continue;
    const because = witnesses(rule.when, ev);
    for (const id of rule.withhold) {
      const w = out.get(id) ?? { ruleIds: [], because: [], sources: [] };
      // Two rules with the same words are one reason to the person (e.g. the same medicine twice).
      if (!w.ruleIds.some((r) => sameWhy(kb, r, rule.id))) w.ruleIds.push(rule.id);
      for (const b of because) if (!w.because.includes(b)) w.because.push(b);
      for (const s of rule.sources) if (!w.sources.includes(s)) w.sources.push(s);
      out.set(id, w);
    }
  }
  return out;
}

function sameWhy(kb: LoadedKnowledge, a: string, b: string): boolean {
  return kb.safetyRuleById.get(a)?.why === kb.safetyRuleById.get(b)?.why;
}

/** The catalog key of a safety rule's caution. */
export const cautionCode = (ruleId: string) => `safety.${ruleId}.caution`;

export function buildPlan(kb: LoadedKnowledge, ev: Evidence, tri: Triage): Plan {
  const withheldMap = withholdings(kb, ev);
  const cautions = new Map<string, PlanItem['cautions'][number][]>();
  const warnings: Plan['warnings'][number][] = [];
  for (const rule of kb.safetyRules) {
    if (!holds(rule.when, ev)) continue;
    if (rule.caution) {
      for (const id of rule.caution.items) {
        const list = cautions.get(id) ?? [];
        // Two rules with the same caution words show it once.
        if (!list.some((c) => kb.safetyRuleById.get(c.ruleId)?.caution?.text === rule.caution?.text))
          cautions.set(id, [...list, { ruleId: rule.id, code: cautionCode(rule.id) }]);
      }
    }
    if (rule.warning)
      warnings.push({ id: rule.id, code: `safety.${rule.id}.warning`, sources: [...rule.sources] });
  }

  const shown = kb.advice.filter((a) => a.grade !== 'contradicted' && (!a.showIf || holds(a.showIf, ev)));
  // An item offered only as an alternative joins the plan when something it replaces is withheld.
  const wanted = new Set(shown.filter((a) => withheldMap.has(a.id)).flatMap((a) => a.alternatives ?? []));
  const relevant = shown.filter((a) => !a.onlyAsAlternative || wanted.has(a.id));
  const actions: PlanItem[] =
    tri.level === 'emergency'
      ? []
      : relevant
          .filter((a) => !withheldMap.has(a.id))
          // Things to do, best evidence first; then the things to avoid, so the action comes first.
          .sort(
            (a, b) =>
              Number(a.kind === 'avoid') - Number(b.kind === 'avoid') ||
              GRADE_RANK[a.grade] - GRADE_RANK[b.grade] ||
              KIND_RANK[a.kind] - KIND_RANK[b.kind],
          )
          .map((a) => ({
            id: a.id,
            kind: a.kind,
            grade: a.grade,
            sources: [...a.sources],
            hasTimer: a.timer !== undefined,
            cautions: cautions.get(a.id) ?? [],
          }));

  const offered = new Set(tri.level === 'emergency' ? [] : actions.map((a) => a.id));
  const withheld: WithheldItem[] = relevant
    .filter((a) => withheldMap.has(a.id))
    .map((a) => {
      const w = withheldMap.get(a.id) as Withholding;
      const instead = (a.alternatives ?? []).filter((id) => offered.has(id));
      return { id: a.id, ruleIds: w.ruleIds, because: w.because, sources: w.sources, instead };
    });

  const seedClaims: SeedClaimReview[] = kb.seedClaims.map((s) => {
    const blocking = (s.adviceIds ?? []).flatMap((id) => withheldMap.get(id)?.ruleIds ?? []);
    const ruleIds = [...new Set(blocking)];
    return {
      id: s.id,
      section: s.section,
      grade: s.grade,
      sources: [...s.sources],
      ...(ruleIds.length > 0 ? { withheldRuleIds: ruleIds } : {}),
    };
  });

  const durationDays = ev.value('duration_days');
  return {
    actions,
    withheld,
    warnings: tri.level === 'emergency' ? warnings.filter((w) => w.id.startsWith('emergency')) : warnings,
    seedClaims,
    safetyNet: {
      getHelpIf: kb.safetyNet
        .filter((s) => urgencyRank(s.level) > urgencyRank(tri.level) && (!s.showIf || holds(s.showIf, ev)))
        .map((s) => ({ id: s.id, level: s.level })),
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
