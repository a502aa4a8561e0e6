/**
 * The assessment output and the interview step of the public contract, plus what the product adds
 * (the action to take now, the plan, warnings and sources). Clients may rely on every field named here.
 */
import type { CauseKind, TriageLevel } from './ids.ts';

export type EvidenceGrade = 'supported' | 'weak' | 'unsupported' | 'contradicted';

/** Where an emergency or urgent level sends the person; most are general, some are specific services. */
export type CareService =
  | 'emergency_services'
  | 'maternity_unit'
  | 'urgent_doctor'
  | 'pharmacist'
  | 'gp'
  | 'self_care';

export interface TriageReason {
  readonly ruleId: string;
  readonly level: TriageLevel;
  /** Plain words: why this level. */
  readonly text: string;
  /** The present findings (and numbers) that made the rule fire. */
  readonly findings: readonly string[];
  readonly sources: readonly string[];
}

export interface Triage {
  readonly level: TriageLevel;
  /** Most urgent first; the first reason is the one that set the level. */
  readonly reasons: readonly TriageReason[];
  /** What to do now, in plain words, action first. */
  readonly action: string;
  readonly service: CareService;
  readonly meaning: string;
}

export interface CauseEvidence {
  readonly finding: string;
  /** The likelihood ratio applied (above 1 raised the cause, below 1 lowered it). */
  readonly ratio: number;
  /** Whether the person said yes (present) or no (absent). */
  readonly answer: 'present' | 'absent';
  /** The finding in words: its label, with the value for a number, or "You said no to: …". */
  readonly text: string;
  /** The finding's label alone, for lists that group the no answers. */
  readonly label: string;
}

export interface CauseResult {
  readonly id: string;
  readonly name: string;
  readonly kind: CauseKind;
  readonly probability: number;
  /** Finding ids that moved this cause up, strongest first. */
  readonly for: readonly string[];
  /** Finding ids that moved this cause down, strongest first. */
  readonly against: readonly string[];
  readonly evidence: readonly CauseEvidence[];
  readonly summary: string;
}

export interface TimerStep {
  readonly label: string;
  readonly seconds: number;
  /** Said at the start of the step, e.g. "wrap the cold pack in a cloth". */
  readonly instruction: string;
}

export interface RemedyTimer {
  readonly steps: readonly TimerStep[];
  /** Seconds before the end of a step at which to warn. */
  readonly warnBeforeEndSeconds: number;
  /** Shown before starting: never while drowsy or going to sleep, and so on. */
  readonly safety: readonly string[];
}

/** What sort of advice an item is, so surfaces can show "do" items apart from "avoid" items. */
export type AdviceKind = 'action' | 'remedy' | 'medicine' | 'avoid' | 'prevention';

export interface PlanItem {
  readonly id: string;
  readonly kind: AdviceKind;
  readonly title: string;
  /** What we tell the person to do (or not do), in plain words. */
  readonly text: string;
  readonly grade: EvidenceGrade;
  readonly gradeNote?: string;
  readonly sources: readonly string[];
  readonly timer?: RemedyTimer;
  /** Warnings that apply to this person for this item (it stays in the plan, with care). */
  readonly cautions: readonly { readonly ruleId: string; readonly text: string }[];
}

export interface WithheldItem {
  readonly id: string;
  readonly title: string;
  /** Why it is not advised for this person, naming their condition or medicine. */
  readonly why: readonly string[];
  /** The safety rules that withhold it, by id, in the order of `why` (for translation). */
  readonly ruleIds: readonly string[];
  /** The person's findings that made those rules apply. */
  readonly because: readonly string[];
  readonly sources: readonly string[];
}

export type SeedSection = 'causes' | 'treatment_tips' | 'home_remedies' | 'makes_worse';

export interface SeedClaimReview {
  readonly id: string;
  readonly section: SeedSection;
  /** What the article claims, in our words. */
  readonly claim: string;
  readonly grade: EvidenceGrade;
  readonly gradeNote?: string;
  /** What we actually tell people about it. */
  readonly verdict: string;
  readonly sources: readonly string[];
  /** Set when this person's conditions or medicines make the claim's advice unsafe for them. */
  readonly withheldBecause?: readonly string[];
  /** The safety rules behind withheldBecause, by id (for translation). */
  readonly withheldRuleIds?: readonly string[];
}

export interface SafetyNet {
  /** Changes that mean get help now, each with the level it would reach. */
  readonly getHelpIf: readonly { readonly id: string; readonly text: string; readonly level: TriageLevel }[];
  /** When to see a doctor if it is not getting better. */
  readonly reviewAfter: string;
  /** The same as data: the level, and for self-care the days left before a doctor's review is due. */
  readonly review: { readonly level: TriageLevel; readonly daysLeft?: number };
}

export interface Plan {
  /** Self-care actions, most strongly supported first, then the things to avoid. Empty for emergency: the action is to get help. */
  readonly actions: readonly PlanItem[];
  readonly withheld: readonly WithheldItem[];
  /** Person-specific warnings (medicines, alcohol, driving, limits). */
  readonly warnings: readonly {
    readonly id: string;
    readonly text: string;
    readonly sources: readonly string[];
  }[];
  readonly seedClaims: readonly SeedClaimReview[];
  readonly safetyNet: SafetyNet;
}

export interface Assessment {
  readonly triage: Triage;
  /** Every contract cause, most likely first. */
  readonly causes: readonly CauseResult[];
  readonly plan: Plan;
  readonly knowledgeVersion: string;
  readonly disclaimer: string;
}

export type QuestionType = 'single' | 'multiple' | 'number';

export interface QuestionItem {
  readonly findingId: string;
  readonly text: string;
}

export interface Question {
  readonly id: string;
  readonly text: string;
  readonly why: string;
  readonly type: QuestionType;
  readonly items: readonly QuestionItem[];
  /** For number questions. */
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
  /** The part of the interview this belongs to, for progress display. */
  readonly phase: 'safety' | 'causes';
}

export interface InterviewProgress {
  readonly asked: number;
  /** A rough estimate of questions still to come, for a progress bar. */
  readonly remainingEstimate: number;
}

export type InterviewStep =
  | { readonly done: false; readonly question: Question; readonly progress: InterviewProgress }
  | { readonly done: true; readonly assessment: Assessment };
