/**
 * Time to recovery for each episode: from its start to whichever comes first, the day the person
 * ended it or the first check-in at or below the recovery threshold. The default threshold is 0:
 * a pain score of 0 best matches people's own sense of complete recovery (research/clinical.md §6.4,
 * [R81b]). An episode with neither is still going, and its age so far is what the nudges look at.
 *
 * Cost: a diary can hold thousands of episodes and check-ins, so the check-ins are parsed and sorted
 * once (`EpisodeCheckIns`) and each episode's share is found by binary search, O(n log n) in all;
 * `Recoveries` computes each episode's recovery once, so the summary and the nudges share it.
 */

import type { CheckIn, Diary, Episode } from '../diary/model.ts';
import { type Message, msg } from '../i18n/message.ts';
import { episodesDuring } from './episodes.ts';
import { DAY_MS, ms, type Period } from './period.ts';
import { round1 } from './round.ts';

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
  /** Recovery in words, a sentence each. */
  readonly messages: readonly Message[];
}

/** A check-in with its time parsed once and its place in the diary (ties in time keep diary order). */
interface Timed {
  readonly checkIn: CheckIn;
  readonly t: number;
  readonly i: number;
}

const byTime = (a: Timed, b: Timed): number => a.t - b.t || a.i - b.i;

/** The first index whose value is not below `x` (`strict`: above `x`) in an ascending array. */
function bound(xs: readonly number[], x: number, strict: boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = xs[mid] as number;
    if (v < x || (strict && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two lists in (time, diary order) merged into one in that order. */
function merge(a: readonly Timed[], b: readonly Timed[]): Timed[] {
  if (a.length === 0) return [...b];
  if (b.length === 0) return [...a];
  const out: Timed[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    out.push(byTime(a[i] as Timed, b[j] as Timed) <= 0 ? (a[i++] as Timed) : (b[j++] as Timed));
  while (i < a.length) out.push(a[i++] as Timed);
  while (j < b.length) out.push(b[j++] as Timed);
  return out;
}

/**
 * Which check-ins belong to which episode: those linked to it, and unlinked ones from its start until
 * it ended or the next episode started (people often log pain without choosing the episode). Built
 * once for a diary in O(n log n); each episode's check-ins then cost O(log n) plus their number.
 */
export class EpisodeCheckIns {
  /** Distinct episode start times, ascending: where the next episode starts. */
  readonly #starts: number[];
  readonly #unlinked: Timed[];
  readonly #unlinkedTimes: number[];
  readonly #linked = new Map<string, Timed[]>();

  constructor(episodes: readonly Episode[], checkIns: readonly CheckIn[]) {
    const starts = episodes.map((e) => ms(e.startedAt)).filter((t) => !Number.isNaN(t));
    this.#starts = [...new Set(starts)].sort((a, b) => a - b);
    const timed = checkIns.map((checkIn, i): Timed => ({ checkIn, t: ms(checkIn.at), i })).sort(byTime);
    this.#unlinked = [];
    for (const x of timed) {
      const id = x.checkIn.episodeId;
      if (id === null) {
        if (!Number.isNaN(x.t)) this.#unlinked.push(x);
      } else {
        const list = this.#linked.get(id);
        if (list) list.push(x);
        else this.#linked.set(id, [x]);
      }
    }
    this.#unlinkedTimes = this.#unlinked.map((x) => x.t);
  }

  /** The episode's check-ins, oldest first (ties in the diary's order), with their times. */
  timed(episode: Episode): Timed[] {
    const linked = this.#linked.get(episode.id) ?? [];
    const start = ms(episode.startedAt);
    if (Number.isNaN(start)) return [...linked];
    const next = this.#starts[bound(this.#starts, start, true)] ?? Number.POSITIVE_INFINITY;
    const end = Math.min(episode.endedAt === null ? Number.POSITIVE_INFINITY : ms(episode.endedAt), next);
    const lo = bound(this.#unlinkedTimes, start, false);
    const hi = bound(this.#unlinkedTimes, end, true);
    return merge(hi > lo ? this.#unlinked.slice(lo, hi) : [], linked);
  }

  of(episode: Episode): CheckIn[] {
    return this.timed(episode).map((x) => x.checkIn);
  }
}

/**
 * The check-ins of an episode: those linked to it, and unlinked ones from its start until it ended
 * or the next episode started. For one episode; `EpisodeCheckIns` answers for many at once.
 */
export function checkInsOf(
  episode: Episode,
  all: readonly Episode[],
  checkIns: readonly CheckIn[],
): CheckIn[] {
  return new EpisodeCheckIns(all, checkIns).of(episode);
}

function recoveryFrom(
  episode: Episode,
  timed: readonly Timed[],
  now: number,
  threshold: number,
): EpisodeRecovery {
  const start = ms(episode.startedAt);
  const own = timed.filter((x) => x.t <= now);
  const painFree = own.find((x) => x.checkIn.pain <= threshold && x.t >= start);
  const checkIns = own.map((x) => x.checkIn);
  const ended = episode.endedAt !== null && ms(episode.endedAt) <= now ? ms(episode.endedAt) : null;
  const painFreeAt = painFree ? painFree.t : null;
  if (ended === null && painFreeAt === null) {
    return {
      episode,
      status: 'ongoing',
      recoveredAt: null,
      days: Math.max(0, now - start) / DAY_MS,
      checkIns,
    };
  }
  const useEnd = painFreeAt === null || (ended !== null && ended <= painFreeAt);
  const at = useEnd ? (ended as number) : (painFreeAt as number);
  return {
    episode,
    status: useEnd ? 'ended' : 'pain_free',
    recoveredAt: at,
    days: (at - start) / DAY_MS,
    checkIns,
  };
}

/**
 * The recovery of any episode of one diary as of `now`, each computed once: the summary's episode
 * table and the nudges ask for the same episodes, and get the same objects.
 */
export class Recoveries {
  readonly now: number;
  readonly threshold: number;
  readonly #checkIns: EpisodeCheckIns;
  readonly #done = new Map<Episode, EpisodeRecovery>();

  constructor(diary: Pick<Diary, 'episodes' | 'checkIns'>, now: number, threshold = RECOVERY_PAIN) {
    this.now = now;
    this.threshold = threshold;
    this.#checkIns = new EpisodeCheckIns(diary.episodes, diary.checkIns);
  }

  of(episode: Episode): EpisodeRecovery {
    let r = this.#done.get(episode);
    if (!r) {
      r = recoveryFrom(episode, this.#checkIns.timed(episode), this.now, this.threshold);
      this.#done.set(episode, r);
    }
    return r;
  }
}

export function episodeRecovery(
  episode: Episode,
  diary: Pick<Diary, 'episodes' | 'checkIns'>,
  now: number,
  threshold = RECOVERY_PAIN,
): EpisodeRecovery {
  return new Recoveries(diary, now, threshold).of(episode);
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Recovery of the episodes going on in the period. `recoveries` (built for this diary, `now` and
 * `threshold`) lets a caller share the per-episode work with the nudges.
 */
export function recoverySummary(
  diary: Pick<Diary, 'episodes' | 'checkIns'>,
  period: Period,
  now: number,
  threshold = RECOVERY_PAIN,
  recoveries: Recoveries = new Recoveries(diary, now, threshold),
): RecoverySummary {
  const episodes = episodesDuring(diary.episodes, period)
    .filter((e) => ms(e.startedAt) <= now)
    .map((e) => recoveries.of(e));
  const recoveredDays = episodes.filter((r) => r.status !== 'ongoing').map((r) => r.days);
  const medianDays = median(recoveredDays);
  return { episodes, recoveredDays, medianDays, messages: recoveryText(episodes, recoveredDays, medianDays) };
}

function recoveryText(
  episodes: readonly EpisodeRecovery[],
  recoveredDays: readonly number[],
  medianDays: number | null,
): Message[] {
  if (episodes.length === 0) return [msg('insight.recovery.none')];
  const total = episodes.length;
  const parts: Message[] = [];
  if (recoveredDays.length === 0) parts.push(msg('insight.recovery.noneSettled', { total }));
  else if (recoveredDays.length === 1)
    parts.push(msg('insight.recovery.oneSettled', { total, days: Math.round(recoveredDays[0] as number) }));
  else
    parts.push(
      msg('insight.recovery.settled', {
        count: recoveredDays.length,
        total,
        median: round1(medianDays as number),
      }),
    );
  for (const r of episodes.filter((x) => x.status === 'ongoing'))
    parts.push(msg('insight.recovery.ongoing', { days: Math.floor(r.days) }));
  return parts;
}
