/**
 * The question bank. Safety questions come first, in `order`: the emergency signs by body system, the
 * nerve and bladder signs of cauda equina syndrome, where it hurts, how it started, then the urgent
 * signs, background and medicines. Cause questions are picked by information gain. An item hidden by
 * its `askIf` is left out.
 *
 * Short screens, as NHS 111 online does (research/words-and-risk.md): at most six items a screen, in few
 * words, and a screen of warning signs opens with one plain yes/no `gateway` question naming them all;
 * "no" answers every item no, and only "yes" or "not sure" opens the list. `none` is what the button
 * that says no to all of a screen says, naming what it says no to.
 */
import type { FindingId } from '../contract/ids.generated.ts';
import type { QuestionId } from './ids.generated.ts';
import type { QuestionSpec } from './types.ts';

interface Words {
  /** The list's own question, shown above the items. */
  readonly text: string;
  /** The button that says no to every item on the screen. */
  readonly none: string;
  readonly why: string;
  /** A gateway's line on a screen of several gateways, naming everything its question names. */
  readonly topic?: string;
}

const multiple = (
  id: QuestionId,
  order: number,
  words: Words,
  items: FindingId[],
  phase: QuestionSpec['phase'] = 'safety',
): QuestionSpec => ({ id, type: 'multiple', ...words, items, phase, order });
/** A screen of warning signs: a gateway question first, the list only after "yes" or "not sure". */
const warning = (
  id: QuestionId,
  order: number,
  gateway: string,
  words: Words,
  items: FindingId[],
): QuestionSpec => ({
  ...multiple(id, order, words, items),
  gateway,
  warning: true,
});
/** Findings about the person (conditions, medicines): a gateway too, but not a warning-sign screen. */
const about = (
  id: QuestionId,
  order: number,
  gateway: string,
  words: Words,
  items: FindingId[],
): QuestionSpec => ({
  ...multiple(id, order, words, items),
  gateway,
});
const single = (
  id: QuestionId,
  order: number,
  text: string,
  why: string,
  item: FindingId,
  phase: QuestionSpec['phase'] = 'safety',
): QuestionSpec => ({ id, type: 'single', text, why, items: [item], phase, order });
const number = (id: QuestionId, order: number, text: string, why: string, item: FindingId): QuestionSpec => ({
  id,
  type: 'number',
  text,
  why,
  items: [item],
  phase: 'safety',
  order,
});

export const questions: readonly QuestionSpec[] = [
  warning(
    'heart_lungs',
    10,
    'Any chest pain, trouble breathing or a racing heart?',
    {
      text: 'Which have you had?',
      topic: 'Chest pain, trouble breathing or a racing heart',
      none: 'No chest pain or breathing trouble',
      why: 'Chest pain, breathlessness or a racing heart with back pain can be a heart or lung emergency.',
    },
    ['pain_chest', 'pain_spreads_arm_jaw', 'breathless', 'palpitations'],
  ),
  warning(
    'collapse',
    12,
    'Any sudden tearing pain, fainting, or cold, clammy skin?',
    {
      text: 'Which have you had?',
      topic: 'Sudden tearing pain, fainting, or cold, clammy skin',
      none: 'No tearing pain or fainting',
      why: 'Sudden tearing pain or collapse can mean a tear in the main artery or bleeding inside, which needs an ambulance.',
    },
    ['pain_tearing_severe_sudden', 'dizziness_fainting', 'sweaty_clammy_pale'],
  ),
  warning(
    'brain',
    14,
    'Any confusion, a fit, or a bad headache with a stiff neck?',
    {
      text: 'Which have you had?',
      topic: 'Confusion, a fit, or bad headache with stiff neck',
      none: 'No confusion, fit or stiff neck',
      why: 'These can be signs of meningitis or another emergency affecting the brain.',
    },
    ['confusion_drowsy', 'neck_stiffness_headache', 'seizure'],
  ),
  warning(
    'spasm_signs',
    16,
    'Any locked jaw, tingling lips, or fingers stuck in a cramp?',
    {
      text: 'Which have you had?',
      topic: 'Locked jaw, tingling lips, or fingers stuck in a cramp',
      none: 'No locked jaw, tingling or cramped fingers',
      why: 'A locked jaw can be tetanus; tingling lips or cramped hands or feet can mean low calcium or magnesium.',
    },
    ['jaw_stiffness', 'hand_foot_spasm', 'tingling_mouth_fingers'],
  ),
  warning(
    'saddle_bladder',
    20,
    'Any numbness around your bottom or genitals, or new bladder, bowel or sex problems?',
    {
      text: 'Which have you noticed?',
      topic: 'Numb bottom or genitals, or new bladder, bowel or sex problems',
      none: 'No numbness, bladder or bowel change',
      why: 'These can mean pressure on the nerves at the base of the spine (cauda equina syndrome), which needs treatment within hours to protect bladder, bowel and leg function.',
    },
    ['saddle_numbness', 'urinary_retention', 'incontinence', 'sexual_dysfunction_new'],
  ),
  warning(
    'legs_nerves',
    22,
    'Any numbness, weakness or unsteadiness in your legs?',
    {
      text: 'Which have you noticed?',
      topic: 'Numb, weak or unsteady legs',
      none: 'No leg numbness or weakness',
      why: 'Numbness or weakness in the legs means a nerve is affected; in both legs, or getting worse, it needs help quickly.',
    },
    ['numbness_both_legs', 'weakness_both_legs', 'weakness_one_leg', 'numbness_one_leg', 'unsteady_walking'],
  ),
  multiple(
    'where_pain',
    30,
    {
      text: 'Where is the pain?',
      none: 'Somewhere else',
      why: 'Where the pain is helps tell a back muscle problem from the kidneys, the tummy or the heart.',
    },
    ['pain_lower_back', 'pain_upper_back', 'pain_flank', 'pain_buttock', 'pain_abdomen', 'pain_chest'],
  ),
  about(
    'pain_legs',
    32,
    'Does the pain spread into your legs or groin?',
    {
      text: 'Where does it spread?',
      topic: 'Pain that spreads into your legs or groin',
      none: 'It does not spread',
      why: 'Pain spreading down a leg points to a trapped nerve; into the groin, to the kidneys.',
    },
    [
      'pain_radiates_groin',
      'leg_pain_above_knee',
      'leg_pain_below_knee',
      'leg_pain_both_legs',
      'calf_cramp_walking',
    ],
  ),
  multiple(
    'pain_spread',
    35,
    {
      text: 'Does any of this apply?',
      none: 'Neither of these',
      why: 'How the pain spreads helps tell the heart, the pancreas and a trapped nerve apart.',
    },
    ['chest_pain_recurring_week', 'pain_through_to_back', 'leg_pain_worse_than_back'],
  ),
  single(
    'weakness_progressing',
    36,
    'Is the weakness or numbness getting worse?',
    'Spreading weakness or numbness means a nerve is under growing pressure and needs a doctor quickly.',
    'weakness_progressing',
  ),
  multiple(
    'how_started',
    40,
    {
      text: 'How did it start?',
      none: 'It came on slowly',
      why: 'How it started tells us whether a strained muscle is likely, or whether a bone needs checking after a fall or accident.',
    },
    [
      'onset_major_trauma',
      'onset_minor_fall',
      'onset_lifting_twisting',
      'onset_during_exercise',
      'onset_sudden',
    ],
  ),
  number(
    'duration',
    50,
    'How long ago did it start?',
    'How long it has lasted changes when to see a doctor: most back spasms settle within a few weeks.',
    'duration_days',
  ),
  number(
    'pain_score',
    55,
    'How bad is the pain now, from 0 to 10?',
    'The pain score helps judge some causes, such as kidney stones, and lets you track your recovery.',
    'pain_severity',
  ),
  warning(
    'fever_signs',
    60,
    'Any fever, shivering, being sick, or feeling very unwell?',
    {
      text: 'Which have you had?',
      topic: 'Fever, shivering, being sick, or feeling very unwell',
      none: 'No fever or sickness',
      why: 'Fever or shivering with back pain can mean an infection of the kidneys or the spine, which needs a doctor quickly.',
    },
    [
      'fever',
      'chills_rigors',
      'feels_very_unwell',
      'nausea_vomiting',
      'cannot_keep_fluids_down',
      'diarrhoea_or_vomiting_recent',
    ],
  ),
  warning(
    'urine_signs',
    62,
    'Any burning or blood when you pee, or much less or darker pee?',
    {
      text: 'Which have you had?',
      topic: 'Burning or blood when peeing, or much less or darker pee',
      none: 'No change when I pee',
      why: 'Changes in your pee with back pain can mean an infection, a kidney stone or muscle damage.',
    },
    ['burning_urination', 'blood_in_urine', 'dark_cola_urine', 'peeing_less'],
  ),
  warning(
    'pain_pattern',
    70,
    'Is the pain worse at night, constant, in waves, or worse on coughing?',
    {
      text: 'Does your pain do any of these?',
      topic: 'Pain worse at night, constant, in waves, or worse on coughing',
      none: 'No, none of these',
      why: 'NHS advice is to see a doctor the same day for pain like this, because it can come from something other than a strained muscle.',
    },
    ['night_pain', 'pain_constant_unrelenting', 'pain_worse_cough_sneeze', 'pain_colicky_waves'],
  ),
  warning(
    'body_changes',
    72,
    'Any weight loss, new lump, band-shaped rash, yellow skin, or pulsing in your tummy?',
    {
      text: 'Which have you noticed?',
      topic: 'Weight loss, new lump, band-shaped rash, yellow skin, or pulsing in your tummy',
      none: 'None of these changes',
      why: 'These can come from something other than a strained muscle, so a doctor should see you the same day.',
    },
    [
      'weight_loss_unexplained',
      'lump_or_shape_change',
      'rash_band_one_side',
      'yellow_skin_eyes',
      'pulsing_in_belly',
    ],
  ),
  warning(
    'legs_blood_flow',
    74,
    'Any swollen calf, or a cold, pale or painful foot?',
    {
      text: 'Which have you had?',
      topic: 'Swollen calf, or cold, pale or painful foot',
      none: 'No calf or foot problems',
      why: 'A swollen calf can be a blood clot, and a cold or painful foot can mean poor blood flow to the leg.',
    },
    ['calf_swollen_red_one_side', 'foot_cold_pale_or_sores', 'foot_pain_at_rest'],
  ),
  warning(
    'muscles',
    76,
    'Any very sore, swollen muscles, or weakness all over?',
    {
      text: 'Which have you had?',
      topic: 'Very sore, swollen muscles, or weakness all over',
      none: 'No sore muscles or weakness',
      why: 'Very sore, swollen muscles or weakness all over can mean muscle damage or a low salt level, which a doctor should check.',
    },
    ['muscle_pain_tender_swollen', 'generalised_weakness'],
  ),
  about(
    'serious_history',
    80,
    'Ever had cancer, a weak immune system, thin bones, an aneurysm, or injected drugs?',
    {
      text: 'Which apply to you?',
      topic: 'Ever had cancer, weak immune system, thin bones, aneurysm, or injected drugs',
      none: 'None of these apply to me',
      why: 'These make some serious causes of back pain more likely, so they change how soon you should be seen.',
    },
    ['history_cancer', 'immunosuppressed', 'osteoporosis', 'known_aortic_aneurysm', 'iv_drug_use'],
  ),
  about(
    'recent_events',
    81,
    'Recently, any infection, spine operation, wound, hospital stay or long journey?',
    {
      text: 'Which have you had?',
      topic: 'Recently: infection, spine operation, wound, hospital stay or long journey',
      none: 'None of these recently',
      why: 'An infection can spread to the spine, a wound can lead to tetanus, and lying still for days can cause a blood clot.',
    },
    ['recent_infection_or_spinal_procedure', 'recent_wound', 'recent_immobility_or_hospital'],
  ),
  single(
    'neck_surgery',
    82,
    'Have you had thyroid or neck surgery?',
    'After thyroid or neck surgery, tingling around the mouth can mean low calcium.',
    'neck_thyroid_surgery',
  ),
  about(
    'conditions',
    83,
    'Do you have diabetes, an ulcer, or heart, kidney, liver or blood pressure problems?',
    {
      text: 'Which do you have?',
      topic: 'Diabetes, an ulcer, or heart, kidney, liver or blood pressure problems',
      none: 'None of these conditions',
      why: 'Some health conditions change which painkillers and which heat or cold treatments are safe for you.',
    },
    [
      'diabetes',
      'kidney_disease',
      'heart_disease',
      'high_blood_pressure',
      'liver_disease',
      'stomach_ulcer_history',
    ],
  ),
  about(
    'feet_circulation',
    84,
    'Do you have numb feet or poor circulation?',
    {
      text: 'Which do you have?',
      topic: 'Numb feet or poor circulation',
      none: 'No numb feet or poor circulation',
      why: 'With numb skin or poor circulation, heat and cold packs can burn or damage the skin without you noticing.',
    },
    ['numb_feet_neuropathy', 'poor_circulation_raynaud'],
  ),
  single(
    'tetanus_vaccine',
    85,
    'Is your tetanus jab out of date, or are you not sure?',
    'After a wound, people who are not fully vaccinated may need a tetanus injection, and muscle spasms can be a sign of tetanus.',
    'tetanus_vaccine_not_up_to_date',
  ),
  single(
    'pregnancy',
    86,
    'Are you pregnant?',
    'Pregnancy changes what can cause back pain, where to get help, and which medicines are safe.',
    'pregnant',
  ),
  multiple(
    'pregnancy_details',
    87,
    {
      text: 'About your pregnancy:',
      none: 'Neither of these',
      why: 'Bleeding or contractions need the maternity unit now; later in pregnancy some medicines are not safe.',
    },
    ['pregnancy_bleeding_or_contractions', 'pregnant_over_20_weeks'],
  ),
  about(
    'pain_medicines',
    90,
    'Do you take painkillers, muscle relaxants or sleeping tablets?',
    {
      text: 'Which do you take?',
      topic: 'Painkillers, muscle relaxants or sleeping tablets',
      none: 'I take none of these',
      why: 'Some painkillers are not safe with other medicines or conditions, some make you drowsy, and too much paracetamol harms the liver even when you feel well.',
    },
    [
      'med_paracetamol',
      'med_paracetamol_over_max',
      'med_nsaid',
      'med_muscle_relaxant',
      'med_opioid_or_sedative',
      'med_steroid_long_term',
    ],
  ),
  about(
    'heart_medicines',
    91,
    'Do you take blood thinners, water tablets, or heart, blood pressure or cholesterol tablets?',
    {
      text: 'Which do you take?',
      topic: 'Blood thinners, water tablets, or pills for your heart, blood pressure or cholesterol',
      none: 'I take none of these',
      why: 'Some of these can cause cramps, and some change which painkillers are safe for you.',
    },
    [
      'med_anticoagulant',
      'med_diuretic',
      'med_potassium_sparing_diuretic',
      'med_ace_arb',
      'med_statin',
      'med_digoxin',
    ],
  ),
  about(
    'other_medicines',
    92,
    'Do you use an asthma inhaler, acid tablets or supplements, or drink most days?',
    {
      text: 'Which apply to you?',
      topic: 'Using an asthma inhaler, acid tablets or supplements, or drinking most days',
      none: 'None of these',
      why: 'Some of these can cause cramps, and alcohol does not mix safely with some painkillers.',
    },
    ['med_laba_inhaler', 'med_ppi_long_term', 'supplement_magnesium_zinc_potassium', 'alcohol_regular'],
  ),
  single(
    'medicine_change',
    94,
    'Did this start soon after a medicine was started or changed?',
    'Cramps soon after a medicine change point to the medicine; a pharmacist or doctor can review it.',
    'med_new_in_last_months',
  ),
  multiple(
    'course',
    100,
    {
      text: 'How is it going?',
      none: 'None of these',
      why: 'Whether it is getting better, and how much it affects your life, decides whether to see a doctor.',
    },
    ['improving', 'getting_worse', 'stops_daily_activities', 'struggling_to_cope', 'recurrent_episodes'],
  ),
  multiple(
    'pain_feel',
    110,
    {
      text: 'What is the pain like?',
      none: 'None of these',
      why: 'How the pain behaves helps tell a muscle spasm from other causes.',
    },
    [
      'muscle_knot_tight',
      'pain_worse_movement',
      'pain_eases_stretch_rest',
      'widespread_pain',
      'leg_cramp_night',
    ],
    'causes',
  ),
  multiple(
    'stiffness_pattern',
    112,
    {
      text: 'Do any of these fit?',
      none: 'None of these',
      why: 'Long stiffness in the morning, or pain that eases with exercise but not rest, points to inflammatory back pain.',
    },
    ['morning_stiffness_long', 'better_exercise_not_rest', 'wakes_second_half_night', 'pain_after_meals'],
    'causes',
  ),
  multiple(
    'walking',
    120,
    {
      text: 'About your legs and walking:',
      none: 'None of these',
      why: 'Pain on walking can come from narrowing in the spine or from narrowed leg arteries; what eases it tells them apart.',
    },
    [
      'walking_pain_stops_standing_still',
      'walking_pain_needs_sitting_bending',
      'standing_alone_brings_pain',
      'no_pain_seated',
      'same_walking_distance',
      'leg_skin_shiny_hairless',
    ],
    'causes',
  ),
  multiple(
    'fluids',
    130,
    {
      text: 'In the last few days:',
      none: 'None of these',
      why: 'Losing fluid or drinking little can bring on cramps.',
    },
    ['thirst_dark_urine', 'heavy_sweating_heat', 'low_fluid_intake', 'fatigue_unusual'],
    'causes',
  ),
  multiple(
    'womens_health',
    140,
    {
      text: 'Do either of these apply?',
      none: 'Neither of these',
      why: 'Period pain often spreads to the back; unusual discharge or bleeding needs a doctor to check for infection.',
    },
    ['period_related_pain', 'abnormal_vaginal_discharge_or_bleeding'],
    'causes',
  ),
  multiple(
    'history',
    150,
    {
      text: 'Do any of these apply?',
      none: 'None of these',
      why: 'These make some causes more likely: smoking and cholesterol affect the arteries, and sciatica and kidney stones often come back.',
    },
    ['smoker', 'high_cholesterol', 'previous_similar_diagnosis_sciatica', 'previous_kidney_stones'],
    'causes',
  ),
];
