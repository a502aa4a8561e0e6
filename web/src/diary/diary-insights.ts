/**
 * The diary's insights, from the shared pure module src/insights (the same logic the server's report
 * uses): doctor nudges and which remedies helped. This file only adapts the on-device diary to its
 * input; it decides nothing itself.
 */
import type { Diary } from '../../../src/diary/model.ts';
import { escalationNudges, type Nudge } from '../../../src/insights/nudges.ts';
import { type RemedyEffect, remedyEffects } from '../../../src/insights/remedies.ts';
import type { DiaryData } from './use-diary.ts';

const ALL_TIME = { start: 0, end: Number.MAX_SAFE_INTEGER };

export function asDiary(data: DiaryData, country: string | null): Diary {
  return {
    profile: { age: null, sex: null, evidence: [], country, language: null },
    episodes: data.episodes,
    checkIns: data.checkIns,
    remedySessions: data.remedySessions,
    assessments: data.assessments,
    doctorQuestions: data.doctorQuestions,
  };
}

export function diaryNudges(diary: Diary, now: number): Nudge[] {
  return escalationNudges(diary, now);
}

export function remediesThatHelped(diary: Diary): readonly RemedyEffect[] {
  return remedyEffects(diary.remedySessions, ALL_TIME).effects;
}
