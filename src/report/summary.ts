/**
 * The doctor-visit summary as data: everything the printed page, the PDF and the web page show, worked
 * out once from the diary for a period. Pure and free of Node APIs, so the web app can render the same
 * model for its print page. Findings are named in plain words: the contract's meanings for the
 * profile, the knowledge base's short labels (when given) for why a cause was considered.
 */
import { FINDING_BY_ID, TRIAGE_LEVEL_MEANINGS, type TriageLevel } from '../contract/ids.ts';
import type { BODY_AREAS, Diary } from '../diary/model.ts';
import { computeInsights } from '../insights/index.ts';
import type { NudgeId } from '../insights/nudges.ts';
import { inPeriod, isoDay, lastDay, ms, type Period } from '../insights/period.ts';
import { humanise } from '../insights/remedies.ts';
import { causesConsidered, readAll } from '../insights/saved-assessment.ts';
import type { Knowledge } from '../knowledge/types.ts';

/** What the summary can use from the knowledge base; without it, ids are put into words plainly. */
export type ReportKnowledge = Pick<Knowledge, 'findings' | 'advice'>;

export const DISCLAIMER =
  'Written by the person from their own BackEase diary. BackEase gives general information from published guidance, not a diagnosis: the possible causes are estimates from self-reported answers.';

/*
 * The texts below are English. Each item also carries the ids (and instants) it was made from, so a
 * screen in another language can look the words up in its catalogs and show times in local time.
 */

export interface SummaryCause {
  /** Contract cause id. */
  readonly id: string;
  readonly name: string;
  /** 0-1; `percent` is it in words. */
  readonly probability: number;
  readonly percent: string;
  readonly for: readonly string[];
  readonly against: readonly string[];
}

export interface SummaryAssessment {
  /** The saved assessment's id and when it was made (ISO instant). */
  readonly id: string;
  readonly at: string;
  readonly day: string;
  readonly level: TriageLevel;
  readonly levelMeaning: string;
  readonly action: string;
  readonly reasons: readonly string[];
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
  readonly areas: string;
  readonly areaIds: readonly (typeof BODY_AREAS)[number][];
  readonly triggers: string;
  readonly notes: string;
}

export interface SummaryRemedy {
  /** The advice id (or "other"). */
  readonly remedy: string;
  readonly name: string;
  readonly sessions: number;
  readonly rated: number;
  readonly meanDrop: number | null;
  readonly enough: boolean;
  readonly note: string;
}

export interface SummaryNudge {
  readonly id: NudgeId;
  readonly level: TriageLevel;
  readonly text: string;
  readonly because: string;
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
    readonly text: string;
    readonly count: number;
    readonly min: number | null;
    readonly max: number | null;
    readonly mean: number | null;
  };
  readonly episodes: {
    readonly rows: readonly SummaryEpisode[];
    readonly rateText: string;
    readonly recoveryText: string;
    /** For shading on the chart, clipped to the period. */
    readonly spans: readonly { readonly start: number; readonly end: number }[];
  };
  readonly remedies: { readonly rows: readonly SummaryRemedy[]; readonly text: string };
  readonly medicines: readonly string[];
  readonly conditions: readonly string[];
  /** Profile items the person said do not apply (e.g. "Has diabetes" answered no). */
  readonly saidNo: readonly string[];
  /** The same three lists as contract finding ids. */
  readonly medicineIds: readonly string[];
  readonly conditionIds: readonly string[];
  readonly saidNoIds: readonly string[];
  readonly questions: readonly string[];
  readonly disclaimer: string;
}

function meaning(id: string): string {
  return FINDING_BY_ID.get(id)?.meaning ?? id;
}

function percent(p: number): string {
  return p < 0.01 ? 'under 1%' : `${Math.round(p * 100)}%`;
}

function words(id: string): string {
  return id.replace(/_/g, ' ');
}

function saidYes(
  a: { readonly evidence: readonly { readonly id: string; readonly state: string }[] },
  id: string,
): boolean {
  return a.evidence.some((e) => e.id === id && e.state === 'present');
}

function lowerFirst(t: string): string {
  return t.charAt(0).toLowerCase() + t.slice(1);
}

export function buildSummary(diary: Diary, range: Period, now: number, kb?: ReportKnowledge): Summary {
  const labels = new Map<string, string>(kb?.findings.map((f) => [f.id, f.label]));
  const label = (id: string) => labels.get(id) ?? meaning(id);
  const titles = new Map<string, string>(kb?.advice.map((a) => [a.id, a.title]));
  const insights = computeInsights(diary, range, now, { remedyName: (id) => titles.get(id) ?? humanise(id) });

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
          levelMeaning: TRIAGE_LEVEL_MEANINGS[triage.level],
          action: triage.action,
          reasons: triage.reasons.map((r) => r.text),
          causes: causesConsidered(latestRead).map((c) => ({
            id: c.id,
            name: c.name,
            probability: c.probability,
            percent: percent(c.probability),
            for: c.for.map(label),
            // Evidence against a cause is mostly an answer of "no": say so, or it reads as if present.
            against: c.against.map((id) =>
              saidYes(latestRead, id) ? label(id) : `no ${lowerFirst(label(id))}`,
            ),
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
      areas: e.areas.map(words).join(', '),
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
  const medicineIds = present.filter((id) => group(id) === 'medicines and substances');
  const conditionIds = present.filter((id) => group(id) === 'health background');
  const saidNoIds = diary.profile.evidence.filter((e) => e.state === 'absent').map((e) => e.id);

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
      text: n.text,
      // The latest assessment has its own section below; say so rather than repeat its reasons.
      because:
        n.assessmentId !== undefined && n.assessmentId === latestRead?.id
          ? 'The reasons are under "Latest assessment".'
          : n.because,
    })),
    latest,
    assessmentCount: inRange.length,
    pain: {
      points: insights.pain.points.map((p) => ({ t: ms(p.at), pain: p.pain })),
      text: insights.pain.text,
      count: insights.pain.count,
      min: insights.pain.min,
      max: insights.pain.max,
      mean: insights.pain.mean,
    },
    episodes: { rows, rateText: insights.episodes.text, recoveryText: insights.recovery.text, spans },
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
      text: insights.remedies.text,
    },
    medicines: medicineIds.map(meaning),
    conditions: conditionIds.map(meaning),
    saidNo: saidNoIds.map(label),
    medicineIds,
    conditionIds,
    saidNoIds,
    questions: [...diary.doctorQuestions]
      .sort((a, b) => ms(a.createdAt) - ms(b.createdAt))
      .map((q) => q.text),
    disclaimer: DISCLAIMER,
  };
}
