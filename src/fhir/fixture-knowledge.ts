/**
 * A small stand-in for the knowledge base's questions and findings, for tests of the mapping that must
 * not depend on the real knowledge base's wording. One of each question type, in shuffled order.
 */
import type { FindingId } from '../contract/ids.generated.ts';
import type { QuestionId } from '../knowledge/ids.generated.ts';
import type { FindingKnowledge, QuestionSpec } from '../knowledge/types.ts';
import type { InterviewKnowledge } from './questionnaire.ts';

const finding = (id: FindingId, text: string): FindingKnowledge => ({ id, text, why: 'test', label: text });

// Question ids of the fixture's own, outside the knowledge base's list on purpose.
const qid = (id: string) => id as QuestionId;

export const fixtureQuestions: readonly QuestionSpec[] = [
  {
    id: qid('q_legs'),
    type: 'multiple',
    text: 'Tick any that are true for your legs.',
    why: 'test',
    items: ['numbness_one_leg', 'leg_pain_below_knee'],
    phase: 'causes',
    order: 2,
  },
  {
    id: qid('q_pain'),
    type: 'number',
    text: 'How bad is the pain now?',
    why: 'test',
    items: ['pain_severity'],
    phase: 'safety',
    order: 2,
  },
  {
    id: qid('q_saddle'),
    type: 'single',
    text: 'Any numbness around your bottom?',
    why: 'test',
    items: ['saddle_numbness'],
    phase: 'safety',
    order: 1,
  },
  {
    id: qid('q_duration'),
    type: 'number',
    text: 'How many days has it lasted?',
    why: 'test',
    items: ['duration_days'],
    phase: 'causes',
    order: 1,
  },
];

export const fixtureKnowledge: InterviewKnowledge = {
  version: 'fixture-1',
  questions: fixtureQuestions,
  findings: [
    finding('numbness_one_leg', 'Numbness in one leg'),
    finding('leg_pain_below_knee', 'Pain below the knee'),
    finding('saddle_numbness', 'Numbness in the saddle area'),
  ],
};
