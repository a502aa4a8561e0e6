/**
 * The dates a doctor-visit summary covers, in the person's own time zone: "from" and "to" are calendar
 * days as a date input gives them (YYYY-MM-DD), both included, from local midnight to local midnight.
 * (The server's report works in whole UTC days so that it does not depend on where it runs; on the phone
 * a check-in made this evening must count as today wherever the person is.)
 */
import type { Period } from '../../../src/insights/period.ts';

export const DEFAULT_DAYS = 28;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of a day, or undefined when the text is not a real day (2026-02-31). */
export function localMidnight(day: string): number | undefined {
  const m = DAY.exec(day);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return localDay(d) === day ? d.getTime() : undefined;
}

/** The last four weeks, today included. */
export function defaultRange(now: Date): { from: string; to: string } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (DEFAULT_DAYS - 1));
  return { from: localDay(from), to: localDay(now) };
}

export type PeriodError = 'from' | 'to' | 'order';

/** The period from the start of `from` to the end of `to` (local time), or which input is wrong. */
export function visitPeriod(
  from: string,
  to: string,
): { ok: true; period: Period } | { ok: false; error: PeriodError } {
  const start = localMidnight(from);
  if (start === undefined) return { ok: false, error: 'from' };
  const last = localMidnight(to);
  if (last === undefined) return { ok: false, error: 'to' };
  if (last < start) return { ok: false, error: 'order' };
  // The day after `to`, by the calendar: a day is not always 24 hours where the clocks change.
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  return { ok: true, period: { start, end: new Date(y, m - 1, d + 1).getTime() } };
}

/** The file name for an export of these dates, e.g. backease-fhir-2026-11-01-to-2026-11-28.json. */
export function exportFileName(kind: string, from: string, to: string): string {
  return `backease-${kind}-${from}-to-${to}.json`;
}
