import { describe, expect, it } from 'vitest';
import { renderIssue } from '../contract/errors.ts';
import { renderer } from '../i18n/catalogs.ts';
import { DAY_MS, inPeriod, isoDay, lastDay, parseOpenPeriod, parsePeriod } from './period.ts';

describe('parsePeriod', () => {
  it('reads whole UTC days, the last day included', () => {
    const r = parsePeriod('2026-11-01', '2026-11-30');
    expect(r).toEqual({ ok: true, value: { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 11, 1) } });
    if (r.ok) {
      expect(lastDay(r.value)).toBe('2026-11-30');
      expect(inPeriod('2026-11-30T23:59:59Z', r.value)).toBe(true);
      expect(inPeriod('2026-12-01T00:00:00Z', r.value)).toBe(false);
      expect(inPeriod('2026-10-31T23:59:59Z', r.value)).toBe(false);
    }
  });

  it('takes one day as a period of one day', () => {
    const r = parsePeriod('2026-11-05', '2026-11-05');
    expect(r.ok && r.value.end - r.value.start).toBe(DAY_MS);
  });

  it('reads zoned date-times as exact instants', () => {
    const r = parsePeriod('2026-11-01T08:00:00+01:00', '2026-11-02T08:00:00Z');
    expect(r).toEqual({
      ok: true,
      value: { start: Date.UTC(2026, 10, 1, 7), end: Date.UTC(2026, 10, 2, 8) },
    });
  });

  it('names the flag of an impossible or badly written day', () => {
    const r = parsePeriod('2026-02-31', 'next week');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_value', 'from'],
        ['invalid_value', 'to'],
      ]);
      expect(r.issues[1] && renderIssue(r.issues[1], renderer('en')).message).toContain('"next week"');
    }
  });

  it.each([
    '2026-02-31T00:00:00Z',
    '2026-02-29T10:00:00+01:00',
    '2026-04-31T08:00Z',
    '2026-13-01T00:00:00Z',
    '2026-11-01T24:00:00Z',
    '2026-11-01T23:60:00Z',
    '2026-11-01T23:59:60Z',
    '2026-11-01T08:00:00+24:00',
  ])('refuses the impossible date-time %s as it refuses impossible days', (text) => {
    const r = parsePeriod(text, '2026-12-31');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_value', 'from']]);
    const open = parseOpenPeriod(undefined, text);
    expect(open.ok).toBe(false);
  });

  it('still takes a leap day and the last second of a day, zoned', () => {
    expect(parsePeriod('2028-02-29T23:59:59.999-12:00', '2028-03-02T00:00Z').ok).toBe(true);
  });

  it('refuses a date-time without a zone, which would depend on the machine', () => {
    expect(parsePeriod('2026-11-01T08:00:00', '2026-11-02').ok).toBe(false);
  });

  it('refuses a period that ends before it starts', () => {
    const r = parsePeriod('2026-11-10', '2026-11-01');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('to');
  });
});

describe('parseOpenPeriod', () => {
  it('is the whole diary when both ends are left out, and parsePeriod when both are given', () => {
    expect(parseOpenPeriod(undefined, undefined)).toEqual({ ok: true, value: undefined });
    expect(parseOpenPeriod('2026-11-01', '2026-11-30')).toEqual(parsePeriod('2026-11-01', '2026-11-30'));
  });

  it('opens either end: a day as from starts it, a day as to is included whole', () => {
    const since = parseOpenPeriod('2026-11-01', undefined);
    expect(since.ok && since.value?.start).toBe(Date.UTC(2026, 10, 1));
    expect(since.ok && since.value && inPeriod('9999-12-31T23:59:59Z', since.value)).toBe(true);
    const until = parseOpenPeriod(undefined, '2026-11-30');
    expect(until.ok && until.value?.end).toBe(Date.UTC(2026, 11, 1));
    expect(until.ok && until.value && inPeriod('1000-01-01T00:00:00Z', until.value)).toBe(true);
  });

  it('takes a zoned date-time as either open end, as the exact instant', () => {
    const at = Date.parse('2026-11-01T10:00:00+01:00');
    const since = parseOpenPeriod('2026-11-01T10:00:00+01:00', undefined);
    expect(since.ok && since.value?.start).toBe(at);
    const until = parseOpenPeriod(undefined, '2026-11-01T10:00:00+01:00');
    expect(until.ok && until.value?.end).toBe(at);
  });

  it('names the one bad end', () => {
    for (const [from, to, path] of [
      ['2026-02-31', undefined, 'from'],
      [undefined, '2026-11-01T10:00', 'to'],
      ['soon', undefined, 'from'],
    ] as const) {
      const r = parseOpenPeriod(from, to);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_value', path]]);
    }
  });
});

describe('isoDay', () => {
  it('gives the UTC day', () => {
    expect(isoDay(Date.UTC(2026, 0, 2, 23, 30))).toBe('2026-01-02');
  });
});
