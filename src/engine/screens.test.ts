import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_FINDINGS, urgencyRank } from '../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { Question } from '../contract/output.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { nextStep, safetyQuestion } from './interview.ts';
import {
  answerBundle,
  bundleHeading,
  bundleHint,
  MAX_BUNDLE,
  nextScreen,
  noneKey,
  noneOf,
} from './screens.ts';

const kb = getKnowledge();
const start: AssessmentInput = { age: 40, sex: 'male', evidence: [] };
const ids = (qs: readonly Question[]) => qs.map((q) => q.id);

/** Answers a screen from a set of present findings (the rest absent), as a person would. */
function answerScreen(
  qs: readonly Question[],
  present: ReadonlySet<string>,
  opened: Set<string>,
): EvidenceItem[] {
  if (qs.length > 1) {
    const ticked = new Set(qs.filter((q) => q.items.some((i) => present.has(i.findingId))).map((q) => q.id));
    for (const id of ticked) opened.add(id);
    return answerBundle(qs, ticked);
  }
  const q = qs[0] as Question;
  return q.items.map((i) =>
    q.type === 'number'
      ? { id: i.findingId, state: 'present' as const, value: 3 }
      : { id: i.findingId, state: present.has(i.findingId) ? ('present' as const) : ('absent' as const) },
  );
}

function walk(input: AssessmentInput, present: readonly string[], suggested: readonly string[] = []) {
  const set = new Set(present);
  const opened = new Set<string>();
  const screens: (readonly Question[])[] = [];
  let now = input;
  for (let i = 0; i < 80; i++) {
    const s = nextScreen(kb, now, { opened, suggested: new Set(suggested) });
    if (s.done) return { screens, assessment: s.assessment, input: now };
    screens.push(s.questions);
    now = { ...now, evidence: [...now.evidence, ...answerScreen(s.questions, set, opened)] };
  }
  throw new Error('did not finish');
}

describe('screens of several gateways', () => {
  it('asks the first emergency gateways together, each line one engine question', () => {
    const s = nextScreen(kb, start);
    if (s.done) throw new Error('done at once');
    expect(s.questions.length).toBeGreaterThan(1);
    expect(s.questions.length).toBeLessThanOrEqual(MAX_BUNDLE);
    expect(s.questions.every((q) => q.gateway && q.warning)).toBe(true);
    // The first line is what the engine itself asks first.
    const first = nextStep(kb, start);
    expect(first.done ? undefined : first.question.id).toBe(s.questions[0]?.id);
  });

  it('"None of these" gives exactly the answers of saying no to each gateway in turn', () => {
    const s = nextScreen(kb, start);
    if (s.done) throw new Error('done at once');
    let one = start;
    for (const q of s.questions) {
      const step = nextStep(kb, one);
      expect(step.done ? undefined : step.question.id).toBe(q.id);
      one = { ...one, evidence: [...one.evidence, ...noneOf(q)] };
    }
    expect(answerBundle(s.questions, new Set())).toEqual(one.evidence);
  });

  it('shows a ticked line as its own list next, and never mixes warning signs with background', () => {
    const s = nextScreen(kb, start);
    if (s.done) throw new Error('done at once');
    const ticked = s.questions[1] as Question;
    const after = { ...start, evidence: answerBundle(s.questions, new Set([ticked.id])) };
    const next = nextScreen(kb, after, { opened: new Set([ticked.id]) });
    expect(next.done ? [] : ids(next.questions)).toEqual([ticked.id]);
    const { screens } = walk(start, ['pain_lower_back']);
    for (const qs of screens.filter((x) => x.length > 1))
      expect(new Set(qs.map((q) => q.warning)).size).toBe(1);
  });

  it('never lowers the level against the engine asked one question at a time (random people)', () => {
    const findings = kb.findings.filter((f) => !(f.id in NUMBER_FINDINGS)).map((f) => f.id);
    fc.assert(
      fc.property(
        fc.subarray(findings, { maxLength: 4 }),
        fc.integer({ min: 18, max: 90 }),
        (present, age) => {
          const input: AssessmentInput = { age, sex: 'female', evidence: [] };
          const bundled = walk(input, present).assessment.triage.level;
          // The same person answering each question of the engine on its own screen.
          let one = input;
          for (let i = 0; i < 80; i++) {
            const step = nextStep(kb, one);
            if (step.done) {
              expect(urgencyRank(bundled)).toBeGreaterThanOrEqual(urgencyRank(step.assessment.triage.level));
              return;
            }
            one = {
              ...one,
              evidence: [...one.evidence, ...answerScreen([step.question], new Set(present), new Set())],
            };
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('says "other" when the screen before asked several gateways too', () => {
    const s = nextScreen(kb, start);
    if (s.done) throw new Error('done at once');
    expect(bundleHeading(s.questions, false)).toBe('bundle.headingWarning');
    expect(bundleHeading(s.questions, true)).toBe('bundle.headingWarningMore');
  });

  it("says how to answer on the check's first screen of several gateways only", () => {
    expect(bundleHint(0)).toBe(true);
    expect(bundleHint(1)).toBe(false);
    expect(bundleHint(3)).toBe(false);
  });
});

describe('warning signs from a story', () => {
  it('come first, on their own screen, before the engine order', () => {
    const s = nextScreen(kb, start, { suggested: new Set(['saddle_numbness']) });
    if (s.done) throw new Error('done at once');
    expect(ids(s.questions)).toEqual(['saddle_bladder']);
    expect(s.questions[0]?.items.map((i) => i.findingId)).toContain('saddle_numbness');
  });

  it('once confirmed, end in the emergency at once; unticked, the check goes on and asks the rest', () => {
    const confirmed = walk(start, ['saddle_numbness'], ['saddle_numbness']);
    expect(confirmed.assessment.triage.level).toBe('emergency');
    expect(confirmed.screens.length).toBe(1);
    const denied = walk(start, [], ['saddle_numbness']);
    expect(ids(denied.screens[0] ?? [])).toEqual(['saddle_bladder']);
    expect(denied.assessment.triage.level).not.toBe('emergency');
    // Every other emergency screen was still asked.
    const asked = new Set(denied.screens.flatMap(ids));
    for (const id of ['heart_lungs', 'collapse', 'brain', 'legs_nerves']) expect(asked).toContain(id);
  });

  it('a confirmed "no" to part of a gateway screen keeps its yes/no question for the rest', () => {
    const input: AssessmentInput = { ...start, evidence: [{ id: 'urinary_retention', state: 'absent' }] };
    const { screens } = walk(input, []);
    const screen = screens.flat().find((q) => q.id === 'saddle_bladder');
    expect(screen?.gateway).toBe(true);
    expect(screen?.items.map((i) => i.findingId)).not.toContain('urinary_retention');
    // Answered "yes", the rest is asked as a list.
    const yes = walk({ ...start, evidence: [{ id: 'saddle_numbness', state: 'present' }] }, []);
    const list = yes.screens.flat().find((q) => q.id === 'saddle_bladder');
    expect(list).toBeUndefined();
  });
});

describe("a question's none button", () => {
  const has = (key: string) => key === 'question.how_started.none';
  const withOnset = (state: EvidenceItem['state']): AssessmentInput => ({
    ...start,
    evidence: [{ id: 'onset_lifting_twisting', state }],
  });

  it('keeps its own words while nothing on it is answered yes or not sure', () => {
    for (const input of [start, withOnset('absent')]) {
      const q = safetyQuestion(kb, input, 'how_started') as Question;
      expect(q.partlyAnswered).toBeUndefined();
      expect(noneKey(q, has)).toBe('question.how_started.none');
    }
  });

  it('says a plain "none of these" once part of it is answered yes or not sure', () => {
    // "It came on slowly" would contradict a start while lifting that the story already gave.
    for (const state of ['present', 'unknown'] as const) {
      const q = safetyQuestion(kb, withOnset(state), 'how_started') as Question;
      expect(q.items.map((i) => i.findingId)).not.toContain('onset_lifting_twisting');
      expect(q.partlyAnswered).toBe(true);
      expect(noneKey(q, has)).toBe('question.noneFallback');
    }
  });

  it('leaves a question without own words to the surface', () => {
    const q = safetyQuestion(kb, start, 'how_started') as Question;
    expect(noneKey(q, () => false)).toBeUndefined();
  });
});
