import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateTime } from '../diary/model.ts';
import { timeKey } from './collections.ts';
import { makeRecord } from './testing/fixtures.ts';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** ISO date-times in every shape the schema might accept: any year, fractions of any length, any offset. */
const isoLike = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }),
    offset: fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([s, h, m]) => `${s}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  })
  .map(
    (p) =>
      `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}` +
      `${p.fraction === undefined ? '' : `.${p.fraction}`}${p.offset}`,
  );

describe('timeKey', () => {
  it('turns every date-time the diary schema accepts into a finite instant (never a 500 on store)', () => {
    fc.assert(
      fc.property(isoLike, (iso) => {
        if (!isoDateTime.safeParse(iso).success) return; // e.g. 31 February: refused at the edge
        expect(Number.isFinite(timeKey('checkIns', makeRecord('checkIns', iso)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('orders instants, not text', () => {
    const a = timeKey('checkIns', makeRecord('checkIns', '2026-11-01T23:30:00-02:00'));
    const b = timeKey('checkIns', makeRecord('checkIns', '2026-11-02T00:00:00Z'));
    expect(a).toBeGreaterThan(b);
  });

  it('refuses a time that is not a date', () => {
    expect(() => timeKey('episodes', makeRecord('episodes', 'not a date'))).toThrow(/not a valid date/);
  });
});
