/**
 * Escalation nudges: when the diary shows a reason to get help, following research/clinical.md §5.2.
 * Each nudge says what to do, why (from this person's own records) and the sources. Thresholds that
 * the research leaves open are our choices and say so here:
 * - "No improvement after a few weeks" (NHS [R13]), commonly 2-4 weeks: we use 21 days.
 * - "Improvement" is a fall of at least 2 points, the smallest change people notice (§6.4 [R81]).
 * - A saved assessment counts as current for 7 days; older ones are history, shown in the report.
 * - Severe pain follows the check's own policy (src/knowledge/pain-policy.ts, §1.6 P3): 7 or more that
 *   has lasted a week without improving. One severe check-in early in an episode is not enough.
 * - "More frequent" episodes: the latest gap between starts is at most two thirds of the earlier mean gap.
 */
import { type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type { CheckIn, Diary, Episode } from '../diary/model.ts';
import { day, list, type Message, msg } from '../i18n/message.ts';
import { SEVERE_PAIN } from '../knowledge/pain-policy.ts';
import { PAIN_MIC, painTrend } from './pain-trend.ts';
import { DAY_MS, isoDay, ms } from './period.ts';
import { type EpisodeRecovery, Recoveries } from './recovery.ts';
import { isPresent, type ReadAssessment, readAll } from './saved-assessment.ts';

export const NO_IMPROVEMENT_DAYS = 21;
export const NOT_BETTER_DAYS = 42;
export const CURRENT_ASSESSMENT_DAYS = 7;
export const RECENT_DAYS = 14;
export const LEG_SYMPTOM_DAYS = 7;
export const MORE_FREQUENT_RATIO = 2 / 3;

export type NudgeId =
  | 'follow_assessment'
  | 'not_better_6_weeks'
  | 'no_improvement_3_weeks'
  | 'getting_worse'
  | 'severe_pain'
  | 'daily_activities'
  | 'leg_symptoms_1_week'
  | 'recurrent_worse_or_more_frequent'
  | 'medicine_review'
  | 'muscle_relaxant_review'
  | 'recurrence_prevention';

export interface Nudge {
  readonly id: NudgeId;
  /** How soon to act, on the triage scale; self_care nudges are advice, not escalation. */
  readonly level: TriageLevel;
  /** What to do, action first. */
  readonly message: Message;
  /** What in the diary set it off, a sentence each. */
  readonly because: readonly Message[];
  readonly sources: readonly string[];
  /** The saved assessment this nudge repeats, so a report that shows it can say so once. */
  readonly assessmentId?: string;
}

const CRAMP_MEDICINES = ['med_diuretic', 'med_laba_inhaler', 'med_ppi_long_term', 'med_statin'] as const;

/**
 * The nudges as of `now`. `recoveries` (built for this diary and `now`) lets a caller share the
 * per-episode work with the recovery summary.
 */
export function escalationNudges(
  diary: Diary,
  now: number,
  recoveries: Recoveries = new Recoveries(diary, now),
): Nudge[] {
  const assessments = readAll(diary.assessments).filter((a) => ms(a.at) <= now);
  const current = assessments.find((a) => now - ms(a.at) <= CURRENT_ASSESSMENT_DAYS * DAY_MS) ?? null;
  const nudges = [
    ...fromAssessment(current),
    ...fromEpisodes(diary, now, recoveries),
    ...fromPain(diary, now),
    ...fromLegSymptoms(assessments),
    ...fromRecurrence(diary.episodes, now),
    ...fromMedicines(diary),
  ];
  // Most urgent first; the order within a level is the order of §5.2.
  return nudges.sort((a, b) => urgencyRank(b.level) - urgencyRank(a.level));
}

function fromAssessment(a: ReadAssessment | null): Nudge[] {
  if (!a?.triage) return [];
  const out: Nudge[] = [];
  const { level, reasons } = a.triage;
  const on = day(isoDay(ms(a.at)));
  if (level !== 'self_care') {
    out.push({
      id: 'follow_assessment',
      level,
      message: msg(`nudge.follow_assessment.${level}`, { day: on }),
      because: reasons.length
        ? [msg('nudge.because.found'), ...reasons.map((r) => r.message)]
        : [msg('nudge.because.level', { level: msg(`level.${level}.name`) })],
      sources: ['R13', 'R14'],
      assessmentId: a.id,
    });
  }
  const activities = isPresent(a, 'stops_daily_activities');
  if ((activities || isPresent(a, 'struggling_to_cope')) && urgencyRank(level) < urgencyRank('gp')) {
    out.push({
      id: 'daily_activities',
      level: 'gp',
      message: msg('nudge.daily_activities'),
      because: [
        msg('nudge.daily_activities.because', { day: on, what: activities ? 'activities' : 'coping' }),
      ],
      sources: ['R13'],
    });
  }
  return out;
}

function improved(r: EpisodeRecovery): boolean {
  const first = r.checkIns[0]?.pain ?? r.episode.pain;
  const last = r.checkIns[r.checkIns.length - 1]?.pain;
  return last !== undefined && first - last >= PAIN_MIC;
}

function fromEpisodes(diary: Diary, now: number, recoveries: Recoveries): Nudge[] {
  const out: Nudge[] = [];
  for (const e of diary.episodes.filter((x) => ms(x.startedAt) <= now)) {
    const r = recoveries.of(e);
    if (r.status !== 'ongoing') continue;
    const days = Math.floor(r.days);
    const since = { day: day(isoDay(ms(e.startedAt))), days };
    if (days >= NOT_BETTER_DAYS) {
      out.push({
        id: 'not_better_6_weeks',
        level: 'gp',
        message: msg('nudge.not_better_6_weeks'),
        because: [msg('nudge.episode.notOver', since)],
        sources: ['R13c'],
      });
    } else if (days >= NO_IMPROVEMENT_DAYS && !improved(r)) {
      out.push({
        id: 'no_improvement_3_weeks',
        level: 'gp',
        message: msg('nudge.no_improvement_3_weeks'),
        because: [
          msg('nudge.episode.noDrop', {
            ...since,
            checkIns: r.checkIns.length ? 'yes' : 'no',
            mic: PAIN_MIC,
          }),
        ],
        sources: ['R13'],
      });
    }
  }
  return out;
}

function fromPain(diary: Diary, now: number): Nudge[] {
  const out: Nudge[] = [];
  const recent = { start: now - RECENT_DAYS * DAY_MS, end: now + 1 };
  const trend = painTrend(diary.checkIns, recent);
  if (trend.direction === 'worse') {
    out.push({
      id: 'getting_worse',
      level: 'gp',
      message: msg('nudge.getting_worse'),
      because: [msg('nudge.getting_worse.because', { days: RECENT_DAYS }), trend.message],
      sources: ['R13'],
    });
  }
  const latest = diary.checkIns.reduce<CheckIn | undefined>(
    (a, c) => (!a || ms(c.at) > ms(a.at) ? c : a),
    undefined,
  );
  const since = latest && severeSince(diary, latest);
  if (
    latest &&
    since !== undefined &&
    now - ms(latest.at) <= CURRENT_ASSESSMENT_DAYS * DAY_MS &&
    ms(latest.at) - since >= SEVERE_PAIN.days * DAY_MS &&
    trend.direction !== 'better'
  ) {
    out.push({
      id: 'severe_pain',
      level: 'gp',
      message: msg('nudge.severe_pain'),
      because: [
        msg('nudge.severe_pain.because', {
          day: day(isoDay(ms(latest.at))),
          pain: latest.pain,
          since: day(isoDay(since)),
        }),
      ],
      sources: [...SEVERE_PAIN.sources],
    });
  }
  return out;
}

/**
 * Since when the pain has gone on, as the check counts it: the start of the latest check-in's episode
 * (the check asks how many days ago the episode started), else the first of the run of severe
 * check-ins that ends with it. Undefined when the latest check-in is not severe.
 */
function severeSince(diary: Diary, latest: CheckIn): number | undefined {
  if (latest.pain < SEVERE_PAIN.score) return undefined;
  const episode = latest.episodeId ? diary.episodes.find((e) => e.id === latest.episodeId) : undefined;
  const byTime = [...diary.checkIns]
    .filter((c) => ms(c.at) <= ms(latest.at))
    .sort((a, b) => ms(b.at) - ms(a.at));
  let start = ms(latest.at);
  for (const c of byTime) {
    if (c.pain < SEVERE_PAIN.score) break;
    start = ms(c.at);
  }
  return episode ? ms(episode.startedAt) : start;
}

const LEG_FINDINGS = ['numbness_one_leg', 'weakness_one_leg'] as const;

/** Numbness or weakness in one leg still there a week after it was first reported (§5.2 [R13c]). */
function fromLegSymptoms(newestFirst: readonly ReadAssessment[]): Nudge[] {
  const latest = newestFirst[0];
  if (!latest || !LEG_FINDINGS.some((f) => isPresent(latest, f))) return [];
  const oldestFirst = [...newestFirst].reverse();
  const first = oldestFirst.find((a) => LEG_FINDINGS.some((f) => isPresent(a, f)));
  if (!first || ms(latest.at) - ms(first.at) < LEG_SYMPTOM_DAYS * DAY_MS) return [];
  return [
    {
      id: 'leg_symptoms_1_week',
      level: 'gp',
      message: msg('nudge.leg_symptoms_1_week'),
      because: [
        msg('nudge.leg_symptoms_1_week.because', {
          first: day(isoDay(ms(first.at))),
          last: day(isoDay(ms(latest.at))),
        }),
      ],
      sources: ['R13c'],
    },
  ];
}

function fromRecurrence(episodes: readonly Episode[], now: number): Nudge[] {
  const timed = episodes
    .map((e) => ({ e, t: ms(e.startedAt) }))
    .filter((x) => x.t <= now)
    .sort((a, b) => a.t - b.t);
  const started = timed.map((x) => x.e);
  if (started.length < 2) return [];
  const gaps = timed.slice(1).map((x, i) => x.t - (timed[i] as { t: number }).t);
  const last3 = started.slice(-3);
  const worse =
    last3.length === 3 && last3.every((e, i) => i === 0 || e.pain > (last3[i - 1] as Episode).pain);
  const earlier = gaps.slice(0, -1);
  const lastGap = gaps[gaps.length - 1] as number;
  const meanEarlier = earlier.reduce((s, g) => s + g, 0) / (earlier.length || 1);
  const moreFrequent = earlier.length > 0 && lastGap <= meanEarlier * MORE_FREQUENT_RATIO;
  if (worse || moreFrequent) {
    const because = [
      ...(moreFrequent
        ? [
            msg('nudge.recurrent.moreFrequent', {
              gap: Math.round(lastGap / DAY_MS),
              mean: Math.round(meanEarlier / DAY_MS),
            }),
          ]
        : []),
      ...(worse ? [msg('nudge.recurrent.worse', { pains: list(last3.map((e) => e.pain)) })] : []),
    ];
    return [
      {
        id: 'recurrent_worse_or_more_frequent',
        level: 'gp',
        message: msg('nudge.recurrent_worse_or_more_frequent'),
        because,
        sources: ['R74', 'R59'],
      },
    ];
  }
  return [
    {
      id: 'recurrence_prevention',
      level: 'self_care',
      message: msg('nudge.recurrence_prevention'),
      because: [msg('nudge.recurrence_prevention.because', { count: started.length })],
      sources: ['R74', 'R59'],
    },
  ];
}

function fromMedicines(diary: Diary): Nudge[] {
  const present = new Set(diary.profile.evidence.filter((e) => e.state === 'present').map((e) => e.id));
  const out: Nudge[] = [];
  const cramp = CRAMP_MEDICINES.filter((m) => present.has(m));
  if (cramp.length && diary.episodes.length) {
    out.push({
      id: 'medicine_review',
      level: 'gp',
      message: msg('nudge.medicine_review'),
      because: [
        msg('nudge.medicine_review.because', { medicines: list(cramp.map((id) => msg(`medicine.${id}`))) }),
      ],
      sources: ['R40', 'R37'],
    });
  }
  if (present.has('med_muscle_relaxant')) {
    out.push({
      id: 'muscle_relaxant_review',
      level: 'gp',
      message: msg('nudge.muscle_relaxant_review'),
      because: [msg('nudge.muscle_relaxant_review.because')],
      sources: ['R72', 'R2'],
    });
  }
  return out;
}
