/**
 * Triage: the most urgent level any deterministic rule gives, with reasons naming the findings.
 * Red flags are rules, never probabilities; the differential plays no part here.
 */
import { type FindingId, type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type { Triage, TriageReason } from '../contract/output.ts';
import { DEFAULT_SERVICE } from '../knowledge/actions.ts';
import { mentions } from '../knowledge/conditions.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { holds, witnesses } from './conditions.ts';
import type { Evidence } from './evidence.ts';

/** The reason given when the person was unsure about a sign that could make the level more urgent. */
export const UNSURE_RULE_ID = 'unsure_warning_signs';

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

export function triage(kb: Pick<Knowledge, 'triageRules'>, ev: Evidence): Triage {
  const fired = firedRules(kb, ev);
  const unsure = unsureReason(kb, ev, fired[0]?.level ?? 'self_care');
  const reasons = [...fired, ...(unsure ? [unsure] : [])];
  const top = fired[0] ?? NO_RULE_REASON;
  const level = top.level;
  const rule = kb.triageRules.find((r) => r.id === top.ruleId);
  const latePregnancy = ev.state('pregnant_over_20_weeks') === 'present' && rule?.serviceInLatePregnancy;
  const service =
    (latePregnancy ? rule.serviceInLatePregnancy : undefined) ?? rule?.service ?? DEFAULT_SERVICE[level];
  return {
    level,
    service,
    reasons: fired.length > 0 ? reasons : unsure ? [unsure] : [NO_RULE_REASON],
  };
}
