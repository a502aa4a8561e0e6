import { describe, expect, it } from 'vitest';
import type { SavedAssessment } from '../../../src/diary/model.ts';
import { assessment, checkIn, question } from '../../../src/insights/fixtures.ts';
import { profileFromAssessments, sortQuestions, visitDiary } from './visit-diary.ts';

describe('the profile from saved checks', () => {
  it('is empty with no checks', () => {
    expect(profileFromAssessments([], 'GB')).toEqual({
      age: null,
      sex: null,
      evidence: [],
      country: 'GB',
      language: null,
    });
  });

  it('takes each medicine and condition from the latest answer, and leaves out everything else', () => {
    const older = assessment('2026-11-01T08:00:00Z', {
      level: 'gp',
      age: 45,
      sex: 'female',
      present: ['med_statin', 'high_blood_pressure', 'pain_lower_back'],
      absent: ['diabetes'],
    });
    const newer = assessment('2026-11-20T08:00:00Z', {
      level: 'self_care',
      age: 46,
      sex: 'female',
      present: ['med_nsaid'],
      absent: ['med_statin', 'history_cancer'],
    });
    // Stored order does not matter: the latest check wins.
    const p = profileFromAssessments([newer, older], null);
    expect(p.age).toBe(46);
    expect(p.sex).toBe('female');
    expect(Object.fromEntries(p.evidence.map((e) => [e.id, e.state]))).toEqual({
      med_statin: 'absent',
      med_nsaid: 'present',
      high_blood_pressure: 'present',
      diabetes: 'absent',
      history_cancer: 'absent',
    });
    // pain_lower_back is a symptom, not part of a profile.
    expect(p.evidence.some((e) => e.id === 'pain_lower_back')).toBe(false);
  });

  it('ignores "I don\'t know" and checks it cannot read', () => {
    const unknown: SavedAssessment = {
      id: '00000000-0000-4000-8000-00000000aaaa',
      at: '2026-11-25T08:00:00Z',
      input: { age: 50, sex: 'male', evidence: [{ id: 'med_statin', state: 'unknown' }] },
      output: {},
    };
    const broken: SavedAssessment = {
      id: '00000000-0000-4000-8000-00000000bbbb',
      at: '2026-11-26T08:00:00Z',
      input: 'not an input',
      output: null,
    };
    const older = assessment('2026-11-01T08:00:00Z', { level: 'gp', present: ['med_statin'] });
    const p = profileFromAssessments([unknown, broken, older], null);
    expect(p.evidence).toEqual([{ id: 'med_statin', state: 'present' }]);
    expect(p).toMatchObject({ age: 50, sex: 'male' });
  });
});

describe('the diary for a visit', () => {
  it('joins the records, the questions and the profile', () => {
    const a = assessment('2026-11-01T08:00:00Z', {
      level: 'gp',
      age: 30,
      sex: 'male',
      present: ['diabetes'],
    });
    const c = checkIn('2026-11-02T08:00:00Z', 4);
    const q = question('2026-11-03T08:00:00Z', 'Can I keep working?');
    const d = visitDiary(
      { checkIns: [c], episodes: [], remedySessions: [], assessments: [a], doctorQuestions: [q] },
      'US',
    );
    expect(d.checkIns).toEqual([c]);
    expect(d.doctorQuestions).toEqual([q]);
    expect(d.profile).toEqual({
      age: 30,
      sex: 'male',
      evidence: [{ id: 'diabetes', state: 'present' }],
      country: 'US',
      language: null,
    });
  });

  it('lists questions oldest first', () => {
    const second = question('2026-11-03T08:00:00Z', 'Second');
    const first = question('2026-11-01T08:00:00Z', 'First');
    expect(sortQuestions([second, first]).map((q) => q.text)).toEqual(['First', 'Second']);
  });
});
