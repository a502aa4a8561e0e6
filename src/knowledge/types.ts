/**
 * The shapes of the knowledge base. Knowledge is data: every entry names its sources (ids of
 * research/clinical.md's reference list, e.g. "R13"), and a figure we estimated carries `estimate`
 * with the reasoning, so nothing unverified reads as fact. `load.ts` validates all of it.
 */

import type { CauseId, FindingId } from '../contract/ids.generated.ts';
import type { NumberFindingId, Sex, TriageLevel } from '../contract/ids.ts';
import type {
  AdviceKind,
  CareService,
  EvidenceGrade,
  QuestionType,
  RemedyTimer,
  SeedSection,
} from '../contract/output.ts';
import type {
  AdviceId,
  QuestionId,
  SafetyNetId,
  SafetyRuleId,
  SeedClaimId,
  SourceId,
  TriageRuleId,
} from './ids.generated.ts';

export type { SourceId };

export interface Sourced {
  readonly sources: readonly SourceId[];
  /** Present when the figure or wording is our estimate or marked unverified in the research: the reasoning. */
  readonly estimate?: string;
}

/**
 * A condition over the evidence. Unknown is neither present nor absent: a rule that lowers urgency
 * through `absent` needs the person to have said no, so an unanswered question never lowers a level.
 * A discriminated union: every walker switches on `op` exhaustively, so a new kind of condition fails
 * the type check until each of them handles it.
 */
export type Cond =
  | { readonly op: 'present'; readonly id: FindingId }
  | { readonly op: 'absent'; readonly id: FindingId }
  | { readonly op: 'notAbsent'; readonly id: FindingId }
  /** The person was asked and said "I don't know" (not the same as never asked). */
  | { readonly op: 'unsure'; readonly id: FindingId }
  | ({ readonly op: 'num'; readonly id: NumberFindingId } & NumRange & {
        /** Also true when the number is not known (for rules that must assume the worst). */
        readonly orUnknown?: boolean;
      })
  | { readonly op: 'age'; readonly gte?: number; readonly lt?: number }
  | { readonly op: 'sex'; readonly sex: Sex }
  | { readonly op: 'all'; readonly of: readonly Cond[] }
  | { readonly op: 'any'; readonly of: readonly Cond[] }
  | { readonly op: 'not'; readonly cond: Cond };

export interface NumRange {
  readonly gte?: number;
  readonly gt?: number;
  readonly lte?: number;
  readonly lt?: number;
}

/** Fails the type check where a switch over `op` misses a kind of condition. */
export function unreachable(x: never): never {
  throw new Error(`Unhandled condition: ${JSON.stringify(x)}`);
}

export interface SourceEntry {
  readonly id: SourceId;
  readonly title: string;
  readonly urls: readonly string[];
  /** Set for secondary copies and aggregator pages the research marks as lower reliability. */
  readonly lowerReliability?: boolean;
}

export interface FindingKnowledge {
  readonly id: FindingId;
  /** The item text as shown to the person (a yes/no question or a tick-box label). */
  readonly text: string;
  readonly why: string;
  /** Only asked when this holds (e.g. pregnancy items for women of child-bearing age). */
  readonly askIf?: Cond;
  /** Shown in "why we think so" lists. */
  readonly label: string;
}

export interface QuestionSpec {
  readonly id: QuestionId;
  readonly type: QuestionType;
  readonly text: string;
  readonly why: string;
  readonly items: readonly FindingId[];
  /** safety: asked to settle the triage (red flags first, in `order`); causes: asked by information gain. */
  readonly phase: 'safety' | 'causes';
  readonly order: number;
  readonly askIf?: Cond;
  /** A yes/no question naming the whole screen: "no" answers every item no; the list opens on "yes". */
  readonly gateway?: string;
  /** What the button that says no to every item says, naming what it says no to. */
  readonly none?: string;
  /**
   * The gateway as one line of a screen of several gateways (src/engine/screens.ts): a statement
   * naming everything the gateway question names.
   */
  readonly topic?: string;
  /** The screen holds warning signs ("Safety first" on its heading). */
  readonly warning?: boolean;
}

export interface TriageRule extends Sourced {
  readonly id: TriageRuleId;
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
  /**
   * The causes this rule is there to catch. When it fires they are weighed up in the differential, so
   * a check that stops at the first warning sign still names what that sign can mean.
   */
  readonly suspects?: readonly CauseId[];
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
  readonly finding: FindingId;
  /** Applied when the finding is present. */
  readonly present?: number;
  /** Applied when the finding is absent. */
  readonly absent?: number;
  /** For number findings: the ratio by value band. */
  readonly bands?: readonly NumberBand[];
}

export interface CauseKnowledge {
  readonly id: CauseId;
  readonly summary: string;
  /** For a serious cause: what a doctor would do, and how soon, in plain words. */
  readonly next?: { readonly text: string } & Sourced;
  readonly prior: PriorSpec;
  readonly ratios: readonly LikelihoodRatio[];
}

export type { AdviceKind };

export interface AdviceItem extends Sourced {
  readonly id: AdviceId;
  readonly kind: AdviceKind;
  readonly title: string;
  /** What we tell people, plain words, action first. */
  readonly text: string;
  readonly grade: EvidenceGrade;
  readonly gradeNote?: string;
  /** Shown only when this holds (e.g. period-pain advice). Absent: for everyone on self-care or GP. */
  readonly showIf?: Cond;
  readonly timer?: RemedyTimer;
  /**
   * What to offer instead when this item is not advised for the person, best first: a plan shows the
   * ones still safe for them next to the withheld item.
   */
  readonly alternatives?: readonly AdviceId[];
  /** Offered only as the safe alternative to a withheld item, never on its own. */
  readonly onlyAsAlternative?: boolean;
}

export interface SeedClaim extends Sourced {
  readonly id: SeedClaimId;
  readonly section: SeedSection;
  /** What the article claims, in our words (never its sentences). */
  readonly claim: string;
  readonly grade: EvidenceGrade;
  readonly gradeNote?: string;
  /** What we actually tell people. */
  readonly verdict: string;
  /** Advice items that put this claim into practice, so safety rules that withhold them also flag the claim. */
  readonly adviceIds?: readonly AdviceId[];
}

export interface SafetyRule extends Sourced {
  readonly id: SafetyRuleId;
  /** The person's condition, medicine or situation. */
  readonly when: Cond;
  /** Advice items not to give this person. */
  readonly withhold?: readonly AdviceId[];
  /** Advice items that stay, with this caution attached. */
  readonly caution?: { readonly items: readonly AdviceId[]; readonly text: string };
  /** A warning shown in the plan whatever the items. */
  readonly warning?: string;
  /** Why, in plain words, naming the condition or medicine. */
  readonly why: string;
}

export interface SafetyNetItem extends Sourced {
  readonly id: SafetyNetId;
  readonly text: string;
  readonly level: TriageLevel;
  /** Shown only to people it can apply to (pregnancy signs, a medicine they may take). */
  readonly showIf?: Cond;
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
  /** How much a fired urgent or emergency rule weighs for each cause it suspects (a likelihood ratio). */
  readonly suspectRatio: {
    readonly ratio: { readonly emergency: number; readonly urgent: number };
  } & Sourced;
}
