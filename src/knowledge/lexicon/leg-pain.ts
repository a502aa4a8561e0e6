/**
 * The pain that patterns of walking, standing and sitting speak of ("it goes when I stop", "no pain
 * sitting", "comes on standing at the sink"): such a pattern reads only when the story has leg or buttock
 * pain, or a calf that cramps on walking, in every language.
 */
import type { FindingId } from '../../contract/ids.ts';

/** Pain in a leg, in both, or in the buttock. */
export const LEG_OR_BUTTOCK_PAIN = [
  'leg_pain_above_knee',
  'leg_pain_below_knee',
  'leg_pain_both_legs',
  'pain_buttock',
] as const satisfies readonly FindingId[];

/** The same, or a calf that cramps on walking (the arteries' claudication). */
export const WALKING_LEG_PAIN = [
  ...LEG_OR_BUTTOCK_PAIN,
  'calf_cramp_walking',
] as const satisfies readonly FindingId[];
