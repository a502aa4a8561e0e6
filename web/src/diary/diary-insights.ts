/**
 * The diary's insights, from the shared pure module src/insights (the same logic the server's report
 * uses): doctor nudges and which remedies helped. This file only adapts the on-device diary to its
 * input and turns nudge ids into catalog keys; it decides nothing itself.
 */
import type { TriageLevel } from '../../../src/contract/ids.ts';
import type { Diary } from '../../../src/diary/model.ts';
import { escalationNudges, type Nudge } from '../../../src/insights/nudges.ts';
import { type RemedyEffect, remedyEffects } from '../../../src/insights/remedies.ts';
import type { DiaryData } from './use-diary.ts';

const ALL_TIME = { start: 0, end: Number.MAX_SAFE_INTEGER };

export function asDiary(data: DiaryData, country: string | null): Diary {
  return {
    profile: { age: null, sex: null, evidence: [], country },
    episodes: data.episodes,
    checkIns: data.checkIns,
    remedySessions: data.remedySessions,
    assessments: data.assessments,
    doctorQuestions: data.doctorQuestions,
  };
}

export interface DiaryNudge {
  readonly key: string;
  readonly level: TriageLevel;
  /** The module's own explanation from this person's records (English only for now). */
  readonly because: string;
}

export function diaryNudges(diary: Diary, now: number): DiaryNudge[] {
  return escalationNudges(diary, now).map((n: Nudge) => ({
    key: n.id === 'follow_assessment' ? `nudge.follow_assessment.${n.level}` : `nudge.${n.id}`,
    level: n.level,
    because: n.because,
  }));
}

export function remediesThatHelped(diary: Diary): readonly RemedyEffect[] {
  return remedyEffects(diary.remedySessions, ALL_TIME).effects;
}
