/**
 * The cause phase of the interview: the question with the largest expected information gain about the
 * cause, while some answer to it could still change the most likely cause or the three most likely.
 *
 * Each "what if this item were answered" copies the step's facts into one scratch set, sets the item,
 * settles the implied absences only when the item can change them, and scores the causes on the
 * compiled vectors; no explanation is built.
 */
import type { InterviewProgress, Question } from '../contract/output.ts';
import { type CauseVector, causeScore } from './compiled/cause-program.ts';
import { copyFacts, copyInto, type Facts, setAnswer } from './compiled/facts.ts';
import { DURATION, PAIN } from './compiled/finding-index.ts';
import { settle } from './compiled/implied-absences.ts';
import type { InterviewProgram } from './compiled/interview-program.ts';
import { logScoresOf, normalise, normaliseInto, suspicionWeights } from './differential.ts';
import { answeredInPart, pendingItems, type StepFacts, toQuestion, visibleIn } from './question-items.ts';

/** No interview should need more than this many cause questions; beyond it the answers add little. */
export const MAX_CAUSE_QUESTIONS = 5;
/**
 * Below this expected information gain (bits) a cause question is not worth the person's time. At 0.1
 * (it was 0.03) the interview asks fewer cause screens (dev and extra: the same triage and top-3 in
 * interview mode, the most likely cause right one case less often on extra, and a median of 20 words
 * fewer read on extra from a story, 7 to 26 fewer from nothing; src/eval, docs/parse.md).
 */
export const MIN_GAIN_BITS = 0.1;

export function nextCauseQuestion(
  p: InterviewProgram,
  s: StepFacts,
  asked: number,
): { question: Question; progress: InterviewProgress } | undefined {
  const { answers, settled } = s;
  let causeAsked = 0;
  for (const q of p.questions)
    if (q.spec.phase === 'causes' && visibleIn(q, p, s).some((i) => answers.mentioned[i] === 1)) causeAsked++;
  if (causeAsked >= MAX_CAUSE_QUESTIONS) return undefined;

  const weight = suspicionWeights(p.causes, settled);
  const scores = logScoresOf(p.causes, settled, weight);
  const probs = normalise(scores);
  const top = new Int32Array(3);
  const now: Now = { weight, scores, probs, top, topCount: topInto(probs, top), entropy: entropy(probs) };
  const n = scores.length;
  const scratch: Scratch = {
    facts: copyFacts(answers),
    scores: new Float64Array(n),
    probs: new Float64Array(n),
    top: new Int32Array(3),
  };
  let best: { q: InterviewProgram['ordered'][number]; items: readonly number[]; gain: number } | undefined;
  for (const q of p.ordered) {
    const pending = pendingItems(q, p, s);
    const items = pending.filter((i) => p.causeRelevant[i] === 1 && i !== DURATION && i !== PAIN);
    if (items.length === 0) continue;
    let gain = 0;
    let canChange = false;
    for (const i of items) {
      const g = itemGain(p, s, scratch, i, now);
      gain += g.gain;
      canChange ||= g.changesTop;
    }
    if (!canChange || gain < MIN_GAIN_BITS) continue;
    if (!best || gain > best.gain) best = { q, items: pending, gain };
  }
  if (!best) return undefined;
  return {
    question: toQuestion(
      best.q,
      best.items,
      best.items.length === visibleIn(best.q, p, s).length,
      answeredInPart(best.q, p, s),
    ),
    progress: { asked, remainingEstimate: Math.max(1, MAX_CAUSE_QUESTIONS - causeAsked - 1) },
  };
}

/**
 * The k most likely causes, most likely first (the earlier cause first on a tie, as a stable sort),
 * written into `out`; returns how many (fewer than k only when there are fewer causes).
 */
function topInto(probs: ArrayLike<number>, out: Int32Array): number {
  const k = out.length;
  let n = 0;
  for (let i = 0; i < probs.length; i++) {
    const pi = probs[i] as number;
    let at = n;
    while (at > 0 && pi > (probs[out[at - 1] as number] as number)) at--;
    if (at < k) {
      for (let j = Math.min(n, k - 1); j > at; j--) out[j] = out[j - 1] as number;
      out[at] = i;
      if (n < k) n++;
    }
  }
  return n;
}

function entropy(probs: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < probs.length; i++) {
    const p = probs[i] as number;
    if (p > 0) h -= p * Math.log2(p);
  }
  return h;
}

/** The step's cause scores and what they are made of. */
interface Now {
  readonly weight: readonly number[];
  readonly scores: readonly number[];
  readonly probs: readonly number[];
  readonly top: Int32Array;
  readonly topCount: number;
  readonly entropy: number;
}

/** What every "what if" of one step writes into: the facts, the scores, the distribution, its top three. */
interface Scratch {
  readonly facts: Facts;
  readonly scores: Float64Array;
  readonly probs: Float64Array;
  readonly top: Int32Array;
}

/**
 * The cause distribution if one more item were answered (in scratch.probs). An item that can make
 * another question inapplicable may change other findings too: everything is scored again. Otherwise
 * only the causes that read the item, and those whose suspicion weight the item changes, can score
 * differently; every other score would be the same sum of the same terms, so it is kept.
 */
function probsIf(
  p: InterviewProgram,
  s: StepFacts,
  scratch: Scratch,
  i: number,
  state: 'present' | 'absent',
  now: Now,
): Float64Array {
  const cp = p.causes;
  const f = scratch.facts;
  if (p.inAskIf[i] === 1) {
    copyInto(f, s.answers);
    setAnswer(f, i, state);
    settle(f, p.askIfs);
    return normaliseInto(logScoresOf(cp, f), scratch.probs);
  }
  copyInto(f, s.settled);
  setAnswer(f, i, state);
  const weight = cp.suspectRulesRead[i] === 1 ? suspicionWeights(cp, f) : now.weight;
  const scores = scratch.scores;
  const reads = cp.causesReading[i] as Int32Array;
  for (let ci = 0; ci < scores.length; ci++)
    scores[ci] =
      weight[ci] !== now.weight[ci] || reads.includes(ci)
        ? causeScore(cp.causes[ci] as CauseVector, f, weight[ci] as number)
        : (now.scores[ci] as number);
  return normaliseInto(scores, scratch.probs);
}

/**
 * Expected entropy reduction of the cause distribution from learning one yes/no finding, and whether
 * either answer would change the most likely cause or the set of the three most likely.
 * P(finding | cause) comes from each cause's likelihood ratio times a reference frequency of the
 * finding, itself derived from the causes' pairs of ratios (present, absent).
 */
function itemGain(
  p: InterviewProgram,
  s: StepFacts,
  scratch: Scratch,
  i: number,
  now: Now,
): { gain: number; changesTop: boolean } {
  const q = p.referenceFrequency[i] as number;
  const lr = p.presentRatios[i] as Float64Array;
  let pPresent = 0;
  for (let c = 0; c < lr.length; c++)
    pPresent += (now.probs[c] ?? 0) * Math.min(0.999, Math.max(0.001, (lr[c] as number) * q));
  let expected = 0;
  let changesTop = false;
  for (const state of ['present', 'absent'] as const) {
    const after = probsIf(p, s, scratch, i, state, now);
    expected += (state === 'present' ? pPresent : 1 - pPresent) * entropy(after);
    if (!changesTop) changesTop = topDiffers(topInto(after, scratch.top), scratch.top, now);
  }
  return { gain: Math.max(0, now.entropy - expected), changesTop };
}

/** Whether a top three differs from the step's: another most likely cause, or another set. */
function topDiffers(n: number, top: Int32Array, now: Now): boolean {
  if (n !== now.topCount || top[0] !== now.top[0]) return true;
  for (let a = 0; a < n; a++) {
    let found = false;
    for (let b = 0; b < now.topCount; b++) if (top[a] === now.top[b]) found = true;
    if (!found) return true;
  }
  return false;
}
