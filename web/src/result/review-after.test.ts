import { describe, expect, it } from 'vitest';
import { TRIAGE_LEVELS } from '../../../src/contract/ids.ts';
import { toEvidence } from '../../../src/engine/evidence.ts';
import { buildPlan } from '../../../src/engine/plan.ts';
import { getKnowledge } from '../../../src/knowledge/index.ts';
import { reviewAfterMessage, reviewAfterText } from './review-after.ts';

function planFor(level: (typeof TRIAGE_LEVELS)[number], days: number | undefined) {
  const evidence =
    days === undefined ? [] : [{ id: 'duration_days', state: 'present' as const, value: days }];
  const ev = toEvidence({ age: 40, sex: 'female', evidence });
  return buildPlan(getKnowledge(), ev, { level, reasons: [], action: '', service: 'self_care', meaning: '' });
}

// The interface words the engine's review data from catalog templates; in English it must match the
// engine's own sentence.
describe('review-after wording', () => {
  for (const level of TRIAGE_LEVELS) {
    for (const days of [undefined, 0.5, 1, 20, 21, 40]) {
      it(`matches the engine for ${level}, duration ${days ?? 'unknown'}`, () => {
        const { safetyNet } = planFor(level, days);
        expect(safetyNet.review.level).toBe(level);
        expect(reviewAfterText(safetyNet.review)).toBe(safetyNet.reviewAfter);
      });
    }
  }

  it('takes the days from the engine rather than working them out again', () => {
    expect(reviewAfterMessage({ level: 'self_care', daysLeft: 3 })).toEqual({
      key: 'reviewAfter.self_care.days',
      params: { count: 3 },
    });
    expect(reviewAfterMessage({ level: 'self_care', daysLeft: 0 }).key).toBe(
      'reviewAfter.self_care.notBetter',
    );
    expect(reviewAfterMessage({ level: 'self_care' }).key).toBe('reviewAfter.self_care.notBetter');
    expect(reviewAfterMessage({ level: 'gp', daysLeft: 3 }).key).toBe('reviewAfter.gp');
  });
});
