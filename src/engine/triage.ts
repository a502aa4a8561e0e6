/**
 * Triage: the most urgent level any deterministic rule gives, with reasons naming the findings.
 * Red flags are rules, never probabilities; the differential plays no part here.
 */
import { type FindingId, NUMBER_FINDINGS, type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type { CareService, Triage, TriageReason } from '../contract/output.ts';
import { DEFAULT_SERVICE } from '../knowledge/actions.ts';
import { mentions } from '../knowledge/conditions.ts';
import type { Knowledge, TriageRule } from '../knowledge/types.ts';
import { holds, truth, witnesses } from './conditions.ts';
import type { Evidence } from './evidence.ts';

/** The reason given when the person was unsure about a sign that could make the level more urgent. */
export const UNSURE_RULE_ID = 'unsure_warning_signs';

/** The reason given when warning signs were never answered: the result cannot be self-care. */
export const UNANSWERED_RULE_ID = 'unanswered_warning_signs';
/** The least urgent level while warning signs are unanswered. */
export const UNANSWERED_FLOOR: TriageLevel = 'gp';

/** The catalog key of a triage reason's words. */
export const reasonCode = (ruleId: string) => `triage.${ruleId}.text`;

export const NO_RULE_REASON: TriageReason = {
  ruleId: 'no_warning_signs',
  level: 'self_care',
  code: reasonCode('no_warning_signs'),
  findings: [],
  sources: ['R13', 'R1'],
};

/** The fired rules, most urgent first (the knowledge base's order within a level). */
export function firedRules(kb: Pick<Knowledge, 'triageRules'>, ev: Evidence): TriageReason[] {
  const reasons: TriageReason[] = [];
  for (const r of kb.triageRules) {
    if (!holds(r.when, ev)) continue;
    reasons.push({
      ruleId: r.id,
      level: r.level,
      code: reasonCode(r.id),
      findings: witnesses(r.when, ev),
      sources: [...r.sources],
    });
  }
  return reasons.sort((a, b) => urgencyRank(b.level) - urgencyRank(a.level));
}

export function triageLevel(kb: Pick<Knowledge, 'triageRules'>, ev: Evidence): TriageLevel {
  let best: TriageLevel = 'self_care';
  for (const r of kb.triageRules) {
    if (urgencyRank(r.level) > urgencyRank(best) && holds(r.when, ev)) {
      best = r.level;
      if (best === 'emergency') break;
    }
  }
  return best;
}

const flagsCache = new WeakMap<object, readonly { id: FindingId; level: TriageLevel }[]>();

/** Each finding that makes some rule fire, with the most urgent level it can lead to. */
function redFlags(kb: Pick<Knowledge, 'triageRules'>): readonly { id: FindingId; level: TriageLevel }[] {
  const cached = flagsCache.get(kb.triageRules);
  if (cached) return cached;
  const top = new Map<FindingId, TriageLevel>();
  for (const r of kb.triageRules) {
    for (const [id, signs] of mentions(r.when)) {
      const prev = top.get(id);
      if (signs.has('pos') && (!prev || urgencyRank(r.level) > urgencyRank(prev))) top.set(id, r.level);
    }
  }
  const list = [...top].map(([id, level]) => ({ id, level }));
  flagsCache.set(kb.triageRules, list);
  return list;
}

/**
 * A reason naming the warning signs the person answered "I don't know" to that could make the level
 * more urgent, so a result is never presented as reassuring about something left open.
 */
function unsureReason(
  kb: Pick<Knowledge, 'triageRules'>,
  ev: Evidence,
  level: TriageLevel,
): TriageReason | undefined {
  const open = redFlags(kb).filter((f) => urgencyRank(f.level) > urgencyRank(level) && ev.unsure(f.id));
  if (open.length === 0) return undefined;
  return {
    ruleId: UNSURE_RULE_ID,
    level,
    code: reasonCode(UNSURE_RULE_ID),
    findings: open.map((f) => f.id),
    sources: ['R13'],
  };
}

/**
 * The warning signs nobody has answered that could still make the level more urgent: the yes/no
 * findings of every more urgent rule that is not already ruled out by the answers. A finding never
 * mentioned is unknown, not "no" (contract/README.md), so a result is never reassuring about them.
 * A follow-up that cannot apply (its `askIf` is false) is not unknown but absent, so it is not listed.
 */
export function unansweredWarningSigns(
  kb: Pick<Knowledge, 'triageRules'>,
  ev: Evidence,
  level: TriageLevel,
): FindingId[] {
  const out = new Set<FindingId>();
  for (const r of kb.triageRules) {
    if (urgencyRank(r.level) <= urgencyRank(level) || truth(r.when, ev) === 'false') continue;
    for (const id of mentions(r.when).keys())
      if (!(id in NUMBER_FINDINGS) && ev.state(id) === 'unknown' && !ev.unsure(id)) out.add(id);
  }
  return [...out];
}

/**
 * Where to go. Past 20 weeks of pregnancy the maternity unit is the place for anything that needs
 * help today, and for the emergencies of pregnancy itself (clinical.md §1.5 routing note: "phone the
 * maternity unit or maternity triage now", not a GP appointment); other emergencies stay 999.
 */
function serviceFor(
  kb: Pick<Knowledge, 'triageRules'>,
  ev: Evidence,
  level: TriageLevel,
  rule: TriageRule | undefined,
  fired: readonly TriageReason[],
): CareService {
  if (ev.state('pregnant_over_20_weeks') === 'present') {
    if (level === 'urgent') return 'maternity_unit';
    const pregnancyRoute = fired
      .filter((f) => f.level === level)
      .map((f) => kb.triageRules.find((r) => r.id === f.ruleId)?.serviceInLatePregnancy)
      .find((s) => s !== undefined);
    if (pregnancyRoute) return pregnancyRoute;
  }
  return rule?.service ?? DEFAULT_SERVICE[level];
}

export function triage(kb: Pick<Knowledge, 'triageRules'>, ev: Evidence): Triage {
  const fired = firedRules(kb, ev);
  const ruled = fired[0]?.level ?? 'self_care';
  const unanswered = unansweredWarningSigns(kb, ev, ruled);
  const floor: TriageReason | undefined =
    unanswered.length > 0
      ? {
          ruleId: UNANSWERED_RULE_ID,
          level: urgencyRank(ruled) > urgencyRank(UNANSWERED_FLOOR) ? ruled : UNANSWERED_FLOOR,
          code: reasonCode(UNANSWERED_RULE_ID),
          params: { count: unanswered.length },
          findings: unanswered,
          sources: ['R13'],
        }
      : undefined;
  const unsure = unsureReason(kb, ev, floor?.level ?? ruled);
  const extra = [...(floor ? [floor] : []), ...(unsure ? [unsure] : [])];
  const top =
    fired[0] && urgencyRank(fired[0].level) >= urgencyRank(floor?.level ?? 'self_care')
      ? fired[0]
      : (floor ?? NO_RULE_REASON);
  const level = top.level;
  const rule = kb.triageRules.find((r) => r.id === top.ruleId);
  const service = serviceFor(kb, ev, level, rule, fired);
  const reasons = [...fired, ...extra].sort((a, b) => urgencyRank(b.level) - urgencyRank(a.level));
  return {
    level,
    service,
    reasons: reasons.length > 0 ? reasons : [NO_RULE_REASON],
    unanswered,
  };
}
