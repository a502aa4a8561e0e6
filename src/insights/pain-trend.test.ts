import { describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { checkIn } from './fixtures.ts';
import { painTrend, slope } from './pain-trend.ts';

const en = renderer('en');

const nov = { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 11, 1) };
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T08:00:00Z`;

describe('slope', () => {
  it('fits a least-squares line', () => {
    expect(slope([0, 1, 2, 3], [1, 3, 5, 7])).toBe(2);
    expect(slope([0, 1, 2], [2, 0, 1])).toBe(-0.5);
  });
  it('has no slope when x does not vary or with one point', () => {
    expect(slope([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(slope([1], [1])).toBeNull();
  });
});

describe('painTrend', () => {
  it('has no trend in an empty diary', () => {
    const t = painTrend([], nov);
    expect(t).toMatchObject({
      count: 0,
      first: null,
      last: null,
      mean: null,
      direction: 'unknown',
      change: null,
    });
    expect(en.render(t.message)).toBe('No pain check-ins in this period, so there is no trend to tell.');
  });

  it('says one check-in is too few to tell', () => {
    const t = painTrend([checkIn(day(3), 6)], nov);
    expect(t).toMatchObject({ count: 1, first: 6, last: 6, min: 6, max: 6, mean: 6, direction: 'unknown' });
    expect(en.render(t.message)).toBe(
      'One pain check-in (6 out of 10): too few to tell whether pain is changing.',
    );
  });

  it('says two check-ins, or three on one day, are too few', () => {
    expect(painTrend([checkIn(day(1), 8), checkIn(day(9), 2)], nov).direction).toBe('unknown');
    const sameDay = ['T08:00:00Z', 'T12:00:00Z', 'T20:00:00Z'].map((t, i) =>
      checkIn(`2026-11-04${t}`, 8 - i * 3),
    );
    const t = painTrend(sameDay, nov);
    expect(t.direction).toBe('unknown');
    expect(en.render(t.message)).toContain('too few to tell a trend');
  });

  it('finds a steady fall: 8, 6, 4, 2 over 6 days is 6 points better', () => {
    const t = painTrend(
      [8, 6, 4, 2].map((p, i) => checkIn(day(1 + 2 * i), p)),
      nov,
    );
    expect(t.direction).toBe('better');
    expect(t.change).toBeCloseTo(-6, 10);
    expect(t.slopePerWeek).toBeCloseTo(-7, 10);
    expect(t.spanDays).toBe(6);
    expect(t.mean).toBe(5);
    expect(en.render(t.message)).toBe(
      'Pain went down by about 6 points over 6 days (a line through 4 check-ins).',
    );
  });

  it('calls a change under 2 points about the same', () => {
    const t = painTrend(
      [5, 5, 6, 5, 6].map((p, i) => checkIn(day(1 + i), p)),
      nov,
    );
    expect(t.direction).toBe('same');
    expect(Math.abs(t.change as number)).toBeLessThan(2);
    expect(en.render(t.message)).toContain('under the 2 points people usually notice');
  });

  it('does not call a change just under 2 points "2 points"', () => {
    // Fitted change -1.96: rounds to 2, yet is below the threshold.
    const t = painTrend(
      [7, 7, 5.04].map((p, i) => checkIn(day(1 + i), p)),
      nov,
    );
    expect(t.direction).toBe('same');
    expect(en.render(t.message)).toContain('a change of just under 2 points');
  });

  it('finds a rise', () => {
    const t = painTrend(
      [2, 4, 6].map((p, i) => checkIn(day(10 + i), p)),
      nov,
    );
    expect(t.direction).toBe('worse');
    expect(t.change).toBeCloseTo(4, 10);
  });

  it('uses only check-ins in the period, oldest first whatever the input order', () => {
    const t = painTrend(
      [checkIn(day(20), 1), checkIn('2026-10-31T23:00:00Z', 10), checkIn(day(2), 9), checkIn(day(11), 5)],
      nov,
    );
    expect(t.points.map((p) => p.pain)).toEqual([9, 5, 1]);
    expect(t.max).toBe(9);
  });
});
