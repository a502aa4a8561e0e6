/**
 * How often episodes start: the count in the period and the rate per week, with weekly buckets for a
 * chart. Only episodes that start inside the period count, so an episode is never counted in two periods.
 */
import type { Diary, Episode } from '../diary/model.ts';
import { inPeriod, ms, type Period, WEEK_MS } from './period.ts';
import { fmt1, plural } from './words.ts';

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
  readonly text: string;
}

export function episodesStartedIn(episodes: readonly Episode[], period: Period): Episode[] {
  return episodes
    .filter((e) => inPeriod(e.startedAt, period))
    .sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
}

/** Episodes that were going on at any time in the period, including ones that started before it. */
export function episodesDuring(episodes: readonly Episode[], period: Period): Episode[] {
  return episodes
    .filter((e) => ms(e.startedAt) < period.end && (e.endedAt === null || ms(e.endedAt) >= period.start))
    .sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
}

export function episodeRate(diary: Pick<Diary, 'episodes'>, period: Period): EpisodeRate {
  const started = episodesStartedIn(diary.episodes, period);
  const weeks = (period.end - period.start) / WEEK_MS;
  const buckets: WeekBucket[] = [];
  for (let s = period.start; s < period.end; s += WEEK_MS) {
    const end = Math.min(s + WEEK_MS, period.end);
    buckets.push({
      start: s,
      count: started.filter((e) => ms(e.startedAt) >= s && ms(e.startedAt) < end).length,
    });
  }
  const perWeek = weeks > 0 ? started.length / weeks : 0;
  const text =
    started.length === 0
      ? 'No new episode started in this period.'
      : `${plural(started.length, 'episode')} started in ${fmt1(weeks)} weeks (about ${fmt1(perWeek)} a week).`;
  return { count: started.length, weeks, perWeek, buckets, text };
}
