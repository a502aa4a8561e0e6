/**
 * Screens as a person meets them, composed from the engine's questions without changing which questions
 * it asks or in what order (this file only calls `nextStep`).
 *
 * Yes/no gateways that come one after the other and are of the same kind (warning signs; or the
 * person's background: history, conditions, medicines) are asked together on one screen, one line per
 * gateway, "Do you have any of these?" with a "None of these" button: the way NHS 111 online asks its
 * red flags (one list with "none of these"; research/words-and-risk.md §2). A line ticked (yes or not
 * sure) opens that gateway's own list on its own screen next; a line left unticked is that gateway's
 * "no" to all of its items. So the evidence is what the person would have given answering the same
 * gateways one by one, and "None of these" gives exactly the answers of pressing each gateway's "no".
 *
 * The next gateways are found by asking the engine what it would ask if the lines before were answered
 * "no". The only screens shown out of the engine's order are warning-sign screens holding a sign the
 * person's story mentions: they come first, to be confirmed (see nextScreen).
 */
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { Assessment, InterviewProgress, Question } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { QuestionSpec } from '../knowledge/types.ts';
import { nextStep, safetyQuestion } from './interview.ts';

/**
 * At most this many gateways on one screen: the six items a screen may hold (as NHS 111 online keeps
 * its lists short), with "None of these" still in view on a 390 × 844 phone in every language (the
 * browser tests check every screen). Six, not five, saves the first warning-sign screen's sixth
 * gateway a screen of its own: about 17 words fewer before the result (docs/parse.md).
 */
export const MAX_BUNDLE = 6;

export type ScreenStep =
  | { readonly done: true; readonly assessment: Assessment }
  | {
      readonly done: false;
      /** One question, or several gateways asked together (then every one has `gateway: true`). */
      readonly questions: readonly Question[];
      readonly progress: InterviewProgress;
    };

/** The answers that say no to every item of a question (its gateway's "no"). */
export function noneOf(q: Question): EvidenceItem[] {
  return q.items.map((i) => ({ id: i.findingId, state: 'absent' as const }));
}

export interface ScreenOptions {
  /** Gateways the person already said yes or not sure to, on a screen of several: shown as their lists. */
  readonly opened?: ReadonlySet<string>;
  /** Warning signs the person's story mentions (and they kept): pre-ticked on their screens. */
  readonly suggested?: ReadonlySet<string>;
}

/**
 * The next screen. A warning-sign screen holding a sign the person's story mentions comes first, as its
 * list with that sign pre-ticked, so what they told us is confirmed before anything else (a story of
 * numbness around the bottom reaches "call 999" in one screen); then the engine's order, with runs of
 * gateways of one kind on one screen. A gateway already opened, or holding a sign from the story, is
 * never bundled: it is shown alone, as its list.
 */
export function nextScreen(
  kb: LoadedKnowledge,
  input: AssessmentInput,
  options: ScreenOptions = {},
): ScreenStep {
  const opened = options.opened ?? new Set<string>();
  const suggested = options.suggested ?? new Set<string>();
  const first = nextStep(kb, input);
  if (first.done) return first;
  const answered = new Set(input.evidence.map((e) => e.id));
  for (const spec of bankOrder(kb)) {
    if (!spec.warning || !spec.items.some((id) => suggested.has(id) && !answered.has(id))) continue;
    const q = safetyQuestion(kb, input, spec.id);
    if (q?.items.some((i) => suggested.has(i.findingId)))
      return { done: false, questions: [q], progress: first.progress };
  }
  const isOpen = (x: Question) => opened.has(x.id) || x.items.some((i) => suggested.has(i.findingId));
  const q = first.question;
  const bundles = (x: Question) => x.gateway && x.phase === 'safety' && !isOpen(x);
  if (!bundles(q)) return { done: false, questions: [q], progress: first.progress };
  const questions = [q];
  let assumed: AssessmentInput = { ...input, evidence: [...input.evidence, ...noneOf(q)] };
  while (questions.length < MAX_BUNDLE) {
    const s = nextStep(kb, assumed);
    if (s.done || !bundles(s.question) || s.question.warning !== q.warning) break;
    questions.push(s.question);
    assumed = { ...assumed, evidence: [...assumed.evidence, ...noneOf(s.question)] };
  }
  return { done: false, questions, progress: first.progress };
}

/** Safety questions in the bank's order (red flags first). */
function bankOrder(kb: LoadedKnowledge): readonly QuestionSpec[] {
  return kb.questions.filter((q) => q.phase === 'safety').sort((a, b) => a.order - b.order);
}

/**
 * The answers of a screen of several gateways: every unticked gateway's items absent. The ticked ones
 * record nothing yet; their lists come next.
 */
export function answerBundle(questions: readonly Question[], ticked: ReadonlySet<string>): EvidenceItem[] {
  return questions.filter((q) => !ticked.has(q.id)).flatMap(noneOf);
}

/**
 * The catalog key of the heading of a screen of several gateways: warning signs or the person's
 * background, and "other" when the screen before was one too, so no two screens in a row share a heading.
 */
export function bundleHeading(questions: readonly Question[], continued: boolean): string {
  const kind = questions.every((q) => q.warning) ? 'Warning' : 'About';
  return `bundle.heading${kind}${continued ? 'More' : ''}`;
}

/**
 * Whether a screen of several gateways shows its hint ("tick any you have, or are not sure of"): on the
 * check's first such screen only. Every later one asks the same way, and a Continue with nothing ticked
 * says again what to do (bundle.tickOrNone), so the hint would only be read again.
 */
export function bundleHint(bundlesBefore: number): boolean {
  return bundlesBefore === 0;
}

/**
 * The catalog key of the button that says no to every item of a question: the question's own words
 * ("It came on slowly", "It does not spread") when it has them, but the plain `question.noneFallback`
 * ("No, none of these") when part of it is already answered yes or not sure, as the own words could
 * then contradict that answer. Undefined when the question has no own words and nothing is answered:
 * the surface says it in its own way.
 */
export function noneKey(q: Question, has: (key: string) => boolean): string | undefined {
  if (q.partlyAnswered) return 'question.noneFallback';
  const own = `question.${q.id}.none`;
  return has(own) ? own : undefined;
}
