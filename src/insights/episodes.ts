/**
 * How often episodes start: the count in the period and the rate per week, with weekly buckets for a
 * chart. Only episodes that start inside the period count, so an episode is never counted in two periods.
 */
import type { Diary, Episode } from '../diary/model.ts';
import { type Message, msg } from '../i18n/message.ts';
import { ms, type Period, WEEK_MS } from './period.ts';
import { round1 } from './round.ts';

export interface WeekBucket {
  /** Start of the 7-day window, in ms; windows run from the period start. */
  readonly start: number;
  readonly count: number;
}

export interface EpisodeRate {
  readonly count: number;
  readonly weeks: number;
  readonly perWeek: number;
  readonly buckets: readonly WeekBucket[];
  /** The rate in words. */
  readonly message: Message;
}

/** Episodes in order of their start, each start parsed once (ties keep the diary's order). */
function byStart(episodes: readonly Episode[], keep: (e: Episode, start: number) => boolean): Episode[] {
  return episodes
    .map((e) => ({ e, start: ms(e.startedAt) }))
    .filter((x) => keep(x.e, x.start))
    .sort((a, b) => a.start - b.start)
    .map((x) => x.e);
}

export function episodesStartedIn(episodes: readonly Episode[], period: Period): Episode[] {
  return byStart(episodes, (_, start) => start >= period.start && start < period.end);
}

/** Episodes that were going on at any time in the period, including ones that started before it. */
export function episodesDuring(episodes: readonly Episode[], period: Period): Episode[] {
  return byStart(
    episodes,
    (e, start) => start < period.end && (e.endedAt === null || ms(e.endedAt) >= period.start),
  );
}

export function episodeRate(diary: Pick<Diary, 'episodes'>, period: Period): EpisodeRate {
  const started = episodesStartedIn(diary.episodes, period);
  const weeks = (period.end - period.start) / WEEK_MS;
  const buckets: { start: number; count: number }[] = [];
  for (let s = period.start; s < period.end; s += WEEK_MS) buckets.push({ start: s, count: 0 });
  // Every started episode is inside the period, so its window is its whole weeks since the start.
  for (const e of started) {
    const bucket = buckets[Math.floor((ms(e.startedAt) - period.start) / WEEK_MS)];
    if (bucket) bucket.count += 1;
  }
  const perWeek = weeks > 0 ? started.length / weeks : 0;
  const message =
    started.length === 0
      ? msg('insight.rate.none')
      : msg('insight.rate', { count: started.length, weeks: round1(weeks), perWeek: round1(perWeek) });
  return { count: started.length, weeks, perWeek, buckets, message };
}
