import { beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_FINDINGS } from '../contract/ids.ts';
import { assessment } from '../insights/fixtures.ts';
import { readSavedAssessment } from '../insights/saved-assessment.ts';
import { EXTENSION, SYSTEM } from './codes.ts';
import { fixtureKnowledge } from './fixture-knowledge.ts';
import { answerPaths, buildQuestionnaire, OTHER_FINDINGS, QUESTIONNAIRE_URL } from './questionnaire.ts';
import { buildQuestionnaireResponse } from './questionnaire-response.ts';
import { compiled, fhirSchemaErrors } from './testing/official-schema.ts';

// Compiling the official schema takes seconds; do it once, outside any test's time limit.
beforeAll(() => {
  compiled();
}, 120_000);

const q = buildQuestionnaire(fixtureKnowledge);
const patient = { reference: 'urn:uuid:00000000-0000-4000-8000-00000000ffff' };

describe('buildQuestionnaire', () => {
  it('puts about-you first, then safety questions, then cause questions, each in its order', () => {
    expect(q.item.map((i) => i.linkId)).toEqual([
      'about-you',
      'q_saddle',
      'q_pain',
      'q_duration',
      'q_legs',
      OTHER_FINDINGS,
    ]);
    expect(q).toMatchObject({ url: QUESTIONNAIRE_URL, version: 'fixture-1', status: 'active' });
  });

  it('maps each question type to a fitting item type with our finding code', () => {
    const byId = new Map(q.item.map((i) => [i.linkId, i]));
    expect(byId.get('q_saddle')).toMatchObject({
      type: 'boolean',
      text: 'Any numbness around your bottom?',
      code: [{ system: SYSTEM.finding, code: 'saddle_numbness' }],
    });
    const pain = byId.get('q_pain');
    expect(pain?.type).toBe('integer');
    expect(pain?.code?.map((c) => c.code)).toEqual(['pain_severity', '72514-3']);
    expect(pain?.extension).toEqual([
      { url: EXTENSION.minValue, valueInteger: 0 },
      { url: EXTENSION.maxValue, valueInteger: 10 },
    ]);
    expect(byId.get('q_duration')?.type).toBe('decimal');
    const legs = byId.get('q_legs');
    expect(legs?.type).toBe('group');
    expect(legs?.item?.map((i) => [i.linkId, i.type, i.text])).toEqual([
      ['q_legs.numbness_one_leg', 'boolean', 'Numbness in one leg'],
      ['q_legs.leg_pain_below_knee', 'boolean', 'Pain below the knee'],
    ]);
  });

  it('gives every contract finding a place to be answered', () => {
    const paths = answerPaths(q);
    expect(CONTRACT_FINDINGS.filter((f) => !paths.has(f.id)).map((f) => f.id)).toEqual([]);
    expect(paths.get('leg_pain_below_knee')).toEqual(['q_legs', 'q_legs.leg_pain_below_knee']);
    // Findings the fixture does not ask fall back to the contract meaning.
    expect(paths.get('fever')).toEqual([OTHER_FINDINGS, `${OTHER_FINDINGS}.fever`]);
  });

  it('validates against the official R4 schema', () => {
    expect(fhirSchemaErrors(q)).toEqual([]);
  });
});

describe('buildQuestionnaireResponse', () => {
  const saved = assessment('2026-11-02T10:00:00Z', {
    level: 'self_care',
    present: ['leg_pain_below_knee'],
    absent: ['saddle_numbness', 'numbness_one_leg'],
    pain: 6,
    age: 47,
    sex: 'male',
  });
  const withDuration = {
    ...saved,
    input: {
      ...(saved.input as object),
      evidence: [
        ...(saved.input as { evidence: object[] }).evidence,
        { id: 'duration_days', state: 'present', value: 2.5 },
        { id: 'fever', state: 'unknown' },
      ],
    },
  };
  const r = buildQuestionnaireResponse(readSavedAssessment(withDuration), q, patient);

  it('places each answer under the question that asks it, in questionnaire order', () => {
    expect(r).toMatchObject({
      id: saved.id,
      questionnaire: QUESTIONNAIRE_URL,
      status: 'completed',
      authored: '2026-11-02T10:00:00Z',
    });
    expect(r.item.map((i) => i.linkId)).toEqual(['about-you', 'q_saddle', 'q_pain', 'q_duration', 'q_legs']);
    const byId = new Map(r.item.map((i) => [i.linkId, i]));
    expect(byId.get('about-you')?.item).toEqual([
      { linkId: 'age', text: 'Age in years', answer: [{ valueInteger: 47 }] },
      {
        linkId: 'sex',
        text: 'Sex',
        answer: [{ valueCoding: { system: SYSTEM.gender, code: 'male', display: 'Male' } }],
      },
    ]);
    expect(byId.get('q_saddle')?.answer).toEqual([{ valueBoolean: false }]);
    expect(byId.get('q_pain')?.answer).toEqual([{ valueInteger: 6 }]);
    expect(byId.get('q_duration')?.answer).toEqual([{ valueDecimal: 2.5 }]);
    expect(byId.get('q_legs')?.item?.map((i) => [i.linkId, i.answer])).toEqual([
      ['q_legs.numbness_one_leg', [{ valueBoolean: false }]],
      ['q_legs.leg_pain_below_knee', [{ valueBoolean: true }]],
    ]);
  });

  it('leaves unknown findings unanswered', () => {
    expect(JSON.stringify(r)).not.toContain('fever');
  });

  it('validates against the official R4 schema', () => {
    expect(fhirSchemaErrors(r)).toEqual([]);
  });
});
