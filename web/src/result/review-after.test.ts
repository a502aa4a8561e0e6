import { describe, expect, it } from 'vitest';
import { TRIAGE_LEVELS } from '../../../src/contract/ids.ts';
import { toEvidence } from '../../../src/engine/evidence.ts';
import { buildPlan } from '../../../src/engine/plan.ts';
import { getKnowledge } from '../../../src/knowledge/index.ts';
import { reviewAfterText } from './review-after.ts';

// The interface rewords the engine's reviewAfter sentence from catalog templates; in English it must match.
describe('review-after wording', () => {
  for (const level of TRIAGE_LEVELS) {
    for (const days of [undefined, 0.5, 1, 20, 21, 40]) {
      it(`matches the engine for ${level}, duration ${days ?? 'unknown'}`, () => {
        const evidence =
          days === undefined ? [] : [{ id: 'duration_days', state: 'present' as const, value: days }];
        const ev = toEvidence({ age: 40, sex: 'female', evidence });
        const plan = buildPlan(getKnowledge(), ev, {
          level,
          reasons: [],
          action: '',
          service: 'self_care',
          meaning: '',
        });
        expect(reviewAfterText(level, days)).toBe(plan.safetyNet.reviewAfter);
      });
    }
  }
});
