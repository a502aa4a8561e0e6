/**
 * The shapes of the knowledge base. Knowledge is data: every entry names its sources (ids of
 * research/clinical.md's reference list, e.g. "R13"), and a figure we estimated carries `estimate`
 * with the reasoning, so nothing unverified reads as fact. `load.ts` validates all of it.
 */

import type { NumberFindingId, Sex, TriageLevel } from '../contract/ids.ts';
import type {
  AdviceKind,
  CareService,
  EvidenceGrade,
  QuestionType,
  RemedyTimer,
  SeedSection,
} from '../contract/output.ts';

export type SourceId = string;

export interface Sourced {
  readonly sources: readonly SourceId[];
  /** Present when the figure or wording is our estimate or marked unverified in the research: the reasoning. */
  readonly estimate?: string;
}

/**
 * A condition over the evidence. Unknown is neither present nor absent: a rule that lowers urgency
 * through `absent` needs the person to have said no, so an unanswered question never lowers a level.
 */
export type Cond =
  | { readonly present: string }
  | { readonly absent: string }
  | { readonly notAbsent: string }
  /** The person was asked and said "I don't know" (not the same as never asked). */
  | { readonly unsure: string }
  | {
      readonly num: NumberFindingId;
      readonly gte?: number;
      readonly gt?: number;
      readonly lte?: number;
      readonly lt?: number;
      /** Also true when the number is not known (for rules that must assume the worst). */
      readonly orUnknown?: boolean;
    }
  | { readonly age: { readonly gte?: number; readonly lt?: number } }
  | { readonly sex: Sex }
  | { readonly all: readonly Cond[] }
  | { readonly any: readonly Cond[] }
  | { readonly not: Cond };

export interface SourceEntry {
  readonly id: SourceId;
  readonly title: string;
  readonly urls: readonly string[];
  /** Set for secondary copies and aggregator pages the research marks as lower reliability. */
  readonly lowerReliability?: boolean;
}

export interface FindingKnowledge {
  readonly id: string;
  /** The item text as shown to the person (a yes/no question or a tick-box label). */
  readonly text: string;
  readonly why: string;
  /** Only asked when this holds (e.g. pregnancy items for women of child-bearing age). */
  readonly askIf?: Cond;
  /** Shown in "why we think so" lists. */
  readonly label: string;
}

export interface QuestionSpec {
  readonly id: string;
  readonly type: QuestionType;
  readonly text: string;
  readonly why: string;
  readonly items: readonly string[];
  /** safety: asked to settle the triage (red flags first, in `order`); causes: asked by information gain. */
  readonly phase: 'safety' | 'causes';
  readonly order: number;
  readonly askIf?: Cond;
}

export interface TriageRule extends Sourced {
  readonly id: string;
  readonly level: TriageLevel;
  readonly when: Cond;
  /** Plain words: why this level (shown to the person). */
  readonly text: string;
  /** A more specific place to go than the level's default (e.g. a pharmacist for shingles). */
  readonly service?: CareService;
  /** Where to go instead when the person is more than 20 weeks pregnant (the maternity unit). */
  readonly serviceInLatePregnancy?: CareService;
  /** The §1.6 policy decision this rule implements, when there is one. */
  readonly policy?: string;
}

export interface PriorModifier extends Sourced {
  readonly when: Cond;
  readonly multiply: number;
}

export interface PriorSpec extends Sourced {
  /** Share of people with back pain or spasm using a self-care tool whose episode has this cause. */
  readonly base: number;
  readonly modifiers?: readonly PriorModifier[];
}

export interface NumberBand {
  readonly gte?: number;
  readonly lt?: number;
  readonly ratio: number;
}

export interface LikelihoodRatio extends Sourced {
  readonly finding: string;
  /** Applied when the finding is present. */
  readonly present?: number;
  /** Applied when the finding is absent. */
  readonly absent?: number;
  /** For number findings: the ratio by value band. */
  readonly bands?: readonly NumberBand[];
}

export interface CauseKnowledge {
  readonly id: string;
  readonly summary: string;
  readonly prior: PriorSpec;
  readonly ratios: readonly LikelihoodRatio[];
}

export type { AdviceKind };

export interface AdviceItem extends Sourced {
  readonly id: string;
  readonly kind: AdviceKind;
  readonly title: string;
  /** What we tell people, plain words, action first. */
  readonly text: string;
  readonly grade: EvidenceGrade;
  readonly gradeNote?: string;
  /** Shown only when this holds (e.g. period-pain advice). Absent: for everyone on self-care or GP. */
  readonly showIf?: Cond;
  readonly timer?: RemedyTimer;
}

export interface SeedClaim extends Sourced {
  readonly id: string;
  readonly section: SeedSection;
  /** What the article claims, in our words (never its sentences). */
  readonly claim: string;
  readonly grade: EvidenceGrade;
  readonly gradeNote?: string;
  /** What we actually tell people. */
  readonly verdict: string;
  /** Advice items that put this claim into practice, so safety rules that withhold them also flag the claim. */
  readonly adviceIds?: readonly string[];
}

export interface SafetyRule extends Sourced {
  readonly id: string;
  /** The person's condition, medicine or situation. */
  readonly when: Cond;
  /** Advice items not to give this person. */
  readonly withhold?: readonly string[];
  /** Advice items that stay, with this caution attached. */
  readonly caution?: { readonly items: readonly string[]; readonly text: string };
  /** A warning shown in the plan whatever the items. */
  readonly warning?: string;
  /** Why, in plain words, naming the condition or medicine. */
  readonly why: string;
}

export interface SafetyNetItem extends Sourced {
  readonly id: string;
  readonly text: string;
  readonly level: TriageLevel;
}

export interface Knowledge {
  readonly version: string;
  readonly sources: readonly SourceEntry[];
  readonly findings: readonly FindingKnowledge[];
  readonly questions: readonly QuestionSpec[];
  readonly triageRules: readonly TriageRule[];
  readonly causes: readonly CauseKnowledge[];
  readonly advice: readonly AdviceItem[];
  readonly seedClaims: readonly SeedClaim[];
  readonly safetyRules: readonly SafetyRule[];
  readonly safetyNet: readonly SafetyNetItem[];
}
