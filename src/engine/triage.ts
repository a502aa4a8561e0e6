/**
 * Triage: the most urgent level any deterministic rule gives, with reasons naming the findings.
 * Red flags are rules, never probabilities; the differential plays no part here.
 *
 * The rules run compiled (compiled/triage-program.ts) on the facts; the functions taking an Evidence
 * are the public form of the same thing.
 */
import type { TriageLevel } from '../contract/ids.ts';
import type { CareService, Triage, TriageReason } from '../contract/output.ts';
import { DEFAULT_SERVICE } from '../knowledge/actions.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { FALSE, holds, witnessIds } from './compiled/conditions.ts';
import { type Facts, PRESENT, UNKNOWN } from './compiled/facts.ts';
import { findingAt, findingIndex } from './compiled/finding-index.ts';
import {
  type CompiledRule,
  firstFiring,
  levelAt,
  type RedFlag,
  rankOf,
  type TriageProgram,
  triageProgram,
} from './compiled/triage-program.ts';
import { type Evidence, factsOf } from './evidence.ts';

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

type Rules = Pick<Knowledge, 'triageRules'>;

function reasonOf(r: CompiledRule, f: Facts): TriageReason {
  const findings = witnessIds(r.cond, f);
  return {
    ruleId: r.rule.id,
    level: r.rule.level,
    code: r.code,
    findings,
    sources: r.sources,
  };
}

/**
 * The fired rules with their reasons, most urgent first (the knowledge base's order within a level):
 * read in the program's urgency order, so nothing needs sorting.
 */
function firedOf(p: TriageProgram, f: Facts, fired?: ArrayLike<number>): TriageReason[] {
  const reasons: TriageReason[] = [];
  const { byUrgency, urgencyPositions } = p;
  for (let k = 0; k < byUrgency.length; k++)
    // With the fired rules known, the positions are read from one list: a rule's own object is
    // visited only when it fired.
    if (fired ? fired[urgencyPositions[k] as number] === 1 : holds((byUrgency[k] as CompiledRule).cond, f))
      reasons.push(reasonOf(byUrgency[k] as CompiledRule, f));
  return reasons;
}

/**
 * Both lists most urgent first, merged into one the same way (a stable sort of `a` then `b` would
 * give the same list: `a`'s reasons first between equals).
 */
function mergeByUrgency(a: TriageReason[], b: readonly TriageReason[]): TriageReason[] {
  if (b.length === 0) return a;
  const out: TriageReason[] = [];
  let j = 0;
  for (const x of a) {
    const rank = rankOf(x.level);
    while (j < b.length && rankOf((b[j] as TriageReason).level) > rank) out.push(b[j++] as TriageReason);
    out.push(x);
  }
  while (j < b.length) out.push(b[j++] as TriageReason);
  return out;
}

/** The level the rules give, without reasons (the interview's question). */
export function levelOfFacts(kb: Rules, f: Facts): TriageLevel {
  return levelAt(firstFiring(triageProgram(kb.triageRules).urgent, f));
}

export function triageLevel(kb: Rules, ev: Evidence): TriageLevel {
  return levelOfFacts(kb, factsOf(ev));
}

/**
 * A reason naming the warning signs the person answered "I don't know" to that could make the level
 * more urgent, so a result is never presented as reassuring about something left open.
 */
function unsureReason(p: TriageProgram, f: Facts, level: TriageLevel): TriageReason | undefined {
  const rank = rankOf(level);
  const open: RedFlag[] = [];
  // The findings' indexes read from one list: a red flag's own object is visited only when the
  // person was unsure of it (rarely).
  const { redFlags, redFlagIndex } = p;
  for (let k = 0; k < redFlagIndex.length; k++)
    if (f.unsure[redFlagIndex[k] as number] === 1) {
      const x = redFlags[k] as RedFlag;
      if (x.rank > rank) open.push(x);
    }
  if (open.length === 0) return undefined;
  return {
    ruleId: UNSURE_RULE_ID,
    level,
    code: reasonCode(UNSURE_RULE_ID),
    findings: open.map((x) => x.id),
    sources: ['R13'],
  };
}

/**
 * The warning signs nobody has answered that could still make the level more urgent: the yes/no
 * findings of every more urgent rule that is not already ruled out by the answers. A finding never
 * mentioned is unknown, not "no" (contract/README.md), so a result is never reassuring about them.
 * A follow-up that cannot apply (its `askIf` is false) is not unknown but absent, so it is not listed.
 * Finding indexes, in the order first met.
 */
export function unansweredSigns(p: TriageProgram, f: Facts, level: TriageLevel): number[] {
  const rank = rankOf(level);
  const out: number[] = [];
  // Once the warning signs are answered (as in most finished checks), none is open: one pass over
  // them all says so, rather than one per rule.
  if (!anyOpen(p.signsAbove[rank] as Int32Array, f)) return out;
  const { state, unsure } = f;
  for (const r of p.rules) {
    if (r.rank <= rank) continue;
    // Whether the rule is ruled out only matters when it has an open sign: most rules have none once
    // the warning signs are answered, and the signs are cheaper to read than the condition.
    const signs = r.signs;
    if (!anyOpen(signs, f) || r.cond.truth(f) === FALSE) continue;
    for (let k = 0; k < signs.length; k++) {
      const i = signs[k] as number;
      if (state[i] === UNKNOWN && unsure[i] === 0 && !out.includes(i)) out.push(i);
    }
  }
  return out;
}

/** Whether one of the signs is open: unknown, and not answered "I don't know". */
function anyOpen(signs: Int32Array, f: Facts): boolean {
  for (let k = 0; k < signs.length; k++) {
    const i = signs[k] as number;
    if (f.state[i] === UNKNOWN && f.unsure[i] === 0) return true;
  }
  return false;
}

const LATE_PREGNANCY = findingIndex('pregnant_over_20_weeks');

/**
 * Where to go. Past 20 weeks of pregnancy the maternity unit is the place for anything that needs
 * help today, and for the emergencies of pregnancy itself (clinical.md §1.5 routing note: "phone the
 * maternity unit or maternity triage now", not a GP appointment); other emergencies stay 999.
 */
function serviceFor(
  p: TriageProgram,
  f: Facts,
  level: TriageLevel,
  rule: CompiledRule | undefined,
  fired: readonly TriageReason[],
): CareService {
  if (f.state[LATE_PREGNANCY] === PRESENT) {
    if (level === 'urgent') return 'maternity_unit';
    const pregnancyRoute = fired
      .filter((x) => x.level === level)
      .map((x) => p.byId.get(x.ruleId)?.rule.serviceInLatePregnancy)
      .find((s) => s !== undefined);
    if (pregnancyRoute) return pregnancyRoute;
  }
  return rule?.rule.service ?? DEFAULT_SERVICE[level];
}

/** `mask`: which rules hold, by position (firedRuleMask), when the caller has worked it out. */
export function triageOfFacts(kb: Rules, f: Facts, mask?: ArrayLike<number>): Triage {
  const p = triageProgram(kb.triageRules);
  const fired = firedOf(p, f, mask);
  const ruled = fired[0]?.level ?? 'self_care';
  const unanswered = unansweredSigns(p, f, ruled).map(findingAt);
  const floor: TriageReason | undefined =
    unanswered.length > 0
      ? {
          ruleId: UNANSWERED_RULE_ID,
          level: rankOf(ruled) > rankOf(UNANSWERED_FLOOR) ? ruled : UNANSWERED_FLOOR,
          code: reasonCode(UNANSWERED_RULE_ID),
          params: { count: unanswered.length },
          findings: unanswered,
          sources: ['R13'],
        }
      : undefined;
  const unsure = unsureReason(p, f, floor?.level ?? ruled);
  // The floor is at least as urgent as the unsure reason (which takes the floor's level), so the two
  // are in order already.
  const extra = floor ? (unsure ? [floor, unsure] : [floor]) : unsure ? [unsure] : [];
  const top =
    fired[0] && rankOf(fired[0].level) >= rankOf(floor?.level ?? 'self_care')
      ? fired[0]
      : (floor ?? NO_RULE_REASON);
  const level = top.level;
  const service = serviceFor(p, f, level, p.byId.get(top.ruleId), fired);
  const reasons = mergeByUrgency(fired, extra);
  return {
    level,
    service,
    reasons: reasons.length > 0 ? reasons : [NO_RULE_REASON],
    unanswered,
  };
}

export function triage(kb: Rules, ev: Evidence): Triage {
  return triageOfFacts(kb, factsOf(ev));
}
