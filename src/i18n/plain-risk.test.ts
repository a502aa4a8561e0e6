import { describe, expect, it } from 'vitest';
import { groupCauses, naturalFrequency } from './plain-risk.ts';

describe('naturalFrequency', () => {
  it('says about N in 100, in whole people, in steps of 5 from 10 up', () => {
    expect(naturalFrequency(0.4)).toEqual({ count: 40 });
    expect(naturalFrequency(0.42)).toEqual({ count: 40 });
    expect(naturalFrequency(0.07)).toEqual({ count: 7 });
  });
  it('never reads as certain, and never as zero', () => {
    expect(naturalFrequency(0.99)).toEqual({ count: 95, bound: 'more' });
    expect(naturalFrequency(1)).toEqual({ count: 95, bound: 'more' });
    expect(naturalFrequency(0.004)).toEqual({ count: 1, bound: 'fewer' });
    expect(naturalFrequency(0.95)).toEqual({ count: 95 });
  });
});

describe('groupCauses', () => {
  const cause = (id: string, probability: number, forIds: string[] = [], suspectedBy: string[] = []) => ({
    id,
    probability,
    for: forIds,
    suspectedBy,
  });
  it('shows likely causes one by one, groups the unlikely, and leaves out unlikely ones nothing speaks for', () => {
    const g = groupCauses([
      cause('muscle_strain', 0.6),
      cause('cauda_equina', 0.2, ['saddle_numbness']),
      cause('sciatica', 0.04, ['leg_pain_below_knee']),
      cause('urinary_tract_infection', 0.02, [], ['confusion']),
      cause('medication_side_effect', 0.01),
    ]);
    expect(g.likely.map((c) => c.id)).toEqual(['muscle_strain', 'cauda_equina']);
    expect(g.lessLikely.map((c) => c.id)).toEqual(['sciatica', 'urinary_tract_infection']);
    expect(g.leftOut).toBe(1);
  });

  it('in an urgent or emergency result, the causes the warning sign can mean come first', () => {
    const causes = [
      cause('muscle_strain', 0.5),
      cause('sciatica', 0.15, ['numbness_one_leg']),
      cause('cauda_equina', 0.07, ['saddle_numbness'], ['ces_saddle_numbness']),
      cause('spinal_infection', 0.01, [], ['fever_with_nerve_signs']),
    ];
    expect(groupCauses(causes, 'emergency').likely.map((c) => c.id)).toEqual([
      'cauda_equina',
      'spinal_infection',
      'muscle_strain',
      'sciatica',
    ]);
    expect(groupCauses(causes, 'self_care').likely.map((c) => c.id)).toEqual([
      'muscle_strain',
      'sciatica',
      'cauda_equina',
    ]);
  });
});
