/**
 * The adaptive interview. Stateless: from the answers so far it picks the next question or says it is done.
 *
 * 1. Safety first. Questions are taken in the knowledge base's order (red flags first, grouped on one
 *    screen where natural) while the triage level is not settled: a question is asked when some answer
 *    to it could still make the level more or less urgent (triage-bounds.ts). Once nothing could move
 *    the level away from emergency, the interview stops: the person must act, not answer more questions.
 * 2. Personal safety. Conditions and medicines that change what the plan may advise are asked unless
 *    the level is an emergency.
 * 3. Causes. The question with the largest expected information gain about the cause is asked, while
 *    some answer to it could still change the most likely cause or the three most likely; then done
 *    (cause-questions.ts).
 *
 * The evidence is built once per step (compiled/facts.ts); every "what if" works on copies of it.
 */
import type { AssessmentInput } from '../contract/input.ts';
import type { InterviewProgress, InterviewStep, Question } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { assessFacts } from './assess.ts';
import { nextCauseQuestion } from './cause-questions.ts';
import { answersOf, copyFacts } from './compiled/facts.ts';
import { settle } from './compiled/implied-absences.ts';
import {
  type InterviewProgram,
  interviewProgram,
  type QuestionProgram,
} from './compiled/interview-program.ts';
import { EMERGENCY, firstFiring, levelAt } from './compiled/triage-program.ts';
import {
  answeredInPart,
  pendingItems,
  type StepFacts,
  stepFacts,
  toQuestion,
  visibleIn,
} from './question-items.ts';
import { unansweredSigns } from './triage.ts';
import { boundsSearch, movesBounds, searchBounds } from './triage-bounds.ts';

export function nextStep(kb: LoadedKnowledge, input: AssessmentInput): InterviewStep {
  const p = interviewProgram(kb);
  const s = stepOf(p, input);
  const next = nextQuestionOf(p, s);
  if (!next) return { done: true, assessment: assessFacts(kb, s.settled) };
  return { done: false, question: next.question, progress: next.progress };
}

/** The person's answers as given, and settled: with the absences implied by questions that cannot apply. */
function stepOf(p: InterviewProgram, input: AssessmentInput): StepFacts {
  const answers = answersOf(input);
  const settled = copyFacts(answers);
  settle(settled, p.askIfs);
  return stepFacts(answers, settled);
}

function nextQuestionOf(
  p: InterviewProgram,
  s: StepFacts,
): { question: Question; progress: InterviewProgress } | undefined {
  const { answers, settled } = s;
  let asked = 0;
  for (const q of p.questions) {
    const vis = visibleIn(q, p, s);
    if (vis.length > 0 && vis.every((i) => answers.mentioned[i] === 1)) asked++;
  }

  const search = boundsSearch(p, answers);
  const bounds = searchBounds(search, answers);
  if (bounds.min === EMERGENCY) return undefined;
  const settledLevel = bounds.min === bounds.max;

  // Warning signs that a result would have to list as unanswered are always asked, so a finished
  // check is never held at "see a GP" only because something was not asked.
  const unanswered = unansweredSigns(p.triage, settled, levelAt(firstFiring(p.triage.urgent, settled)));
  const pendingByQuestion = p.ordered.map((q) => pendingItems(q, p, s));
  const safetyLeft = p.ordered.filter(
    (q, k) => q.spec.phase === 'safety' && (pendingByQuestion[k]?.length ?? 0) > 0,
  ).length;
  for (const [k, q] of p.ordered.entries()) {
    const pending = pendingByQuestion[k] ?? [];
    if (pending.length === 0) continue;
    const forPlan = q.spec.phase === 'safety' && pending.some((i) => p.planRelevant[i] === 1);
    if (
      forPlan ||
      pending.some((i) => unanswered.includes(i)) ||
      (!settledLevel && movesBounds(search, answers, pending, bounds))
    ) {
      return {
        question: composeQuestion(q, p, s),
        progress: { asked, remainingEstimate: safetyLeft + 2 },
      };
    }
  }
  return nextCauseQuestion(p, s, asked);
}

/** A safety screen as asked now: its unanswered items that can change the level, plan or causes. */
function composeQuestion(q: QuestionProgram, p: InterviewProgram, s: StepFacts): Question {
  const shown = pendingItems(q, p, s).filter(
    (i) => p.triageRelevant[i] === 1 || p.planRelevant[i] === 1 || p.causeRelevant[i] === 1,
  );
  // A gateway asks about a whole screen. Part of it answered "no" (a denial from the person's story
  // that they confirmed) leaves its yes/no question true for the rest; once an item is answered yes or
  // not sure, the rest is asked as a list.
  const partly = answeredInPart(q, p, s);
  return toQuestion(q, shown, !partly, partly);
}

/**
 * Safety question `id` as it would be asked now, for a client that shows a screen out of the engine's
 * order (src/engine/screens.ts: warning signs the person's story mentions are confirmed first);
 * undefined when nothing on it is left to ask.
 */
export function safetyQuestion(
  kb: LoadedKnowledge,
  input: AssessmentInput,
  id: string,
): Question | undefined {
  const p = interviewProgram(kb);
  const q = p.questions.find((x) => x.spec.id === id && x.spec.phase === 'safety');
  if (!q) return undefined;
  const question = composeQuestion(q, p, stepOf(p, input));
  return question.items.length > 0 ? question : undefined;
}
