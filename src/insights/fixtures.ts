/**
 * Made-up diary records for tests and the sample report. Ids are deterministic UUIDs from a counter so
 * outputs (and the sample files) are the same on every run. Never used with real people's data.
 */
import type { TriageLevel } from '../contract/ids.ts';
import type {
  CheckIn,
  Diary,
  DiaryExport,
  DoctorQuestion,
  Episode,
  Profile,
  RemedySession,
  SavedAssessment,
} from '../diary/model.ts';
import { DAY_MS } from './period.ts';

let counter = 0;

/** Restarts the id counter, so a fixture built after it gets the same ids on every run. */
export function resetFixtureIds(start = 0): void {
  counter = start;
}

export function fixtureId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export const emptyProfile: Profile = { age: null, sex: null, evidence: [], country: null, language: null };

export function diaryOf(parts: Partial<Diary> = {}): Diary {
  return {
    profile: parts.profile ?? emptyProfile,
    episodes: parts.episodes ?? [],
    checkIns: parts.checkIns ?? [],
    remedySessions: parts.remedySessions ?? [],
    assessments: parts.assessments ?? [],
    doctorQuestions: parts.doctorQuestions ?? [],
  };
}

export function episode(
  startedAt: string,
  endedAt: string | null,
  pain: number,
  extra: Partial<Omit<Episode, 'startedAt' | 'endedAt' | 'pain'>> = {},
): Episode {
  return { id: fixtureId(), startedAt, endedAt, pain, areas: [], triggers: [], notes: '', ...extra };
}

export function checkIn(at: string, pain: number, episodeId: string | null = null, notes = ''): CheckIn {
  return { id: fixtureId(), episodeId, at, pain, notes };
}

export function session(
  remedy: string,
  startedAt: string,
  painBefore: number,
  painAfter: number | null,
  minutes = 20,
): RemedySession {
  return { id: fixtureId(), episodeId: null, remedy, startedAt, minutes, painBefore, painAfter, notes: '' };
}

export function question(createdAt: string, text: string): DoctorQuestion {
  return { id: fixtureId(), createdAt, text };
}

export interface FixtureCause {
  readonly id: string;
  readonly name: string;
  readonly probability: number;
  readonly for?: readonly string[];
  readonly against?: readonly string[];
}

export interface FixtureAssessment {
  readonly level: TriageLevel;
  readonly reasons?: readonly string[];
  readonly action?: string;
  readonly causes?: readonly FixtureCause[];
  readonly present?: readonly string[];
  readonly absent?: readonly string[];
  readonly pain?: number;
  readonly age?: number;
  readonly sex?: 'female' | 'male';
}

/** A saved assessment in the shape the engine writes (only the fields the readers use are filled in). */
export function assessment(at: string, a: FixtureAssessment): SavedAssessment {
  const evidence = [
    ...(a.present ?? []).map((id) => ({ id, state: 'present' })),
    ...(a.absent ?? []).map((id) => ({ id, state: 'absent' })),
    ...(a.pain === undefined ? [] : [{ id: 'pain_severity', state: 'present', value: a.pain }]),
  ];
  return {
    id: fixtureId(),
    at,
    input: { age: a.age ?? 40, sex: a.sex ?? 'female', evidence },
    output: {
      triage: {
        level: a.level,
        reasons: (a.reasons ?? []).map((text, i) => ({
          ruleId: `rule_${i}`,
          level: a.level,
          text,
          findings: [],
          sources: [],
        })),
        action: a.action ?? '',
        service: 'gp',
        meaning: '',
      },
      causes: (a.causes ?? []).map((c) => ({
        kind: 'common',
        evidence: [],
        summary: '',
        ...c,
        for: c.for ?? [],
        against: c.against ?? [],
      })),
      plan: {},
      knowledgeVersion: 'fixture',
      disclaimer: '',
    },
  };
}

export function exportOf(diary: Diary, exportedAt: string): DiaryExport {
  return {
    format: 'backease-diary',
    version: 1,
    exportedAt,
    profile: diary.profile,
    episodes: [...diary.episodes],
    checkIns: [...diary.checkIns],
    remedySessions: [...diary.remedySessions],
    assessments: [...diary.assessments],
    doctorQuestions: [...diary.doctorQuestions],
  };
}

/**
 * A long made-up diary for cost tests and benchmarks: `episodes` episodes and `checkIns` check-ins
 * (half linked to an episode, half not), a remedy session per 4 check-ins and an assessment per 10
 * episodes, spread evenly over `days` days from 2016-11-01; two in three episodes end after 3 days.
 */
export function longDiary(episodes: number, checkIns: number, days = 3650): Diary {
  const t0 = Date.UTC(2016, 10, 1);
  const at = (i: number, n: number, shift = 0) =>
    new Date(t0 + Math.floor((i * days * DAY_MS) / Math.max(1, n)) + shift).toISOString();
  const eps = Array.from({ length: episodes }, (_, i) =>
    episode(at(i, episodes), i % 3 === 0 ? null : at(i, episodes, 3 * DAY_MS), 3 + (i % 8)),
  );
  return diaryOf({
    episodes: eps,
    checkIns: Array.from({ length: checkIns }, (_, i) =>
      checkIn(at(i, checkIns, 3_600_000), i % 9, i % 2 === 0 ? null : (eps[i % episodes]?.id ?? null)),
    ),
    remedySessions: Array.from({ length: Math.floor(checkIns / 4) }, (_, i) =>
      session(i % 2 ? 'heat_wrap' : 'walking', at(i, checkIns / 4, 7_200_000), 6, i % 5 === 0 ? null : 3),
    ),
    assessments: Array.from({ length: Math.floor(episodes / 10) }, (_, i) =>
      assessment(at(i, episodes / 10, 1_800_000), { level: 'self_care', pain: 5 }),
    ),
  });
}
