/**
 * Red-team round 5 (src/eval/testing/redteam5.json, scored blind): a fever with back pain and nothing
 * mechanical said ranked a fracture or a trapped nerve above both infections, because a fever moved
 * neither. A broken bone, a squeezed nerve root, a narrowed canal or a medicine's cramps make no fever
 * (§1.2 rows 4 and 6, §1.6 P6), so a fever now lowers them as it lowers a strained muscle.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../knowledge/index.ts';
import { differential } from './differential.ts';
import { toEvidence } from './evidence.ts';
import { person } from './testing.ts';

const kb = getKnowledge();
const top3 = (spec: Parameters<typeof person>[0]) =>
  differential(kb, toEvidence(person(spec), kb.findings))
    .slice(0, 3)
    .map((c) => c.id);
const INFECTIONS = ['spinal_infection', 'kidney_infection'];

describe('a fever lowers the causes that cannot make one', () => {
  it('a febrile lower back in someone with diabetes, nothing mechanical, has an infection in the first three', () => {
    // rt5-013: a man of 60 with diabetes, lower back ache and 38.2 for two days, urine normal.
    const ids = top3({
      age: 60,
      sex: 'male',
      present: ['pain_lower_back', 'fever', 'diabetes'],
      values: { pain_severity: 5, duration_days: 2 },
    });
    expect(
      ids.some((id) => INFECTIONS.includes(id)),
      ids.join(', '),
    ).toBe(true);
    expect(ids).not.toContain('spinal_fracture');
  });

  it('each mechanical or medicine cause carries a fever ratio below one', () => {
    for (const id of [
      'sciatica',
      'spinal_stenosis',
      'spinal_fracture',
      'medication_side_effect',
      'muscle_strain',
    ]) {
      const cause = kb.causes.find((c) => c.id === id);
      const fever = cause?.ratios.find((r) => r.finding === 'fever');
      expect(fever?.present, id).toBeLessThan(1);
    }
  });

  it('what must not move: a fall in an older woman with no fever still suspects a fracture first', () => {
    const ids = top3({
      age: 82,
      sex: 'female',
      present: ['pain_lower_back', 'onset_minor_fall', 'onset_sudden', 'osteoporosis'],
      values: { pain_severity: 7, duration_days: 1 },
    });
    expect(ids[0]).toBe('spinal_fracture');
  });

  it('what must not move: leg pain below the knee after lifting, no fever, is still sciatica in the first three', () => {
    const ids = top3({
      age: 38,
      sex: 'male',
      present: [
        'pain_lower_back',
        'leg_pain_below_knee',
        'leg_pain_worse_than_back',
        'onset_lifting_twisting',
      ],
      values: { pain_severity: 6, duration_days: 4 },
    });
    expect(ids).toContain('sciatica');
  });
});
