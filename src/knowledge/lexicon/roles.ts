/**
 * What each finding is to a story, independent of language: whether it is part of the episode itself
 * (so a date in its sentence dates the episode) and whether a mention of it in the past still counts.
 */
import type { FindingId } from '../../contract/ids.ts';

/**
 * The person's background and recent events: medicines, conditions, history, and things that happened
 * before the episode. A date in a clause about one of these ("started on furosemide six weeks ago",
 * "I had breast cancer six years ago") dates that event, not the back pain.
 */
export const BACKGROUND_FINDINGS: ReadonlySet<FindingId> = new Set<FindingId>([
  'med_diuretic',
  'med_potassium_sparing_diuretic',
  'med_statin',
  'med_laba_inhaler',
  'med_ppi_long_term',
  'med_new_in_last_months',
  'med_muscle_relaxant',
  'med_nsaid',
  'med_paracetamol',
  'med_paracetamol_over_max',
  'med_anticoagulant',
  'med_ace_arb',
  'med_opioid_or_sedative',
  'med_steroid_long_term',
  'med_digoxin',
  'supplement_magnesium_zinc_potassium',
  'alcohol_regular',
  'iv_drug_use',
  'history_cancer',
  'immunosuppressed',
  'recent_infection_or_spinal_procedure',
  'recent_immobility_or_hospital',
  'tetanus_vaccine_not_up_to_date',
  'osteoporosis',
  'diabetes',
  'numb_feet_neuropathy',
  'kidney_disease',
  'heart_disease',
  'high_blood_pressure',
  'liver_disease',
  'stomach_ulcer_history',
  'poor_circulation_raynaud',
  'known_aortic_aneurysm',
  'smoker',
  'high_cholesterol',
  'previous_kidney_stones',
  'pregnant',
  'pregnant_over_20_weeks',
  'neck_thyroid_surgery',
  'recent_wound',
  'diarrhoea_or_vomiting_recent',
  'weight_loss_unexplained',
  'fatigue_unusual',
  'heavy_sweating_heat',
  'low_fluid_intake',
  'thirst_dark_urine',
]);

/** Background findings that are states of now, which a past mention does not show ("I used to take warfarin"). */
export const CURRENT_STATES: ReadonlySet<FindingId> = new Set<FindingId>([
  'med_diuretic',
  'med_potassium_sparing_diuretic',
  'med_statin',
  'med_laba_inhaler',
  'med_ppi_long_term',
  'med_muscle_relaxant',
  'med_nsaid',
  'med_paracetamol',
  'med_anticoagulant',
  'med_ace_arb',
  'med_opioid_or_sedative',
  'med_steroid_long_term',
  'med_digoxin',
  'supplement_magnesium_zinc_potassium',
  'alcohol_regular',
  'iv_drug_use',
  'immunosuppressed',
  'pregnant',
  'pregnant_over_20_weeks',
  'weight_loss_unexplained',
  'fatigue_unusual',
  'heavy_sweating_heat',
  'low_fluid_intake',
  'thirst_dark_urine',
]);

/**
 * Findings whose own length a time beside them gives, not the episode's: "stiff for an hour or so each
 * morning" says how long the stiffness lasts.
 */
export const SELF_TIMED_FINDINGS: ReadonlySet<FindingId> = new Set<FindingId>(['morning_stiffness_long']);

/**
 * Findings about how the episode began or about the past by definition: a mention in the past tense is
 * still evidence ("I tripped on the rug", "I've had kidney stones before", "I had breast cancer").
 */
export const TIMELESS_FINDINGS: ReadonlySet<FindingId> = new Set<FindingId>([
  ...[...BACKGROUND_FINDINGS].filter((id) => !CURRENT_STATES.has(id)),
  'onset_sudden',
  'onset_lifting_twisting',
  'onset_during_exercise',
  'onset_major_trauma',
  'onset_minor_fall',
  'recurrent_episodes',
  'previous_similar_diagnosis_sciatica',
  'duration_days',
]);
