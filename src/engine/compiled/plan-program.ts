/**
 * The plan's knowledge compiled once: the safety rules' and advice items' conditions as closures, the
 * order actions are listed in (things to do, best evidence first, then things to avoid) as a rank per
 * item, and the words that make two rules one reason to the person.
 */

import { TRIAGE_LEVELS } from '../../contract/ids.ts';
import type { EvidenceGrade, PlanItem, SafetyNet, SeedClaimReview } from '../../contract/output.ts';
import type { LoadedKnowledge } from '../../knowledge/load.ts';
import type { AdviceItem, SafetyNetItem, SafetyRule } from '../../knowledge/types.ts';
import { type CompiledCond, type CondSet, compileCond, condSet } from './conditions.ts';
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
  /** The positions of the advice items it withholds, and of those it cautions. */
  readonly withholdAt: Int32Array;
  readonly cautionAt: Int32Array;
}

export interface CompiledAdvice {
  readonly item: AdviceItem;
  /** Its sources, frozen: every plan that lists the item shares the one list. */
  readonly sources: string[];
  /** Its position in the knowledge base's list. */
  readonly position: number;
  readonly showIf: CompiledCond | undefined;
  /** The positions of its alternatives, in the order the item lists them. */
  readonly alternativesAt: Int32Array;
  /**
   * Its entry in a plan's actions when it carries no caution (most do not), made once and frozen: every
   * plan that lists it shares it, as the seed claims are shared.
   */
  readonly action: PlanItem;
}

interface SafetyNetEntry {
  readonly item: SafetyNetItem;
  readonly rank: number;
  readonly showIf: CompiledCond | undefined;
  /** The plan's entry for it, made once and frozen. */
  readonly entry: SafetyNet['getHelpIf'][number];
}

export interface PlanProgram {
  readonly safetyRules: readonly CompiledSafetyRule[];
  /** Their conditions, in the same order. */
  readonly safetyConds: CondSet;
  /** In the knowledge base's order. */
  readonly advice: readonly CompiledAdvice[];
  /** Their `showIf` conditions, in the same order (an item without one always shows). */
  readonly adviceShowIf: CondSet;
  /** 1 at the positions of contradicted items, which are never advised. */
  readonly contradicted: Uint8Array;
  /** The positions of the items offered only as an alternative to something withheld. */
  readonly onlyAsAlternative: Int32Array;
  /** The same, in the order a plan lists its actions: things to do, best evidence first, then things to avoid. */
  readonly byActionOrder: readonly CompiledAdvice[];
  /** Their positions (CompiledAdvice.position), as one list. */
  readonly actionOrderAt: Int32Array;
  readonly safetyNet: readonly SafetyNetEntry[];
  /**
   * Per triage rank, the safety-net items for a more urgent level (the ones a plan at that rank lists
   * when they apply), in the knowledge base's order.
   */
  readonly safetyNetAbove: readonly (readonly SafetyNetEntry[])[];
  /** Their `showIf` conditions, per rank in the same order. */
  readonly safetyNetAboveShowIf: readonly CondSet[];
  /**
   * Each seed-article claim's review when none of its advice is withheld (the usual case), made once
   * and frozen, and the list of them frozen too: a plan with nothing withheld shares the list rather
   * than copying thirty claims (a caller that tried to change it would get a TypeError).
   */
  readonly seedClaims: SeedClaimReview[];
  /** Per seed-article claim, the positions of the advice items it is about. */
  readonly seedClaimAdviceAt: readonly Int32Array[];
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
  // Advice ids are checked against the advice list when the knowledge base loads.
  const at = new Map(kb.advice.map((a, position) => [a.id as string, position]));
  const positions = (ids: readonly string[] | undefined) =>
    Int32Array.from(ids ?? [], (id) => at.get(id) as number);
  const advice = kb.advice.map((item, position): CompiledAdvice => {
    const sources = frozen(item.sources);
    return {
      item,
      position,
      sources,
      showIf: item.showIf ? compileCond(item.showIf) : undefined,
      alternativesAt: positions(item.alternatives),
      action: Object.freeze({
        id: item.id,
        kind: item.kind,
        grade: item.grade,
        sources,
        hasTimer: item.timer !== undefined,
        cautions: frozen<PlanItem['cautions'][number]>([]),
      }),
    };
  });
  const safetyNet = kb.safetyNet.map((item) => ({
    item,
    rank: rankOf(item.level),
    showIf: item.showIf ? compileCond(item.showIf) : undefined,
    entry: Object.freeze({ id: item.id, level: item.level }),
  }));
  const safetyNetAbove = TRIAGE_LEVELS.map((_, rank) => safetyNet.filter((s) => s.rank > rank));
  const safetyRules = kb.safetyRules.map(
    (rule): CompiledSafetyRule => ({
      rule,
      when: compileCond(rule.when),
      cautionCode: `safety.${rule.id}.caution`,
      warningCode: `safety.${rule.id}.warning`,
      sources: frozen(rule.sources),
      withholdAt: positions(rule.withhold),
      cautionAt: positions(rule.caution?.items),
    }),
  );
  // A stable sort: the knowledge base's order between equals.
  const byActionOrder = [...advice].sort(
    ({ item: a }, { item: b }) =>
      Number(a.kind === 'avoid') - Number(b.kind === 'avoid') ||
      GRADE_RANK[a.grade] - GRADE_RANK[b.grade] ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind],
  );
  const program: PlanProgram = {
    safetyRules,
    safetyConds: condSet(safetyRules.map((r) => r.when)),
    advice,
    adviceShowIf: condSet(advice.map((a) => a.showIf)),
    contradicted: Uint8Array.from(advice, (a) => (a.item.grade === 'contradicted' ? 1 : 0)),
    onlyAsAlternative: Int32Array.from(advice.filter((a) => a.item.onlyAsAlternative).map((a) => a.position)),
    byActionOrder,
    actionOrderAt: Int32Array.from(byActionOrder, (a) => a.position),
    safetyNet,
    safetyNetAbove,
    safetyNetAboveShowIf: safetyNetAbove.map((entries) => condSet(entries.map((s) => s.showIf))),
    seedClaims: frozen(
      kb.seedClaims.map((c) =>
        Object.freeze({ id: c.id, section: c.section, grade: c.grade, sources: frozen(c.sources) }),
      ),
    ),
    seedClaimAdviceAt: kb.seedClaims.map((c) => positions(c.adviceIds)),
    why: new Map(kb.safetyRules.map((r) => [r.id, r.why])),
    cautionText: new Map(kb.safetyRules.map((r) => [r.id, r.caution?.text])),
  };
  cache.set(kb, program);
  return program;
}
