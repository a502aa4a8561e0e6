/**
 * A made-up diary for the sample report (docs/samples/) and the report and export tests: two months
 * of a 46-year-old woman's back pain, one episode that settled in 6 days and one that has dragged on
 * with pain down the right leg. The assessment outputs are written by hand in the engine's shape (not
 * run through the engine) so the samples change only when this file does.
 */
import type { Diary } from '../diary/model.ts';
import {
  assessment,
  checkIn,
  diaryOf,
  episode,
  question,
  resetFixtureIds,
  session,
} from '../insights/fixtures.ts';

export const SAMPLE_NOW = Date.UTC(2026, 10, 28, 9);
export const SAMPLE_FROM = '2026-10-01';
export const SAMPLE_TO = '2026-11-27';

const GP_ACTION =
  'Book an appointment with a doctor or physiotherapist within the next few days to two weeks. Until then, follow the self-care plan.';

export function sampleDiary(): Diary {
  resetFixtureIds(0x5a0000);
  const first = episode('2026-10-03T07:30:00Z', '2026-10-09T20:00:00Z', 6, {
    areas: ['lower_back'],
    triggers: ['lifting boxes'],
  });
  const second = episode('2026-10-29T08:00:00Z', null, 7, {
    areas: ['lower_back', 'right_leg'],
    triggers: ['gardening'],
    notes: 'Pain goes down the back of the right leg.',
  });
  const firstCheckIns = [
    ['2026-10-03T08:00:00Z', 6],
    ['2026-10-04T08:00:00Z', 5],
    ['2026-10-06T08:00:00Z', 3],
    ['2026-10-08T08:00:00Z', 1],
  ] as const;
  const secondCheckIns = [
    ['2026-10-29T09:00:00Z', 7],
    ['2026-10-31T09:00:00Z', 6],
    ['2026-11-03T09:00:00Z', 6],
    ['2026-11-07T09:00:00Z', 5],
    ['2026-11-11T09:00:00Z', 6],
    ['2026-11-15T09:00:00Z', 5],
    ['2026-11-19T09:00:00Z', 6],
    ['2026-11-23T09:00:00Z', 5],
    ['2026-11-27T09:00:00Z', 6],
  ] as const;
  return diaryOf({
    profile: {
      age: 46,
      sex: 'female',
      country: 'GB',
      language: null,
      evidence: [
        { id: 'med_statin', state: 'present' },
        { id: 'med_nsaid', state: 'present' },
        { id: 'high_blood_pressure', state: 'present' },
        { id: 'diabetes', state: 'absent' },
        { id: 'history_cancer', state: 'absent' },
      ],
    },
    episodes: [first, second],
    checkIns: [
      ...firstCheckIns.map(([at, pain]) => checkIn(at, pain, first.id)),
      ...secondCheckIns.map(([at, pain]) =>
        checkIn(at, pain, second.id, pain >= 7 ? 'Hard to sit at work.' : ''),
      ),
    ],
    remedySessions: [
      session('heat', '2026-10-03T19:00:00Z', 6, 4),
      session('heat', '2026-10-05T19:00:00Z', 5, 3),
      session('heat', '2026-11-01T19:00:00Z', 6, 5),
      session('heat', '2026-11-09T19:00:00Z', 6, 4),
      session('gentle_stretch', '2026-10-07T07:00:00Z', 3, 2, 10),
      session('gentle_stretch', '2026-11-04T07:00:00Z', 6, 6, 10),
      session('gentle_stretch', '2026-11-12T07:00:00Z', 6, 5, 10),
      session('cold_pack', '2026-10-29T12:00:00Z', 7, 5, 15),
      session('cold_pack', '2026-10-30T12:00:00Z', 7, 6, 15),
    ],
    assessments: [
      assessment('2026-10-03T07:45:00Z', {
        level: 'self_care',
        action:
          'You can look after this at home. Follow the plan below, and get help if any of the warning signs appear.',
        causes: [
          {
            id: 'muscle_strain',
            name: 'Muscle strain or non-specific back spasm',
            probability: 0.81,
            for: ['onset_lifting_twisting', 'muscle_knot_tight'],
          },
          { id: 'exercise_cramp', name: 'Exercise-associated muscle cramp', probability: 0.07 },
          {
            id: 'sciatica',
            name: 'Sciatica (irritated nerve root, often a disc)',
            probability: 0.03,
            against: ['leg_pain_below_knee'],
          },
        ],
        present: ['pain_lower_back', 'onset_lifting_twisting', 'muscle_knot_tight'],
        absent: ['leg_pain_below_knee', 'saddle_numbness', 'fever'],
        pain: 6,
        age: 46,
        sex: 'female',
      }),
      assessment('2026-11-12T18:00:00Z', {
        level: 'self_care',
        causes: [
          {
            id: 'sciatica',
            name: 'Sciatica (irritated nerve root, often a disc)',
            probability: 0.52,
            for: ['leg_pain_below_knee', 'numbness_one_leg'],
          },
          { id: 'muscle_strain', name: 'Muscle strain or non-specific back spasm', probability: 0.4 },
        ],
        present: ['pain_lower_back', 'leg_pain_below_knee', 'numbness_one_leg'],
        absent: ['saddle_numbness', 'urinary_retention', 'weakness_both_legs'],
        pain: 6,
        age: 46,
        sex: 'female',
      }),
      assessment('2026-11-24T18:30:00Z', {
        level: 'gp',
        reasons: [
          'Back pain that is not clearly improving after 3 weeks should be checked by a doctor or physiotherapist.',
          'Numbness or pins and needles in one leg that has not gone after a week should be seen by a doctor soon.',
        ],
        action: GP_ACTION,
        causes: [
          {
            id: 'sciatica',
            name: 'Sciatica (irritated nerve root, often a disc)',
            probability: 0.5,
            for: ['leg_pain_below_knee', 'numbness_one_leg'],
            against: ['leg_pain_both_legs'],
          },
          {
            id: 'muscle_strain',
            name: 'Muscle strain or non-specific back spasm',
            probability: 0.41,
            for: ['pain_lower_back'],
          },
          {
            id: 'medication_side_effect',
            name: 'Medicine side effect (diuretics, inhalers, statins, stomach-acid tablets)',
            probability: 0.04,
            for: ['med_statin'],
          },
          {
            id: 'spinal_stenosis',
            name: 'Lumbar spinal stenosis (nerve compression in the spinal canal)',
            probability: 0.03,
          },
          {
            id: 'cauda_equina',
            name: 'Cauda equina syndrome',
            probability: 0.004,
            against: ['saddle_numbness', 'urinary_retention'],
          },
        ],
        present: ['pain_lower_back', 'leg_pain_below_knee', 'numbness_one_leg', 'med_statin'],
        absent: [
          'saddle_numbness',
          'urinary_retention',
          'incontinence',
          'weakness_both_legs',
          'fever',
          'leg_pain_both_legs',
        ],
        pain: 6,
        age: 46,
        sex: 'female',
      }),
    ],
    doctorQuestions: [
      question('2026-11-12T18:10:00Z', 'Could my statin be making the spasms worse?'),
      question('2026-11-24T18:40:00Z', 'Do I need a scan for the pain down my leg?'),
      question('2026-11-25T07:00:00Z', 'Is it safe to keep going to the gym, and what should I avoid?'),
    ],
  });
}

/**
 * The same diary written by someone who asks their questions in Arabic, Polish and Chinese, for the
 * Arabic sample report and the PDF benchmark. The translations are ours, not a clinician's.
 */
export function sampleDiaryInManyScripts(): Diary {
  const diary = sampleDiary();
  return {
    ...diary,
    doctorQuestions: [
      question('2026-11-12T18:10:00Z', 'هل يمكن أن يكون دواء الستاتين سببًا في زيادة التشنجات؟'),
      question('2026-11-20T19:00:00Z', 'هل يمكنني تناول Ibuprofen 400 mg مرتين يوميًا لمدة 3 أيام؟'),
      question('2026-11-24T18:40:00Z', 'الألم (شديد) عند الجلوس أكثر من 30 دقيقة: هل أحتاج إلى صورة أشعة؟'),
      question('2026-11-25T07:00:00Z', 'Czy mogę dalej chodzić na siłownię i czego unikać?'),
      question('2026-11-26T07:30:00Z', '我可以继续去健身房锻炼吗？应该避免哪些动作？'),
    ],
  };
}
