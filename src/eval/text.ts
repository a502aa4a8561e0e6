/**
 * Scores the story parser on cases that have a `text`: how well the parsed evidence matches the case's
 * findings, and how an interview seeded from the story and finished by the simulated patient ends.
 *
 * - Precision and recall of present findings (a number finding counts when it is present with a value).
 * - Recall of warning signs: findings that any triage rule reads positively.
 * - Wrong absents: a finding present in the case, parsed as absent. Never acceptable.
 * - The check from the story: it starts from the story's chips as the person checks them (`seedFor`:
 *   kept findings answered, mentioned warning signs pre-ticked on their screens and asked first, denied
 *   ones asked as for anyone; "unknown" asked again), and the patient answers the rest, so every warning
 *   sign the story left open is still asked when it could change the level. Triage, under-triage, the
 *   right cause in the top three, question screens, and words read before the result (as evaluate.ts
 *   counts them, plus the story step: its invitation, which everyone reads, and the chips to check),
 *   beside the same check with the story skipped.
 * Pure: the CLI reads the files.
 */
import { type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type { EvidenceItem } from '../contract/input.ts';
import { renderer } from '../i18n/catalogs.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { chipsOf, screenWarningSigns, seedFromChips, warningSigns } from '../parse/seed.ts';
import type { ParseInput, ParseOutput } from '../parse/types.ts';
import type { Case } from './case.ts';
import { median, runInterview } from './evaluate.ts';
import { storyConfirmWords, storyInviteWords } from './reading.ts';

export type Parser = (input: ParseInput) => ParseOutput;

export { warningSigns };

/**
 * What a story settles for the interview once the person has checked its chips (src/parse/seed.ts).
 * The simulated person keeps every chip, wrong ones included (a person in pain may not notice). Warning
 * signs the story mentions are suggested, not answered; those it denies are no chips, and are asked.
 */
export function seedFor(parsed: ParseOutput, warning: ReadonlySet<string>, pretick: ReadonlySet<string>) {
  const chips = chipsOf(parsed.evidence, warning);
  return { chips, ...seedFromChips(chips, new Set(chips.map((ch) => ch.id)), pretick) };
}

/** Everything a story settled, present or absent, before any check by the person (for comparison). */
export function seedFrom(parsed: ParseOutput): EvidenceItem[] {
  return parsed.evidence
    .filter((e) => e.state !== 'unknown')
    .map((e) =>
      e.value !== undefined ? { id: e.id, state: e.state, value: e.value } : { id: e.id, state: e.state },
    );
}

export interface ValueCheck {
  readonly id: string;
  readonly gold: number;
  readonly parsed: number | undefined;
  readonly close: boolean;
}

export interface TextCaseResult {
  readonly id: string;
  readonly falsePositives: readonly string[];
  readonly falseNegatives: readonly string[];
  readonly truePositives: number;
  readonly goldPresent: number;
  readonly warningGold: number;
  readonly warningFound: number;
  readonly warningMissed: readonly string[];
  readonly wrongAbsents: readonly string[];
  readonly values: readonly ValueCheck[];
  readonly seeded: {
    readonly gold: readonly TriageLevel[];
    readonly level: TriageLevel;
    readonly triageOk: boolean;
    readonly underTriage: boolean;
    readonly overTriage: boolean;
    readonly top3: boolean | null;
    /** Question screens after the story step. */
    readonly questions: number;
    /** Words read before the result: the story step (invitation and chips) and the questions. */
    readonly words: number;
    /** Of which the chips to check (the invitation is read by everyone, so it is in both). */
    readonly storyWords: number;
  };
  /** The same case's interview from nothing (the story step skipped), for comparison. */
  readonly plain: { readonly questions: number; readonly words: number };
}

export interface TextMetrics {
  readonly cases: number;
  readonly precision: number;
  readonly recall: number;
  readonly warningRecall: number;
  readonly wrongAbsents: number;
  readonly valuesClose: number;
  readonly valuesTotal: number;
  readonly seeded: {
    readonly triageAccuracy: number;
    readonly underTriage: number;
    readonly overTriage: number;
    readonly top3: number | null;
    readonly questionsMedian: number;
    readonly wordsMedian: number;
    readonly wordsMax: number;
    /** The chips to check, median: part of `wordsMedian`'s words. */
    readonly storyWordsMedian: number;
    /** Cases whose seeded interview had the person read more words than the one from nothing. */
    readonly moreWordsThanPlain: number;
  };
  readonly plain: { readonly questionsMedian: number; readonly wordsMedian: number };
}

/** A pain score within half a point; a duration within a day or a fifth of it. */
function close(id: string, gold: number, parsed: number | undefined): boolean {
  if (parsed === undefined) return false;
  if (id === 'pain_severity') return Math.abs(gold - parsed) <= 0.5;
  return Math.abs(gold - parsed) <= Math.max(1, gold * 0.2);
}

export function scoreText(
  kb: LoadedKnowledge,
  c: Case,
  parse: Parser,
  warning: ReadonlySet<string>,
  pretick: ReadonlySet<string> = screenWarningSigns(kb),
): TextCaseResult {
  const parsed = parse({ text: c.text ?? '', age: c.age, sex: c.sex });
  // Case files name findings as strings (validated on load), so the parsed ids are compared as strings.
  const present = new Set<string>(
    parsed.evidence
      .filter(
        (e) =>
          e.state === 'present' &&
          (e.value !== undefined || !['pain_severity', 'duration_days'].includes(e.id)),
      )
      .map((e) => e.id),
  );
  const absent = new Set<string>(parsed.evidence.filter((e) => e.state === 'absent').map((e) => e.id));
  const gold = new Set(c.present);
  const fp = [...present].filter((id) => !gold.has(id));
  const fn = [...gold].filter((id) => !present.has(id));
  const warnGold = [...gold].filter((id) => warning.has(id));
  const values: ValueCheck[] = Object.entries(c.values ?? {}).map(([id, g]) => {
    const v = parsed.evidence.find((e) => e.id === id)?.value;
    return { id, gold: g, parsed: v, close: close(id, g, v) };
  });

  const seed = seedFor(parsed, warning, pretick);
  const run = runInterview(kb, c, seed.answers, new Set(seed.suggested));
  const r = renderer('en');
  // Everyone reads the story step's invitation; only a story adds the chips to check.
  const invite = storyInviteWords(r);
  const confirm = storyConfirmWords(seed.chips, r);
  const plain = runInterview(kb, c);
  const goldLevels = (Array.isArray(c.gold.triage) ? c.gold.triage : [c.gold.triage]) as TriageLevel[];
  const level = run.assessment.triage.level;
  const rank = urgencyRank(level);
  const top = run.assessment.causes.slice(0, 3).map((x) => x.id);
  return {
    id: c.id,
    falsePositives: fp,
    falseNegatives: fn,
    truePositives: gold.size - fn.length,
    goldPresent: gold.size,
    warningGold: warnGold.length,
    warningFound: warnGold.filter((id) => present.has(id)).length,
    warningMissed: warnGold.filter((id) => !present.has(id)),
    wrongAbsents: [...gold].filter((id) => absent.has(id)),
    values,
    seeded: {
      gold: goldLevels,
      level,
      triageOk: goldLevels.includes(level),
      underTriage: goldLevels.every((g) => rank < urgencyRank(g)),
      overTriage: goldLevels.every((g) => rank > urgencyRank(g)),
      top3: c.gold.causes.length > 0 ? top.some((id) => c.gold.causes.includes(id)) : null,
      questions: run.questions,
      words: invite + confirm + run.words,
      storyWords: confirm,
    },
    plain: { questions: plain.questions, words: invite + plain.words },
  };
}

export function summariseText(results: readonly TextCaseResult[]): TextMetrics {
  const sum = (f: (r: TextCaseResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const tp = sum((r) => r.truePositives);
  const fp = sum((r) => r.falsePositives.length);
  const gold = sum((r) => r.goldPresent);
  const withCauses = results.filter((r) => r.seeded.top3 !== null);
  const words = results.map((r) => r.seeded.words);
  return {
    cases: results.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: gold === 0 ? 1 : tp / gold,
    warningRecall:
      sum((r) => r.warningGold) === 0 ? 1 : sum((r) => r.warningFound) / sum((r) => r.warningGold),
    wrongAbsents: sum((r) => r.wrongAbsents.length),
    valuesClose: sum((r) => r.values.filter((v) => v.close).length),
    valuesTotal: sum((r) => r.values.length),
    seeded: {
      triageAccuracy:
        results.length === 0 ? 0 : results.filter((r) => r.seeded.triageOk).length / results.length,
      underTriage: results.filter((r) => r.seeded.underTriage).length,
      overTriage: results.filter((r) => r.seeded.overTriage).length,
      top3:
        withCauses.length === 0 ? null : withCauses.filter((r) => r.seeded.top3).length / withCauses.length,
      questionsMedian: median(results.map((r) => r.seeded.questions)),
      wordsMedian: median(words),
      wordsMax: words.length === 0 ? 0 : Math.max(...words),
      storyWordsMedian: median(results.map((r) => r.seeded.storyWords)),
      moreWordsThanPlain: results.filter((r) => r.seeded.words > r.plain.words).length,
    },
    plain: {
      questionsMedian: median(results.map((r) => r.plain.questions)),
      wordsMedian: median(results.map((r) => r.plain.words)),
    },
  };
}

/** Scores every case with a text; cases without one are left out. */
export function evaluateText(
  kb: LoadedKnowledge,
  cases: readonly Case[],
  parse: Parser,
): { metrics: TextMetrics; results: TextCaseResult[] } {
  const warning = warningSigns(kb);
  const pretick = screenWarningSigns(kb);
  const results = cases
    .filter((c) => c.text !== undefined)
    .map((c) => scoreText(kb, c, parse, warning, pretick));
  return { metrics: summariseText(results), results };
}
