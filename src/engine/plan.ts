/**
 * The self-care plan: advice ranked by evidence, filtered by the person's own conditions and medicines
 * (each withholding explained), every seed-article claim with its honest grade, and safety-netting.
 * For an emergency the plan holds no self-care actions: the only action is to get help now.
 */
import { type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type {
  EvidenceGrade,
  Plan,
  PlanItem,
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
  readonly why: string[];
  readonly ruleIds: string[];
  readonly because: string[];
  readonly sources: string[];
}

/** Which advice items this person must not be given, and why; shared with the property tests. */
export function withholdings(kb: LoadedKnowledge, ev: Evidence): Map<string, Withholding> {
  const out = new Map<string, Withholding>();
  for (const rule of kb.safetyRules) {
    if (!rule.withhold || !holds(rule.when, ev)) continue;
    const because = witnesses(rule.when, ev);
    for (const id of rule.withhold) {
      const w = out.get(id) ?? { why: [], ruleIds: [], because: [], sources: [] };
      if (!w.why.includes(rule.why)) {
        w.why.push(rule.why);
        w.ruleIds.push(rule.id);
      }
      for (const b of because) if (!w.because.includes(b)) w.because.push(b);
      for (const s of rule.sources) if (!w.sources.includes(s)) w.sources.push(s);
      out.set(id, w);
    }
  }
  return out;
}

export function buildPlan(kb: LoadedKnowledge, ev: Evidence, tri: Triage): Plan {
  const withheldMap = withholdings(kb, ev);
  const cautions = new Map<string, { ruleId: string; text: string }[]>();
  const warnings: Plan['warnings'][number][] = [];
  for (const rule of kb.safetyRules) {
    if (!holds(rule.when, ev)) continue;
    if (rule.caution) {
      for (const id of rule.caution.items) {
        const list = cautions.get(id) ?? [];
        if (!list.some((c) => c.text === rule.caution?.text))
          cautions.set(id, [...list, { ruleId: rule.id, text: rule.caution.text }]);
      }
    }
    if (rule.warning) warnings.push({ id: rule.id, text: rule.warning, sources: rule.sources });
  }

  const relevant = kb.advice.filter((a) => a.grade !== 'contradicted' && (!a.showIf || holds(a.showIf, ev)));
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
            title: a.title,
            text: a.text,
            grade: a.grade,
            ...(a.gradeNote ? { gradeNote: a.gradeNote } : {}),
            sources: a.sources,
            ...(a.timer ? { timer: a.timer } : {}),
            cautions: cautions.get(a.id) ?? [],
          }));

  const withheld: WithheldItem[] = relevant
    .filter((a) => withheldMap.has(a.id))
    .map((a) => {
      const w = withheldMap.get(a.id) as Withholding;
      return {
        id: a.id,
        title: a.title,
        why: w.why,
        ruleIds: w.ruleIds,
        because: w.because,
        sources: w.sources,
      };
    });

  const seedClaims: SeedClaimReview[] = kb.seedClaims.map((s) => {
    const blocking = (s.adviceIds ?? []).flatMap((id) => {
      const w = withheldMap.get(id);
      return w ? w.why.map((why, i) => ({ why, ruleId: w.ruleIds[i] as string })) : [];
    });
    const blocked = [...new Map(blocking.map((b) => [b.ruleId, b])).values()];
    return {
      id: s.id,
      section: s.section,
      claim: s.claim,
      grade: s.grade,
      ...(s.gradeNote ? { gradeNote: s.gradeNote } : {}),
      verdict: s.verdict,
      sources: s.sources,
      ...(blocked.length > 0
        ? { withheldBecause: blocked.map((b) => b.why), withheldRuleIds: blocked.map((b) => b.ruleId) }
        : {}),
    };
  });

  return {
    actions,
    withheld,
    warnings: tri.level === 'emergency' ? warnings.filter((w) => w.id.startsWith('emergency')) : warnings,
    seedClaims,
    safetyNet: {
      getHelpIf: kb.safetyNet
        .filter((s) => urgencyRank(s.level) > urgencyRank(tri.level))
        .map((s) => ({ id: s.id, text: s.text, level: s.level })),
      reviewAfter: reviewAfter(tri.level, ev.value('duration_days')),
      review: review(tri.level, ev.value('duration_days')),
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

function reviewAfter(level: TriageLevel, durationDays: number | undefined): string {
  if (level === 'emergency') return 'Get help now; do not wait to see whether it improves.';
  if (level === 'urgent')
    return 'See a doctor today. If you are told it is safe to manage at home, see a doctor again if it is not clearly better within 2 weeks.';
  if (level === 'gp')
    return 'Book the appointment now. See a doctor sooner if any of the warning signs appear.';
  const left = daysLeft(level, durationDays);
  const when =
    left === undefined || left === 0
      ? 'if it is not clearly getting better'
      : `if it is not clearly getting better in the next ${left} day${left === 1 ? '' : 's'}`;
  return `Most back spasms settle within a few weeks. Book a doctor or physiotherapist appointment ${when}, or sooner if the pain stops you doing your usual activities or you are struggling to cope.`;
}
