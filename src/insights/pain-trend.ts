/**
 * The pain trend: a least-squares line through the 0-10 check-ins, read as the change it implies over
 * the time the check-ins span. A change under 2 points is called "about the same": 2 points is the
 * smallest change people with back pain notice as meaningful on the 0-10 scale (research/clinical.md
 * §6.4, MIC [R81][R82]). With fewer than 3 check-ins, or all on one day, a line says nothing honest.
 */
import type { CheckIn } from '../diary/model.ts';
import { type Message, msg } from '../i18n/message.ts';
import { DAY_MS, ms, type Period } from './period.ts';
import { round1 } from './round.ts';

/** The smallest change on the 0-10 pain scale that people notice (clinical.md §6.4). */
export const PAIN_MIC = 2;
export const MIN_TREND_POINTS = 3;

export type TrendDirection = 'better' | 'worse' | 'same' | 'unknown';

export interface PainPoint {
  readonly at: string;
  readonly pain: number;
}

export interface PainTrend {
  readonly points: readonly PainPoint[];
  readonly count: number;
  readonly first: number | null;
  readonly last: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  /** Fitted change in points per week; null when there are too few points for a line. */
  readonly slopePerWeek: number | null;
  /** Fitted change from the first to the last check-in; null when there are too few points. */
  readonly change: number | null;
  readonly spanDays: number;
  readonly direction: TrendDirection;
  /** The trend in words. */
  readonly message: Message;
}

/** The check-ins in the period, oldest first (ties keep the diary's order); each time parsed once. */
function timedPoints(checkIns: readonly CheckIn[], period: Period): { point: PainPoint; t: number }[] {
  return checkIns
    .map((c) => ({ point: { at: c.at, pain: c.pain }, t: ms(c.at) }))
    .filter((x) => x.t >= period.start && x.t < period.end)
    .sort((a, b) => a.t - b.t);
}

/** Least-squares slope of y over x; null when x does not vary. */
export function slope(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  return sxx === 0 ? null : sxy / sxx;
}

export function painTrend(checkIns: readonly CheckIn[], period: Period): PainTrend {
  const timed = timedPoints(checkIns, period);
  const points = timed.map((x) => x.point);
  const pains = points.map((p) => p.pain);
  const days = timed.map((x) => x.t / DAY_MS);
  const spanDays = days.length > 1 ? (days[days.length - 1] as number) - (days[0] as number) : 0;
  const base = {
    points,
    count: points.length,
    first: pains[0] ?? null,
    last: pains[pains.length - 1] ?? null,
    // A loop, not Math.min(...pains): spreading a long diary's pains would overflow the call stack.
    min: pains.length ? pains.reduce((m, p) => Math.min(m, p)) : null,
    max: pains.length ? pains.reduce((m, p) => Math.max(m, p)) : null,
    mean: pains.length ? round1(pains.reduce((s, p) => s + p, 0) / pains.length) : null,
    spanDays,
  };
  const perDay = points.length >= MIN_TREND_POINTS && spanDays >= 1 ? slope(days, pains) : null;
  if (perDay === null) {
    return { ...base, slopePerWeek: null, change: null, direction: 'unknown', message: tooFewText(points) };
  }
  const change = perDay * spanDays;
  const direction: TrendDirection = change <= -PAIN_MIC ? 'better' : change >= PAIN_MIC ? 'worse' : 'same';
  return {
    ...base,
    slopePerWeek: perDay * 7,
    change,
    direction,
    message: trendText(direction, change, spanDays, points.length),
  };
}

function tooFewText(points: readonly PainPoint[]): Message {
  if (points.length === 0) return msg('insight.trend.none');
  if (points.length === 1) return msg('insight.trend.one', { pain: points[0]?.pain ?? 0 });
  return msg('insight.trend.few', { count: points.length, min: MIN_TREND_POINTS });
}

function trendText(direction: TrendDirection, change: number, spanDays: number, n: number): Message {
  const over = { days: Math.round(spanDays), n, size: round1(Math.abs(change)), mic: PAIN_MIC };
  if (direction === 'better') return msg('insight.trend.better', over);
  if (direction === 'worse') return msg('insight.trend.worse', over);
  // A change of 1.96 rounds to "2 points"; say "just under" rather than contradict the threshold.
  return msg(over.size >= PAIN_MIC ? 'insight.trend.sameJustUnder' : 'insight.trend.same', over);
}
