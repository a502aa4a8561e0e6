/**
 * Triage: the most urgent level any deterministic rule gives, with reasons naming the findings.
 * Red flags are rules, never probabilities; the differential plays no part here.
 */
import { TRIAGE_LEVEL_MEANINGS, type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type { Triage, TriageReason } from '../contract/output.ts';
import { ACTIONS, DEFAULT_SERVICE } from '../knowledge/actions.ts';
import { mentions } from '../knowledge/conditions.ts';
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

const flagsCache = new WeakMap<object, readonly { id: string; level: TriageLevel }[]>();

/** Each finding that makes some rule fire, with the most urgent level it can lead to. */
function redFlags(kb: Pick<Knowledge, 'triageRules'>): readonly { id: string; level: TriageLevel }[] {
  const cached = flagsCache.get(kb.triageRules);
  if (cached) return cached;
  const top = new Map<string, TriageLevel>();
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
    ruleId: 'unsure_warning_signs',
    level,
    text: 'You were not sure about some signs that would change this advice. If any of them applies, or you are unsure and worried, get help sooner: call the emergency number for emergency signs.',
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
    reasons: fired.length > 0 ? reasons : unsure ? [unsure] : [NO_RULE_REASON],
    action: ACTIONS[service],
    service,
    meaning: TRIAGE_LEVEL_MEANINGS[level],
  };
}
