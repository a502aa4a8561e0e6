/**
 * The diary on this phone as the report and the FHIR export take it (src/diary/model.ts `Diary`).
 *
 * The web app keeps no separate profile: the person's age, sex, medicines and health background are what
 * they answered in their saved checks. So the profile is made from the saved assessments: age and sex
 * from the latest one that has them, and for each medicine or condition the latest answer given (yes or
 * no; "I don't know" and questions never asked leave it out).
 */
import type { DoctorQuestion, Profile, SavedAssessment } from '../../../src/diary/model.ts';
import { type Diary, PROFILE_FINDING_IDS } from '../../../src/diary/model.ts';
import { readAll } from '../../../src/insights/saved-assessment.ts';
import type { DiaryData } from '../diary/use-diary.ts';

export function profileFromAssessments(saved: readonly SavedAssessment[], country: string | null): Profile {
  const newestFirst = readAll(saved);
  const latestWith = <K extends 'age' | 'sex'>(key: K) =>
    newestFirst.find((a) => a[key] !== null)?.[key] ?? null;
  const answers = new Map<string, 'present' | 'absent'>();
  for (const a of newestFirst) {
    for (const e of a.evidence) {
      if (answers.has(e.id) || (e.state !== 'present' && e.state !== 'absent')) continue;
      answers.set(e.id, e.state);
    }
  }
  const age = latestWith('age');
  return {
    age: age !== null && Number.isInteger(age) && age >= 0 && age <= 120 ? age : null,
    sex: latestWith('sex'),
    evidence: PROFILE_FINDING_IDS.flatMap((id) => {
      const state = answers.get(id);
      return state ? [{ id, state }] : [];
    }),
    country,
    language: null,
  };
}

export function visitDiary(data: DiaryData, country: string | null): Diary {
  return {
    profile: profileFromAssessments(data.assessments, country),
    episodes: data.episodes,
    checkIns: data.checkIns,
    remedySessions: data.remedySessions,
    assessments: data.assessments,
    doctorQuestions: data.doctorQuestions,
  };
}

/** Oldest first, as the summary lists them. */
export function sortQuestions(questions: readonly DoctorQuestion[]): DoctorQuestion[] {
  return [...questions].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
