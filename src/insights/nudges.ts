/**
 * Escalation nudges: when the diary shows a reason to get help, following research/clinical.md §5.2.
 * Each nudge says what to do, why (from this person's own records) and the sources. Thresholds that
 * the research leaves open are our choices and say so here:
 * - "No improvement after a few weeks" (NHS [R13]), commonly 2-4 weeks: we use 21 days.
 * - "Improvement" is a fall of at least 2 points, the smallest change people notice (§6.4 [R81]).
 * - A saved assessment counts as current for 7 days; older ones are history, shown in the report.
 * - "Severe" is 7 or more, the severe band of the 0-10 scale (§6.4 [R82]).
 * - "More frequent" episodes: the latest gap between starts is at most two thirds of the earlier mean gap.
 */
import { type TriageLevel, urgencyRank } from '../contract/ids.ts';
import type { Diary, Episode } from '../diary/model.ts';
import { PAIN_MIC, painTrend } from './pain-trend.ts';
import { DAY_MS, isoDay, ms } from './period.ts';
import { type EpisodeRecovery, Recoveries } from './recovery.ts';
import { isPresent, type ReadAssessment, readAll } from './saved-assessment.ts';
import { plural } from './words.ts';

export const NO_IMPROVEMENT_DAYS = 21;
export const NOT_BETTER_DAYS = 42;
export const CURRENT_ASSESSMENT_DAYS = 7;
export const RECENT_DAYS = 14;
export const SEVERE_PAIN = 7;
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
  readonly text: string;
  /** What in the diary set it off. */
  readonly because: string;
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
  const { level, reasons, action } = a.triage;
  if (level !== 'self_care') {
    out.push({
      id: 'follow_assessment',
      level,
      text: `Your check on ${isoDay(ms(a.at))} said: ${action || 'get the care it named.'} If you have not done this yet, do it now; if anything has changed, check again.`,
      because: reasons.length
        ? `It found: ${reasons.map((r) => r.text).join(' ')}`
        : `It set the level "${level}".`,
      sources: ['R13', 'R14'],
      assessmentId: a.id,
    });
  }
  const activities = isPresent(a, 'stops_daily_activities');
  if ((activities || isPresent(a, 'struggling_to_cope')) && urgencyRank(level) < urgencyRank('gp')) {
    out.push({
      id: 'daily_activities',
      level: 'gp',
      text: 'See a GP: pain that stops your daily activities, or that you are struggling to cope with, needs a doctor.',
      because: `Your check on ${isoDay(ms(a.at))} says the pain ${activities ? 'stops your usual daily activities' : 'is hard to cope with'}.`,
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
    const since = `The episode that started on ${isoDay(ms(e.startedAt))} has lasted ${plural(days, 'day')}`;
    if (days >= NOT_BETTER_DAYS) {
      out.push({
        id: 'not_better_6_weeks',
        level: 'gp',
        text: 'See a GP: back pain that has not gone after 6 weeks should be checked.',
        because: `${since} and has not been marked as over.`,
        sources: ['R13c'],
      });
    } else if (days >= NO_IMPROVEMENT_DAYS && !improved(r)) {
      out.push({
        id: 'no_improvement_3_weeks',
        level: 'gp',
        text: 'See a GP or a physiotherapist: self-care has not helped after a few weeks.',
        because: `${since}, and ${r.checkIns.length ? 'your check-ins do not show pain falling by 2 points or more' : 'there are no check-ins showing it getting better'}.`,
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
      text: 'See a GP: your pain is getting worse.',
      because: `In the last ${RECENT_DAYS} days: ${trend.text}`,
      sources: ['R13'],
    });
  }
  const latest = trend.points[trend.points.length - 1];
  if (latest && latest.pain >= SEVERE_PAIN && now - ms(latest.at) <= 7 * DAY_MS) {
    out.push({
      id: 'severe_pain',
      level: 'gp',
      text: 'See a GP: severe pain needs a doctor, even without other warning signs. Check for warning signs again if anything new appears.',
      because: `Your latest check-in, on ${isoDay(ms(latest.at))}, rates the pain ${latest.pain} out of 10.`,
      sources: ['R13', 'R82'],
    });
  }
  return out;
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
      text: 'See a GP as soon as possible: numbness, pins and needles or weakness in one leg has not gone after a week.',
      because: `First reported on ${isoDay(ms(first.at))} and still there on ${isoDay(ms(latest.at))}.`,
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
    const why = [
      moreFrequent
        ? `the latest episode came ${plural(Math.round(lastGap / DAY_MS), 'day')} after the one before, against ${plural(Math.round(meanEarlier / DAY_MS), 'day')} on average before that`
        : '',
      worse
        ? `the worst pain rose in each of the last 3 episodes (${last3.map((e) => e.pain).join(', then ')})`
        : '',
    ].filter(Boolean);
    return [
      {
        id: 'recurrent_worse_or_more_frequent',
        level: 'gp',
        text: 'See a GP: your episodes are coming back more often or getting worse each time.',
        because: `${capital(why.join('; and '))}.`,
        sources: ['R74', 'R59'],
      },
    ];
  }
  return [
    {
      id: 'recurrence_prevention',
      level: 'self_care',
      text: 'Episodes that come back are common (about 3 in 4 people have another within a year) and are not a warning sign by themselves. Regular exercise, kept up, lowers the chance of the next one.',
      because: `${plural(started.length, 'episode')} recorded.`,
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
      text: 'Ask a pharmacist or GP to review your medicines: some can cause cramps and spasms.',
      because: `Your profile lists ${cramp.map(medicineWords).join(', ')}.`,
      sources: ['R40', 'R37'],
    });
  }
  if (present.has('med_muscle_relaxant')) {
    out.push({
      id: 'muscle_relaxant_review',
      level: 'gp',
      text: 'If you have taken a muscle relaxant for more than 2 weeks (or diazepam for nearly 4), ask your GP to review it: they can cause dependence.',
      because: 'Your profile says you take a muscle relaxant.',
      sources: ['R72', 'R2'],
    });
  }
  return out;
}

const MEDICINE_WORDS: Readonly<Record<string, string>> = {
  med_diuretic: 'a water tablet (diuretic)',
  med_laba_inhaler: 'a long-acting inhaler',
  med_ppi_long_term: 'a stomach-acid tablet taken for months (PPI)',
  med_statin: 'a statin',
};

function medicineWords(id: string): string {
  return MEDICINE_WORDS[id] ?? id;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
