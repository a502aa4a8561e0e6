/** The people whose checks end on each result level, shared by the journeys walked in every language. */
import type { Patient } from './patient.ts';

/** A 34-year-old man who lifted a washing machine: a hard knot that eases with heat; self-care. */
export const benignSpasm: Patient = {
  age: 34,
  sex: 'male',
  present: [
    'pain_lower_back',
    'onset_lifting_twisting',
    'onset_sudden',
    'muscle_knot_tight',
    'pain_worse_movement',
    'pain_eases_stretch_rest',
    'pain_severity',
    'duration_days',
  ],
  values: { pain_severity: 6, duration_days: 1 },
};

/** Sciatica, then a numb back passage and new erection problems: an emergency. */
export const caudaEquina: Patient = {
  age: 46,
  sex: 'male',
  present: [
    'pain_lower_back',
    'leg_pain_below_knee',
    'leg_pain_worse_than_back',
    'saddle_numbness',
    'urinary_retention',
    'sexual_dysfunction_new',
    'previous_similar_diagnosis_sciatica',
    'pain_severity',
    'duration_days',
  ],
  values: { pain_severity: 7, duration_days: 14 },
};

/** New back pain after breast cancer, with weight loss: a doctor today. */
export const afterCancer: Patient = {
  age: 64,
  sex: 'female',
  present: ['pain_lower_back', 'history_cancer', 'weight_loss_unexplained', 'pain_severity', 'duration_days'],
  values: { pain_severity: 6, duration_days: 10 },
};

/** A knot that stops her usual activities: a doctor within days. */
export const stopsActivities: Patient = {
  age: 40,
  sex: 'female',
  present: [
    'pain_lower_back',
    'muscle_knot_tight',
    'stops_daily_activities',
    'pain_severity',
    'duration_days',
  ],
  values: { pain_severity: 6, duration_days: 5 },
};
