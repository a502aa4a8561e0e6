/**
 * Which remedies helped this person: pain before and after, averaged per remedy over their sessions
 * that recorded both. Pure.
 */
import type { RemedySession } from '../../../src/diary/model.ts';

export interface RemedyStat {
  readonly remedy: string;
  readonly sessions: number;
  readonly meanBefore: number;
  readonly meanAfter: number;
  /** Positive: pain went down on average. */
  readonly meanRelief: number;
}

export function remedyStats(sessions: readonly RemedySession[]): RemedyStat[] {
  const by = new Map<string, { before: number[]; after: number[] }>();
  for (const s of sessions) {
    if (s.painAfter === null) continue;
    const entry = by.get(s.remedy) ?? { before: [], after: [] };
    entry.before.push(s.painBefore);
    entry.after.push(s.painAfter);
    by.set(s.remedy, entry);
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [...by.entries()]
    .map(([remedy, { before, after }]) => ({
      remedy,
      sessions: before.length,
      meanBefore: round(mean(before)),
      meanAfter: round(mean(after)),
      meanRelief: round(mean(before) - mean(after)),
    }))
    .sort((a, b) => b.meanRelief - a.meanRelief);
}
