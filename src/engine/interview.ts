/**
 * The adaptive interview. Stateless: from the answers so far it picks the next question or says it is done.
 *
 * 1. Safety first. Questions are taken in the knowledge base's order (red flags first, grouped on one
 *    screen where natural) while the triage level is not settled: a question is asked when some answer
 *    to it could still make the level more or less urgent. Once nothing could move the level away from
 *    emergency, the interview stops: the person must act, not answer more questions.
 * 2. Personal safety. Conditions and medicines that change what the plan may advise are asked unless
 *    the level is an emergency.
 * 3. Causes. The question with the largest expected information gain about the cause is asked, while
 *    some answer to it could still change the most likely cause or the three most likely; then done.
 */
import {
  type FindingId,
  NUMBER_FINDINGS,
  type NumberFindingId,
  type TriageLevel,
  urgencyRank,
} from '../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { InterviewProgress, InterviewStep, Question } from '../contract/output.ts';
import { mentions, walkCond } from '../knowledge/conditions.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { Cond, QuestionSpec, TriageRule } from '../knowledge/types.ts';
import { assess } from './assess.ts';
import { holds, truth } from './conditions.ts';
import { logScores, normalise } from './differential.ts';
import { type Evidence, toEvidence } from './evidence.ts';
import { triageLevel, unansweredWarningSigns } from './triage.ts';

/** No interview should need more than this many cause questions; beyond it the answers add little. */
export const MAX_CAUSE_QUESTIONS = 5;
/** Below this expected information gain (bits) a cause question is not worth the person's time. */
export const MIN_GAIN_BITS = 0.03;

interface Analysis {
  /** Finding ids mentioned positively / negatively in any triage rule. */
  readonly pos: ReadonlySet<string>;
  readonly neg: ReadonlySet<string>;
  readonly triageRelevant: ReadonlySet<string>;
  readonly planRelevant: ReadonlySet<string>;
  readonly causeRelevant: ReadonlySet<string>;
  /** Values that land on each side of every threshold the rules use, for probing unknown numbers. */
  readonly probes: Readonly<Record<NumberFindingId, readonly number[]>>;
  readonly ordered: readonly QuestionSpec[];
  /** The rules split by whether they read a number, so probing numbers re-checks only the few that do. */
  readonly numberFree: { readonly triageRules: readonly TriageRule[] };
  readonly numberDependent: { readonly triageRules: readonly TriageRule[] };
}

const analysisCache = new WeakMap<LoadedKnowledge, Analysis>();

function analyse(kb: LoadedKnowledge): Analysis {
  const cached = analysisCache.get(kb);
  if (cached) return cached;
  const pos = new Set<string>();
  const neg = new Set<string>();
  const thresholds: Record<NumberFindingId, Set<number>> = {
    pain_severity: new Set(),
    duration_days: new Set(),
  };
  const thresholdsOf = (c: Cond) => {
    if (c.op === 'num')
      for (const t of [c.gte, c.gt, c.lte, c.lt]) if (t !== undefined) thresholds[c.id].add(t);
  };
  for (const r of kb.triageRules) {
    walkCond(r.when, thresholdsOf);
    for (const [id, signs] of mentions(r.when)) {
      if (signs.has('pos')) pos.add(id);
      if (signs.has('neg')) neg.add(id);
    }
  }
  // One value in each region the thresholds cut the range into (below, at, between, above): enough
  // to reach every combination of number conditions the rules can express.
  const probes = {} as Record<NumberFindingId, number[]>;
  for (const id of Object.keys(thresholds) as NumberFindingId[]) {
    const range = NUMBER_FINDINGS[id];
    const ts = [...thresholds[id]].sort((x, y) => x - y);
    const values = new Set<number>([range.min]);
    ts.forEach((t, i) => {
      values.add(t);
      const next = ts[i + 1];
      values.add(next === undefined ? Math.min(range.max, t + 1) : (t + next) / 2);
    });
    probes[id] = [...values].filter((v) => v >= range.min && v <= range.max).sort((x, y) => x - y);
  }
  const planRelevant = new Set<string>();
  for (const r of kb.safetyRules) for (const id of mentions(r.when).keys()) planRelevant.add(id);
  const causeRelevant = new Set<string>();
  for (const c of kb.causes) for (const r of c.ratios) causeRelevant.add(r.finding);
  const phaseRank = (q: QuestionSpec) => (q.phase === 'safety' ? 0 : 1);
  const ordered = [...kb.questions].sort((a, b) => phaseRank(a) - phaseRank(b) || a.order - b.order);
  const readsNumber = (r: TriageRule) => [...mentions(r.when).keys()].some((id) => id in NUMBER_FINDINGS);
  const analysis = {
    pos,
    neg,
    triageRelevant: new Set([...pos, ...neg]),
    planRelevant,
    causeRelevant,
    probes,
    ordered,
    numberFree: { triageRules: kb.triageRules.filter((r) => !readsNumber(r)) },
    numberDependent: { triageRules: kb.triageRules.filter(readsNumber) },
  };
  analysisCache.set(kb, analysis);
  return analysis;
}

/**
 * The least and most urgent levels still possible: every unknown finding that could still apply set to
 * its most reassuring (or most worrying) answer, and unknown numbers probed on both sides of every
 * threshold. `assume` adds answers on top of the input, to ask "what if this question were answered".
 */
export function levelBounds(
  kb: LoadedKnowledge,
  input: AssessmentInput,
  assume: readonly EvidenceItem[] = [],
): { min: TriageLevel; max: TriageLevel } {
  const a = analyse(kb);
  // Every answer given counts as known, "I don't know" included: it will not be asked again, so it
  // stays unknown (and rules that treat "not sure" as a warning see it), rather than being probed.
  const known = [...input.evidence.filter((e) => !assume.some((x) => x.id === e.id)), ...assume];
  const knownIds = new Set(known.map((e) => e.id));
  const ev = toEvidence({ ...input, evidence: known }, kb.findings);
  const open = [...a.triageRelevant].filter((id) => {
    if (knownIds.has(id) || id in NUMBER_FINDINGS) return false;
    const f = kb.findingById.get(id);
    return !f?.askIf || truth(f.askIf, ev) !== 'false';
  });
  const fill = (worst: boolean): EvidenceItem[] =>
    open.map((id) => {
      const onlyNeg = a.neg.has(id) && !a.pos.has(id);
      return { id, state: worst !== onlyNeg ? 'present' : 'absent' };
    });
  const numberOptions = (id: NumberFindingId): (EvidenceItem | undefined)[] =>
    knownIds.has(id)
      ? [undefined]
      : [undefined, ...a.probes[id].map((value) => ({ id, state: 'present' as const, value }))];
  const durations = numberOptions('duration_days');
  const pains = numberOptions('pain_severity');
  let min: TriageLevel = 'emergency';
  let max: TriageLevel = 'self_care';
  const higher = (x: TriageLevel, y: TriageLevel) => (urgencyRank(x) >= urgencyRank(y) ? x : y);
  for (const worst of [false, true]) {
    const filled = [...known, ...fill(worst)];
    const base = triageLevel(
      a.numberFree,
      toEvidence({ age: input.age, sex: input.sex, evidence: filled }, kb.findings),
    );
    for (const d of durations) {
      for (const p of pains) {
        const evidence = [...filled, ...(d ? [d] : []), ...(p ? [p] : [])];
        const level =
          base === 'emergency'
            ? base
            : higher(
                base,
                triageLevel(
                  a.numberDependent,
                  toEvidence({ age: input.age, sex: input.sex, evidence }, kb.findings),
                ),
              );
        if (!worst && urgencyRank(level) < urgencyRank(min)) min = level;
        if (worst && urgencyRank(level) > urgencyRank(max)) max = level;
      }
    }
  }
  if (urgencyRank(min) > urgencyRank(max)) max = min;
  return { min, max };
}

function visibleItems(kb: LoadedKnowledge, q: QuestionSpec, ev: Evidence): FindingId[] {
  if (q.askIf && !holds(q.askIf, ev)) return [];
  return q.items.filter((id) => {
    const f = kb.findingById.get(id);
    return !f?.askIf || holds(f.askIf, ev);
  });
}

/**
 * The question as asked. A gateway opens it only when the whole screen is still to be answered and
 * holds more than one item: with one item left, the item is the question.
 */
function toQuestion(q: QuestionSpec, items: readonly FindingId[], whole: boolean): Question {
  const first = items[0] as FindingId;
  const number = q.type === 'number' ? NUMBER_FINDINGS[first as NumberFindingId] : undefined;
  return {
    id: q.id,
    type: q.type,
    gateway: q.gateway !== undefined && whole && items.length > 1,
    warning: q.warning === true,
    items: items.map((id) => ({ findingId: id })),
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

/** A safety screen as asked now: its unanswered items that can change the level, plan or causes. */
function composeQuestion(
  kb: LoadedKnowledge,
  q: QuestionSpec,
  ev: Evidence,
  mentioned: ReadonlySet<string>,
): Question {
  const a = analyse(kb);
  const visible = visibleItems(kb, q, ev);
  const shown = visible.filter(
    (id) =>
      !mentioned.has(id) && (a.triageRelevant.has(id) || a.planRelevant.has(id) || a.causeRelevant.has(id)),
  );
  // A gateway asks about a whole screen. Part of it answered "no" (a denial from the person's story
  // that they confirmed) leaves its yes/no question true for the rest; once an item is answered yes or
  // not sure, the rest is asked as a list.
  const whole = visible.every((id) => !mentioned.has(id) || ev.state(id) === 'absent');
  return toQuestion(q, shown, whole);
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
  const q = kb.questions.find((x) => x.id === id && x.phase === 'safety');
  if (!q) return undefined;
  const ev = toEvidence(input, kb.findings);
  const question = composeQuestion(kb, q, ev, new Set(input.evidence.map((e) => e.id)));
  return question.items.length > 0 ? question : undefined;
}

export function nextStep(kb: LoadedKnowledge, input: AssessmentInput): InterviewStep {
  const next = nextQuestion(kb, input);
  if (!next) return { done: true, assessment: assess(kb, input) };
  return { done: false, question: next.question, progress: next.progress };
}

/** Whether an answer to these items could move either bound of the triage level. */
function movesBounds(
  kb: LoadedKnowledge,
  input: AssessmentInput,
  items: readonly string[],
  bounds: { min: TriageLevel; max: TriageLevel },
): boolean {
  const a = analyse(kb);
  const relevant = items.filter((id) => a.triageRelevant.has(id));
  if (relevant.length === 0) return false;
  // An unknown number is probed across its range by levelBounds, so its answer can always move a bound.
  if (relevant.some((id) => id in NUMBER_FINDINGS)) return true;
  const set = (worst: boolean): EvidenceItem[] =>
    relevant.map((id) => {
      const onlyNeg = a.neg.has(id) && !a.pos.has(id);
      return { id, state: worst !== onlyNeg ? 'present' : 'absent' };
    });
  const ifBest = levelBounds(kb, input, set(false));
  if (urgencyRank(ifBest.max) < urgencyRank(bounds.max)) return true;
  const ifWorst = levelBounds(kb, input, set(true));
  return urgencyRank(ifWorst.min) > urgencyRank(bounds.min);
}

export function nextQuestion(
  kb: LoadedKnowledge,
  input: AssessmentInput,
): { question: Question; progress: InterviewProgress } | undefined {
  const a = analyse(kb);
  const ev = toEvidence(input, kb.findings);
  const mentioned = new Set(input.evidence.map((e) => e.id));
  const pendingOf = (q: QuestionSpec): FindingId[] =>
    visibleItems(kb, q, ev).filter((id) => !mentioned.has(id));
  const asked = kb.questions.filter((q) => {
    const vis = visibleItems(kb, q, ev);
    return vis.length > 0 && vis.every((id) => mentioned.has(id));
  }).length;

  const bounds = levelBounds(kb, input);
  if (bounds.min === 'emergency') return undefined;
  const settled = bounds.min === bounds.max;

  // Warning signs that a result would have to list as unanswered are always asked, so a finished
  // check is never held at "see a GP" only because something was not asked.
  const unanswered = new Set<string>(unansweredWarningSigns(kb, ev, triageLevel(kb, ev)));
  const safetyLeft = a.ordered.filter((q) => q.phase === 'safety' && pendingOf(q).length > 0).length;
  for (const q of a.ordered) {
    const pending = pendingOf(q);
    if (pending.length === 0) continue;
    const forPlan = q.phase === 'safety' && pending.some((id) => a.planRelevant.has(id));
    if (
      forPlan ||
      pending.some((id) => unanswered.has(id)) ||
      (!settled && movesBounds(kb, input, pending, bounds))
    ) {
      return {
        question: composeQuestion(kb, q, ev, mentioned),
        progress: { asked, remainingEstimate: safetyLeft + 2 },
      };
    }
  }
  return nextCauseQuestion(kb, input, ev, mentioned, asked, pendingOf);
}

function nextCauseQuestion(
  kb: LoadedKnowledge,
  input: AssessmentInput,
  ev: Evidence,
  mentioned: ReadonlySet<string>,
  asked: number,
  pendingOf: (q: QuestionSpec) => FindingId[],
): { question: Question; progress: InterviewProgress } | undefined {
  const a = analyse(kb);
  const causeAsked = kb.questions.filter(
    (q) => q.phase === 'causes' && visibleItems(kb, q, ev).some((id) => mentioned.has(id)),
  ).length;
  if (causeAsked >= MAX_CAUSE_QUESTIONS) return undefined;

  const probs = normalise(logScores(kb, ev));
  const top = topIds(probs, 3);
  let best: { q: QuestionSpec; items: FindingId[]; gain: number } | undefined;
  for (const q of a.ordered) {
    const items = pendingOf(q).filter((id) => a.causeRelevant.has(id) && !(id in NUMBER_FINDINGS));
    if (items.length === 0) continue;
    let gain = 0;
    let canChange = false;
    for (const id of items) {
      const g = itemGain(kb, input, id, probs, top);
      gain += g.gain;
      canChange ||= g.changesTop;
    }
    if (!canChange || gain < MIN_GAIN_BITS) continue;
    if (!best || gain > best.gain) best = { q, items: pendingOf(q), gain };
  }
  if (!best) return undefined;
  return {
    question: toQuestion(best.q, best.items, best.items.length === visibleItems(kb, best.q, ev).length),
    progress: { asked, remainingEstimate: Math.max(1, MAX_CAUSE_QUESTIONS - causeAsked - 1) },
  };
}

function topIds(probs: readonly number[], k: number): number[] {
  return probs
    .map((p, i) => [p, i] as const)
    .sort((x, y) => y[0] - x[0])
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
 * P(finding | cause) comes from each cause's likelihood ratio times a reference frequency of the
 * finding, itself derived from the causes' pairs of ratios (present, absent).
 */
function itemGain(
  kb: LoadedKnowledge,
  input: AssessmentInput,
  id: string,
  probs: readonly number[],
  top: readonly number[],
): { gain: number; changesTop: boolean } {
  const q = referenceFrequency(kb, id);
  let pPresent = 0;
  kb.causes.forEach((c, i) => {
    const lr = c.ratios.find((x) => x.finding === id)?.present ?? 1;
    pPresent += (probs[i] ?? 0) * Math.min(0.999, Math.max(0.001, lr * q));
  });
  let expected = 0;
  let changesTop = false;
  for (const state of ['present', 'absent'] as const) {
    const after = normalise(
      logScores(kb, toEvidence({ ...input, evidence: [...input.evidence, { id, state }] }, kb.findings)),
    );
    expected += (state === 'present' ? pPresent : 1 - pPresent) * entropy(after);
    const t = topIds(after, 3);
    if (t[0] !== top[0] || t.some((i) => !top.includes(i))) changesTop = true;
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
  derived.sort((x, y) => x - y);
  const freq = derived.length > 0 ? (derived[Math.floor(derived.length / 2)] as number) : 0.2;
  cache.set(id, freq);
  return freq;
}
