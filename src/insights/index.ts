/**
 * Insights on a diary: pure functions of the diary, a period and the current time (passed in, never
 * read from the clock), so the web app, the server and the report compute the same answers.
 * The nudges look at the diary as of `now`, whatever the period: a reason to get help is current or not.
 */
import type { Diary } from '../diary/model.ts';
import { type EpisodeRate, episodeRate } from './episodes.ts';
import { escalationNudges, type Nudge } from './nudges.ts';
import { type PainTrend, painTrend } from './pain-trend.ts';
import type { Period } from './period.ts';
import { RECOVERY_PAIN, Recoveries, type RecoverySummary, recoverySummary } from './recovery.ts';
import { type RemedyEffects, remedyEffects } from './remedies.ts';

export interface Insights {
  readonly episodes: EpisodeRate;
  readonly pain: PainTrend;
  readonly recovery: RecoverySummary;
  readonly remedies: RemedyEffects;
  readonly nudges: readonly Nudge[];
}

export function computeInsights(diary: Diary, period: Period, now: number): Insights {
  // Each episode's recovery is worked out once, for the recovery summary and the nudges alike.
  const recoveries = new Recoveries(diary, now);
  return {
    episodes: episodeRate(diary, period),
    pain: painTrend(diary.checkIns, period),
    recovery: recoverySummary(diary, period, now, RECOVERY_PAIN, recoveries),
    remedies: remedyEffects(diary.remedySessions, period),
    nudges: escalationNudges(diary, now, recoveries),
  };
}

export type { Period } from './period.ts';
export type { EpisodeRate, Nudge, PainTrend, RecoverySummary, RemedyEffects };
export { episodeRate, escalationNudges, painTrend, recoverySummary, remedyEffects };
