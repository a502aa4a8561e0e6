/**
 * "When to see a doctor if it is not getting better", in the person's language. The engine gives the
 * English sentence (plan.safetyNet.reviewAfter) and the same as data (plan.safetyNet.review: the level
 * and, for self-care, the days left before a review is due); the interface words the data from catalog
 * templates. A unit test checks that the English matches the engine's sentence word for word.
 */
import type { SafetyNet } from '../../../src/contract/output.ts';
import { type Params, t } from '../i18n/i18n.ts';

export type Review = SafetyNet['review'];

export function reviewAfterMessage(review: Review): { key: string; params?: Params } {
  if (review.level !== 'self_care') return { key: `reviewAfter.${review.level}` };
  const left = review.daysLeft;
  if (left === undefined || left === 0) return { key: 'reviewAfter.self_care.notBetter' };
  return { key: 'reviewAfter.self_care.days', params: { count: left } };
}

export function reviewAfterText(review: Review): string {
  const m = reviewAfterMessage(review);
  return t(m.key, m.params);
}
