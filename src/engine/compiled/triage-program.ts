/**
 * The triage rules compiled once: each rule's condition as closures, its rank, and the yes/no
 * findings it mentions (the warning signs it could still be waiting for). The rules are also kept
 * most urgent first, so the level is the first rule that fires, and split by whether they read a
 * number, so probing unknown numbers re-checks only the few that do.
 */
import { type FindingId, NUMBER_FINDINGS, TRIAGE_LEVELS, type TriageLevel } from '../../contract/ids.ts';
import { mentions } from '../../knowledge/conditions.ts';
import type { TriageRule } from '../../knowledge/types.ts';
import { type CompiledCond, type CondSet, compileCond, condSet, holdsIn } from './conditions.ts';
import type { Facts } from './facts.ts';
import { indexOfKnown } from './finding-index.ts';

/** Higher is more urgent: self_care 0, gp 1, urgent 2, emergency 3 (as urgencyRank). */
const RANK: Readonly<Record<TriageLevel, number>> = Object.fromEntries(
  TRIAGE_LEVELS.map((level, i) => [level, TRIAGE_LEVELS.length - 1 - i]),
) as Record<TriageLevel, number>;
export const rankOf = (level: TriageLevel): number => RANK[level];
export const levelAt = (rank: number): TriageLevel =>
  TRIAGE_LEVELS[TRIAGE_LEVELS.length - 1 - rank] as TriageLevel;
export const EMERGENCY = rankOf('emergency');
export const SELF_CARE = rankOf('self_care');

export interface CompiledRule {
  readonly rule: TriageRule;
  /** Its position in the knowledge base's list (and in a firedRuleMask). */
  readonly position: number;
  readonly rank: number;
  readonly cond: CompiledCond;
  /** The catalog key of its reason's words (triage.<id>.text). */
  readonly code: string;
  /** Its sources, frozen and shared by every reason that names the rule. */
  readonly sources: string[];
  /** Indexes of the yes/no findings the rule mentions, in the order it mentions them. */
  readonly signs: Int32Array;
}

export interface RedFlag {
  readonly index: number;
  readonly id: FindingId;
  /** The most urgent level the finding can lead to. */
  readonly rank: number;
}

/** Rules as a set of conditions (conditions.ts, CondSet), with the rank of each. */
export interface RankedRules {
  readonly conds: CondSet;
  readonly rank: Int32Array;
}

export interface TriageProgram {
  /** In the knowledge base's order. */
  readonly rules: readonly CompiledRule[];
  /** Their conditions, in the same order. */
  readonly ruleConds: CondSet;
  /** Most urgent first (the knowledge base's order within a level). */
  readonly byUrgency: readonly CompiledRule[];
  /** Their positions in the knowledge base's list (CompiledRule.position), as one list. */
  readonly urgencyPositions: Int32Array;
  /** The same order, for firstFiring; then those that read no number and those that do. */
  readonly urgent: RankedRules;
  readonly numberFree: RankedRules;
  readonly numberDependent: RankedRules;
  /** Each finding that makes some rule fire, with the most urgent level it can lead to. */
  readonly redFlags: readonly RedFlag[];
  /** Their findings' indexes (RedFlag.index), as one list. */
  readonly redFlagIndex: Int32Array;
  /** Per rank, every warning sign (CompiledRule.signs) of the more urgent rules, each once. */
  readonly signsAbove: readonly Int32Array[];
  readonly byId: ReadonlyMap<string, CompiledRule>;
}

const cache = new WeakMap<readonly TriageRule[], TriageProgram>();

export function triageProgram(triageRules: readonly TriageRule[]): TriageProgram {
  const cached = cache.get(triageRules);
  if (cached) return cached;
  const rules = triageRules.map(
    (rule, position): CompiledRule => ({
      rule,
      position,
      rank: rankOf(rule.level),
      cond: compileCond(rule.when),
      code: `triage.${rule.id}.text`,
      sources: Object.freeze(rule.sources.slice()) as string[],
      signs: Int32Array.from(
        [...mentions(rule.when).keys()].filter((id) => !(id in NUMBER_FINDINGS)).map(indexOfKnown),
      ),
    }),
  );
  const byUrgency = [...rules].sort((a, b) => b.rank - a.rank);
  const readsNumber = (r: CompiledRule) =>
    [...mentions(r.rule.when).keys()].some((id) => id in NUMBER_FINDINGS);
  const top = new Map<FindingId, number>();
  for (const r of rules) {
    for (const [id, signs] of mentions(r.rule.when)) {
      const prev = top.get(id);
      if (signs.has('pos') && (prev === undefined || r.rank > prev)) top.set(id, r.rank);
    }
  }
  const redFlags = [...top].map(([id, rank]): RedFlag => ({ index: indexOfKnown(id), id, rank }));
  const program: TriageProgram = {
    rules,
    ruleConds: condSet(rules.map((r) => r.cond)),
    byUrgency,
    urgencyPositions: Int32Array.from(byUrgency, (r) => r.position),
    urgent: ranked(byUrgency),
    numberFree: ranked(byUrgency.filter((r) => !readsNumber(r))),
    numberDependent: ranked(byUrgency.filter(readsNumber)),
    redFlags,
    redFlagIndex: Int32Array.from(redFlags, (x) => x.index),
    signsAbove: TRIAGE_LEVELS.map(
      (_, rank) => new Int32Array(new Set(rules.filter((r) => r.rank > rank).flatMap((r) => [...r.signs]))),
    ),
    byId: new Map(rules.map((r) => [r.rule.id, r])),
  };
  cache.set(triageRules, program);
  return program;
}

function ranked(rules: readonly CompiledRule[]): RankedRules {
  return { conds: condSet(rules.map((r) => r.cond)), rank: Int32Array.from(rules, (r) => r.rank) };
}

/** The rank of the most urgent rule that fires, of rules given most urgent first (self-care when none does). */
export function firstFiring(rules: RankedRules, f: Facts): number {
  const { conds, rank } = rules;
  for (let k = 0; k < rank.length; k++) if (holdsIn(conds, k, f)) return rank[k] as number;
  return SELF_CARE;
}

/**
 * Which rules hold, by their position in the knowledge base's list (1 = fires), into a list the caller
 * reads before it next calls this (assess reads it for one assessment): one list serves every call.
 */
export function firedRuleMask(p: TriageProgram, f: Facts): Uint8Array {
  const n = p.rules.length;
  if (FIRED.length < n) FIRED = new Uint8Array(n);
  const mask = FIRED;
  for (let k = 0; k < n; k++) mask[k] = holdsIn(p.ruleConds, k, f) ? 1 : 0;
  return mask;
}

let FIRED = new Uint8Array(0);
