/**
 * The interview as the web app keeps it: age, sex and one answer per screen, each answer being the
 * evidence it adds. The engine is stateless, so the whole input is rebuilt from these answers for every
 * step; going back shows the check fewer answers in. Pure: no DOM, no storage.
 */
import type { Sex } from '../../../src/contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../../../src/contract/input.ts';
import type { Question } from '../../../src/contract/output.ts';

export interface Answer {
  readonly questionId: string;
  readonly evidence: readonly EvidenceItem[];
}

export interface InterviewState {
  readonly age: number;
  readonly sex: Sex;
  readonly answers: readonly Answer[];
}

export type SingleChoice = 'present' | 'absent' | 'unknown';

export function toInput(state: InterviewState): AssessmentInput {
  return { age: state.age, sex: state.sex, evidence: state.answers.flatMap((a) => a.evidence) };
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
