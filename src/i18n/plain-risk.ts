/**
 * Plain risk, one way for every surface (research/words-and-risk.md §1): a cause's chance as a natural
 * frequency out of one fixed number of people, never a bare percentage and never certainty; the
 * unlikely causes grouped, and the unlikely ones nothing speaks for left out.
 */
import type { TriageLevel } from '../contract/ids.ts';
import { LESS_LIKELY_BELOW } from '../contract/output.ts';

/** Every frequency is out of this many people (IPDAS: one fixed denominator, never "1 in x"). */
export const OUT_OF = 100;
/** Above this share we say "more than 95 in 100", so no answer reads as certain. */
const MOST = 95;

export interface Frequency {
  /** About this many people out of OUT_OF with answers like these. */
  readonly count: number;
  /** "more" when the share is above the cap, "fewer" when below 1: the count is a bound, not an estimate. */
  readonly bound?: 'more' | 'fewer';
}

/** A probability as a natural frequency out of OUT_OF: whole people, in steps of 5 from 10 up. */
export function naturalFrequency(probability: number): Frequency {
  const share = probability * OUT_OF;
  if (share > MOST) return { count: MOST, bound: 'more' };
  if (share < 1) return { count: 1, bound: 'fewer' };
  const count = share < 10 ? Math.round(share) : Math.round(share / 5) * 5;
  return { count: Math.min(MOST, Math.max(1, count)) };
}

interface RankedCause {
  readonly probability: number;
  readonly for: readonly string[];
  readonly suspectedBy?: readonly string[];
}

/**
 * The causes as a person sees them: `likely` one by one (at least about 1 in 20, whatever speaks for
 * them: a common cause can be likely on its base rate alone), `lessLikely` grouped, and the number of
 * unlikely causes left out because nothing in the answers speaks for them (no padding such as "medicine
 * side effect" for someone who takes no medicines).
 *
 * With an urgent or emergency level, the causes the fired rules are there to catch come first in
 * `likely`, however unlikely: the list then starts with what the warning sign can mean, the reason
 * for the action above it, and the probabilities beside each stay as they are.
 */
export function groupCauses<C extends RankedCause>(
  causes: readonly C[],
  level?: TriageLevel,
): { likely: C[]; lessLikely: C[]; leftOut: number } {
  const backed = (c: C) => c.for.length > 0 || (c.suspectedBy?.length ?? 0) > 0;
  const lead = level === 'emergency' || level === 'urgent';
  const suspected = lead ? causes.filter((c) => (c.suspectedBy?.length ?? 0) > 0) : [];
  const rest = causes.filter((c) => !suspected.includes(c));
  const likely = [...suspected, ...rest.filter((c) => c.probability >= LESS_LIKELY_BELOW)];
  const lessLikely = rest.filter((c) => c.probability < LESS_LIKELY_BELOW && backed(c));
  return { likely, lessLikely, leftOut: causes.length - likely.length - lessLikely.length };
}
