/**
 * The shapes of the clinical safety case: the hazard log (DCB0129 clause 3.3 and 4–6), its controls, the
 * tests that verify them, and the review register of the knowledge base. The log is data: `load.ts`
 * validates it against the knowledge base when it is loaded, the traceability test proves every named
 * test and code path exists, and `npm run safety-report` writes docs/clinical-safety.md from it.
 */
import type { CauseId, FindingId } from '../contract/ids.generated.ts';
import type {
  AdviceId,
  QuestionId,
  SafetyNetId,
  SafetyRuleId,
  SourceId,
  TriageRuleId,
} from '../knowledge/ids.generated.ts';
import type { Likelihood, Severity } from './matrix.ts';

/** Who answers for a hazard. None of these roles is filled by a registered clinician yet (see the report). */
export type OwnerRole =
  | 'clinical_safety_officer'
  | 'clinical_content_lead'
  | 'engineering_lead'
  | 'localisation_lead'
  | 'data_protection_lead';

/** What a control points at, by typed id; `code` and `file` are checked on disk by the traceability test. */
export type ControlRef =
  | { readonly kind: 'triage_rule'; readonly id: TriageRuleId }
  | { readonly kind: 'safety_rule'; readonly id: SafetyRuleId }
  | { readonly kind: 'advice'; readonly id: AdviceId }
  | { readonly kind: 'question'; readonly id: QuestionId }
  | { readonly kind: 'finding'; readonly id: FindingId }
  | { readonly kind: 'safety_net'; readonly id: SafetyNetId }
  | { readonly kind: 'cause'; readonly id: CauseId }
  /** A catalog entry the person reads (English key; every language has the same keys). */
  | { readonly kind: 'message'; readonly key: string }
  /** A declaration in a source file: a function, constant, class or type named `symbol`. */
  | { readonly kind: 'code'; readonly file: string; readonly symbol: string }
  /** A data or documentation file as a whole. */
  | { readonly kind: 'file'; readonly file: string };

/**
 * A test, by its file and its describe titles and title joined with " > ", exactly as written in the
 * file. An `.each` template (`%s is an emergency`) names every case of it.
 */
export interface TestRef {
  readonly file: string;
  readonly name: string;
}

/** DCB0129's grouping of controls (NHS England hazard log [D3]). */
export type ControlType = 'design' | 'test' | 'training' | 'business_process';

export interface Control {
  readonly id: string;
  readonly type: ControlType;
  /** What the control does, in one or two sentences. */
  readonly text: string;
  readonly refs: readonly ControlRef[];
  /** The tests that verify the control (DCB0129 6.3.2–6.3.3). */
  readonly verifiedBy: readonly TestRef[];
}

/** A control that is designed and scheduled but not built yet: listed in the report, never counted as verified. */
export interface PlannedControl {
  readonly id: string;
  readonly text: string;
  /** The issue that builds it (`issues show N`). */
  readonly issue: number;
}

export interface RiskEstimate {
  readonly severity: Severity;
  readonly likelihood: Likelihood;
}

export type HazardGroup = 'missed_emergency' | 'triage' | 'causes' | 'advice' | 'information' | 'platform';

export interface Hazard {
  /** Stable id, e.g. HAZ-01: the report and reviews refer to it. */
  readonly id: string;
  readonly title: string;
  readonly group: HazardGroup;
  /** What can go wrong, and why (the possible causes). */
  readonly cause: string;
  /** The effect on the person (the potential clinical impact). */
  readonly effect: string;
  /** Severity and likelihood with no controls (the initial risk). */
  readonly before: RiskEstimate;
  /** Severity and likelihood with the controls in place (the residual risk). */
  readonly after: RiskEstimate;
  readonly controls: readonly string[];
  readonly planned?: readonly string[];
  /** Why the residual risk is what it is, and what is left. */
  readonly residual: string;
  readonly owner: OwnerRole;
  /** ISO date (YYYY-MM-DD) by which the entry is reviewed again. Past it, the report lists it as overdue. */
  readonly reviewBy: string;
  readonly status: 'open' | 'closed' | 'transferred';
  /** For a missed-emergency hazard: the warning signs it covers, each caught by one of its triage rules. */
  readonly warningSigns?: readonly FindingId[];
  /** A known deviation from a policy decision of research/clinical.md §1.6, with why we deviate. */
  readonly deviation?: { readonly policy: string; readonly rationale: string };
  /** research/clinical.md reference ids behind the hazard. */
  readonly sources: readonly SourceId[];
}

/** One part of the knowledge base and when its content is next reviewed. */
export interface ContentReview {
  readonly area: ContentArea;
  readonly file: string;
  /** When an engineer last checked it against research/clinical.md (ISO date). */
  readonly checked: string;
  /** Clinical review has not happened for any area yet; this records it plainly. */
  readonly clinicalReview: 'not_done' | 'done';
  readonly reviewBy: string;
}

export type ContentArea =
  | 'findings'
  | 'questions'
  | 'triageRules'
  | 'causes'
  | 'advice'
  | 'seedClaims'
  | 'safetyRules'
  | 'safetyNet'
  | 'sources';
