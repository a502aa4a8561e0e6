/**
 * Causes: each contract cause with its prior (by age and sex where the evidence says so) and the
 * likelihood ratios of the findings that bear on it. Published figures cite their source; every other
 * number is an estimate that says so and why. Ratios are against people with back pain in general
 * (see cause-builders.ts), which is why red-flag ratios here are larger than those measured inside
 * specialist referral groups (research/clinical.md §7: apply them with care, rules decide urgency).
 */

import type { FindingId } from '../contract/ids.generated.ts';
import { bands, cite, est, lr, mod } from './cause-builders.ts';
import { age, all, not, sex } from './conditions.ts';
import type { CauseKnowledge } from './types.ts';

const male = sex('male');
const female = sex('female');
const notChildBearing = not(all(female, age({ gte: 12, lt: 56 })));

const TYPICAL =
  'Estimate: a typical feature in the guideline descriptions, with no published ratio; sized so that it shifts the odds modestly.';
const AGAINST = 'Estimate: the feature points to another cause, so it lowers this one; no published ratio.';
const DEFINING =
  'Estimate: this finding defines the condition, so its absence nearly rules it out; no published ratio.';
const NOT_FROM_MUSCLE =
  'Estimate: a back muscle or nerve problem does not cause this; when it is present it nearly always comes from another cause, so it lowers this one.';
/** Features a strained muscle, a cramp or a trapped nerve do not produce. */
const notFromMuscle = (ratio: number) =>
  (
    [
      'pain_chest',
      'breathless',
      'pain_tearing_severe_sudden',
      'confusion_drowsy',
      'neck_stiffness_headache',
      'seizure',
      'dark_cola_urine',
      'calf_swollen_red_one_side',
      // A cold, pale foot or a sore that will not heal is the artery picture, never a nerve's (§2.2).
      'foot_cold_pale_or_sores',
      'rash_band_one_side',
      'yellow_skin_eyes',
      'pulsing_in_belly',
      'jaw_stiffness',
      'burning_urination',
      'blood_in_urine',
      'pain_colicky_waves',
      'sweaty_clammy_pale',
    ] satisfies FindingId[]
  ).map((id) => lr(id, ratio, undefined, est(NOT_FROM_MUSCLE)));
/**
 * The nerve signs of cauda equina syndrome and of a squeezed spinal cord (weakness that keeps getting
 * worse, new unsteadiness: §1.2 rows 1 and 10): a disc or a growth can cause them, a muscle cannot.
 */
const notFromStrain = (ratio: number) =>
  (
    [
      'saddle_numbness',
      'urinary_retention',
      'incontinence',
      'sexual_dysfunction_new',
      'numbness_both_legs',
      'weakness_both_legs',
      'weakness_progressing',
      'unsteady_walking',
    ] satisfies FindingId[]
  ).map((id) => lr(id, ratio, undefined, est(NOT_FROM_MUSCLE)));

/**
 * A broken bone, a squeezed nerve root, a narrowed canal or a medicine's cramps make no fever; back pain
 * with a fever is the infection rows' picture (§1.2 rows 4 and 6, §1.6 P6). Without this a fever left
 * these causes where they were and, with nothing mechanical said, a febrile back ranked a fracture above
 * both infections.
 */
const NO_FEVER = (ratio: number) =>
  lr(
    'fever',
    ratio,
    undefined,
    est(
      'Estimate: this cause does not produce a fever, so a fever points to another cause (the same ratio as for a strained muscle); no published ratio.',
      ['R23', 'R21'],
    ),
  );

const CORRELATED =
  'The signs of cauda equina syndrome come together, so the absence of one says less once another is present; the absent ratio is kept close to 1.';
/** Progressive weakness and new unsteadiness: the picture of something pressing on the cord or the nerve roots. */
const PRESSING_ON_NERVES =
  'Estimate: weakness that keeps getting worse, or new unsteady walking, means something is pressing on the spinal cord or the nerve roots (§1.2 rows 1, 3, 4 and 10 escalate them); no published ratio for self-report, so a moderate one.';
const REDFLAG_POP =
  'Estimate: published ratios for this red flag come from people already referred with suspected disease; against all people with back pain the feature is far rarer, so the ratio is set higher (clinical.md §7).';

/**
 * "What happens next" for the serious causes. Where and how soon follows the cause's triage row in
 * clinical.md; what a doctor would do there is general medical knowledge that the research does not
 * grade, so every one carries this note and is worded as what usually happens.
 */
const NEXT_ESTIMATE =
  'Where and how soon follow the triage row cited; the tests and treatments named are general medical knowledge, not verified in clinical.md (from memory, unverified).';

export const causes: readonly CauseKnowledge[] = [
  {
    id: 'muscle_strain',
    summary:
      'The most common cause: a strained or over-tight back muscle. It usually settles within days to weeks with staying active and simple pain relief.',
    prior: {
      base: 0.72,
      sources: ['R6', 'R10'],
      estimate:
        'Non-specific back pain is 85–90% of back pain; the other common causes in our list (cramps, dehydration, pregnancy, periods, medicines) are carved out of that share.',
    },
    ratios: [
      ...notFromMuscle(0.25),
      ...notFromStrain(0.25),
      lr('onset_lifting_twisting', 2.5, 0.6, est(TYPICAL, ['R1', 'R4'])),
      lr('muscle_knot_tight', 1.8, 0.6, est(TYPICAL)),
      lr('pain_worse_movement', 1.8, 0.4, est(TYPICAL, ['R4'])),
      lr('pain_eases_stretch_rest', 1.5, 0.8, est(TYPICAL)),
      lr('pain_lower_back', 1.3, 0.3, est(TYPICAL)),
      lr(
        'recurrent_episodes',
        1.3,
        0.9,
        est(
          'Estimate: recurrence is usual after non-specific back pain (73% within a year), so a history of similar settled episodes slightly favours it.',
          ['R74'],
        ),
      ),
      lr(
        'improving',
        1.5,
        0.9,
        est('Estimate: steady improvement is the usual course of non-specific back pain.', ['R73', 'R74']),
      ),
      lr('widespread_pain', 0.4, undefined, est(AGAINST)),
      // A strain stays in the back: tender thighs or shoulders as well point to the muscles as a whole
      // (a statin, muscle breakdown; §1.5 row 17, P7).
      lr('muscle_pain_tender_swollen', 0.5, undefined, est(AGAINST, ['R100'])),
      lr('pain_constant_unrelenting', 0.4, undefined, est(AGAINST, ['R10'])),
      lr('night_pain', 0.6, undefined, est(AGAINST)),
      lr('fever', 0.4, undefined, est(AGAINST)),
      lr('feels_very_unwell', 0.5, undefined, est(AGAINST)),
      bands(
        'duration_days',
        [
          { lt: 42, ratio: 1.1 },
          { gte: 42, lt: 90, ratio: 0.8 },
          { gte: 90, ratio: 0.5 },
        ],
        est(
          'Estimate: most episodes improve markedly within 6 weeks, so a longer course makes another cause relatively likelier.',
          ['R73'],
        ),
      ),
    ],
  },
  {
    id: 'exercise_cramp',
    summary:
      'A muscle cramp brought on by exercise, usually from tired muscles. It eases within minutes with gentle stretching.',
    prior: {
      base: 0.025,
      sources: ['R42d'],
      estimate:
        'Exercise cramps are very common in athletes (67% of triathletes) but only a small share of people seeking help for back pain.',
    },
    ratios: [
      ...notFromMuscle(0.3),
      ...notFromStrain(0.3),
      lr('onset_during_exercise', 15, 0.1, est(DEFINING, ['R42'])),
      lr(
        'pain_eases_stretch_rest',
        3,
        0.5,
        est('Estimate: exercise cramps ease within minutes with static stretching.', ['R42']),
      ),
      lr('muscle_knot_tight', 2, 0.5, est(TYPICAL, ['R42'])),
      lr(
        'heavy_sweating_heat',
        1.5,
        undefined,
        est(
          'Estimate: a small salty-sweater subgroup cramps after heavy sweating; most cramps are from fatigue, so the ratio is small.',
          ['R42e', 'R42b'],
        ),
      ),
      bands(
        'duration_days',
        [
          { lt: 2, ratio: 1.5 },
          { gte: 2, lt: 7, ratio: 0.7 },
          { gte: 7, ratio: 0.15 },
        ],
        est('Estimate: an exercise cramp lasts minutes; pain for days is more likely a strain.', ['R42']),
      ),
    ],
  },
  {
    id: 'dehydration',
    summary:
      'Being short of fluid can bring on cramps. It can come from drinking little, heavy sweating, or being sick and diarrhoea. The evidence that it causes everyday cramps is weak.',
    prior: {
      base: 0.01,
      sources: ['R42b'],
      estimate:
        'No prevalence among people with back spasm was found; a small share, since prospective studies do not support dehydration as a common cause of cramps.',
    },
    ratios: [
      lr('thirst_dark_urine', 8, 0.3, est(DEFINING)),
      lr('low_fluid_intake', 4, 0.7, est(TYPICAL)),
      lr('diarrhoea_or_vomiting_recent', 4, 0.8, est(TYPICAL, ['R38'])),
      lr('heavy_sweating_heat', 3, 0.9, est(TYPICAL)),
      lr('muscle_knot_tight', 1.5, 0.7, est(TYPICAL)),
    ],
  },
  {
    id: 'pregnancy_back_pain',
    summary:
      'Back pain and pelvic girdle pain are common in pregnancy. About 1 in 5 women have pelvic girdle pain. It does not harm the baby.',
    prior: {
      base: 0.02,
      sources: ['R96'],
      estimate: 'Share among women of child-bearing age using the tool; the pregnancy answer does the work.',
      modifiers: [
        mod(
          notChildBearing,
          0.001,
          est('Estimate: pregnancy is essentially impossible outside women aged 12–55.'),
        ),
      ],
    },
    ratios: [
      lr('pregnant', 40, 0.005, est(DEFINING, ['R95'])),
      // Simple pregnancy back pain is the back's muscles and joints under load, "otherwise well" (§1.5
      // row 12): what a strained muscle cannot produce counts against it as it does against a strain, so
      // a pregnant woman with burning pee, or fever with a pain in her side, is not shown her back as the
      // likely cause. Fever with a plain low back ache only weighs it down: her back stays first, since
      // no cause on the list explains that pair better (the fever rule makes it same-day all the same).
      ...notFromMuscle(0.25),
      ...notFromStrain(0.25),
      // Row 12 defines the simple picture as "otherwise well (no fever ...)", so a fever or shivers weigh
      // against it a little more than against a strain (0.4).
      lr('fever', 0.3, undefined, est(AGAINST, ['R95'])),
      lr('chills_rigors', 0.4, undefined, est(AGAINST, ['R95', 'R21'])),
      // Row 12 names "pain in one or both sides under the ribs" among the signs that it is not simple back
      // pain: without it, fever with side pain in pregnancy (the kidney-infection emergency, §1.2 row 6)
      // still showed her back as the likeliest cause.
      lr('pain_flank', 0.4, undefined, est(AGAINST, ['R95', 'R21'])),
      lr('feels_very_unwell', 0.5, undefined, est(AGAINST, ['R95'])),
      lr(
        'pain_buttock',
        1.5,
        undefined,
        est('Estimate: pelvic girdle pain is felt across the lower back, buttocks and hips.', ['R96']),
      ),
      lr('pain_worse_movement', 1.3, undefined, est(TYPICAL, ['R95', 'R96'])),
      lr('pregnancy_bleeding_or_contractions', 0.3, undefined, est(AGAINST, ['R93'])),
      // "Otherwise well (no fever, bleeding or pain peeing)" (§1.5 row 12).
      lr('abnormal_vaginal_discharge_or_bleeding', 0.4, undefined, est(AGAINST, ['R95'])),
    ],
  },
  {
    id: 'menstrual_pain',
    summary:
      'Period cramps often spread to the lower back and thighs, starting around the start of a period and lasting up to 3 days.',
    prior: {
      base: 0.03,
      sources: ['R97'],
      estimate: 'Share among women of menstruating age using the tool; the period answer does the work.',
      modifiers: [
        mod(
          not(all(female, age({ gte: 10, lt: 60 }))),
          0.001,
          est('Estimate: periods occur in women roughly aged 10–60.'),
        ),
      ],
    },
    ratios: [
      lr('period_related_pain', 50, 0.02, est(DEFINING, ['R97'])),
      // There are no periods in pregnancy: pain and bleeding then are the pregnancy's (§1.5 rows 9 and
      // 14 send "possible pregnancy" to row 9). Without it, a pregnant woman whose back pain was weighed
      // down by fever or waves was shown period pain as a likely cause.
      lr(
        'pregnant',
        0.02,
        undefined,
        est('Estimate: periods stop in pregnancy, so period pain is all but ruled out (general knowledge).', [
          'R92',
        ]),
      ),
      lr(
        'pain_abdomen',
        3,
        0.6,
        est('Estimate: period pain is felt in the lower tummy and spreads to the back.', ['R97']),
      ),
      lr('recurrent_episodes', 2, 0.8, est('Estimate: period pain recurs with each cycle.', ['R97'])),
      // Period cramps build with the period (§1.5 row 14); pain that starts within minutes is the
      // picture that row and row 15 send to emergency care (an ovary, a pregnancy outside the womb).
      // Without it, a check that stops at sudden tummy pain before the pregnancy question listed period
      // pain, not the pregnancy complication the rule suspects.
      lr('onset_sudden', 0.4, undefined, est(AGAINST, ['R97', 'R98'])),
    ],
  },
  {
    id: 'electrolyte_imbalance',
    summary:
      'Low potassium, magnesium or calcium can cause cramps and spasms. The usual causes are water tablets, long-term stomach-acid tablets, being sick or diarrhoea, or neck surgery. Only a blood test can confirm it.',
    prior: {
      base: 0.008,
      sources: ['R43'],
      estimate:
        'Not found: no prevalence among people with back spasm; kept small because electrolytes did not differ between people with and without cramps in the one study found.',
    },
    ratios: [
      lr(
        'med_diuretic',
        4,
        0.8,
        est(
          'Estimate: thiazide and loop diuretics cause low potassium and magnesium; the sequence ratio for cramp treatment (1.48) understates the risk of the deficit itself.',
          ['R40', 'R37c', 'R38b'],
        ),
      ),
      lr(
        'med_ppi_long_term',
        3,
        0.9,
        est('Estimate: long-term PPIs cause low magnesium (FDA), an uncommon but real effect.', ['R37']),
      ),
      lr('diarrhoea_or_vomiting_recent', 4, 0.9, est(TYPICAL, ['R38'])),
      lr(
        'tingling_mouth_fingers',
        10,
        0.9,
        est('Estimate: mouth and fingertip tingling is a classic sign of low calcium.', ['R39']),
      ),
      lr(
        'hand_foot_spasm',
        15,
        0.95,
        est('Estimate: carpopedal spasm is characteristic of low calcium or magnesium.', ['R39']),
      ),
      lr('palpitations', 3, undefined, est(TYPICAL, ['R37', 'R38'])),
      lr('generalised_weakness', 3, undefined, est(TYPICAL, ['R38'])),
      lr(
        'neck_thyroid_surgery',
        5,
        undefined,
        est('Estimate: hypoparathyroidism after neck surgery is the commonest cause of low calcium.', [
          'R39c',
        ]),
      ),
      lr('leg_cramp_night', 2.5, 0.8, est(TYPICAL)),
      lr('muscle_knot_tight', 1.5, 0.7, est(TYPICAL)),
      lr('alcohol_regular', 1.5, undefined, est(TYPICAL, ['R39c'])),
      lr(
        'med_digoxin',
        1.5,
        undefined,
        est('Estimate: digoxin is usually taken with diuretics, which lower potassium.', ['R37']),
      ),
      lr('onset_lifting_twisting', 0.6, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'medication_side_effect',
    summary:
      'Some medicines can cause cramps or muscle symptoms: water tablets, long-acting inhalers, statins and long-term stomach-acid tablets. A pharmacist or doctor can review them; do not stop them on your own.',
    prior: {
      base: 0.012,
      sources: ['R40'],
      estimate:
        'No prevalence among back-spasm sufferers; small because most people with back pain take none of these drugs.',
    },
    ratios: [
      lr(
        'med_new_in_last_months',
        8,
        0.5,
        est(
          'Estimate: symptoms starting soon after a new medicine are the pattern the sequence-symmetry studies rely on.',
          ['R40'],
        ),
      ),
      lr(
        'med_diuretic',
        3,
        0.85,
        est(
          'Estimate from the adjusted sequence ratio of 1.48 for thiazides (a ratio of treatment order, not a likelihood ratio).',
          ['R40'],
        ),
      ),
      lr(
        'med_potassium_sparing_diuretic',
        3,
        undefined,
        est('Estimate from the adjusted sequence ratio of 2.12.', ['R40']),
      ),
      lr(
        'med_laba_inhaler',
        3,
        undefined,
        est('Estimate from the adjusted sequence ratio of 2.42.', ['R40']),
      ),
      lr(
        'med_statin',
        2,
        0.9,
        est(
          'Estimate: statin muscle symptoms are reported by about 1 in 10 users but are largely a nocebo effect in blinded trials.',
          ['R40', 'R41', 'R41b'],
        ),
      ),
      lr(
        'muscle_pain_tender_swollen',
        3,
        undefined,
        est(
          'Estimate: tender or aching large muscles are the statin muscle picture the NHS sends to a doctor the same day (§1.5 row 17, P7); about 1 in 10 statin users report muscle symptoms, many of them nocebo. The other medicines here give cramps rather than tender muscles, so the ratio is modest.',
          ['R100b', 'R41b', 'R41'],
        ),
      ),
      lr('med_ppi_long_term', 2, undefined, est('Estimate: PPIs act through low magnesium.', ['R37'])),
      lr('leg_cramp_night', 2.5, 0.8, est('Estimate: the drug studies are about night leg cramps.', ['R40'])),
      lr('muscle_knot_tight', 1.5, 0.7, est(TYPICAL)),
      lr('onset_lifting_twisting', 0.6, undefined, est(AGAINST)),
      lr('onset_during_exercise', 0.6, undefined, est(AGAINST)),
      NO_FEVER(0.4),
    ],
  },
  {
    id: 'diabetes_related',
    summary:
      'Diabetes is linked to cramps: nearly half of people with type 2 diabetes have them. Rarely, it causes nerve pain in the hip and thigh, with weakness.',
    prior: {
      base: 0.006,
      sources: ['R43', 'R44'],
      estimate:
        'Share of back-pain users whose spasm is diabetes-related; the diabetes answer does the work.',
    },
    ratios: [
      lr(
        'diabetes',
        10,
        0.01,
        est(`${DEFINING} About 1 in 10 adults has diabetes, so having it multiplies the odds by about 10.`, [
          'R43',
        ]),
      ),
      lr(
        'numb_feet_neuropathy',
        3,
        0.7,
        est('Estimate: neuropathy marks longer-standing diabetes with nerve involvement.', ['R43c']),
      ),
      lr('leg_cramp_night', 2, 0.8, est(TYPICAL, ['R43'])),
      lr(
        'leg_pain_above_knee',
        2,
        undefined,
        est('Estimate: diabetic amyotrophy causes hip and thigh pain.', ['R44']),
      ),
      lr(
        'weakness_one_leg',
        2,
        undefined,
        est('Estimate: diabetic amyotrophy causes thigh weakness.', ['R44']),
      ),
      lr('muscle_knot_tight', 1.3, undefined, est(TYPICAL)),
      lr('fever', 0.4, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'sciatica',
    summary:
      'An irritated nerve root, usually from a disc, gives leg pain below the knee that is often worse than the back pain, sometimes with numbness. About half recover within 6 weeks.',
    prior: {
      base: 0.05,
      sources: ['R35', 'R10'],
      estimate:
        'Radiculopathy is 3–5% of back pain; in a self-care tool a slightly higher share seems likely.',
    },
    ratios: [
      ...notFromMuscle(0.3),
      lr(
        'leg_pain_below_knee',
        8,
        0.3,
        est(
          'Estimate: pain below the knee was present in two thirds of primary-care patients with back and leg pain, most of whom had sciatica.',
          ['R34', 'R35b'],
        ),
      ),
      lr('leg_pain_worse_than_back', 4, 0.6, est(TYPICAL, ['R35b'])),
      lr('numbness_one_leg', 3, 0.7, est(TYPICAL, ['R35b'])),
      lr('weakness_one_leg', 3, 0.9, est(TYPICAL, ['R35b'])),
      lr('weakness_progressing', 2, undefined, est(PRESSING_ON_NERVES, ['R5', 'R13'])),
      lr('pain_worse_cough_sneeze', 2.5, 0.9, est(TYPICAL)),
      lr('previous_similar_diagnosis_sciatica', 4, 0.9, est('Estimate: sciatica often recurs.', ['R35b'])),
      lr('pain_buttock', 1.8, 0.8, est(TYPICAL)),
      lr('leg_pain_above_knee', 1.5, undefined, est(TYPICAL)),
      lr(
        'leg_pain_both_legs',
        0.6,
        undefined,
        est('Estimate: sciatica is usually one-sided; both legs point to stenosis or cauda equina.', ['R26']),
      ),
      lr('onset_lifting_twisting', 1.3, undefined, est(TYPICAL)),
      NO_FEVER(0.4),
    ],
  },
  {
    id: 'spinal_stenosis',
    summary:
      'Narrowing of the space for the nerves in the spine, mostly in older people. It causes leg or buttock pain on walking or standing. The pain eases only by sitting or bending forward.',
    prior: {
      base: 0.015,
      sources: ['R36'],
      estimate:
        'Symptomatic stenosis is common in older people with leg symptoms; a small share of all back pain.',
      modifiers: [mod(age({ gte: 70 }), 2.0, cite('R26')), mod(age({ lt: 60 }), 0.4, cite('R26'))],
    },
    ratios: [
      lr('no_pain_seated', 7.4, undefined, cite('R26')),
      lr(
        'walking_pain_needs_sitting_bending',
        5,
        0.25,
        est(
          'Between the published ratios for relief by bending forward (6.4) and for neurogenic claudication (3.7; absent 0.23), which this question combines.',
          ['R26'],
        ),
      ),
      lr('leg_pain_both_legs', 6.3, undefined, cite('R26')),
      lr(
        'standing_alone_brings_pain',
        2,
        0.3,
        est(
          'Among people with walking pain, absence of pain triggered by standing alone nearly excluded stenosis against artery disease (negative ratio 0.05); against all back pain it says less, so 0.3 is our estimate, as is the positive ratio.',
          ['R31'],
        ),
      ),
      lr(
        'walking_pain_stops_standing_still',
        0.3,
        undefined,
        est('Estimate: relief on simply standing still points to the arteries, not the spine.', [
          'R31',
          'R26',
        ]),
      ),
      lr('same_walking_distance', 0.5, undefined, est(AGAINST, ['R33d'])),
      lr('calf_cramp_walking', 0.6, undefined, est(AGAINST, ['R33d'])),
      lr('numbness_both_legs', 2, undefined, est(TYPICAL, ['R29'])),
      lr(
        'unsteady_walking',
        3,
        undefined,
        est(
          'Estimate: a wide-based gait (ratio 13) and an abnormal Romberg test (4.2) favour stenosis, but both are examination signs; self-reported unsteadiness is taken at a much smaller ratio.',
          ['R26'],
        ),
      ),
      lr('leg_pain_above_knee', 1.5, undefined, est(TYPICAL, ['R31'])),
      lr(
        'leg_pain_worse_than_back',
        1.5,
        undefined,
        est('Estimate: an item of the Cook prediction rule.', ['R30']),
      ),
      bands(
        'duration_days',
        [
          { lt: 21, ratio: 0.5 },
          { gte: 90, ratio: 2 },
        ],
        est('Estimate: stenosis symptoms build up over months.'),
      ),
      NO_FEVER(0.4),
    ],
  },
  {
    id: 'peripheral_artery_disease',
    summary:
      'Narrowed leg arteries cause cramping calf (sometimes buttock or thigh) pain on walking that stops within minutes of standing still. It is not a usual cause of back spasm.',
    prior: {
      base: 0.008,
      sources: ['R33c'],
      estimate:
        'About 3–7% of adults have PAD and a third of them claudication; a small share of back-pain users.',
      modifiers: [
        mod(
          age({ gte: 70 }),
          2.5,
          est('About 20% of people over 70 have PAD against 3–7% overall.', ['R33c']),
        ),
        mod(age({ lt: 50 }), 0.2, est('Estimate: PAD is uncommon under 50.', ['R33c'])),
      ],
    },
    ratios: [
      lr(
        'walking_pain_stops_standing_still',
        10,
        0.4,
        est(
          'Calf symptoms relieved by standing still gave a positive ratio of 20 for vascular claudication; halved because our question also covers buttock pain.',
          ['R31'],
        ),
      ),
      lr(
        'calf_cramp_walking',
        4.4,
        0.74,
        est(
          'Computed for the whole Edinburgh Claudication Questionnaire against an ankle-brachial index below 0.9 in high-risk outpatients; applied to one self-reported item, so an estimate here.',
          ['R33'],
        ),
      ),
      lr('same_walking_distance', 3, 0.8, est(TYPICAL, ['R33d'])),
      lr(
        'foot_cold_pale_or_sores',
        5.9,
        0.9,
        est(
          'Cool skin and non-healing sores each had a positive ratio of 5.9 in people with leg complaints; the absent ratio is our estimate.',
          ['R32'],
        ),
      ),
      lr(
        'leg_skin_shiny_hairless',
        2.8,
        undefined,
        est('Discoloured skin had a ratio of 2.8; shiny hairless skin is a related sign.', ['R32']),
      ),
      lr('foot_pain_at_rest', 5, 0.95, est(TYPICAL, ['R101'])),
      lr('poor_circulation_raynaud', 5, 0.9, est('Estimate: a known diagnosis of poor leg circulation.')),
      lr('smoker', 2.5, 0.6, est('Estimate: smoking is the strongest risk factor.', ['R33d'])),
      lr('diabetes', 2, 0.9, est(TYPICAL, ['R33d'])),
      lr('high_cholesterol', 1.5, undefined, est(TYPICAL, ['R33d'])),
      lr('high_blood_pressure', 1.5, undefined, est(TYPICAL, ['R33d'])),
      lr('heart_disease', 2, undefined, est(TYPICAL, ['R33d'])),
      lr('standing_alone_brings_pain', 0.3, undefined, est(AGAINST, ['R31'])),
      lr('walking_pain_needs_sitting_bending', 0.4, undefined, est(AGAINST, ['R31'])),
      lr('no_pain_seated', 0.8, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'inflammatory_back_pain',
    summary:
      'Inflammatory back pain (axial spondyloarthritis) starts before about age 45 and comes on slowly. It gets better with exercise but not with rest, and the back stays stiff for a long time in the morning. A doctor can refer you to a joint specialist.',
    prior: {
      base: 0.008,
      sources: ['R25'],
      estimate: 'About 5% of chronic back pain, and chronic pain is a minority of people using the tool.',
      modifiers: [
        mod(age({ lt: 45 }), 1.5, est('Onset is usually before 40–45.', ['R24'])),
        mod(age({ gte: 55 }), 0.3, est('Estimate: new inflammatory back pain after 55 is unusual.', ['R24'])),
      ],
    },
    ratios: [
      lr(
        'morning_stiffness_long',
        3,
        0.5,
        est('Estimate from the criteria sets, where each feature alone is moderately specific.', ['R24']),
      ),
      lr('better_exercise_not_rest', 3, 0.5, est('Estimate from the criteria sets.', ['R24'])),
      lr('wakes_second_half_night', 4, 0.6, est('Estimate from the criteria sets.', ['R24'])),
      lr(
        'pain_buttock',
        1.5,
        undefined,
        est('Estimate: alternating buttock pain is a Berlin criterion.', ['R24']),
      ),
      lr('onset_lifting_twisting', 0.5, undefined, est(AGAINST, ['R24'])),
      lr('onset_sudden', 0.5, undefined, est('Estimate: inflammatory back pain starts gradually.', ['R24'])),
      bands(
        'duration_days',
        [
          { lt: 21, ratio: 0.3 },
          { gte: 90, ratio: 3 },
        ],
        est('Estimate: the criteria need back pain for more than 3 months.', ['R24']),
      ),
    ],
  },
  {
    id: 'fibromyalgia',
    summary:
      'Widespread pain with tiredness lasting months. It is real pain without damage, and a doctor can help plan treatment.',
    prior: {
      base: 0.01,
      sources: [],
      estimate: 'No figure in our research; a small share of back-pain users, more often women.',
      modifiers: [
        mod(female, 1.5, est('Estimate: fibromyalgia is diagnosed more often in women.')),
        mod(male, 0.5, est('Estimate: less often in men.')),
      ],
    },
    ratios: [
      lr('widespread_pain', 15, 0.1, est(DEFINING)),
      lr('fatigue_unusual', 4, 0.6, est(TYPICAL)),
      lr('muscle_knot_tight', 1.2, undefined, est(TYPICAL)),
      lr('onset_lifting_twisting', 0.5, undefined, est(AGAINST)),
      bands(
        'duration_days',
        [
          { lt: 14, ratio: 0.3 },
          { gte: 90, ratio: 3 },
        ],
        est('Estimate: fibromyalgia is a long-standing condition.'),
      ),
    ],
  },
  {
    id: 'urinary_tract_infection',
    summary:
      'A bladder infection gives burning or frequent peeing and can cause low back or lower tummy ache. It needs a doctor or pharmacist the same day.',
    prior: {
      base: 0.01,
      sources: [],
      estimate: 'No figure in our research; bladder infections are common, especially in women.',
      modifiers: [
        mod(female, 1.5, est('Estimate: more common in women.')),
        mod(male, 0.4, est('Estimate: less common in men.')),
      ],
    },
    ratios: [
      lr('burning_urination', 15, 0.15, est(DEFINING, ['R21'])),
      lr('blood_in_urine', 3, 0.9, est(TYPICAL)),
      lr('pain_abdomen', 2, 0.9, est('Estimate: lower tummy ache is typical of a bladder infection.')),
      lr(
        'pain_flank',
        0.8,
        undefined,
        est('Estimate: pain in the side points more to the kidney than the bladder.', ['R21']),
      ),
      lr('pain_worse_movement', 0.6, undefined, est(AGAINST)),
      bands(
        'duration_days',
        [
          { lt: 7, ratio: 1.5 },
          { gte: 21, ratio: 0.3 },
        ],
        est('Estimate: infections present within days.'),
      ),
    ],
  },
  {
    id: 'shingles',
    summary:
      'Shingles gives burning or stabbing pain in a band on one side, usually followed by a blistering rash 2–3 days later. Antiviral medicine works best within 3 days of the rash.',
    prior: {
      base: 0.003,
      sources: [],
      estimate: 'No figure in our research; shingles is uncommon and more frequent with age.',
      modifiers: [mod(age({ gte: 50 }), 2.5, est('Estimate: shingles is more common after 50.'))],
    },
    ratios: [
      lr(
        'rash_band_one_side',
        100,
        0.2,
        est(
          'Estimate: the one-sided band of pain or rash defines shingles; pain can come before the rash, so its absence does not rule it out.',
          ['R85'],
        ),
      ),
      lr('immunosuppressed', 3, undefined, est(TYPICAL, ['R85'])),
      lr('pain_flank', 1.5, undefined, est(TYPICAL, ['R85'])),
      lr('pain_upper_back', 1.5, undefined, est(TYPICAL, ['R85'])),
      lr('pain_worse_movement', 0.6, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'cauda_equina',
    next: {
      text: 'Hospital the same day, within hours. An urgent MRI scan of the lower back is done. If nerves are being squeezed, an operation frees them, best within 48 hours of the first signs.',
      sources: ['R13', 'R17'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'Pressure on the bundle of nerves at the base of the spine, usually from a large disc. It causes numbness around the genitals and buttocks, bladder or bowel problems, and symptoms in both legs. It needs surgery within hours.',
    prior: { base: 0.0004, sources: ['R6'] },
    ratios: [
      lr(
        'urinary_retention',
        100,
        0.6,
        est(
          `${REDFLAG_POP} Retention is present in over 90% of established cauda equina syndrome, but the early (incomplete) stage, the one worth catching, comes before it, so its absence lowers the odds less than the published figure: among emergency referrals for suspected cauda equina, the absence of bladder dysfunction had a ratio of 0.78 (computed from sensitivity 0.72, specificity 0.36). ${CORRELATED}`,
          ['R16', 'R13b', 'R15'],
        ),
      ),
      lr(
        'saddle_numbness',
        250,
        0.6,
        est(
          `${REDFLAG_POP} Saddle numbness is present in about 75%; among emergency referrals for suspected cauda equina, the absence of altered feeling around the back passage had a ratio of 0.60 (computed from sensitivity 0.60, specificity 0.67). ${CORRELATED}`,
          ['R16', 'R15'],
        ),
      ),
      lr('incontinence', 60, 0.85, est(`${REDFLAG_POP} ${CORRELATED}`, ['R15'])),
      lr('sexual_dysfunction_new', 20, 0.95, est(`${REDFLAG_POP} ${CORRELATED}`, ['R14'])),
      lr(
        'numbness_both_legs',
        15,
        0.9,
        est(`${REDFLAG_POP} Leg sensory deficit had a ratio of 1.8 among referrals.`, ['R15']),
      ),
      lr(
        'weakness_both_legs',
        15,
        0.9,
        est(`${REDFLAG_POP} Leg weakness had a ratio of 2.4 among referrals.`, ['R15']),
      ),
      lr(
        'leg_pain_both_legs',
        5,
        0.9,
        est(`${REDFLAG_POP} Bilateral leg pain had a ratio of 2.0 among referrals.`, ['R15']),
      ),
      lr(
        'weakness_progressing',
        5,
        undefined,
        est(
          `${REDFLAG_POP} Leg weakness had a ratio of 2.4 among referrals; weakness that keeps getting worse is the escalating form.`,
          ['R15', 'R5'],
        ),
      ),
      lr('unsteady_walking', 3, undefined, est(PRESSING_ON_NERVES, ['R13'])),
      lr(
        'leg_pain_below_knee',
        2,
        undefined,
        est('Estimate: cauda equina often follows a large disc that first gave sciatica.', ['R17']),
      ),
    ],
  },
  {
    id: 'spinal_fracture',
    next: {
      text: 'A doctor examines your back and arranges an X-ray or scan. Most spine fractures heal with pain relief and time; a few need a brace or an operation. After a serious accident this happens in an emergency department.',
      sources: ['R9', 'R13'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'A broken bone in the spine, after a serious accident or, with thin bones, after a minor fall or even lifting. It needs an X-ray or scan.',
    prior: {
      base: 0.01,
      sources: ['R6', 'R8'],
      estimate: '0.7% of acute back pain in primary care and about 4% in other series; 1% taken.',
      modifiers: [
        mod(
          age({ gte: 70 }),
          3,
          est(
            'Older age raised the post-test probability to about 9% (from a higher base than ours); Henschke found age over 70 informative. The multiplier of 3 is our estimate.',
            ['R9', 'R8'],
          ),
        ),
        mod(
          all(female, age({ gte: 50 })),
          1.5,
          est('Compression fractures affect about a quarter of post-menopausal women.', ['R6']),
        ),
      ],
    },
    ratios: [
      lr(
        'onset_major_trauma',
        12,
        0.8,
        est('Severe trauma gave a post-test probability of 11% from a base near 1%.', ['R9']),
      ),
      lr(
        'med_steroid_long_term',
        12,
        0.95,
        est(
          "Deyo's ratio of 12 for steroid use is marked unverified in the research; prolonged steroids gave a post-test probability of 33%.",
          ['R9', 'R10'],
        ),
      ),
      lr(
        'osteoporosis',
        5,
        0.9,
        est('Estimate: thin bones are the main risk factor for fractures after minor falls.', ['R6']),
      ),
      lr(
        'onset_minor_fall',
        5,
        0.9,
        est('Estimate: a minor fall is the usual cause of a fragility fracture.', ['R8']),
      ),
      lr('onset_sudden', 2, 0.7, est(TYPICAL)),
      lr('lump_or_shape_change', 3, undefined, est(TYPICAL, ['R13'])),
      lr('pain_worse_movement', 1.3, undefined, est(TYPICAL)),
      NO_FEVER(0.4),
    ],
  },
  {
    id: 'spinal_infection',
    next: {
      text: 'A hospital check the same day, with blood tests and an MRI scan. Treatment is antibiotics, often through a drip for some weeks. A pocket of pus pressing on nerves may need an operation.',
      sources: ['R23', 'R13'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'An infection of the spine (the bone, a disc, or a pocket of pus) causes constant back pain, often with fever. It is more common in people who inject drugs, have a weak immune system, or had a recent procedure on the spine.',
    prior: {
      base: 0.0002,
      sources: ['R6'],
      estimate:
        '0.01% of back pain in primary care; doubled for a self-selected group that includes people who feel unwell.',
    },
    ratios: [
      lr('fever', 20, 0.5, est(`${REDFLAG_POP} Fever is variable in spinal infection.`, ['R23'])),
      lr('chills_rigors', 4, undefined, est(TYPICAL, ['R23'])),
      lr('iv_drug_use', 10, 0.95, est('Estimate: injecting drugs is a leading risk factor.', ['R23b'])),
      lr(
        'recent_infection_or_spinal_procedure',
        8,
        0.9,
        est('Estimate: bacteria reach the spine from infections and procedures.', ['R23b']),
      ),
      lr('immunosuppressed', 4, 0.95, est(TYPICAL, ['R23b'])),
      lr('diabetes', 1.5, undefined, est(TYPICAL, ['R23b'])),
      lr('pain_constant_unrelenting', 3, 0.7, est(TYPICAL, ['R23'])),
      lr('night_pain', 2, 0.8, est(TYPICAL)),
      lr('feels_very_unwell', 3, 0.8, est(TYPICAL)),
      lr('getting_worse', 2, 0.8, est(TYPICAL)),
      lr('weakness_progressing', 3, undefined, est(PRESSING_ON_NERVES, ['R23'])),
      lr('unsteady_walking', 3, undefined, est(PRESSING_ON_NERVES, ['R23'])),
      lr('pain_worse_movement', 0.8, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'spinal_malignancy',
    next: {
      text: 'A doctor examines you and arranges blood tests and a scan, usually within a few days, or the same day if you have new weakness or numbness. If it is cancer in the spine, treatment can ease the pain and protect the nerves.',
      sources: ['R12', 'R13'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'Cancer in the spine, usually spread from breast, lung or prostate cancer, or myeloma. It is rare, mostly over 50, and more likely after a past cancer.',
    prior: {
      base: 0.004,
      sources: ['R6', 'R10'],
      estimate: 'Under 1% of back pain in primary care.',
      modifiers: [
        mod(
          age({ gte: 50 }),
          2.5,
          est(
            "Deyo's ratio of 2.7 for age 50 or over is marked unverified; about 80% of cases are over 50.",
            ['R10'],
          ),
        ),
        mod(
          age({ lt: 40 }),
          0.2,
          est('No cancer was found under 50 without other risk factors in about 2000 patients.', ['R10']),
        ),
      ],
    },
    ratios: [
      lr('history_cancer', 15.5, 0.7, cite('R10')),
      lr(
        'weight_loss_unexplained',
        2.7,
        0.9,
        est("Deyo's ratio of 2.7 is marked unverified in the research.", ['R10']),
      ),
      lr(
        'pain_constant_unrelenting',
        2,
        0.3,
        est('Pain unrelieved by bed rest has sensitivity above 0.9 but is non-specific.', ['R10']),
      ),
      lr('night_pain', 2, 0.8, est(TYPICAL, ['R13'])),
      lr('fatigue_unusual', 2, undefined, est(TYPICAL)),
      lr('getting_worse', 2, 0.8, est(TYPICAL)),
      lr('weakness_progressing', 3, undefined, est(PRESSING_ON_NERVES, ['R12', 'R13'])),
      lr('unsteady_walking', 3, undefined, est(PRESSING_ON_NERVES, ['R12', 'R13'])),
      lr('improving', 0.5, undefined, est(AGAINST)),
      lr('onset_lifting_twisting', 0.6, undefined, est(AGAINST)),
      bands(
        'duration_days',
        [
          { lt: 7, ratio: 0.7 },
          { gte: 30, ratio: 2 },
        ],
        est(
          'Failure to improve over a month had a ratio of 3.0 (marked unverified); a long course alone counts for less.',
          ['R10'],
        ),
      ),
    ],
  },
  {
    id: 'aortic_emergency',
    next: {
      text: 'An ambulance to hospital: a scan of the main artery straight away, and an operation if it is leaking or torn.',
      sources: ['R20', 'R13'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'A swollen main artery (aneurysm) that leaks or tears causes sudden severe tummy or back pain, often with fainting or clammy skin. It is most common in older men who smoke.',
    prior: {
      base: 0.0004,
      sources: [],
      estimate: 'Not found: no prevalence among people presenting with back pain; kept rare.',
      modifiers: [
        mod(male, 2, est('Aneurysms are up to 6 times more common in men.', ['R20'])),
        mod(female, 0.35, est('Aneurysms are up to 6 times more common in men.', ['R20'])),
        mod(
          age({ gte: 65 }),
          4,
          est('Estimate: aneurysms are mostly found after 65, the screening age.', ['R20']),
        ),
        mod(age({ lt: 50 }), 0.1, est('Estimate: rare under 50.', ['R20'])),
      ],
    },
    ratios: [
      lr('pain_tearing_severe_sudden', 30, 0.3, est(REDFLAG_POP, ['R20'])),
      lr(
        'known_aortic_aneurysm',
        30,
        0.95,
        est('Estimate: a known aneurysm is the strongest risk factor for a leak.', ['R20']),
      ),
      lr('pulsing_in_belly', 20, 0.9, est(TYPICAL, ['R20'])),
      lr(
        'smoker',
        3,
        0.5,
        est(
          'Smokers are up to 15 times more likely to have an aneurysm; as a ratio among back-pain users, 3.',
          ['R20'],
        ),
      ),
      lr('high_blood_pressure', 2, 0.8, est('High blood pressure doubles the risk.', ['R20'])),
      lr('dizziness_fainting', 5, 0.9, est(TYPICAL, ['R20'])),
      lr('sweaty_clammy_pale', 5, 0.9, est(TYPICAL, ['R20'])),
      lr('pain_abdomen', 3, 0.6, est(TYPICAL, ['R20'])),
      lr('pain_through_to_back', 3, undefined, est(TYPICAL)),
      lr('pain_constant_unrelenting', 2, undefined, est(TYPICAL)),
      lr('onset_sudden', 2, 0.5, est(TYPICAL, ['R20'])),
      lr('pain_worse_movement', 0.5, undefined, est(AGAINST)),
      lr('onset_lifting_twisting', 0.5, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'cardiac',
    next: {
      text: 'An ambulance to hospital. A heart tracing (ECG) and blood tests are done at once. If it is a heart attack, treatment opens the blocked blood vessel.',
      sources: ['R83', 'R13'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'A heart attack or other heart problem can cause chest pain that spreads to the back, arm or jaw. It may come with sweating, being sick or being short of breath.',
    prior: {
      base: 0.001,
      sources: [],
      estimate: 'Not found among back-pain presenters; kept rare.',
      modifiers: [
        mod(age({ gte: 50 }), 2, est('Estimate: heart disease rises with age.')),
        mod(age({ lt: 40 }), 0.2, est('Estimate: uncommon under 40.')),
        mod(male, 1.5, est('Estimate: more common in men.')),
      ],
    },
    ratios: [
      lr('pain_chest', 30, 0.2, est(TYPICAL, ['R13', 'R83'])),
      lr('pain_spreads_arm_jaw', 10, 0.8, est(TYPICAL, ['R83'])),
      lr('sweaty_clammy_pale', 4, 0.9, est(TYPICAL, ['R83'])),
      lr('breathless', 4, 0.8, est(TYPICAL, ['R83'])),
      lr('nausea_vomiting', 2, undefined, est(TYPICAL, ['R83'])),
      lr('palpitations', 3, 0.9, est(TYPICAL)),
      lr('heart_disease', 3, 0.9, est(TYPICAL)),
      lr('pain_upper_back', 2, 0.9, est(TYPICAL)),
      lr('pain_through_to_back', 2, undefined, est(TYPICAL)),
      lr('high_cholesterol', 1.5, undefined, est(TYPICAL)),
      lr('smoker', 1.5, undefined, est(TYPICAL)),
      lr('high_blood_pressure', 1.5, undefined, est(TYPICAL)),
      lr('diabetes', 1.3, undefined, est(TYPICAL)),
      lr('pain_worse_movement', 0.4, undefined, est(AGAINST)),
      lr('onset_lifting_twisting', 0.4, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'kidney_stone',
    next: {
      text: 'A doctor tests your urine and may arrange a scan. Most small stones pass on their own within a few weeks with pain relief; larger ones may need a hospital procedure. With a fever, it is hospital the same day.',
      sources: ['R13'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'A kidney stone causes severe pain in one side that comes in waves, spreads to the groin and makes it hard to keep still, sometimes with blood in the urine.',
    prior: {
      base: 0.008,
      sources: ['R22'],
      estimate: 'Not found among back-pain presenters; lifetime risk is about 12% in men and 6% in women.',
      modifiers: [
        mod(male, 1.4, est('Worked out from lifetime risks of about 12% in men and 6% in women.', ['R22'])),
        mod(female, 0.7, est('Worked out from lifetime risks of about 12% in men and 6% in women.', ['R22'])),
      ],
    },
    ratios: [
      lr('pain_colicky_waves', 10, 0.4, est(TYPICAL, ['R22'])),
      lr('pain_radiates_groin', 8, 0.6, est(TYPICAL, ['R22'])),
      lr('pain_flank', 5, 0.3, est(TYPICAL, ['R22'])),
      lr('blood_in_urine', 5, 0.7, est(TYPICAL, ['R22'])),
      lr('previous_kidney_stones', 4, 0.9, est('Estimate: stones often recur.')),
      lr('nausea_vomiting', 2, 0.8, est(TYPICAL, ['R22'])),
      lr('onset_sudden', 2, 0.6, est(TYPICAL)),
      lr(
        'pain_worse_movement',
        0.3,
        1.5,
        est('Estimate: stone pain does not change with position; people cannot keep still.', ['R22']),
      ),
      lr('muscle_knot_tight', 0.5, undefined, est(AGAINST)),
      lr('burning_urination', 0.8, undefined, est(AGAINST)),
      bands(
        'pain_severity',
        [
          { lt: 5, ratio: 0.5 },
          { gte: 8, ratio: 2 },
        ],
        est('Estimate: stone pain is usually severe.', ['R22']),
      ),
    ],
  },
  {
    id: 'kidney_infection',
    next: {
      text: 'A urine test and antibiotics the same day; in hospital, through a drip, if you are being sick or are very unwell.',
      sources: ['R21', 'R21b', 'R102'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'A kidney (or prostate) infection causes pain in the side or back with fever, shivering, feeling sick and often burning when peeing. It needs antibiotics the same day.',
    prior: {
      base: 0.005,
      sources: ['R21'],
      estimate: 'Not found among back-pain presenters; kept small.',
      modifiers: [mod(female, 1.5, est('Estimate: kidney infections are more common in women.'))],
    },
    ratios: [
      lr('fever', 10, 0.3, est(TYPICAL, ['R21'])),
      lr('chills_rigors', 5, 0.7, est(TYPICAL, ['R21'])),
      lr('pain_flank', 5, 0.3, est(TYPICAL, ['R21'])),
      lr('burning_urination', 6, 0.5, est(TYPICAL, ['R21'])),
      lr('nausea_vomiting', 3, 0.7, est(TYPICAL, ['R21'])),
      lr('feels_very_unwell', 3, 0.7, est(TYPICAL, ['R21'])),
      lr('blood_in_urine', 2, undefined, est(TYPICAL)),
      lr('pregnant', 2, undefined, est('Estimate: pregnancy makes kidney infections more likely.', ['R21b'])),
      lr('pain_worse_movement', 0.4, undefined, est(AGAINST)),
      lr('muscle_knot_tight', 0.5, undefined, est(AGAINST)),
      bands(
        'duration_days',
        [{ gte: 14, ratio: 0.2 }],
        est('Estimate: kidney infections present within days.', ['R21']),
      ),
    ],
  },
  {
    id: 'abdominal_organ',
    next: {
      text: 'A doctor checks your tummy and arranges blood tests and an ultrasound scan. Gallbladder and pancreas problems are often treated in hospital, sometimes with an operation to remove the gallbladder.',
      sources: ['R91', 'R91b'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'The pancreas or gallbladder can cause pain in the upper tummy that goes through to the back, often after meals or alcohol, with being sick.',
    prior: { base: 0.004, sources: [], estimate: 'Not found among back-pain presenters; kept small.' },
    ratios: [
      lr('pain_abdomen', 8, 0.2, est(DEFINING, ['R90', 'R91'])),
      lr('pain_through_to_back', 8, 0.8, est(TYPICAL, ['R90', 'R91'])),
      lr('pain_after_meals', 8, 0.9, est(TYPICAL, ['R91'])),
      lr('nausea_vomiting', 3, 0.7, est(TYPICAL, ['R90', 'R91'])),
      lr('yellow_skin_eyes', 8, 0.95, est(TYPICAL, ['R91', 'R91b'])),
      lr(
        'alcohol_regular',
        2,
        undefined,
        est('Estimate: heavy drinking is a cause of pancreatitis.', ['R90']),
      ),
      lr('fever', 2, undefined, est(TYPICAL, ['R91b'])),
      lr('pain_constant_unrelenting', 2, undefined, est(TYPICAL)),
      lr(
        'pain_upper_back',
        1.5,
        undefined,
        est('Estimate: gallbladder pain can spread to the shoulder blade.', ['R91']),
      ),
      lr('pain_worse_movement', 0.4, undefined, est(AGAINST)),
      lr('muscle_knot_tight', 0.5, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'pregnancy_complication',
    next: {
      text: "The maternity unit checks you and your baby, with an examination and the baby's heartbeat. They decide whether labour has started or anything needs treatment.",
      sources: ['R95', 'R93'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'In pregnancy, back pain that comes and goes, with bleeding, contractions or leaking fluid, can be early labour. It can also be another problem with the pregnancy.',
    prior: {
      base: 0.0008,
      sources: ['R93'],
      estimate: 'Share among women of child-bearing age; the pregnancy answers do the work.',
      modifiers: [
        mod(
          notChildBearing,
          0.001,
          est('Estimate: pregnancy is essentially impossible outside women aged 12–55.'),
        ),
      ],
    },
    ratios: [
      lr('pregnant', 40, 0.005, est(DEFINING)),
      lr('pregnancy_bleeding_or_contractions', 200, 0.5, est(DEFINING, ['R92', 'R93'])),
      lr(
        'pregnant_over_20_weeks',
        2,
        undefined,
        est('Estimate: later pregnancy brings the risk of early labour.', ['R93']),
      ),
      lr(
        'pain_colicky_waves',
        4,
        undefined,
        est('Backache that comes and goes is a sign of labour.', ['R93']),
      ),
      lr('pain_abdomen', 3, undefined, est(TYPICAL, ['R92', 'R93'])),
      lr('fever', 2, undefined, est(TYPICAL, ['R95'])),
      // Spotting or bleeding is the first sign of an early-pregnancy problem (§1.5 row 9); the answer
      // also covers unusual discharge, which is common and harmless in pregnancy, so the ratio is modest.
      lr('abnormal_vaginal_discharge_or_bleeding', 4, undefined, est(TYPICAL, ['R92'])),
    ],
  },
  {
    id: 'deep_vein_thrombosis',
    next: {
      text: 'An ultrasound scan of the leg within a day, or a chest scan if you are short of breath. Blood-thinning medicine is often started before the scan.',
      sources: ['R86', 'R87'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'A blood clot in a leg vein causes a swollen, warm, painful calf. If it moves to the lungs, it causes shortness of breath and chest or upper back pain.',
    prior: { base: 0.0008, sources: [], estimate: 'Not found among back-pain presenters; kept rare.' },
    ratios: [
      lr('calf_swollen_red_one_side', 40, 0.3, est(TYPICAL, ['R86'])),
      lr('recent_immobility_or_hospital', 5, 0.7, est(TYPICAL, ['R86'])),
      lr('breathless', 5, 0.8, est(TYPICAL, ['R87'])),
      lr('pain_chest', 3, 0.9, est(TYPICAL, ['R87'])),
      lr(
        'pain_upper_back',
        2,
        undefined,
        est('Upper back pain is listed among the signs of a clot in the lungs.', ['R87']),
      ),
      lr('palpitations', 2, undefined, est(TYPICAL, ['R87'])),
      lr('history_cancer', 2, undefined, est(TYPICAL, ['R86'])),
      lr('pregnant', 2, undefined, est(TYPICAL, ['R86'])),
      lr('pain_worse_movement', 0.6, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'tetanus',
    next: {
      text: 'Hospital straight away: an injection against the tetanus toxin, cleaning of the wound, and medicines to relax the muscles, often in intensive care.',
      sources: ['R88', 'R88b'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'Tetanus follows a wound in people who are not fully vaccinated: a locked jaw and painful muscle spasms, often in the back. It is an emergency.',
    prior: { base: 0.00002, sources: [], estimate: 'Very rare where vaccination is routine.' },
    ratios: [
      lr('jaw_stiffness', 100, 0.1, est(DEFINING, ['R88'])),
      lr(
        'recent_wound',
        50,
        0.3,
        est(
          'Estimate: tetanus usually follows a wound, burn, bite or injection, but some cases have no wound anyone noticed, so its absence does not rule it out.',
          ['R88'],
        ),
      ),
      lr('tetanus_vaccine_not_up_to_date', 10, 0.1, est(TYPICAL, ['R88b'])),
      lr('hand_foot_spasm', 5, undefined, est(TYPICAL, ['R88'])),
      lr('muscle_knot_tight', 2, undefined, est(TYPICAL, ['R88'])),
      lr('iv_drug_use', 5, undefined, est(TYPICAL, ['R88'])),
      lr('fever', 2, undefined, est(TYPICAL, ['R88'])),
    ],
  },
  {
    id: 'rhabdomyolysis',
    next: {
      text: 'Same-day blood and urine tests for muscle damage, and fluids through a drip to protect the kidneys.',
      sources: ['R100', 'R100b'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'Severe muscle breakdown after extreme exercise, heat, a crush, alcohol or drugs, or rarely a statin: very sore muscles with dark cola-coloured urine. It can damage the kidneys.',
    prior: { base: 0.0004, sources: [], estimate: 'Not found among back-pain presenters; kept rare.' },
    ratios: [
      lr('dark_cola_urine', 50, 0.3, est(DEFINING, ['R100'])),
      lr('muscle_pain_tender_swollen', 15, 0.5, est(TYPICAL, ['R100'])),
      lr('generalised_weakness', 4, undefined, est(TYPICAL, ['R100'])),
      lr('widespread_pain', 3, undefined, est(TYPICAL, ['R100'])),
      lr('peeing_less', 4, undefined, est(TYPICAL, ['R100'])),
      lr('onset_during_exercise', 3, undefined, est(TYPICAL, ['R100'])),
      lr('med_statin', 2, 0.9, est('Estimate: true statin myopathy is about 5 in 10,000 users.', ['R41c'])),
      lr('heavy_sweating_heat', 2, undefined, est(TYPICAL, ['R100'])),
      lr('alcohol_regular', 1.5, undefined, est(TYPICAL, ['R100'])),
    ],
  },
  {
    id: 'meningitis',
    next: {
      text: 'An ambulance to hospital: antibiotics straight away, before tests such as a lumbar puncture confirm it.',
      sources: ['R89'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'Meningitis causes a severe headache, stiff neck, fever and drowsiness, and can come with aching muscles. It is an emergency.',
    prior: { base: 0.0001, sources: [], estimate: 'Very rare among people with back pain.' },
    ratios: [
      lr(
        'neck_stiffness_headache',
        300,
        0.2,
        est(`${DEFINING} A severe headache with a stiff neck is very rare in back pain without meningitis.`, [
          'R89',
        ]),
      ),
      lr('fever', 10, 0.3, est(TYPICAL, ['R89'])),
      lr('confusion_drowsy', 10, 0.9, est(TYPICAL, ['R89'])),
      lr('nausea_vomiting', 3, 0.7, est(TYPICAL, ['R89'])),
      lr('feels_very_unwell', 4, 0.7, est(TYPICAL, ['R89'])),
      lr('seizure', 5, undefined, est(TYPICAL, ['R89'])),
      lr('pain_worse_movement', 0.7, undefined, est(AGAINST)),
    ],
  },
  {
    id: 'paracetamol_liver_injury',
    next: {
      text: 'Go to A&E now, even if you feel well. You will have a blood test, and an antidote through a drip. It works best when started within about 8 hours.',
      sources: ['R99', 'R99b'],
      estimate: NEXT_ESTIMATE,
    },
    summary:
      'Taking more paracetamol than the maximum, or several products that contain it, can harm the liver. Often there are no symptoms for a day. Later come sickness, tummy pain and yellow skin.',
    prior: { base: 0.0002, sources: [], estimate: 'Rare; the overdose answer does the work.' },
    ratios: [
      lr('med_paracetamol_over_max', 300, 0.01, est(DEFINING, ['R99'])),
      lr(
        'med_paracetamol',
        5,
        0.1,
        est('Estimate: the injury needs paracetamol to have been taken.', ['R99']),
      ),
      lr('yellow_skin_eyes', 10, 0.8, est(TYPICAL, ['R99'])),
      lr('nausea_vomiting', 3, 0.8, est(TYPICAL, ['R99'])),
      lr('pain_abdomen', 2, undefined, est(TYPICAL, ['R99'])),
      lr(
        'alcohol_regular',
        2,
        undefined,
        est('Regular alcohol raises the risk of liver damage from paracetamol.', ['R70']),
      ),
      lr('liver_disease', 2, undefined, est(TYPICAL, ['R70'])),
      lr('confusion_drowsy', 3, undefined, est(TYPICAL, ['R99'])),
    ],
  },
];
