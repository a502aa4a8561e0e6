/**
 * The questions as this person meets them: which items can apply to them (a question or item whose
 * `askIf` is false is never asked), which are still unanswered, and the question as sent.
 */
import { type FindingId, NUMBER_FINDINGS, type NumberFindingId } from '../contract/ids.ts';
import type { Question } from '../contract/output.ts';
import { holds } from './compiled/conditions.ts';
import { ABSENT, type Facts } from './compiled/facts.ts';
import { findingAt } from './compiled/finding-index.ts';
import type { InterviewProgram, QuestionProgram } from './compiled/interview-program.ts';

/**
 * One step's view of the answers: as given, and settled (with the absences they imply); and, filled in
 * as the step asks, each question's visible and pending items (by the question's index), which the step needs
 * several times and which cannot change within it.
 */
export interface StepFacts {
  readonly answers: Facts;
  readonly settled: Facts;
  readonly visible: (readonly number[] | undefined)[];
  /** Likewise each question's pending items. */
  readonly pending: (readonly number[] | undefined)[];
}

export function stepFacts(answers: Facts, settled: Facts): StepFacts {
  return { answers, settled, visible: [], pending: [] };
}

/** visibleItems for this step's settled answers, worked out once per question. */
export function visibleIn(q: QuestionProgram, p: InterviewProgram, s: StepFacts): readonly number[] {
  let v = s.visible[q.index];
  if (v === undefined) {
    v = visibleItems(q, p, s.settled);
    s.visible[q.index] = v;
  }
  return v;
}

/** The items of a question this person can be asked: none when the question cannot apply. */
export function visibleItems(q: QuestionProgram, p: InterviewProgram, settled: Facts): number[] {
  if (q.askIf && !holds(q.askIf, settled)) return [];
  const out: number[] = [];
  for (const i of q.items) {
    const askIf = p.findingAskIf[i];
    if (!askIf || holds(askIf, settled)) out.push(i);
  }
  return out;
}

/** The visible items not answered yet (worked out once per question and step). */
export function pendingItems(q: QuestionProgram, p: InterviewProgram, s: StepFacts): readonly number[] {
  let v = s.pending[q.index];
  if (v === undefined) {
    v = visibleIn(q, p, s).filter((i) => s.answers.mentioned[i] !== 1);
    s.pending[q.index] = v;
  }
  return v;
}

/** Whether any of the question's items is already answered yes or not sure. */
export function answeredInPart(q: QuestionProgram, p: InterviewProgram, s: StepFacts): boolean {
  return visibleIn(q, p, s).some((i) => s.answers.mentioned[i] === 1 && s.answers.state[i] !== ABSENT);
}

/**
 * The question as asked. A gateway opens it only when the whole screen is still to be answered and
 * holds more than one item: with one item left, the item is the question. `partly`: some item is
 * already answered yes or not sure (see Question.partlyAnswered).
 */
export function toQuestion(
  q: QuestionProgram,
  items: readonly number[],
  whole: boolean,
  partly: boolean,
): Question {
  const spec = q.spec;
  const ids = items.map(findingAt);
  const first = ids[0] as FindingId;
  const number = spec.type === 'number' ? NUMBER_FINDINGS[first as NumberFindingId] : undefined;
  return {
    id: spec.id,
    type: spec.type,
    gateway: spec.gateway !== undefined && whole && items.length > 1,
    warning: spec.warning === true,
    items: ids.map((id) => ({ findingId: id })),
    ...(number
      ? {
          min: number.min,
          ...(Number.isFinite(number.max) ? { max: number.max } : {}),
          unit: first === 'pain_severity' ? '0-10' : 'days',
        }
      : {}),
    phase: spec.phase,
    ...(partly ? { partlyAnswered: true as const } : {}),
  };
}
