/** Wording shared by the PDF and the web print page, so both say the same thing the same way. */
import type { TriageLevel } from '../contract/ids.ts';
import { round1 } from '../insights/words.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-10-03" → "3 Oct 2026": day first and the month in words, so no reader mixes up the order. */
export function longDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m as number) - 1]} ${y}`;
}

/** An instant as "3 Oct" (UTC), for chart ticks. */
export function shortDay(t: number): string {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

export const LEVEL_TITLES: Readonly<Record<TriageLevel, string>> = {
  emergency: 'Emergency',
  urgent: 'Urgent: same day',
  gp: 'See a doctor or physiotherapist within days',
  self_care: 'Self-care',
};

export function personLine(age: number | null, sex: 'female' | 'male' | null): string {
  const who = sex === 'female' ? 'Woman' : sex === 'male' ? 'Man' : 'Person';
  return age === null ? `${who}, age not given` : `${who}, ${age}`;
}

/** "-1.8" for a mean drop of 1.8 (pain went down), "+1" for a rise, "n/a" when unknown. */
export function painChange(meanDrop: number | null): string {
  if (meanDrop === null) return 'n/a';
  // Round the size, then sign it, so -1.75 reads -1.8 like the "went down by 1.8 points" beside it.
  const size = round1(Math.abs(meanDrop));
  if (size === 0) return '0';
  return meanDrop > 0 ? `-${size}` : `+${size}`;
}
