/**
 * The insights of a long diary cost O(n log n), not O(n²): counted in time parses (Date.parse, which
 * every reading of a record's time goes through), not in seconds. Before each episode re-read every
 * episode and check-in, 1,000 episodes and 4,000 check-ins took about 9 million parses.
 * bench/insights.ts prints the times.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { longDiary } from './fixtures.ts';
import { computeInsights } from './index.ts';
import { DAY_MS } from './period.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

function parsesFor(episodes: number, checkIns: number): { parses: number; records: number } {
  const diary = longDiary(episodes, checkIns);
  const records =
    diary.episodes.length + diary.checkIns.length + diary.remedySessions.length + diary.assessments.length;
  const period = { start: Date.UTC(2016, 10, 1), end: Date.UTC(2026, 10, 1) };
  const parse = vi.spyOn(Date, 'parse');
  const insights = computeInsights(diary, period, period.end - DAY_MS);
  const parses = parse.mock.calls.length;
  parse.mockRestore();
  // The work was done: every episode is in the summary, and the nudges were looked at.
  expect(insights.recovery.episodes).toHaveLength(episodes);
  expect(insights.pain.count).toBe(checkIns);
  return { parses, records };
}

describe('the cost of insights on a long diary', () => {
  it('reads each record’s time a bounded number of times, however long the diary', () => {
    const { parses, records } = parsesFor(1000, 4000);
    // A generous bound: sorting alone may parse a time log2(n) ≈ 12 times; quadratic work parses millions.
    expect(parses).toBeLessThan(40 * records);
  });

  it('grows about linearly: four times the diary, at most five times the parses', () => {
    const small = parsesFor(250, 1000);
    const large = parsesFor(1000, 4000);
    expect(large.parses / small.parses).toBeLessThan(5);
  });
});
