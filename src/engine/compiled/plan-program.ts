/**
 * The plan's knowledge compiled once: the safety rules' and advice items' conditions as closures, the
 * order actions are listed in (things to do, best evidence first, then things to avoid) as a rank per
 * item, and the words that make two rules one reason to the person.
 */
import type { EvidenceGrade, SafetyNet, SeedClaimReview } from '../../contract/output.ts';
import type { LoadedKnowledge } from '../../knowledge/load.ts';
import type { AdviceItem, SafetyNetItem, SafetyRule } from '../../knowledge/types.ts';
import { type CompiledCond, compileCond } from './conditions.ts';
import { rankOf } from './triage-program.ts';

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

export interface CompiledSafetyRule {
  readonly rule: SafetyRule;
  readonly when: CompiledCond;
  /** Its message codes (safety.<id>.caution, safety.<id>.warning). */
  readonly cautionCode: string;
  readonly warningCode: string;
  readonly sources: string[];
}

export interface CompiledAdvice {
  readonly item: AdviceItem;
  /** Its sources, frozen: every plan that lists the item shares the one list. */
  readonly sources: string[];
  /** Its position in the knowledge base's list. */
  readonly position: number;
  readonly showIf: CompiledCond | undefined;
}

export interface PlanProgram {
  readonly safetyRules: readonly CompiledSafetyRule[];
  /** In the knowledge base's order. */
  readonly advice: readonly CompiledAdvice[];
  /** The positions of the items offered only as an alternative to something withheld. */
  readonly onlyAsAlternative: Int32Array;
  /** The same, in the order a plan lists its actions: things to do, best evidence first, then things to avoid. */
  readonly byActionOrder: readonly CompiledAdvice[];
  readonly safetyNet: readonly {
    readonly item: SafetyNetItem;
    readonly rank: number;
    readonly showIf: CompiledCond | undefined;
    /** The plan's entry for it, made once and frozen. */
    readonly entry: SafetyNet['getHelpIf'][number];
  }[];
  /**
   * Each seed-article claim's review when none of its advice is withheld (the usual case), made once
   * and frozen, so a plan shares them rather than copying thirty claims.
   */
  readonly seedClaims: readonly SeedClaimReview[];
  /** Per safety rule id: the words of its reason (rules with the same words are one reason). */
  readonly why: ReadonlyMap<string, string>;
  /** Per safety rule id: the words of its caution (shown once per item). */
  readonly cautionText: ReadonlyMap<string, string | undefined>;
}

const cache = new WeakMap<LoadedKnowledge, PlanProgram>();

/**
 * A frozen copy of a list of the knowledge base's, typed as the output's mutable list: shared by every
 * answer that names it (a caller that tried to change it would get a TypeError, not change others').
 */
export function frozen<T>(list: readonly T[]): T[] {
  return Object.freeze(list.slice()) as T[];
}

export function planProgram(kb: LoadedKnowledge): PlanProgram {
  const cached = cache.get(kb);
  if (cached) return cached;
  const advice = kb.advice.map(
    (item, position): CompiledAdvice => ({
      item,
      position,
      sources: frozen(item.sources),
      showIf: item.showIf ? compileCond(item.showIf) : undefined,
    }),
  );
  const program: PlanProgram = {
    safetyRules: kb.safetyRules.map((rule) => ({
      rule,
      when: compileCond(rule.when),
      cautionCode: `safety.${rule.id}.caution`,
      warningCode: `safety.${rule.id}.warning`,
      sources: frozen(rule.sources),
    })),
    advice,
    onlyAsAlternative: Int32Array.from(advice.filter((a) => a.item.onlyAsAlternative).map((a) => a.position)),
    // A stable sort: the knowledge base's order between equals.
    byActionOrder: [...advice].sort(
      ({ item: a }, { item: b }) =>
        Number(a.kind === 'avoid') - Number(b.kind === 'avoid') ||
        GRADE_RANK[a.grade] - GRADE_RANK[b.grade] ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind],
    ),
    safetyNet: kb.safetyNet.map((item) => ({
      item,
      rank: rankOf(item.level),
      showIf: item.showIf ? compileCond(item.showIf) : undefined,
      entry: Object.freeze({ id: item.id, level: item.level }),
    })),
    seedClaims: kb.seedClaims.map((c) =>
      Object.freeze({ id: c.id, section: c.section, grade: c.grade, sources: frozen(c.sources) }),
    ),
    why: new Map(kb.safetyRules.map((r) => [r.id, r.why])),
    cautionText: new Map(kb.safetyRules.map((r) => [r.id, r.caution?.text])),
  };
  cache.set(kb, program);
  return program;
}
