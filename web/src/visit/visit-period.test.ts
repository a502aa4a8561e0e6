import { describe, expect, it } from 'vitest';
import { defaultRange, exportFileName, localDay, localMidnight, visitPeriod } from './visit-period.ts';

describe('visit period', () => {
  it('defaults to the last four weeks, today included', () => {
    expect(defaultRange(new Date(2026, 10, 28, 21, 30))).toEqual({ from: '2026-11-01', to: '2026-11-28' });
    // Across a month and a year end.
    expect(defaultRange(new Date(2027, 0, 10, 0, 5))).toEqual({ from: '2026-12-14', to: '2027-01-10' });
  });

  it('reads days in local time and rejects days that do not exist', () => {
    expect(localMidnight('2026-11-28')).toBe(new Date(2026, 10, 28).getTime());
    expect(localMidnight('2026-02-31')).toBeUndefined();
    expect(localMidnight('28/11/2026')).toBeUndefined();
    expect(localMidnight('')).toBeUndefined();
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('covers both days whole, from local midnight to the next local midnight', () => {
    const r = visitPeriod('2026-11-01', '2026-11-28');
    expect(r).toEqual({
      ok: true,
      period: { start: new Date(2026, 10, 1).getTime(), end: new Date(2026, 10, 29).getTime() },
    });
    // A check-in late in the evening of the last day counts.
    if (!r.ok) throw new Error('expected a period');
    const lateEvening = new Date(2026, 10, 28, 23, 45).getTime();
    expect(lateEvening >= r.period.start && lateEvening < r.period.end).toBe(true);
    // One day is a period too.
    expect(visitPeriod('2026-11-28', '2026-11-28')).toMatchObject({ ok: true });
  });

  it('says which date is wrong', () => {
    expect(visitPeriod('', '2026-11-28')).toEqual({ ok: false, error: 'from' });
    expect(visitPeriod('2026-11-01', '2026-13-01')).toEqual({ ok: false, error: 'to' });
    expect(visitPeriod('2026-11-28', '2026-11-01')).toEqual({ ok: false, error: 'order' });
  });

  it('names export files by their dates', () => {
    expect(exportFileName('fhir', '2026-11-01', '2026-11-28')).toBe(
      'backease-fhir-2026-11-01-to-2026-11-28.json',
    );
  });
});
