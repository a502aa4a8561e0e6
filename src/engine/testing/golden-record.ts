/**
 * The golden record of the engine's clinical outputs: for every case of the case files, the one-shot
 * assessment and every interview state the simulated patient passes through (src/eval/case.ts answers
 * each question as the case says), with the next question or the final assessment.
 *
 * The record keeps what decides care: the level, the service, the reasons (rule and the findings that
 * fired it), the unanswered warning signs, every cause in order with its probability, the plan's
 * actions and withheld items, and each question as asked. The interview states are not stored: state
 * k is the case's answers to the recorded questions 0..k-1, so the test rebuilds them from the record
 * itself and a change at one step does not hide the steps after it.
 *
 * Regenerate (npm run golden:engine) only when a change to the knowledge base or the interview policy
 * is meant to change outputs, and review the diff of golden.json with that change. A speed-up, a
 * refactor or a new compiled form must leave it untouched.
 */
import type { AssessmentInput } from '../../contract/input.ts';
import type { Assessment, InterviewStep } from '../../contract/output.ts';
import { answer, type Case, fullInput } from '../../eval/case.ts';
import type { LoadedKnowledge } from '../../knowledge/load.ts';
import { assess } from '../assess.ts';
import { nextStep } from '../interview.ts';

/** A guard against an interview that never ends (as the evaluator's). */
const MAX_STEPS = 80;

export interface GoldenAssessment {
  readonly level: string;
  readonly service: string;
  /** [ruleId, findings that made it fire], in the order given. */
  readonly reasons: readonly (readonly [string, readonly string[]])[];
  readonly unanswered: readonly string[];
  /** [cause id, probability], most likely first. */
  readonly causes: readonly (readonly [string, number])[];
  readonly actions: readonly string[];
  readonly withheld: readonly string[];
}

export interface GoldenQuestion {
  readonly id: string;
  readonly items: readonly string[];
  readonly gateway: boolean;
  /** [asked, remainingEstimate]. */
  readonly progress: readonly [number, number];
}

/** One interview step: the next question, or the assessment when the interview is done. */
export type GoldenStep = { readonly q: GoldenQuestion } | { readonly done: GoldenAssessment };

export interface GoldenCase {
  readonly file: string;
  readonly id: string;
  readonly oneShot: GoldenAssessment;
  readonly steps: readonly GoldenStep[];
}

export interface GoldenFile {
  readonly knowledgeVersion: string;
  readonly cases: readonly GoldenCase[];
}

export function goldenAssessment(a: Assessment): GoldenAssessment {
  return {
    level: a.triage.level,
    service: a.triage.service,
    reasons: a.triage.reasons.map((r) => [r.ruleId, r.findings] as const),
    unanswered: a.triage.unanswered,
    causes: a.causes.map((c) => [c.id, c.probability] as const),
    actions: a.plan.actions.map((x) => x.id),
    withheld: a.plan.withheld.map((x) => x.id),
  };
}

export function goldenStep(s: InterviewStep): GoldenStep {
  if (s.done) return { done: goldenAssessment(s.assessment) };
  return {
    q: {
      id: s.question.id,
      items: s.question.items.map((i) => i.findingId),
      gateway: s.question.gateway,
      progress: [s.progress.asked, s.progress.remainingEstimate],
    },
  };
}

/** The state after the simulated patient answers one more question. */
export function answered(c: Case, input: AssessmentInput, q: GoldenQuestion): AssessmentInput {
  return { ...input, evidence: [...input.evidence, ...q.items.map((id) => answer(c, id))] };
}

export const startOf = (c: Case): AssessmentInput => ({ age: c.age, sex: c.sex, evidence: [] });

/** Records one case with the engine as it is now. */
export function recordCase(kb: LoadedKnowledge, c: Case, file: string): GoldenCase {
  const steps: GoldenStep[] = [];
  let input = startOf(c);
  for (let k = 0; k < MAX_STEPS; k++) {
    const step = goldenStep(nextStep(kb, input));
    steps.push(step);
    if ('done' in step) return { file, id: c.id, oneShot: goldenAssessment(assess(kb, fullInput(c))), steps };
    input = answered(c, input, step.q);
  }
  throw new Error(`The interview for case ${c.id} did not finish within ${MAX_STEPS} questions.`);
}

export function recordAll(
  kb: LoadedKnowledge,
  files: readonly { readonly file: string; readonly cases: readonly Case[] }[],
): GoldenFile {
  return {
    knowledgeVersion: kb.version,
    cases: files.flatMap(({ file, cases }) => cases.map((c) => recordCase(kb, c, file))),
  };
}
