/**
 * The doctor-visit summary as data: everything the printed page, the PDF and the web page show, worked
 * out once from the diary for a period. Pure and free of Node APIs, so the web app renders the same
 * model for its print page. It holds ids, numbers, days and messages, never English sentences: each
 * surface puts them into words in the person's language with the shared renderer (src/i18n).
 */
import { FINDING_BY_ID, type TriageLevel } from '../contract/ids.ts';
import type { CareService } from '../contract/output.ts';
import type { BODY_AREAS, Diary } from '../diary/model.ts';
import { type Message, msg } from '../i18n/message.ts';
import { computeInsights } from '../insights/index.ts';
import type { NudgeId } from '../insights/nudges.ts';
import { inPeriod, isoDay, lastDay, ms, type Period } from '../insights/period.ts';
import { causesConsidered, readAll } from '../insights/saved-assessment.ts';

export const DISCLAIMER: Message = msg('visit.disclaimer');

export interface SummaryCause {
  /** Contract cause id (its words: cause.<id>.name). */
  readonly id: string;
  /** 0-1. */
  readonly probability: number;
  /** Finding ids that pointed to it. */
  readonly for: readonly string[];
  /** Finding ids that pointed away, and whether the person said yes to each (most are a "no"). */
  readonly against: readonly { readonly id: string; readonly saidYes: boolean }[];
}

export interface SummaryAssessment {
  /** The saved assessment's id and when it was made (ISO instant). */
  readonly id: string;
  readonly at: string;
  readonly day: string;
  readonly level: TriageLevel;
  readonly service: CareService;
  readonly reasons: readonly Message[];
  readonly causes: readonly SummaryCause[];
}

export interface SummaryEpisode {
  /** The episode record's id. */
  readonly id: string;
  readonly started: string;
  /** When it started and settled, as instants (ms); `started` and `ended` are their UTC days. */
  readonly startTime: number;
  readonly endTime: number | null;
  /** The day it ended, or null while ongoing. */
  readonly ended: string | null;
  /** Days to recovery, or so far while ongoing (whole days). */
  readonly days: number;
  readonly ongoing: boolean;
  readonly worstPain: number;
  /** First and last check-in pain within the episode, when there are check-ins. */
  readonly painFirst: number | null;
  readonly painLast: number | null;
  readonly areaIds: readonly (typeof BODY_AREAS)[number][];
  /** The person's own words. */
  readonly triggers: string;
  readonly notes: string;
}

export interface SummaryRemedy {
  /** The advice id (or the person's own remedy id). */
  readonly remedy: string;
  readonly name: Message;
  readonly sessions: number;
  readonly rated: number;
  readonly meanDrop: number | null;
  readonly enough: boolean;
  readonly note: Message;
}

export interface SummaryNudge {
  readonly id: NudgeId;
  readonly level: TriageLevel;
  readonly message: Message;
  /** What set it off, a sentence each. */
  readonly because: readonly Message[];
}

export interface Summary {
  readonly from: string;
  readonly to: string;
  readonly period: Period;
  readonly generatedAt: string;
  readonly age: number | null;
  readonly sex: 'female' | 'male' | null;
  readonly nudges: readonly SummaryNudge[];
  readonly latest: SummaryAssessment | null;
  readonly assessmentCount: number;
  readonly pain: {
    readonly points: readonly { readonly t: number; readonly pain: number }[];
    readonly message: Message;
    readonly count: number;
    readonly min: number | null;
    readonly max: number | null;
    readonly mean: number | null;
  };
  readonly episodes: {
    readonly rows: readonly SummaryEpisode[];
    /** How often episodes started, then how they settled: a sentence each. */
    readonly messages: readonly Message[];
    /** For shading on the chart, clipped to the period. */
    readonly spans: readonly { readonly start: number; readonly end: number }[];
  };
  readonly remedies: { readonly rows: readonly SummaryRemedy[]; readonly message: Message };
  /** Contract finding ids from the profile: medicines, conditions, and the items answered no. */
  readonly medicineIds: readonly string[];
  readonly conditionIds: readonly string[];
  readonly saidNoIds: readonly string[];
  /** The person's own questions, in their own words. */
  readonly questions: readonly string[];
  readonly disclaimer: Message;
}

function saidYes(
  a: { readonly evidence: readonly { readonly id: string; readonly state: string }[] },
  id: string,
): boolean {
  return a.evidence.some((e) => e.id === id && e.state === 'present');
}

export function buildSummary(diary: Diary, range: Period, now: number): Summary {
  const insights = computeInsights(diary, range, now);

  const inRange = readAll(diary.assessments).filter((a) => inPeriod(a.at, range));
  const latestRead = inRange.find((a) => a.triage !== null);
  const triage = latestRead?.triage;
  const latest: SummaryAssessment | null =
    !latestRead || !triage
      ? null
      : {
          id: latestRead.id,
          at: latestRead.at,
          day: isoDay(ms(latestRead.at)),
          level: triage.level,
          service: triage.service,
          reasons: triage.reasons.map((r) => r.message),
          causes: causesConsidered(latestRead).map((c) => ({
            id: c.id,
            probability: c.probability,
            for: c.for,
            against: c.against.map((id) => ({ id, saidYes: saidYes(latestRead, id) })),
          })),
        };

  const rows = insights.recovery.episodes.map((r): SummaryEpisode => {
    const e = r.episode;
    return {
      id: e.id,
      started: isoDay(ms(e.startedAt)),
      startTime: ms(e.startedAt),
      endTime: r.recoveredAt,
      ended: r.recoveredAt === null ? null : isoDay(r.recoveredAt),
      days: Math.round(r.days),
      ongoing: r.status === 'ongoing',
      worstPain: e.pain,
      painFirst: r.checkIns[0]?.pain ?? null,
      painLast: r.checkIns[r.checkIns.length - 1]?.pain ?? null,
      areaIds: e.areas,
      triggers: e.triggers.join(', '),
      notes: e.notes,
    };
  });
  const spans = insights.recovery.episodes.map((r) => ({
    start: Math.max(range.start, ms(r.episode.startedAt)),
    end: Math.min(range.end, r.recoveredAt ?? now),
  }));

  const present = diary.profile.evidence.filter((e) => e.state === 'present').map((e) => e.id);
  const group = (id: string) => FINDING_BY_ID.get(id)?.group;

  return {
    from: isoDay(range.start),
    to: lastDay(range),
    period: range,
    generatedAt: new Date(now).toISOString(),
    age: diary.profile.age,
    sex: diary.profile.sex,
    nudges: insights.nudges.map((n) => ({
      id: n.id,
      level: n.level,
      message: n.message,
      // The latest check has its own section below; say so rather than repeat its reasons.
      because:
        n.assessmentId !== undefined && n.assessmentId === latestRead?.id
          ? [msg('visit.nudgeSeeLatest')]
          : n.because,
    })),
    latest,
    assessmentCount: inRange.length,
    pain: {
      points: insights.pain.points.map((p) => ({ t: ms(p.at), pain: p.pain })),
      message: insights.pain.message,
      count: insights.pain.count,
      min: insights.pain.min,
      max: insights.pain.max,
      mean: insights.pain.mean,
    },
    episodes: { rows, messages: [insights.episodes.message, ...insights.recovery.messages], spans },
    remedies: {
      rows: insights.remedies.effects.map((e) => ({
        remedy: e.remedy,
        name: e.name,
        sessions: e.sessions,
        rated: e.rated,
        meanDrop: e.meanDrop,
        enough: e.enough,
        note: e.note,
      })),
      message: insights.remedies.message,
    },
    medicineIds: present.filter((id) => group(id) === 'medicines and substances'),
    conditionIds: present.filter((id) => group(id) === 'health background'),
    saidNoIds: diary.profile.evidence.filter((e) => e.state === 'absent').map((e) => e.id),
    questions: [...diary.doctorQuestions]
      .sort((a, b) => ms(a.createdAt) - ms(b.createdAt))
      .map((q) => q.text),
    disclaimer: DISCLAIMER,
  };
}
