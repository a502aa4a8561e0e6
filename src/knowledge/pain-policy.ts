/**
 * One policy for severe pain, in the check and in the diary (clinical.md §1.6 P3 and §5.2): the pain
 * score alone never changes the level in the first week; pain of 7 or more that has lasted a week
 * without improving is a reason to see a GP. The triage rule `severe_for_a_week` and the diary's
 * severe-pain nudge both read these numbers, so the two can never disagree.
 */
export const SEVERE_PAIN = {
  /** The severe band of the 0-10 scale [R82]. */
  score: 7,
  /** How long severe pain must last before it alone calls for a GP (P3). */
  days: 7,
  sources: ['R13', 'R13d', 'R82'],
  policy: 'P3',
} as const;
