import { describe, expect, it } from 'vitest';
import { assessment } from './fixtures.ts';
import { causesConsidered, readAll, readSavedAssessment } from './saved-assessment.ts';

describe('readSavedAssessment', () => {
  it('reads the triage, causes (most likely first) and evidence', () => {
    const saved = assessment('2026-11-02T10:00:00Z', {
      level: 'gp',
      reasons: ['Pain for 6 weeks.'],
      action: 'Book a GP.',
      causes: [
        { id: 'sciatica', name: 'Sciatica', probability: 0.3, for: ['leg_pain_below_knee'] },
        { id: 'muscle_strain', name: 'Muscle strain', probability: 0.6 },
      ],
      present: ['leg_pain_below_knee'],
      pain: 6,
      age: 52,
      sex: 'male',
    });
    const r = readSavedAssessment(saved);
    // The fixture's rule ids are not today's, so the reason keeps the words it was saved with.
    expect(r.triage).toEqual({
      level: 'gp',
      service: 'gp',
      reasons: [{ message: { code: 'saved.text', params: { text: 'Pain for 6 weeks.' } }, findings: [] }],
    });
    expect(r.causes.map((c) => c.id)).toEqual(['muscle_strain', 'sciatica']);
    expect(r.causes[1]?.for).toEqual(['leg_pain_below_knee']);
    expect(r).toMatchObject({ age: 52, sex: 'male' });
    expect(r.evidence).toContainEqual({ id: 'pain_severity', state: 'present', value: 6 });
  });

  it('reads what it can from a damaged or older record instead of failing', () => {
    const r = readSavedAssessment({
      id: '00000000-0000-4000-8000-0000000000aa',
      at: '2026-11-02T10:00:00Z',
      input: 'not an object',
      output: { triage: { level: 'very bad' }, causes: [{ id: 'not_a_cause', name: 'x', probability: 0.9 }] },
    });
    expect(r).toMatchObject({ triage: null, causes: [], evidence: [], age: null, sex: null });
  });
});

describe('readSavedAssessment on texts and ids outside the contract', () => {
  it('leaves out blank texts and ids the contract does not define, and names causes as the contract does', () => {
    const r = readSavedAssessment({
      id: '00000000-0000-4000-8000-0000000000ab',
      at: '2026-11-02T10:00:00Z',
      input: {
        age: 'forty',
        sex: 'female',
        evidence: [
          { id: '', state: 'present' },
          { id: 'made_up_finding', state: 'present' },
          { id: 'pain_lower_back', state: 'present' },
          { id: 'pain_severity', state: 'present', value: 'six' },
        ],
      },
      output: {
        triage: {
          level: 'gp',
          reasons: [
            { text: '', findings: [] },
            { text: '   ' },
            { text: 'Pain for 6 weeks.', findings: ['pain_lower_back', 'made_up_finding', ''] },
          ],
          action: ' ',
        },
        causes: [
          {
            id: 'muscle_strain',
            name: '',
            probability: 0.5,
            for: ['pain_lower_back', 'nope', ''],
            against: [''],
          },
          { id: 'not_a_cause', name: 'Made up', probability: 0.3 },
          { id: '', name: 'Empty', probability: 0.1 },
          { id: 'sciatica', name: 'Renamed by someone', probability: 0.2 },
          { id: 'muscle_strain', name: 'Twice', probability: 0.05 },
        ],
      },
    });
    expect(r).toMatchObject({ age: null, sex: 'female' });
    expect(r.evidence).toEqual([{ id: 'pain_lower_back', state: 'present' }]);
    expect(r.triage).toEqual({
      level: 'gp',
      service: 'gp',
      reasons: [
        {
          message: { code: 'saved.text', params: { text: 'Pain for 6 weeks.' } },
          findings: ['pain_lower_back'],
        },
      ],
    });
    expect(r.causes).toEqual([
      {
        id: 'muscle_strain',
        name: 'Muscle strain or non-specific back spasm',
        probability: 0.5,
        for: ['pain_lower_back'],
        against: [],
      },
      {
        id: 'sciatica',
        name: 'Sciatica (irritated nerve root, often a disc)',
        probability: 0.2,
        for: [],
        against: [],
      },
    ]);
  });
});

describe('readAll and causesConsidered', () => {
  it('sorts newest first', () => {
    const a = assessment('2026-11-01T10:00:00Z', { level: 'self_care' });
    const b = assessment('2026-11-03T10:00:00Z', { level: 'gp' });
    expect(readAll([a, b]).map((x) => x.id)).toEqual([b.id, a.id]);
  });

  it('keeps at most 5 causes of 2% or more, and always the top one', () => {
    const many = assessment('2026-11-01T10:00:00Z', {
      level: 'self_care',
      causes: [0.4, 0.2, 0.15, 0.1, 0.06, 0.05, 0.04].map((p, i) => ({
        id: [
          'muscle_strain',
          'sciatica',
          'dehydration',
          'exercise_cramp',
          'fibromyalgia',
          'shingles',
          'kidney_stone',
        ][i] as string,
        name: `c${i}`,
        probability: p,
      })),
    });
    expect(causesConsidered(readSavedAssessment(many)).map((c) => c.probability)).toEqual([
      0.4, 0.2, 0.15, 0.1, 0.06,
    ]);
    const flat = assessment('2026-11-01T10:00:00Z', {
      level: 'self_care',
      causes: [
        { id: 'muscle_strain', name: 'a', probability: 0.015 },
        { id: 'sciatica', name: 'b', probability: 0.01 },
      ],
    });
    expect(causesConsidered(readSavedAssessment(flat)).map((c) => c.id)).toEqual(['muscle_strain']);
  });
});
