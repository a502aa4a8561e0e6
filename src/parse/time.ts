/**
 * Time expressions: "three days ago", "for two weeks", "yesterday", "since Tuesday", "since 3 March".
 * Days are counted back from `today` when a date is needed, and never from the clock: without `today`,
 * a weekday or a calendar date cannot be placed, so it is reported as not understood and gives no
 * duration; relative phrases ("yesterday", "for two weeks") need no date and always work.
 */
import type { TimeRule } from '../knowledge/lexicon/types.ts';
import type { CompiledLexicon } from './compile.ts';
import { findPatterns } from './match.ts';
import type { Sentence, Token } from './tokenise.ts';

export interface TimeHit {
  readonly kind: TimeRule['kind'] | 'relative';
  readonly start: number;
  readonly end: number;
  readonly consumed: readonly number[];
  /** Days back to the start; undefined when it needs a date that was not given. */
  readonly days?: number;
  /** For durations given in hours or minutes ("for about twenty minutes"). */
  readonly minutes?: number;
  readonly needsToday: boolean;
  /** "for years": long, without a number. */
  readonly vague: boolean;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a date (Date.UTC's month from 0; day 0 is the last of the month before). */
function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month, day) / DAY_MS);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (validated by the input schema). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dayOf(y, m - 1, d);
}

/** Monday 0 … Sunday 6; 1970-01-01 was a Thursday. */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function resolve(
  rule: TimeRule,
  tokens: readonly Token[],
  consumed: readonly number[],
  nums: readonly number[],
  lex: CompiledLexicon,
  today: number | undefined,
): Omit<TimeHit, 'start' | 'end' | 'consumed' | 'kind'> | undefined {
  const words = consumed.map((i) => (tokens[i] as Token).norm);
  if (rule.kind === 'vague') return { days: rule.unitDays ?? 0, needsToday: false, vague: true };
  // Found only to take its words from a duration's reading ("review in 1/52" is not 7 days of pain).
  if (rule.kind === 'ahead') return { needsToday: false, vague: false };
  if (rule.kind === 'ago' || rule.kind === 'for') {
    const unit = words.find((w) => lex.units.has(w));
    const perUnit = unit !== undefined ? (lex.units.get(unit) as number) : rule.unitDays;
    if (perUnit === undefined) return undefined;
    const count = nums.length > 0 ? mean(nums) : 1;
    const perMinute = unit !== undefined ? lex.unitMinutes.get(unit) : undefined;
    return {
      // Hours and minutes count as days only past a day's worth ("48 hours ago" is two days).
      days: perMinute !== undefined ? Math.floor((count * perMinute) / 1440) : count * perUnit,
      ...(perMinute !== undefined ? { minutes: count * perMinute } : {}),
      needsToday: false,
      vague: false,
    };
  }
  if (rule.kind === 'weekday') {
    const dow = words.map((w) => lex.weekdays.get(w)).find((d) => d !== undefined);
    if (dow === undefined) return undefined;
    if (today === undefined) return { needsToday: true, vague: false };
    // "since Tuesday" said on a Tuesday means a week ago.
    return { days: (weekday(today) - dow + 7) % 7 || 7, needsToday: false, vague: false };
  }
  // A calendar date: a month and a day, perhaps a year; or a month or a year alone ("in October", "in
  // 2015"), taken at the middle of its part up to today.
  const month = words.map((w) => lex.months.get(w)).find((m) => m !== undefined);
  const day = nums.find((n) => Number.isInteger(n) && n >= 1 && n <= 31);
  const year = nums.find((n) => Number.isInteger(n) && n >= 1900);
  if (month === undefined && year === undefined) return undefined;
  if (today === undefined) return { needsToday: true, vague: false };
  const todayYear = new Date(today * DAY_MS).getUTCFullYear();
  // The days since the middle of [first, last], `last` cut at today.
  const middle = (first: number, last: number) => ({
    days: today - Math.round((first + Math.min(today, last)) / 2),
    needsToday: false,
    vague: false,
  });
  if (month === undefined) {
    if (year === undefined || year > todayYear) return undefined;
    return middle(dayOf(year, 0, 1), dayOf(year, 11, 31));
  }
  if (day === undefined) {
    // Without a year, a month not yet begun is last year's.
    let y = year ?? todayYear;
    if (year === undefined && dayOf(y, month, 1) > today) y--;
    if (dayOf(y, month, 1) > today) return undefined;
    return middle(dayOf(y, month, 1), dayOf(y, month + 1, 0));
  }
  let date = dayOf(year ?? todayYear, month, day);
  // Without a year, a date after today is last year's.
  if (year === undefined && date > today) date = dayOf(todayYear - 1, month, day);
  if (date > today) return undefined;
  return { days: today - date, needsToday: false, vague: false };
}

export function findTimes(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
  today: number | undefined,
): TimeHit[] {
  const found: TimeHit[] = [];
  for (const s of sentences) {
    for (const h of findPatterns(lex.time, tokens, s, lex)) {
      const span = h.parts[0];
      if (!span) continue;
      const r = resolve(h.payload, tokens, span.consumed, span.nums, lex, today);
      if (!r) continue;
      // A weekday found by the verb before it ("hurt my back Saturday") is the weekday's word alone, so a
      // "since Tuesday" of its own is still the longer time where both are said.
      let start = span.start;
      if (h.payload.dayOnly) {
        const day = span.consumed.find((i) => lex.weekdays.has((tokens[i] as Token).norm));
        if (day !== undefined) start = day;
      }
      const consumed = span.consumed.filter((i) => i >= start);
      found.push({ kind: h.payload.kind, start, end: span.end, consumed, ...r });
    }
    for (const h of findPatterns(lex.relativeDays, tokens, s, lex)) {
      const span = h.parts[0];
      if (!span) continue;
      found.push({
        kind: 'relative',
        start: span.start,
        end: span.end,
        consumed: span.consumed,
        days: h.payload,
        needsToday: false,
        vague: false,
      });
    }
  }
  // Where expressions overlap, the longest wins ("yesterday evening" over "yesterday").
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const used = new Set<number>();
  const out: TimeHit[] = [];
  for (const t of found) {
    let clash = false;
    for (let i = t.start; i < t.end; i++) if (used.has(i)) clash = true;
    if (clash) continue;
    for (let i = t.start; i < t.end; i++) used.add(i);
    out.push(t);
  }
  return out.sort((a, b) => a.start - b.start);
}
