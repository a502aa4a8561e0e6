/**
 * Date ranges for insights, reports and exports. A period is a pair of instants in milliseconds,
 * start inclusive and end exclusive, so adjacent periods never count a record twice. Days given as
 * YYYY-MM-DD are whole UTC days: the diary stores zoned instants, and a report must not depend on
 * the time zone of the machine that renders it.
 */

import { fail, issue, ok, type Result } from '../contract/errors.ts';
import { msg } from '../i18n/message.ts';

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export interface Period {
  readonly start: number;
  readonly end: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ZONED = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Milliseconds of an ISO instant; NaN when it is not one. */
export function ms(iso: string): number {
  return Date.parse(iso);
}

export function inPeriod(iso: string, period: Period): boolean {
  const t = ms(iso);
  return t >= period.start && t < period.end;
}

/** The start of a UTC day written YYYY-MM-DD, or undefined when there is no such day. */
function readDay(text: string): number | undefined {
  const day = DAY.exec(text);
  if (!day) return undefined;
  const t = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  // Date.UTC rolls 2026-02-31 over to March; a rolled date is a typo, not a day.
  return new Date(t).toISOString().slice(0, 10) === text ? t : undefined;
}

/** Reads a day (YYYY-MM-DD, as the start of that UTC day) or a zoned ISO date-time. */
function readInstant(text: string): number | undefined {
  if (DAY.test(text)) return readDay(text);
  const zoned = ZONED.exec(text);
  if (!zoned) return undefined;
  // Date.parse rolls impossible dates and times over too (2026-02-31T00:00:00Z is 3 March, T24:00 the
  // next day), so the day must be a real one and every field in range, as for plain days.
  const [, day, hour, minute, second = '00', zoneHours = '00', zoneMinutes = '00'] = zoned;
  const inRange = (field: string, max: number) => Number(field) <= max;
  if (readDay(day as string) === undefined) return undefined;
  if (!inRange(hour as string, 23) || !inRange(minute as string, 59) || !inRange(second, 59))
    return undefined;
  if (!inRange(zoneHours, 23) || !inRange(zoneMinutes, 59)) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : t;
}

function badBound(name: 'from' | 'to', text: string) {
  const example = name === 'from' ? '2026-11-01' : '2026-11-30';
  return issue('invalid_value', name, msg('error.periodBound', { name, example, text }));
}

/**
 * The period from `from` to `to`, both inclusive when given as days (the whole `to` day counts).
 * Bad input is named by its flag or query parameter, so the CLI and the server can print it as is.
 */
export function parsePeriod(from: string, to: string): Result<Period> {
  const start = readInstant(from);
  const toInstant = readInstant(to);
  const problems = [];
  if (start === undefined) problems.push(badBound('from', from));
  if (toInstant === undefined) problems.push(badBound('to', to));
  if (start === undefined || toInstant === undefined) return fail(problems);
  const end = DAY.test(to) ? toInstant + DAY_MS : toInstant;
  if (end <= start) return fail([issue('invalid_value', 'to', msg('error.periodOrder', { to, from }))]);
  return ok({ start, end });
}

/**
 * The longest period a doctor-visit summary covers. The summary's weekly buckets grow with the period
 * (ten thousand years cost half a second of one core); ten years is more than any visit needs.
 */
export const MAX_REPORT_DAYS = 3660;

/**
 * A report's period (the PDF summary, from the CLI and the server alike): parsePeriod, and at most
 * MAX_REPORT_DAYS long. Issues name `from` or `to`: bad, reversed, or too long.
 */
export function reportPeriod(from: string, to: string): Result<Period> {
  const period = parsePeriod(from, to);
  if (!period.ok) return period;
  if (period.value.end - period.value.start > MAX_REPORT_DAYS * DAY_MS)
    return fail([issue('invalid_value', 'to', msg('error.periodTooLong', { max: MAX_REPORT_DAYS }))]);
  return period;
}

/** YYYY-MM-DD of an instant, in UTC like the periods. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The last day a period covers (its end is exclusive). */
export function lastDay(period: Period): string {
  return isoDay(period.end - 1);
}

/** The earliest and latest instants a Date can hold: an open end of a period. */
const EARLIEST = -8.64e15;
const LATEST = 8.64e15;

/**
 * A period where either end may be left open (for exports of "everything since" or "everything up
 * to"); undefined when both are, meaning the whole diary.
 */
export function parseOpenPeriod(
  from: string | undefined,
  to: string | undefined,
): Result<Period | undefined> {
  if (from === undefined && to === undefined) return ok(undefined);
  if (from !== undefined && to !== undefined) return parsePeriod(from, to);
  if (from !== undefined) {
    const start = readInstant(from);
    return start === undefined ? fail([badBound('from', from)]) : ok({ start, end: LATEST });
  }
  const given = to as string;
  const end = readInstant(given);
  if (end === undefined) return fail([badBound('to', given)]);
  // A day as `to` is included whole, as in parsePeriod; a date-time is the exclusive end itself.
  return ok({ start: EARLIEST, end: DAY.test(given) ? end + DAY_MS : end });
}
