/**
 * When the diary should nudge the person to see a doctor. Pure: the diary and `now` go in, the nudges
 * come out, most urgent first. The thresholds follow the plan's safety-netting: back pain that is not
 * clearly better after 3 weeks (REVIEW_AFTER_DAYS), pain that keeps rising, or a recent check that found
 * warning signs.
 */
import type { TriageLevel } from '../../../src/contract/ids.ts';
import type { CheckIn, Episode, SavedAssessment } from '../../../src/diary/model.ts';
import { REVIEW_AFTER_DAYS } from '../../../src/engine/plan.ts';

export type Nudge =
  | { readonly kind: 'warning_signs'; readonly level: TriageLevel; readonly at: string }
  | { readonly kind: 'getting_worse'; readonly from: number; readonly to: number }
  | { readonly kind: 'not_improving'; readonly days: number };

const DAY = 86_400_000;
/** A check that found warning signs stays worth acting on for this long. */
export const WARNING_SIGNS_DAYS = 14;
/** Pain counts as clearly better when it has fallen by at least this many points (0-10 scale). */
export const CLEARLY_BETTER_POINTS = 2;
/** Pain counts as getting worse when the latest readings average this many points above the ones before. */
export const WORSE_POINTS = 2;

interface PainPoint {
  readonly at: number;
  readonly pain: number;
}

export function painPoints(checkIns: readonly CheckIn[], episodes: readonly Episode[]): PainPoint[] {
  return [
    ...checkIns.map((c) => ({ at: Date.parse(c.at), pain: c.pain })),
    ...episodes.map((e) => ({ at: Date.parse(e.startedAt), pain: e.pain })),
  ].sort((a, b) => a.at - b.at);
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function levelOf(a: SavedAssessment): TriageLevel | undefined {
  const level = (a.output as { triage?: { level?: unknown } } | null)?.triage?.level;
  return level === 'emergency' || level === 'urgent' ? level : undefined;
}

export function nudges(
  diary: {
    readonly checkIns: readonly CheckIn[];
    readonly episodes: readonly Episode[];
    readonly assessments: readonly SavedAssessment[];
  },
  now: number,
): Nudge[] {
  const out: Nudge[] = [];
  const recentWarning = [...diary.assessments]
    .filter((a) => now - Date.parse(a.at) <= WARNING_SIGNS_DAYS * DAY && levelOf(a))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  if (recentWarning) {
    out.push({ kind: 'warning_signs', level: levelOf(recentWarning) as TriageLevel, at: recentWarning.at });
  }

  // Only the current stretch of pain counts: readings from the last 60 days.
  const points = painPoints(diary.checkIns, diary.episodes).filter((p) => now - p.at <= 60 * DAY && p.at <= now);
  if (points.length >= 4) {
    const last = points.slice(-2).map((p) => p.pain);
    const before = points.slice(-4, -2).map((p) => p.pain);
    if (mean(last) - mean(before) >= WORSE_POINTS) {
      out.push({ kind: 'getting_worse', from: Math.round(mean(before)), to: Math.round(mean(last)) });
    }
  }
  const first = points[0];
  if (first && points.length >= 2) {
    const days = Math.floor((now - first.at) / DAY);
    const early = points.filter((p) => p.at - first.at <= 3 * DAY).map((p) => p.pain);
    const recent = points.filter((p) => now - p.at <= 3 * DAY).map((p) => p.pain);
    if (days >= REVIEW_AFTER_DAYS && recent.length > 0 && mean(early) - mean(recent) < CLEARLY_BETTER_POINTS) {
      out.push({ kind: 'not_improving', days });
    }
  }
  return out;
}
