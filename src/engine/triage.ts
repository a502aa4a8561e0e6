/**
 * Triage: the most urgent level any deterministic rule gives, with reasons naming the findings.
 * Red flags are rules, never probabilities; the differential plays no part here.
 */
import { TRIAGE_LEVEL_MEANINGS, type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type { Triage, TriageReason } from '../contract/output.ts';
import { ACTIONS, DEFAULT_SERVICE } from '../knowledge/actions.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { holds, witnesses } from './conditions.ts';
import type { Evidence } from './evidence.ts';

export const NO_RULE_REASON: TriageReason = {
  ruleId: 'no_warning_signs',
  level: 'self_care',
  text: 'None of your answers is a warning sign that needs a doctor, so this can be looked after at home for now.',
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
      text: r.text,
      findings: witnesses(r.when, ev),
      sources: r.sources,
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

export function triage(kb: Pick<Knowledge, 'triageRules'>, ev: Evidence): Triage {
  const reasons = firedRules(kb, ev);
  const top = reasons[0] ?? NO_RULE_REASON;
  const level = top.level;
  const rule = kb.triageRules.find((r) => r.id === top.ruleId);
  const service = rule?.service ?? DEFAULT_SERVICE[level];
  return {
    level,
    reasons: reasons.length > 0 ? reasons : [NO_RULE_REASON],
    action: ACTIONS[service],
    service,
    meaning: TRIAGE_LEVEL_MEANINGS[level],
  };
}
