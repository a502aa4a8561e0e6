/**
 * "When to see a doctor if it is not getting better", in the person's language. The engine words this
 * in English only (plan.safetyNet.reviewAfter), so the interface rebuilds it from the triage level and
 * the days left until REVIEW_AFTER_DAYS; a unit test checks the English matches the engine word for word.
 */
import type { TriageLevel } from '../../../src/contract/ids.ts';
import { REVIEW_AFTER_DAYS } from '../../../src/engine/plan.ts';
import { type Params, t } from '../i18n/i18n.ts';

export function reviewAfterMessage(
  level: TriageLevel,
  durationDays: number | undefined,
): { key: string; params?: Params } {
  if (level !== 'self_care') return { key: `reviewAfter.${level}` };
  const left =
    durationDays === undefined ? undefined : Math.max(0, Math.ceil(REVIEW_AFTER_DAYS - durationDays));
  if (left === undefined || left === 0) return { key: 'reviewAfter.self_care.notBetter' };
  return { key: 'reviewAfter.self_care.days', params: { count: left } };
}

export function reviewAfterText(level: TriageLevel, durationDays: number | undefined): string {
  const m = reviewAfterMessage(level, durationDays);
  return t(m.key, m.params);
}
