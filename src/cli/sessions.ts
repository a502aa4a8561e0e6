/**
 * Recorded terminal sessions for the docs: a person's story is typed into `backease assess` the way a
 * person would type it (y or n to a gateway, the numbers of the items that apply, a number for a
 * score), and the transcript, with the typed answers shown after each prompt, is what the README and
 * docs/sessions show. Generated, so the docs can never drift from what the CLI really does.
 */
import { nextStep } from '../backease.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { Question } from '../contract/output.ts';
import { answer, type Case } from '../eval/case.ts';
import type { Renderer } from '../i18n/render.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { runTerminalCheck } from './interactive.ts';
import type { Style } from './io.ts';

export interface Session {
  /** The file name under docs/sessions, without .txt. */
  readonly name: string;
  /** The person, in the case format: what is present (with values); everything else is a no. */
  readonly story: Pick<Case, 'age' | 'sex' | 'present' | 'values'>;
}

export const SESSIONS: readonly Session[] = [
  {
    name: 'assess-benign-spasm',
    story: {
      age: 34,
      sex: 'male',
      present: [
        'pain_lower_back',
        'onset_lifting_twisting',
        'onset_sudden',
        'muscle_knot_tight',
        'pain_worse_movement',
        'pain_severity',
        'duration_days',
      ],
      values: { pain_severity: 6, duration_days: 1 },
    },
  },
  {
    name: 'assess-cauda-equina',
    story: { age: 46, sex: 'male', present: ['pain_lower_back', 'saddle_numbness'] },
  },
];

/** What the person types at each prompt of one screen (a gateway "y" is followed by the list's line). */
function typed(q: Question, answers: readonly EvidenceItem[]): string[] {
  const yes = answers.filter((a) => a.state === 'present');
  if (q.type === 'number') return [answers[0]?.state === 'present' ? String(answers[0].value) : '?'];
  if (q.type === 'single') return [yes.length > 0 ? 'y' : answers[0]?.state === 'unknown' ? '?' : 'n'];
  const line = q.items
    .map((item, i) => (yes.some((a) => a.id === item.findingId) ? String(i + 1) : ''))
    .filter(Boolean)
    .join(' ');
  if (q.gateway) return yes.length > 0 ? ['y', line] : ['n'];
  return [line];
}

/** The lines a person with this story types, in order: age, sex, then every answer. */
export function typedLines(kb: LoadedKnowledge, story: Session['story']): string[] {
  const c: Case = { id: 'session', gold: { triage: 'self_care', causes: [] }, ...story };
  const lines = [String(story.age), story.sex === 'female' ? 'f' : 'm'];
  let input: AssessmentInput = { age: story.age, sex: story.sex, evidence: [] };
  for (;;) {
    const step = nextStep(kb, input);
    if (step.done) return lines;
    const answers = step.question.items.map((item) => answer(c, item.findingId));
    lines.push(...typed(step.question, answers));
    input = { ...input, evidence: [...input.evidence, ...answers] };
  }
}

const PLAIN: Style = {
  bold: (x) => x,
  dim: (x) => x,
  red: (x) => x,
  green: (x) => x,
  yellow: (x) => x,
  cyan: (x) => x,
};

/** The transcript of one session at this width, as `$ npx backease assess` in a terminal shows it. */
export async function recordSession(
  kb: LoadedKnowledge,
  r: Renderer,
  session: Session,
  width = 96,
): Promise<string> {
  const lines = typedLines(kb, session.story);
  let out = '$ npx backease assess\n';
  let next = 0;
  await runTerminalCheck(kb, {
    write: (t) => {
      out += t;
    },
    lines: {
      next: async () => {
        const value = lines[next++] ?? '';
        out += `${value}\n`;
        return { done: false, value };
      },
    },
    style: PLAIN,
    width,
    r,
  });
  // Prompts end in "> " and the echoed answer follows; an empty answer would leave a trailing space.
  return out.replace(/ +\n/g, '\n');
}
