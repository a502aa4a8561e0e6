/**
 * The interview as the web app keeps it: age, sex and one answer per screen, each answer being the
 * evidence it adds. The engine is stateless, so the whole input is rebuilt from these answers for every
 * step; going back shows the check fewer answers in. Pure: no DOM, no storage.
 */
import type { Sex } from '../../../src/contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../../../src/contract/input.ts';
import type { Question } from '../../../src/contract/output.ts';
import { answerBundle } from '../../../src/engine/screens.ts';

export interface Answer {
  readonly questionId: string;
  readonly evidence: readonly EvidenceItem[];
  /** Gateways ticked on a screen of several (yes or not sure): their lists come next, open. */
  readonly opens?: readonly string[];
  /** The story step: warning signs the story mentions, pre-ticked on their screens to confirm there. */
  readonly suggested?: readonly string[];
  /** The story step: the person's words, kept on this device only, to show them again after Back. */
  readonly story?: string;
}

/** The id of the story step's answer (given once, first; empty evidence when skipped). */
export const STORY = 'story';

export interface InterviewState {
  readonly age: number;
  readonly sex: Sex;
  readonly answers: readonly Answer[];
}

export type SingleChoice = 'present' | 'absent' | 'unknown';

export function toInput(state: InterviewState): AssessmentInput {
  return { age: state.age, sex: state.sex, evidence: state.answers.flatMap((a) => a.evidence) };
}

/** Whether the story step was passed (answered or skipped); checks saved before it existed count as passed. */
export function storyPassed(state: InterviewState): boolean {
  return state.answers.length > 0;
}

/** The story's answer: what the checked chips settle, and the warning signs to pre-tick. */
export function answerStory(
  evidence: readonly EvidenceItem[],
  suggested: readonly string[],
  story: string,
): Answer {
  return { questionId: STORY, evidence, suggested, story };
}

/** Skip: the story step gives nothing. */
export function skipStory(): Answer {
  return { questionId: STORY, evidence: [] };
}

/** Warning signs the story mentioned (and the person kept), to pre-tick. */
export function suggestedOf(state: InterviewState): ReadonlySet<string> {
  return new Set(state.answers.flatMap((a) => a.suggested ?? []));
}

/** Gateways the person already said yes or not sure to, on a screen of several. */
export function openedOf(state: InterviewState): ReadonlySet<string> {
  return new Set(state.answers.flatMap((a) => a.opens ?? []));
}

/** A screen of several gateways: the unticked ones are "no" to all their items; the ticked open next. */
export function answerGateways(questions: readonly Question[], ticked: ReadonlySet<string>): Answer {
  return {
    questionId: questions.map((q) => q.id).join('+'),
    evidence: answerBundle(questions, ticked),
    opens: questions.filter((q) => ticked.has(q.id)).map((q) => q.id),
  };
}

/** A yes / no / I don't know question about one finding. */
export function answerSingle(q: Question, choice: SingleChoice): Answer {
  return { questionId: q.id, evidence: q.items.map((i) => ({ id: i.findingId, state: choice })) };
}

/** "Which of these apply?": ticked items are present, the rest absent; "I don't know" makes all unknown. */
export function answerMultiple(q: Question, ticked: ReadonlySet<string> | 'unknown'): Answer {
  return {
    questionId: q.id,
    evidence: q.items.map((i) => ({
      id: i.findingId,
      state: ticked === 'unknown' ? 'unknown' : ticked.has(i.findingId) ? 'present' : 'absent',
    })),
  };
}

/** The button that says no to a whole screen (its gateway's "no", or the list's named "none"). */
export function answerNone(q: Question): Answer {
  return answerMultiple(q, new Set());
}

/** A number finding: the value, or unknown. */
export function answerNumber(q: Question, value: number | 'unknown'): Answer {
  const id = q.items[0]?.findingId ?? q.id;
  return {
    questionId: q.id,
    evidence: [value === 'unknown' ? { id, state: 'unknown' } : { id, state: 'present', value }],
  };
}

export function addAnswer(state: InterviewState, answer: Answer): InterviewState {
  // Re-answering a screen (after Back) replaces its earlier evidence instead of duplicating ids.
  const ids = new Set(answer.evidence.map((e) => e.id));
  const kept = state.answers.filter(
    (a) => a.questionId !== answer.questionId && !a.evidence.some((e) => ids.has(e.id)),
  );
  return { ...state, answers: [...kept, answer] };
}

/**
 * The check `depth` answers in, along the answers of `from`: null for "about you" (depth -1), undefined
 * when `from` never got that far (that screen cannot be shown again).
 */
export function atDepth(from: InterviewState | null, depth: number): InterviewState | null | undefined {
  if (depth < 0) return null;
  if (!from || depth > from.answers.length) return undefined;
  return { ...from, answers: from.answers.slice(0, depth) };
}

/** Converts an amount in days, weeks or months to days (the engine's unit for duration_days). */
export function toDays(amount: number, unit: 'hours' | 'days' | 'weeks' | 'months'): number {
  const factor = { hours: 1 / 24, days: 1, weeks: 7, months: 30 }[unit];
  return Math.round(amount * factor * 100) / 100;
}
