/**
 * The assessment output and the interview step, as Zod schemas: the TypeScript types are inferred from
 * them, the server serialises answers through them, the OpenAPI document is generated from them, and
 * saved assessments are read back with them. Described once.
 *
 * Two forms share every field definition:
 * - the engine's own output (`Assessment`, `InterviewStep`): ids, numbers and message codes, no words;
 * - an answer (`AssessmentAnswer`, `InterviewAnswer`): the same plus the words beside the codes, in the
 *   language asked for (src/i18n/localise.ts), in a compact or a full view (see below).
 */
import { z } from 'zod';
import { CAUSE_IDS, type CauseId, FINDING_IDS, TRIAGE_LEVELS } from './ids.ts';

export const EVIDENCE_GRADES = ['supported', 'weak', 'unsupported', 'contradicted'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** Where a level sends the person; most are general, some are specific services. */
export const CARE_SERVICES = [
  'emergency_services',
  'maternity_unit',
  'urgent_doctor',
  'pharmacist',
  'gp',
  'self_care',
] as const;
export type CareService = (typeof CARE_SERVICES)[number];

export const ADVICE_KINDS = ['action', 'remedy', 'medicine', 'avoid', 'prevention'] as const;
/** What sort of advice an item is, so surfaces can show "do" items apart from "avoid" items. */
export type AdviceKind = (typeof ADVICE_KINDS)[number];

export const SEED_SECTIONS = ['causes', 'treatment_tips', 'home_remedies', 'makes_worse'] as const;
export type SeedSection = (typeof SEED_SECTIONS)[number];

export const CAUSE_KINDS = ['common', 'medical', 'serious'] as const;

const level = z.enum(TRIAGE_LEVELS);
const findingId = z.enum(FINDING_IDS);
const causeId = z.enum(CAUSE_IDS as [CauseId, ...CauseId[]]);
const sources = z.array(z.string()).describe('Reference ids of the knowledge base (GET /api/v1/knowledge)');
const code = z.string().describe('Message code: a key of the catalogs');
const params = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .describe('Parameters of the message, by name');

// ---------------------------------------------------------------------------------------------
// Shapes shared by both forms (each field defined once).

const reasonShape = {
  ruleId: z
    .string()
    .describe('The triage rule that fired (its text is the catalog key triage.<ruleId>.text)'),
  level,
  code,
  params: params.optional(),
  /** The present findings (and numbers) that made the rule fire. */
  findings: z.array(findingId),
  sources,
};

const triageShape = {
  level,
  service: z.enum(CARE_SERVICES),
  /** Most urgent first; the first reason is the one that set the level. */
  reasons: z.array(z.object(reasonShape)),
  /**
   * Warning signs never answered that could make the level more urgent. While any is listed the level
   * is at least gp: ask them (each is a finding id) and assess again.
   */
  unanswered: z.array(findingId),
};

const causeEvidenceShape = {
  finding: findingId,
  /** The likelihood ratio applied (above 1 raised the cause, below 1 lowered it). */
  ratio: z.number(),
  /** Whether the person said yes (present) or no (absent). */
  answer: z.enum(['present', 'absent']),
  /** The value of a number finding the person gave. */
  value: z.number().optional(),
};

const causeShape = {
  id: causeId,
  kind: z.enum(CAUSE_KINDS),
  probability: z.number().min(0).max(1),
  /** Finding ids that moved this cause up, strongest first. */
  for: z.array(findingId),
  /** Finding ids that moved this cause down, strongest first. */
  against: z.array(findingId),
  evidence: z.array(z.object(causeEvidenceShape)),
  /** The urgent or emergency triage rules that fired and are there to catch this cause (they raised it). */
  suspectedBy: z.array(z.string()),
};

const cautionShape = { ruleId: z.string(), code };

const planItemShape = {
  id: z.string(),
  kind: z.enum(ADVICE_KINDS),
  grade: z.enum(EVIDENCE_GRADES),
  sources,
  /** Whether the item has a guided timer (its steps come with the knowledge catalog). */
  hasTimer: z.boolean(),
  /** Warnings that apply to this person for this item (it stays in the plan, with care). */
  cautions: z.array(z.object(cautionShape)),
};

const withheldShape = {
  id: z.string(),
  /** The safety rules that withhold it, most important first (their words: safety.<ruleId>.why). */
  ruleIds: z.array(z.string()),
  /** The person's findings that made those rules apply. */
  because: z.array(findingId),
  sources,
  /** What the plan offers in its place, best first: advice ids among the plan's actions. */
  instead: z.array(z.string()),
};

const warningShape = { id: z.string(), code, sources };

const seedClaimShape = {
  id: z.string(),
  section: z.enum(SEED_SECTIONS),
  grade: z.enum(EVIDENCE_GRADES),
  sources,
  /** Set when this person's conditions or medicines make the claim's advice unsafe for them. */
  withheldRuleIds: z.array(z.string()).optional(),
};

const reviewShape = {
  level,
  /** For self-care: the days left before a doctor's review is due, when the duration is known. */
  daysLeft: z.number().int().min(0).optional(),
};

const getHelpIfShape = { id: z.string(), level };

// ---------------------------------------------------------------------------------------------
// The engine's output: codes, no words.

export const assessmentSchema = z.object({
  triage: z.object(triageShape),
  /** Every contract cause, most likely first. */
  causes: z.array(z.object(causeShape)),
  plan: z.object({
    /** Self-care actions, best evidence first, then the things to avoid. Empty for an emergency. */
    actions: z.array(z.object(planItemShape)),
    withheld: z.array(z.object(withheldShape)),
    /** Person-specific warnings (medicines, alcohol, driving, limits). */
    warnings: z.array(z.object(warningShape)),
    seedClaims: z.array(z.object(seedClaimShape)),
    safetyNet: z.object({
      getHelpIf: z.array(z.object(getHelpIfShape)),
      review: z.object(reviewShape),
      reviewAfter: z.object({ code, params: params.optional() }),
    }),
  }),
  knowledgeVersion: z.string(),
});

export type Assessment = z.infer<typeof assessmentSchema>;
export type Triage = Assessment['triage'];
export type TriageReason = Triage['reasons'][number];
export type CauseResult = Assessment['causes'][number];
export type CauseEvidence = CauseResult['evidence'][number];
export type Plan = Assessment['plan'];
export type PlanItem = Plan['actions'][number];
export type WithheldItem = Plan['withheld'][number];
export type SeedClaimReview = Plan['seedClaims'][number];
export type SafetyNet = Plan['safetyNet'];

export const QUESTION_TYPES = ['single', 'multiple', 'number'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const questionShape = {
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  /**
   * Ask the screen's yes/no gateway first (its words: question.<id>.gateway): "no" answers every item
   * absent; "yes" or "not sure" opens the items. A client may also show the items at once.
   */
  gateway: z.boolean(),
  /** A screen of warning signs. */
  warning: z.boolean(),
  items: z.array(z.object({ findingId })),
  /** For number questions. */
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.enum(['0-10', 'days']).optional(),
  /** The part of the interview this belongs to, for progress display. */
  phase: z.enum(['safety', 'causes']),
  /**
   * True when part of the question is already answered yes or not sure (from the person's story, or
   * an earlier screen). The question's own "none" words ("It came on slowly") could then contradict
   * that answer, so a client says a plain "None of these" instead (src/engine/screens.ts noneKey).
   */
  partlyAnswered: z.literal(true).optional(),
};

const progressSchema = z.object({
  asked: z.number().int().min(0),
  /** A rough estimate of questions still to come, for a progress bar. */
  remainingEstimate: z.number().int().min(0),
});

export const questionSchema = z.object(questionShape);
export type Question = z.infer<typeof questionSchema>;
export type InterviewProgress = z.infer<typeof progressSchema>;

export const interviewStepSchema = z.discriminatedUnion('done', [
  z.object({ done: z.literal(false), question: questionSchema, progress: progressSchema }),
  z.object({ done: z.literal(true), assessment: assessmentSchema }),
]);
export type InterviewStep = z.infer<typeof interviewStepSchema>;

// ---------------------------------------------------------------------------------------------
// An answer: the same, with words beside the codes, in two views.
// - compact (the default of the API): what depends on this person's answers, and the grades, which must
//   never be apart from advice. What is the same for every person (texts, sources, kinds, timers) is
//   sent by id: GET /api/v1/knowledge has it, once, cacheable. Causes the answers leave very unlikely
//   (under 1 in 1,000, past the first three) are counted in `causesLeftOut`, not listed.
// - full: everything inline, every cause listed (what `backease assess --json` prints by default).

export const ANSWER_VIEWS = ['compact', 'full'] as const;
export type AnswerView = (typeof ANSWER_VIEWS)[number];

/**
 * Causes below this probability are "less likely": a client groups them rather than showing each
 * (about 1 in 20, as a natural frequency).
 */
export const LESS_LIKELY_BELOW = 0.05;

/** In a compact answer, causes below this probability are left out after the three most likely. */
export const COMPACT_CAUSE_FLOOR = 0.001;

const words = z.string();
const full = <T extends z.ZodType>(s: T, where: string) =>
  s.optional().describe(`Only with view=full; otherwise in GET /api/v1/knowledge (${where})`);

const timerStepSchema = z.object({ label: words, seconds: z.number().positive(), instruction: words });
export const remedyTimerSchema = z.object({
  steps: z.array(timerStepSchema),
  /** Seconds before the end of a step at which to warn. */
  warnBeforeEndSeconds: z.number().int().min(0),
  /** Shown before starting: never while drowsy or going to sleep, and so on. */
  safety: z.array(words),
});
export type RemedyTimer = z.infer<typeof remedyTimerSchema>;

export const assessmentAnswerSchema = z.object({
  /** The language the words are in (also the Content-Language header). */
  lang: z.string(),
  view: z.enum(ANSWER_VIEWS),
  triage: z.object({
    ...triageShape,
    reasons: z.array(
      z.object({
        ...reasonShape,
        sources: full(sources, 'rule sources: the triage rule by id'),
        text: words.describe('Plain words: why this level'),
      }),
    ),
    /** What to do now, in plain words, action first. */
    action: words,
    actionCode: code,
    meaning: words,
    meaningCode: code,
  }),
  causes: z.array(
    z.object({
      ...causeShape,
      kind: full(causeShape.kind, 'causes'),
      name: words,
      evidence: z.array(
        z.object({
          ...causeEvidenceShape,
          /** The finding in words: its label, with the value for a number, or "You said no to: …". */
          text: full(words, 'messages evidence.* with finding.<id>.label'),
          label: full(words, 'messages finding.<id>.label'),
        }),
      ),
      summary: full(words, 'messages cause.<id>.summary'),
      /**
       * For a serious cause: what a doctor would do, and how soon (message cause.<id>.next). The compact
       * view gives it for the causes at or above LESS_LIKELY_BELOW, which a client shows one by one.
       */
      next: words.optional(),
    }),
  ),
  /** Compact view: how many causes were left out as very unlikely (0 in the full view). */
  causesLeftOut: z.number().int().min(0),
  plan: z.object({
    actions: z.array(
      z.object({
        ...planItemShape,
        kind: full(planItemShape.kind, 'advice'),
        sources: full(sources, 'advice'),
        hasTimer: full(planItemShape.hasTimer, 'timers'),
        title: words,
        cautions: z.array(z.object({ ...cautionShape, text: words })),
        text: full(words, 'messages advice.<id>.text'),
        gradeNote: full(words, 'messages advice.<id>.gradeNote'),
        timer: full(remedyTimerSchema, 'timers, with messages advice.<id>.timer.*'),
      }),
    ),
    withheld: z.array(
      z.object({
        ...withheldShape,
        sources: full(sources, 'the safety rules by id'),
        title: words,
        /** Why it is not advised for this person, naming their condition or medicine, per rule. */
        why: z.array(words),
      }),
    ),
    warnings: z.array(
      z.object({ ...warningShape, sources: full(sources, 'the safety rule by id'), text: words }),
    ),
    seedClaims: z.array(
      z.object({
        ...seedClaimShape,
        section: full(seedClaimShape.section, 'seedClaims'),
        sources: full(sources, 'seedClaims'),
        withheldBecause: z.array(words).optional(),
        claim: full(words, 'messages seed.<id>.claim'),
        verdict: full(words, 'messages seed.<id>.verdict'),
        gradeNote: full(words, 'messages seed.<id>.gradeNote'),
      }),
    ),
    safetyNet: z.object({
      getHelpIf: z.array(z.object({ ...getHelpIfShape, text: full(words, 'messages safetyNet.<id>.text') })),
      review: z.object(reviewShape),
      /** When to see a doctor if it is not getting better. */
      reviewAfter: words,
      reviewAfterCode: code,
      reviewAfterParams: params.optional(),
    }),
  }),
  knowledgeVersion: z.string(),
  disclaimer: words,
});
export type AssessmentAnswer = z.infer<typeof assessmentAnswerSchema>;

export const questionAnswerSchema = z.object({
  ...questionShape,
  text: words,
  why: words,
  /** The gateway question, when `gateway` is true. */
  gatewayText: words.optional(),
  /** What the button that answers every item no says, naming what it says no to. */
  noneText: words.optional(),
  items: z.array(z.object({ findingId, text: words })),
});

export const interviewAnswerSchema = z.discriminatedUnion('done', [
  z.object({
    lang: z.string(),
    view: z.enum(ANSWER_VIEWS),
    done: z.literal(false),
    question: questionAnswerSchema,
    progress: progressSchema,
  }),
  z.object({
    lang: z.string(),
    view: z.enum(ANSWER_VIEWS),
    done: z.literal(true),
    assessment: assessmentAnswerSchema,
  }),
]);
export type InterviewAnswer = z.infer<typeof interviewAnswerSchema>;
