/**
 * The adaptive interview. Stateless: from the answers so far it picks the next question or says it is done.
 *
 * 1. Safety first: the safety questions are asked in the knowledge base's order (red flags first,
 *    grouped on one screen where natural), but only while the triage level is not settled, i.e. while
 *    some unanswered finding could still make it more or less urgent. Once nothing could move it
 *    from emergency, the interview stops: the person must act, not answer more questions.
 * 2. Personal safety: conditions and medicines that change what the plan may advise are asked unless
 *    the level is an emergency.
 * 3. Causes: the question with the largest expected information gain about the cause, while some
 *    answer could still change the most likely cause or the three most likely; then done.
 */
import { NUMBER_FINDINGS, type NumberFindingId, type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { InterviewStep, Question } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { QuestionSpec } from '../knowledge/types.ts';
import { assess } from './assess.ts';
import { holds, mentions } from './conditions.ts';
import { logScores, normalise } from './differential.ts';
import { type Evidence, toEvidence } from './evidence.ts';
import { triageLevel } from './triage.ts';

/** No interview should need more than this many cause questions; beyond it the answers add little. */
export const MAX_CAUSE_QUESTIONS = 6;
/** Below this expected information gain (bits) a cause question is not worth the person's time. */
export const MIN_GAIN_BITS = 0.02;

const DURATION_PROBES = [0, 0.5, 3, 10, 20, 45, 100, 400];
const PAIN_PROBES = [0, 4, 7, 8, 10];

interface RuleSigns {
  /** Finding ids by the highest level of a rule that mentions them. */
  readonly topLevel: ReadonlyMap<string, TriageLevel>;
  readonly pos: ReadonlySet<string>;
  readonly neg: ReadonlySet<string>;
  readonly planRelevant: ReadonlySet<string>;
  readonly causeRelevant: ReadonlySet<string>;
}

const signsCache = new WeakMap<LoadedKnowledge, RuleSigns>();

function ruleSigns(kb: LoadedKnowledge): RuleSigns {
  const cached = signsCache.get(kb);
  if (cached) return cached;
  const topLevel = new Map<string, TriageLevel>();
  const pos = new Set<string>();
  const neg = new Set<string>();
  for (const r of kb.triageRules) {
    for (const [id, signs] of mentions(r.when)) {
      const prev = topLevel.get(id);
      if (!prev || urgencyRank(r.level) > urgencyRank(prev)) topLevel.set(id, r.level);
      if (signs.has('pos')) pos.add(id);
      if (signs.has('neg')) neg.add(id);
    }
  }
  const planRelevant = new Set<string>();
  for (const r of kb.safetyRules) for (const id of mentions(r.when).keys()) planRelevant.add(id);
  for (const a of kb.advice) if (a.showIf) for (const id of mentions(a.showIf).keys()) planRelevant.add(id);
  const causeRelevant = new Set<string>();
  for (const c of kb.causes) for (const r of c.ratios) causeRelevant.add(r.finding);
  const signs = { topLevel, pos, neg, planRelevant, causeRelevant };
  signsCache.set(kb, signs);
  return signs;
}

/**
 * The least and most urgent levels the unanswered findings could still lead to: every unknown finding
 * set to its most reassuring (or most worrying) answer, numbers probed across their range.
 */
export function levelBounds(
  kb: LoadedKnowledge,
  input: AssessmentInput,
): { min: TriageLevel; max: TriageLevel } {
  const signs = ruleSigns(kb);
  const mentioned = new Set(input.evidence.filter((e) => e.state !== 'unknown').map((e) => e.id));
  const unknownBool = [...signs.topLevel.keys()].filter(
    (id) => !mentioned.has(id) && !(id in NUMBER_FINDINGS),
  );
  const fill = (worst: boolean): EvidenceItem[] =>
    unknownBool.map((id) => {
      const onlyNeg = signs.neg.has(id) && !signs.pos.has(id);
      const present = worst ? !onlyNeg : onlyNeg;
      return { id, state: present ? 'present' : 'absent' };
    });
  const numberOptions = (id: NumberFindingId, probes: number[]): (EvidenceItem | undefined)[] =>
    mentioned.has(id) ? [undefined] : probes.map((value) => ({ id, state: 'present' as const, value }));
  const durations = numberOptions('duration_days', DURATION_PROBES);
  const pains = numberOptions('pain_severity', PAIN_PROBES);
  const known = input.evidence.filter((e) => mentioned.has(e.id));
  let min: TriageLevel = 'emergency';
  let max: TriageLevel = 'self_care';
  for (const worst of [false, true]) {
    const filled = fill(worst);
    for (const d of durations) {
      for (const p of pains) {
        const evidence = [...known, ...filled, ...(d ? [d] : []), ...(p ? [p] : [])];
        const level = triageLevel(kb, toEvidence({ age: input.age, sex: input.sex, evidence }));
        if (!worst && urgencyRank(level) < urgencyRank(min)) min = level;
        if (worst && urgencyRank(level) > urgencyRank(max)) max = level;
      }
    }
  }
  if (urgencyRank(min) > urgencyRank(max)) max = min;
  return { min, max };
}

function visibleItems(kb: LoadedKnowledge, q: QuestionSpec, ev: Evidence): string[] {
  if (q.askIf && !holds(q.askIf, ev)) return [];
  return q.items.filter((id) => {
    const f = kb.findingById.get(id);
    return !f?.askIf || holds(f.askIf, ev);
  });
}

function toQuestion(kb: LoadedKnowledge, q: QuestionSpec, items: readonly string[]): Question {
  const first = items[0] as string;
  const number = q.type === 'number' ? NUMBER_FINDINGS[first as NumberFindingId] : undefined;
  return {
    id: q.id,
    text: q.text,
    why: q.why,
    type: q.type,
    items: items.map((id) => ({ findingId: id, text: kb.findingById.get(id)?.text ?? id })),
    ...(number
      ? {
          min: number.min,
          ...(Number.isFinite(number.max) ? { max: number.max } : {}),
          unit: first === 'pain_severity' ? '0-10' : 'days',
        }
      : {}),
    phase: q.phase,
  };
}

export function nextStep(kb: LoadedKnowledge, input: AssessmentInput): InterviewStep {
  const next = nextQuestion(kb, input);
  if (!next) return { done: true, assessment: assess(kb, input) };
  return { done: false, question: next.question, progress: next.progress };
}

export function nextQuestion(
  kb: LoadedKnowledge,
  input: AssessmentInput,
): { question: Question; progress: { asked: number; remainingEstimate: number } } | undefined {
  const ev = toEvidence(input);
  const mentioned = new Set(input.evidence.map((e) => e.id));
  const signs = ruleSigns(kb);
  const pendingOf = (q: QuestionSpec) => visibleItems(kb, q, ev).filter((id) => !mentioned.has(id));
  const asked = kb.questions.filter((q) => {
    const vis = visibleItems(kb, q, ev);
    return vis.length > 0 && vis.every((id) => mentioned.has(id));
  }).length;
  const ask = (q: QuestionSpec, items: string[], remaining: number) => ({
    question: toQuestion(kb, q, items),
    progress: { asked, remainingEstimate: remaining },
  });

  const bounds = levelBounds(kb, input);
  if (bounds.min === 'emergency') return undefined;
  const settled = bounds.min === bounds.max;

  const safety = kb.questions.filter((q) => q.phase === 'safety').sort((a, b) => a.order - b.order);
  const safetyLeft = safety.filter((q) => pendingOf(q).length > 0);
  for (const q of safetyLeft) {
    const pending = pendingOf(q);
    const forTriage =
      !settled &&
      pending.some((id) => {
        const top = signs.topLevel.get(id);
        return top !== undefined && urgencyRank(top) > urgencyRank(bounds.min);
      });
    const forPlan = pending.some((id) => signs.planRelevant.has(id));
    if (forTriage || forPlan) return ask(q, pending, safetyLeft.length + 2);
  }

  return nextCauseQuestion(kb, input, ev, mentioned, asked, pendingOf);
}

function nextCauseQuestion(
  kb: LoadedKnowledge,
  input: AssessmentInput,
  ev: Evidence,
  mentioned: ReadonlySet<string>,
  asked: number,
  pendingOf: (q: QuestionSpec) => string[],
) {
  const signs = ruleSigns(kb);
  const causeQuestions = kb.questions.filter((q) => q.phase === 'causes');
  const causeAsked = causeQuestions.filter((q) => {
    const vis = visibleItems(kb, q, ev);
    return vis.length > 0 && vis.some((id) => mentioned.has(id));
  }).length;
  if (causeAsked >= MAX_CAUSE_QUESTIONS) return undefined;

  const probs = normalise(logScores(kb, ev));
  const top = topIds(probs, 3);
  let best: { q: QuestionSpec; items: string[]; gain: number } | undefined;
  for (const q of kb.questions) {
    const items = pendingOf(q).filter((id) => signs.causeRelevant.has(id) && !(id in NUMBER_FINDINGS));
    if (items.length === 0) continue;
    let gain = 0;
    let canChange = false;
    for (const id of items) {
      const g = itemGain(kb, input, ev, id, probs, top);
      gain += g.gain;
      canChange ||= g.changesTop;
    }
    if (!canChange || gain < MIN_GAIN_BITS) continue;
    if (!best || gain > best.gain) best = { q, items, gain };
  }
  if (!best) return undefined;
  return {
    question: toQuestion(kb, best.q, best.items),
    progress: { asked, remainingEstimate: Math.max(1, MAX_CAUSE_QUESTIONS - causeAsked - 1) },
  };
}

function topIds(probs: readonly number[], k: number): number[] {
  return probs
    .map((p, i) => [p, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k)
    .map(([, i]) => i);
}

function entropy(probs: readonly number[]): number {
  let h = 0;
  for (const p of probs) if (p > 0) h -= p * Math.log2(p);
  return h;
}

/**
 * Expected entropy reduction of the cause distribution from learning one yes/no finding, and whether
 * either answer would change the most likely cause or the set of the three most likely.
 * P(finding | cause) is derived from each cause's likelihood ratio against a reference frequency
 * of the finding, itself derived from the ratio pairs (see README: how the interview chooses).
 */
function itemGain(
  kb: LoadedKnowledge,
  input: AssessmentInput,
  _ev: Evidence,
  id: string,
  probs: readonly number[],
  top: readonly number[],
): { gain: number; changesTop: boolean } {
  const q = referenceFrequency(kb, id);
  let pPresent = 0;
  kb.causes.forEach((c, i) => {
    const r = c.ratios.find((x) => x.finding === id);
    const lr = r?.present ?? 1;
    pPresent += (probs[i] ?? 0) * Math.min(0.999, Math.max(0.001, lr * q));
  });
  let expected = 0;
  let changesTop = false;
  for (const state of ['present', 'absent'] as const) {
    const after = normalise(
      logScores(kb, toEvidence({ ...input, evidence: [...input.evidence, { id, state }] })),
    );
    const w = state === 'present' ? pPresent : 1 - pPresent;
    expected += w * entropy(after);
    const t = topIds(after, 3);
    if (t[0] !== top[0] || new Set(t).size !== new Set([...t, ...top]).size) changesTop = true;
  }
  return { gain: Math.max(0, entropy(probs) - expected), changesTop };
}

const freqCache = new WeakMap<LoadedKnowledge, Map<string, number>>();

function referenceFrequency(kb: LoadedKnowledge, id: string): number {
  let cache = freqCache.get(kb);
  if (!cache) {
    cache = new Map();
    freqCache.set(kb, cache);
  }
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  const derived: number[] = [];
  for (const c of kb.causes) {
    const r = c.ratios.find((x) => x.finding === id);
    if (!r || r.present === undefined || r.absent === undefined || r.present === r.absent) continue;
    const f = (1 - r.absent) / (r.present - r.absent);
    if (f > 0 && f < 1) derived.push(f);
  }
  derived.sort((a, b) => a - b);
  const q = derived.length > 0 ? (derived[Math.floor(derived.length / 2)] as number) : 0.2;
  cache.set(id, q);
  return q;
}
