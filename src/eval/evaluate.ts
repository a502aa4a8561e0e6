/**
 * Scores the engine on cases, in one-shot mode (everything the case says at once) and in interview mode
 * (a simulated patient answers only what the interview asks). Pure: the CLI reads the files.
 */
import { type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { Assessment, Question } from '../contract/output.ts';
import { assess } from '../engine/assess.ts';
import { answerBundle, nextScreen } from '../engine/screens.ts';
import { renderer } from '../i18n/catalogs.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { answer, type Case, fullInput } from './case.ts';
import { bundleWords, countWords, wordsShown } from './reading.ts';

export type Mode = 'one-shot' | 'interview';

/** A guard against an interview that never ends; far above any sensible interview. */
export const MAX_STEPS = 80;

export interface CaseResult {
  readonly id: string;
  readonly gold: readonly TriageLevel[];
  readonly level: TriageLevel;
  readonly triageOk: boolean;
  readonly underTriage: boolean;
  readonly overTriage: boolean;
  readonly topCauses: readonly string[];
  readonly goldCauses: readonly string[];
  readonly top1: boolean | null;
  readonly top3: boolean | null;
  readonly questions: number;
  /** Words read before the result (English), gateways counted as the person meets them. */
  readonly words: number;
  /** Words read if every gateway's list were opened too (a client that shows lists at once). */
  readonly wordsListsOpen: number;
  /** The most items any screen showed. */
  readonly maxItems: number;
}

export interface Metrics {
  readonly mode: Mode;
  readonly cases: number;
  readonly triageAccuracy: number;
  readonly underTriage: number;
  readonly underTriageRate: number;
  readonly overTriage: number;
  readonly emergencySensitivity: number | null;
  readonly selfCareAccuracy: number | null;
  readonly top1: number | null;
  readonly top3: number | null;
  /** Top-3 cause accuracy on the cases whose gold level is emergency. */
  readonly emergencyTop3: number | null;
  readonly questionsMedian: number;
  readonly questionsMean: number;
  readonly questionsMax: number;
  readonly wordsMedian: number;
  readonly wordsMax: number;
  readonly wordsListsOpenMedian: number;
  readonly itemsPerScreenMax: number;
}

/**
 * A simulated patient finishes the interview, screen by screen as the web app shows it (gateways of one
 * kind asked together, src/engine/screens.ts). `seed` is what is known before the first screen (the
 * answers a checked story gave); `suggested` the warning signs the story mentioned, which open their
 * screens as lists with those items pre-ticked for the person to confirm. The patient answers every
 * screen from the case, pre-ticks or not.
 */
export function runInterview(
  kb: LoadedKnowledge,
  c: Case,
  seed: readonly EvidenceItem[] = [],
  suggested: ReadonlySet<string> = new Set(),
): {
  assessment: Assessment;
  questions: number;
  words: number;
  wordsListsOpen: number;
  maxItems: number;
  input: AssessmentInput;
} {
  const r = renderer('en');
  let input: AssessmentInput = { age: c.age, sex: c.sex, evidence: [...seed] };
  let words = 0;
  let wordsListsOpen = 0;
  let maxItems = 0;
  const opened = new Set<string>();
  let lastWasBundle = false;
  let bundles = 0;
  const fromStory = (q: Question) => q.items.some((i) => suggested.has(i.findingId));
  const isOpen = (q: Question) => opened.has(q.id) || fromStory(q);
  for (let step = 0; step < MAX_STEPS; step++) {
    const s = nextScreen(kb, input, { opened, suggested });
    if (s.done) return { assessment: s.assessment, questions: step, words, wordsListsOpen, maxItems, input };
    const applies = (q: Question) => q.items.some((i) => answer(c, i.findingId).state !== 'absent');
    for (const q of s.questions) {
      wordsListsOpen += wordsShown({ ...q, gateway: false }, r, true);
      maxItems = Math.max(maxItems, q.items.length);
    }
    if (s.questions.length > 1) {
      // Several gateways on one screen: the person ticks the lines where something applies or they
      // are not sure; those lists come next, the rest are "no".
      words += bundleWords(s.questions, r, lastWasBundle, bundles);
      lastWasBundle = true;
      bundles++;
      maxItems = Math.max(maxItems, s.questions.length);
      const ticked = new Set(s.questions.filter(applies).map((q) => q.id));
      for (const id of ticked) opened.add(id);
      input = { ...input, evidence: [...input.evidence, ...answerBundle(s.questions, ticked)] };
      continue;
    }
    lastWasBundle = false;
    const q = s.questions[0] as Question;
    const answers = q.items.map((item) => answer(c, item.findingId));
    // A gateway already said yes to, or holding a sign from the story, shows its list at once; otherwise
    // the simulated person opens a gateway's list when an item applies to them or they are not sure.
    words += wordsShown(q, r, isOpen(q) || answers.some((a) => a.state !== 'absent'));
    if (fromStory(q)) words += countWords(r.text('story.fromStory'));
    input = { ...input, evidence: [...input.evidence, ...answers] };
  }
  throw new Error(`The interview for case ${c.id} did not finish within ${MAX_STEPS} screens.`);
}

export function scoreCase(kb: LoadedKnowledge, c: Case, mode: Mode): CaseResult {
  const run =
    mode === 'interview'
      ? runInterview(kb, c)
      : { assessment: assess(kb, fullInput(c)), questions: 0, words: 0, wordsListsOpen: 0, maxItems: 0 };
  const gold = (Array.isArray(c.gold.triage) ? c.gold.triage : [c.gold.triage]) as TriageLevel[];
  const level = run.assessment.triage.level;
  const rank = urgencyRank(level);
  const top = run.assessment.causes.map((x) => x.id);
  const goldCauses = c.gold.causes;
  const hasCauses = goldCauses.length > 0;
  return {
    id: c.id,
    gold,
    level,
    triageOk: gold.includes(level),
    underTriage: gold.every((g) => rank < urgencyRank(g)),
    overTriage: gold.every((g) => rank > urgencyRank(g)),
    topCauses: top.slice(0, 3),
    goldCauses,
    top1: hasCauses ? goldCauses.includes(top[0] ?? '') : null,
    top3: hasCauses ? top.slice(0, 3).some((id) => goldCauses.includes(id)) : null,
    questions: run.questions,
    words: run.words,
    wordsListsOpen: run.wordsListsOpen,
    maxItems: run.maxItems,
  };
}

const share = (xs: readonly boolean[]): number | null =>
  xs.length === 0 ? null : xs.filter(Boolean).length / xs.length;

export function median(values: readonly number[]): number {
  const xs = [...values].sort((a, b) => a - b);
  if (xs.length === 0) return 0;
  const half = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? (xs[half] as number) : ((xs[half - 1] as number) + (xs[half] as number)) / 2;
}

export function summarise(results: readonly CaseResult[], mode: Mode): Metrics {
  const qs = results.map((r) => r.questions).sort((a, b) => a - b);
  const emergencies = results.filter((r) => r.gold.every((g) => g === 'emergency'));
  const under = results.filter((r) => r.underTriage).length;
  return {
    mode,
    cases: results.length,
    triageAccuracy: share(results.map((r) => r.triageOk)) ?? 0,
    underTriage: under,
    underTriageRate: results.length === 0 ? 0 : under / results.length,
    overTriage: results.filter((r) => r.overTriage).length,
    emergencySensitivity: share(emergencies.map((r) => r.level === 'emergency')),
    selfCareAccuracy: share(
      results.filter((r) => r.gold.every((g) => g === 'self_care')).map((r) => r.level === 'self_care'),
    ),
    top1: share(results.filter((r) => r.top1 !== null).map((r) => r.top1 === true)),
    top3: share(results.filter((r) => r.top3 !== null).map((r) => r.top3 === true)),
    emergencyTop3: share(emergencies.filter((r) => r.top3 !== null).map((r) => r.top3 === true)),
    questionsMedian: median(qs),
    questionsMean: qs.length === 0 ? 0 : qs.reduce((a, b) => a + b, 0) / qs.length,
    questionsMax: qs.at(-1) ?? 0,
    wordsMedian: median(results.map((r) => r.words)),
    wordsMax: Math.max(0, ...results.map((r) => r.words)),
    wordsListsOpenMedian: median(results.map((r) => r.wordsListsOpen)),
    itemsPerScreenMax: Math.max(0, ...results.map((r) => r.maxItems)),
  };
}

export function evaluate(
  kb: LoadedKnowledge,
  cases: readonly Case[],
  mode: Mode,
): { metrics: Metrics; results: CaseResult[] } {
  const results = cases.map((c) => scoreCase(kb, c, mode));
  return { metrics: summarise(results, mode), results };
}
