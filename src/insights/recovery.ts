/**
 * Time to recovery for each episode: from its start to whichever comes first, the day the person
 * ended it or the first check-in at or below the recovery threshold. The default threshold is 0:
 * a pain score of 0 best matches people's own sense of complete recovery (research/clinical.md §6.4,
 * [R81b]). An episode with neither is still going, and its age so far is what the nudges look at.
 */
import type { CheckIn, Diary, Episode } from '../diary/model.ts';
import { episodesDuring } from './episodes.ts';
import { DAY_MS, ms, type Period } from './period.ts';
import { fmt1, plural } from './words.ts';

export const RECOVERY_PAIN = 0;

export type RecoveryStatus = 'ended' | 'pain_free' | 'ongoing';

export interface EpisodeRecovery {
  readonly episode: Episode;
  readonly status: RecoveryStatus;
  /** When it ended or pain reached the threshold; null while ongoing. */
  readonly recoveredAt: number | null;
  /** Days from start to recovery, or to `now` while ongoing. */
  readonly days: number;
  /** The episode's check-ins, oldest first. */
  readonly checkIns: readonly CheckIn[];
}

export interface RecoverySummary {
  readonly episodes: readonly EpisodeRecovery[];
  readonly recoveredDays: readonly number[];
  readonly medianDays: number | null;
  readonly text: string;
}

/**
 * The check-ins of an episode: those linked to it, and unlinked ones from its start until it ended
 * or the next episode started (people often log pain without choosing the episode).
 */
export function checkInsOf(
  episode: Episode,
  all: readonly Episode[],
  checkIns: readonly CheckIn[],
): CheckIn[] {
  const start = ms(episode.startedAt);
  const nextStart = Math.min(
    ...all.map((e) => ms(e.startedAt)).filter((t) => t > start),
    Number.POSITIVE_INFINITY,
  );
  const end = Math.min(episode.endedAt === null ? Number.POSITIVE_INFINITY : ms(episode.endedAt), nextStart);
  return checkIns
    .filter((c) => (c.episodeId === null ? ms(c.at) >= start && ms(c.at) <= end : c.episodeId === episode.id))
    .sort((a, b) => ms(a.at) - ms(b.at));
}

export function episodeRecovery(
  episode: Episode,
  diary: Pick<Diary, 'episodes' | 'checkIns'>,
  now: number,
  threshold = RECOVERY_PAIN,
): EpisodeRecovery {
  const start = ms(episode.startedAt);
  const own = checkInsOf(episode, diary.episodes, diary.checkIns).filter((c) => ms(c.at) <= now);
  const painFree = own.find((c) => c.pain <= threshold && ms(c.at) >= start);
  const ended = episode.endedAt !== null && ms(episode.endedAt) <= now ? ms(episode.endedAt) : null;
  const painFreeAt = painFree ? ms(painFree.at) : null;
  if (ended === null && painFreeAt === null) {
    return {
      episode,
      status: 'ongoing',
      recoveredAt: null,
      days: Math.max(0, now - start) / DAY_MS,
      checkIns: own,
    };
  }
  const useEnd = painFreeAt === null || (ended !== null && ended <= painFreeAt);
  const at = useEnd ? (ended as number) : (painFreeAt as number);
  return {
    episode,
    status: useEnd ? 'ended' : 'pain_free',
    recoveredAt: at,
    days: (at - start) / DAY_MS,
    checkIns: own,
  };
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function recoverySummary(
  diary: Pick<Diary, 'episodes' | 'checkIns'>,
  period: Period,
  now: number,
  threshold = RECOVERY_PAIN,
): RecoverySummary {
  const episodes = episodesDuring(diary.episodes, period)
    .filter((e) => ms(e.startedAt) <= now)
    .map((e) => episodeRecovery(e, diary, now, threshold));
  const recoveredDays = episodes.filter((r) => r.status !== 'ongoing').map((r) => r.days);
  const medianDays = median(recoveredDays);
  return { episodes, recoveredDays, medianDays, text: recoveryText(episodes, recoveredDays, medianDays) };
}

function recoveryText(
  episodes: readonly EpisodeRecovery[],
  recoveredDays: readonly number[],
  medianDays: number | null,
): string {
  if (episodes.length === 0) return 'No episodes in this period.';
  const parts: string[] = [];
  if (recoveredDays.length === 0)
    parts.push(`None of the ${plural(episodes.length, 'episode')} has settled yet.`);
  else if (recoveredDays.length === 1)
    parts.push(
      `1 of ${plural(episodes.length, 'episode')} settled, after ${plural(Math.round(recoveredDays[0] as number), 'day')}.`,
    );
  else
    parts.push(
      `${recoveredDays.length} of ${episodes.length} episodes settled, in a median of ${fmt1(medianDays as number)} days.`,
    );
  for (const r of episodes.filter((x) => x.status === 'ongoing'))
    parts.push(`One is still going after ${plural(Math.floor(r.days), 'day')}.`);
  return parts.join(' ');
}
