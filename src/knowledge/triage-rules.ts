/**
 * Triage rules: deterministic, checked before anything else, most urgent level wins. Each rule names
 * its sources (research/clinical.md reference ids) and, where the sources left a choice, the §1.6
 * policy decision it implements. A rule can only be softened by something the person has actually
 * said (`no(...)` needs an explicit "no"), and no rule is softened by a red-flag finding, so adding a
 * red flag never lowers the level (guarded by a property test).
 */
import { age, all, any, anyOf, atLeast, maybe, no, not, num, p, sex, unsure } from './conditions.ts';
import { SEVERE_PAIN } from './pain-policy.ts';
import type { TriageRule } from './types.ts';

const fever = anyOf('fever', 'chills_rigors');
const bothLegs = anyOf('leg_pain_both_legs', 'numbness_both_legs', 'weakness_both_legs');
const sphincterOrSaddle = anyOf(
  'saddle_numbness',
  'urinary_retention',
  'incontinence',
  'sexual_dysfunction_new',
);
const backOrTummy = anyOf('pain_lower_back', 'pain_upper_back', 'pain_abdomen', 'pain_flank');
/** The people §1.2 row 5 names at risk of an aortic aneurysm: men of 65 or over who smoke or have high blood pressure [R20]. */
const aneurysmRisk = all(sex('male'), age({ gte: 65 }), anyOf('smoker', 'high_blood_pressure'));
/** Cramps or spasms of the back or legs (hand and foot spasm is tetany, a companion sign of its own). */
const cramps = anyOf('muscle_knot_tight', 'leg_cramp_night');
const electrolyteDriver = anyOf(
  'med_diuretic',
  'med_potassium_sparing_diuretic',
  'med_ppi_long_term',
  'med_digoxin',
  'diarrhoea_or_vomiting_recent',
  'alcohol_regular',
  'neck_thyroid_surgery',
  'tingling_mouth_fingers',
);
/** What raises potassium or magnesium in the blood (§4.2): supplements, potassium-sparing diuretics, ACE inhibitors and ARBs. */
const MINERAL_RAISING = [
  'supplement_magnesium_zinc_potassium',
  'med_potassium_sparing_diuretic',
  'med_ace_arb',
] as const;
/** Days of pain after which a band may be pain after the rash, past a pharmacist's antiviral window (P11; an estimate). */
const SHINGLES_HEALED_DAYS = 28;
const urinary = anyOf('burning_urination', 'blood_in_urine');
const renalColic = any(
  all(p('pain_flank'), anyOf('pain_radiates_groin', 'pain_colicky_waves')),
  all(p('pain_radiates_groin'), p('pain_colicky_waves')),
);
const pancreasPicture = all(p('pain_abdomen'), p('pain_through_to_back'), p('nausea_vomiting'));
const kidneyInfectionPicture = all(
  any(
    all(p('pain_flank'), any(fever, anyOf('nausea_vomiting', 'burning_urination', 'blood_in_urine'))),
    all(p('pain_lower_back'), urinary),
  ),
  any(fever, num('duration_days', { lte: 14, orUnknown: true })),
);
/** Both-leg symptoms that have been there for months and are not changing (§1.6 P16). */
const longStandingStable = all(
  num('duration_days', { gte: 90 }),
  no('getting_worse'),
  no('weakness_progressing'),
);
const inflammatoryPattern = atLeast(2, [
  p('morning_stiffness_long'),
  p('better_exercise_not_rest'),
  p('wakes_second_half_night'),
]);
const inflammatoryNightPattern = all(
  p('wakes_second_half_night'),
  anyOf('morning_stiffness_long', 'better_exercise_not_rest'),
);
const newNerveSigns = anyOf(
  'weakness_one_leg',
  'weakness_both_legs',
  'numbness_one_leg',
  'numbness_both_legs',
  'weakness_progressing',
  'unsteady_walking',
);
const crampDrugs = anyOf(
  'med_diuretic',
  'med_potassium_sparing_diuretic',
  'med_laba_inhaler',
  'med_ppi_long_term',
  'med_statin',
);

/**
 * A fired urgent or emergency rule is evidence for the causes it is there to catch: its picture is
 * worth at least this likelihood ratio to each cause it suspects, the cause's own ratios for the same
 * findings counting toward it (engine/differential.ts). Without it, a check that stops at the first
 * emergency sign would rank causes on almost nothing, and the commonest cause (a strained muscle) would
 * head the list under a 999 message.
 */
export const SUSPECT_RATIO = {
  ratio: { emergency: 100, urgent: 3 },
  sources: ['R7', 'R11', 'R15', 'R6', 'R9'],
  estimate:
    'Our own figures. IFOMPT [R7] asks for red flags to be weighed in combination rather than alone, and ' +
    'Cook [R11] found single flags weak. An emergency picture is rarely produced by a benign cause: of ' +
    'people sent for an emergency scan with the picture of cauda equina syndrome, 7.5% had it [R15], ' +
    'against 0.04% of all back pain [R6], odds about 200 times higher; several fracture flags together ' +
    'gave a 90% post-test probability [R9]. Shrunk for a self-selected group (clinical.md §7), an ' +
    'emergency picture is worth 100. An urgent picture is usually checked fully by the questions that ' +
    'follow, so it adds only a small ratio of 3 where the knowledge base has none of its own.',
} as const;

export const triageRules: readonly TriageRule[] = [
  // ── Emergency: cauda equina syndrome and the spinal cord (§1.2 row 1, §1.3) ──
  {
    id: 'ces_saddle_numbness',
    level: 'emergency',
    suspects: ['cauda_equina'],
    when: p('saddle_numbness'),
    text: 'Numbness around the genitals, back passage or buttocks can mean pressure on the nerves at the base of the spine (cauda equina syndrome). It needs hospital treatment within hours.',
    sources: ['R13', 'R14', 'R16', 'R17'],
  },
  {
    id: 'ces_bladder',
    level: 'emergency',
    suspects: ['cauda_equina'],
    when: anyOf('urinary_retention', 'incontinence'),
    text: 'New trouble peeing, or losing control of your bladder or bowel, can mean pressure on the nerves at the base of the spine. It needs hospital treatment within hours.',
    sources: ['R13', 'R14', 'R16', 'R103'],
  },
  {
    id: 'ces_sexual',
    level: 'emergency',
    suspects: ['cauda_equina'],
    when: p('sexual_dysfunction_new'),
    text: 'New loss of sexual feeling since the back pain started can mean pressure on the nerves at the base of the spine.',
    sources: ['R14'],
  },
  {
    id: 'ces_both_legs',
    level: 'emergency',
    suspects: ['cauda_equina'],
    when: all(bothLegs, not(longStandingStable)),
    text: 'Pain, numbness or weakness in both legs that is new or changing can mean pressure on the nerves at the base of the spine.',
    sources: ['R13', 'R14', 'R104'],
    policy: 'P16',
  },
  {
    id: 'weakness_progressing_with_red_flags',
    level: 'emergency',
    suspects: ['cauda_equina', 'spinal_infection'],
    when: all(p('weakness_progressing'), any(bothLegs, sphincterOrSaddle, fever, p('unsteady_walking'))),
    text: 'Weakness that is getting worse needs emergency care. This is so when it comes with symptoms in both legs, bladder changes, fever, or being unsteady on your feet.',
    sources: ['R5', 'R13', 'R23'],
    policy: 'P13',
  },
  {
    id: 'fever_with_nerve_signs',
    level: 'emergency',
    suspects: ['spinal_infection'],
    when: all(fever, any(newNerveSigns, anyOf('urinary_retention', 'incontinence'))),
    text: 'Fever with new numbness, weakness, bladder changes or trouble walking steadily can be a pocket of pus. It may press on the spinal cord.',
    sources: ['R23', 'R13'],
  },
  {
    id: 'major_trauma',
    level: 'emergency',
    suspects: ['spinal_fracture'],
    when: p('onset_major_trauma'),
    text: 'Back pain that started after a serious accident needs to be checked straight away. A bone in the spine may be broken.',
    sources: ['R13', 'R9'],
  },
  {
    id: 'cancer_with_nerve_signs',
    level: 'emergency',
    suspects: ['spinal_malignancy'],
    when: all(p('history_cancer'), newNerveSigns),
    text: 'After cancer, new weakness, numbness or trouble walking steadily with back pain can mean pressure on the spinal cord. This needs emergency treatment.',
    sources: ['R13', 'R12', 'R10'],
  },
  // ── Emergency: heart, lungs and the main artery (§1.2 rows 5 and 8, §1.5 rows 2–3, P8) ──
  {
    id: 'chest_pain',
    level: 'emergency',
    suspects: ['cardiac', 'aortic_emergency', 'deep_vein_thrombosis'],
    // P8: chest pain is an emergency with its companions, or unless it has come and gone for more than
    // a week. When the person has not been asked our own follow-up (chest_pain_recurring_week), the
    // episode's duration stands in for the chest pain's, as the policy itself does. P8 also lets a
    // one-sided band rash follow the other rules; we do not, because a rash (itself a warning sign)
    // must never lower the level (the red-flag property).
    when: all(
      p('pain_chest'),
      any(
        anyOf(
          'sweaty_clammy_pale',
          'nausea_vomiting',
          'breathless',
          'pain_spreads_arm_jaw',
          'dizziness_fainting',
          'pain_tearing_severe_sudden',
        ),
        no('chest_pain_recurring_week'),
        all(not(p('chest_pain_recurring_week')), not(num('duration_days', { gt: 7 }))),
      ),
    ),
    text: 'New chest pain can be a heart attack or another emergency. So can chest pain with sweating, being sick, being short of breath, fainting, or pain that spreads to the arm or jaw.',
    sources: ['R13', 'R83'],
    policy: 'P8',
  },
  {
    id: 'heart_pain_spreading',
    level: 'emergency',
    suspects: ['cardiac', 'aortic_emergency'],
    when: all(
      p('pain_spreads_arm_jaw'),
      anyOf('sweaty_clammy_pale', 'nausea_vomiting', 'breathless', 'dizziness_fainting'),
    ),
    text: 'Pain spreading to the arm or jaw with sweating, sickness or breathlessness can be a heart attack.',
    sources: ['R83', 'R13'],
  },
  {
    id: 'tearing_pain',
    level: 'emergency',
    suspects: ['aortic_emergency'],
    when: p('pain_tearing_severe_sudden'),
    text: 'Sudden, very severe tearing pain can be a tear or leak in the main artery (aorta).',
    sources: ['R20', 'R13'],
  },
  {
    id: 'pain_with_shock',
    level: 'emergency',
    suspects: ['aortic_emergency', 'cardiac'],
    when: all(
      backOrTummy,
      any(maybe('onset_sudden'), num('pain_severity', { gte: 8, orUnknown: true })),
      anyOf('dizziness_fainting', 'sweaty_clammy_pale', 'palpitations', 'breathless'),
    ),
    text: 'Sudden, severe back or tummy pain with fainting, clammy skin, a racing heart or shortness of breath can mean bleeding inside the body. It may come from the main blood vessel.',
    sources: ['R20'],
  },
  {
    id: 'collapse_with_pain',
    level: 'emergency',
    suspects: ['aortic_emergency', 'cardiac'],
    when: all(backOrTummy, p('dizziness_fainting'), p('sweaty_clammy_pale')),
    text: 'Feeling faint or dizzy, with back or tummy pain and cold, clammy, pale skin, can be shock. It may come from bleeding inside the body.',
    sources: ['R20'],
  },
  {
    id: 'known_aneurysm_sudden_pain',
    level: 'emergency',
    suspects: ['aortic_emergency'],
    when: all(
      p('known_aortic_aneurysm'),
      backOrTummy,
      any(p('onset_sudden'), num('pain_severity', { gte: 7 })),
    ),
    text: 'Sudden or severe back or tummy pain with a known aneurysm can mean it is leaking.',
    sources: ['R20'],
    estimate:
      'The research makes a known aneurysm with pain urgent and a burst one an emergency; sudden or severe pain in someone known to have one is treated as possible leaking, as vascular teams advise.',
  },
  {
    id: 'breathless_with_chest_or_back_pain',
    level: 'emergency',
    suspects: ['deep_vein_thrombosis', 'cardiac', 'aortic_emergency'],
    when: all(
      p('breathless'),
      anyOf(
        'pain_chest',
        'pain_upper_back',
        'palpitations',
        'dizziness_fainting',
        'calf_swollen_red_one_side',
      ),
    ),
    text: 'Being short of breath with chest or upper back pain, a racing heart, fainting or a swollen calf can mean a blood clot in the lungs. It can also be a heart problem.',
    sources: ['R87', 'R86'],
  },
  {
    id: 'clot_with_chest_pain',
    level: 'emergency',
    suspects: ['deep_vein_thrombosis'],
    when: all(p('calf_swollen_red_one_side'), p('pain_chest')),
    text: 'A swollen, painful calf with chest pain can be a blood clot that has reached the lungs.',
    sources: ['R86', 'R87'],
  },
  // ── Emergency: whole-body illness (P10, P12, §1.5 row 5) ──
  {
    id: 'confusion',
    level: 'emergency',
    // Infection is the usual reason, but heat and too little fluid are the other (§1.5 row 17: confusion
    // in the heat is heat stroke), and a check that stops here would otherwise rank only infections.
    suspects: [
      'urinary_tract_infection',
      'kidney_infection',
      'spinal_infection',
      'meningitis',
      'dehydration',
    ],
    when: p('confusion_drowsy'),
    text: 'New confusion, or being far more sleepy than usual, is an emergency. This is true whatever the cause.',
    sources: ['R89', 'R102', 'R100'],
    policy: 'P10',
  },
  {
    id: 'seizure',
    level: 'emergency',
    suspects: ['meningitis', 'electrolyte_imbalance'],
    when: p('seizure'),
    text: 'A fit needs emergency care.',
    sources: ['R37', 'R89'],
  },
  {
    id: 'meningitis_signs',
    level: 'emergency',
    suspects: ['meningitis'],
    when: p('neck_stiffness_headache'),
    text: 'A severe headache with a stiff neck can be meningitis. Do not wait for a rash.',
    sources: ['R89'],
  },
  {
    id: 'sepsis_signs',
    level: 'emergency',
    suspects: ['kidney_infection', 'spinal_infection', 'urinary_tract_infection'],
    when: all(
      fever,
      anyOf(
        'confusion_drowsy',
        'breathless',
        'dizziness_fainting',
        'sweaty_clammy_pale',
        'peeing_less',
        'cannot_keep_fluids_down',
      ),
    ),
    text: 'Fever or shivering, together with one of these signs, can be sepsis. The signs are being short of breath, fainting, clammy skin, peeing much less, or not keeping drinks down.',
    sources: ['R21b', 'R89', 'R102'],
    policy: 'P12',
  },
  // ── Emergency: kidneys, pancreas, gallbladder, liver (P2, P5, P6, §1.5 rows 6–8, 16) ──
  {
    id: 'kidney_infection_high_risk',
    level: 'emergency',
    suspects: ['kidney_infection'],
    when: all(
      fever,
      anyOf('pain_flank', 'burning_urination', 'blood_in_urine'),
      anyOf('diabetes', 'immunosuppressed', 'pregnant'),
    ),
    text: 'A kidney infection with diabetes, a weak immune system or pregnancy needs hospital care today.',
    sources: ['R21b'],
    policy: 'P6',
    serviceInLatePregnancy: 'maternity_unit',
  },
  {
    id: 'kidney_infection_not_keeping_fluids',
    level: 'emergency',
    suspects: ['kidney_infection'],
    when: all(kidneyInfectionPicture, p('cannot_keep_fluids_down')),
    text: 'A kidney infection with vomiting that stops drinks or tablets staying down needs hospital treatment today.',
    sources: ['R102', 'R21b'],
    serviceInLatePregnancy: 'maternity_unit',
  },
  {
    id: 'renal_colic_severe',
    level: 'emergency',
    suspects: ['kidney_stone'],
    when: all(
      renalColic,
      any(
        num('pain_severity', { gte: 8, orUnknown: true }),
        fever,
        anyOf('peeing_less', 'cannot_keep_fluids_down', 'pregnant'),
      ),
    ),
    text: 'Severe pain in waves from the side into the groin is typical of a kidney stone. It needs emergency care when the pain is this bad, or with fever, little pee, being sick, or in pregnancy.',
    sources: ['R22'],
    policy: 'P2',
    serviceInLatePregnancy: 'maternity_unit',
  },
  {
    id: 'pancreas_emergency',
    level: 'emergency',
    suspects: ['abdominal_organ'],
    when: all(
      pancreasPicture,
      any(
        anyOf('pain_constant_unrelenting', 'yellow_skin_eyes', 'cannot_keep_fluids_down', 'confusion_drowsy'),
        fever,
        num('pain_severity', { gte: 8, orUnknown: true }),
      ),
    ),
    text: 'Tummy pain that goes through to the back, with being sick, can be pancreatitis or a gallbladder emergency. It is an emergency when the pain is severe or constant, or with fever or yellow skin.',
    sources: ['R90', 'R91'],
    policy: 'P5',
  },
  {
    id: 'gallbladder_emergency',
    level: 'emergency',
    suspects: ['abdominal_organ'],
    when: all(
      p('pain_abdomen'),
      any(p('yellow_skin_eyes'), all(anyOf('pain_after_meals', 'pain_through_to_back'), fever)),
    ),
    text: 'Tummy pain with yellow skin or eyes, or gallbladder-type pain with fever, needs emergency care.',
    sources: ['R91', 'R91b'],
  },
  {
    // The NHS emergency card for sudden, severe tummy pain (§1.5 row 8) and the PID card's "sharp,
    // sudden, intense pain in the lower tummy" (row 15) need no sickness, spread to the back or pelvic
    // sign: an ovary or an ectopic pregnancy gives the same picture. A twisted ovary is not on the cause
    // list; a pregnancy outside the womb is a pregnancy complication (§1.5 row 9), so the rule suspects
    // it: a man, a woman past child-bearing age or one who says she is not pregnant keeps it all but
    // ruled out by the cause's own prior and ratios.
    // The start and the score are asked of "your pain", so a back that went suddenly on a lift, at 8/10,
    // with a mild tummy ache, also reaches it (over-triage). It is kept: a lift can set off the very
    // pictures it is for (a twisted ovary, a ruptured aneurysm), and no answer may lower the level but
    // the few reassuring ones (triage.test.ts); telling them apart needs a question on the tummy pain's
    // own start. "Sudden, severe pain in the tummy or lower back" is also the aneurysm's question (§1.2
    // row 5), which is why the rule suspects it; that row makes it an emergency only with signs of
    // shock, which its own rule reads, so it is not cited for the level.
    id: 'sudden_severe_tummy_pain',
    level: 'emergency',
    suspects: ['abdominal_organ', 'aortic_emergency', 'pregnancy_complication'],
    when: all(p('pain_abdomen'), p('onset_sudden'), num('pain_severity', { gte: 8, orUnknown: true })),
    text: 'Sudden, severe tummy pain needs emergency care. It can come from the gallbladder, the pancreas, an ovary, or a pregnancy outside the womb.',
    sources: ['R91', 'R98'],
  },
  {
    id: 'paracetamol_overdose',
    level: 'emergency',
    suspects: ['paracetamol_liver_injury'],
    when: p('med_paracetamol_over_max'),
    text: 'Taking more than the maximum dose of paracetamol can damage the liver even if you feel well. Go to A&E now and take the packets with you.',
    sources: ['R99', 'R99b'],
  },
  // ── Emergency: muscles and minerals (P1, P15, §1.2 row 12, §1.5 rows 4 and 17) ──
  {
    id: 'muscle_breakdown',
    level: 'emergency',
    suspects: ['rhabdomyolysis'],
    when: all(
      p('dark_cola_urine'),
      // P1's muscle symptoms, plus back and leg cramps: the lower back is a typical site (§1.5 row 17).
      anyOf(
        'muscle_pain_tender_swollen',
        'widespread_pain',
        'muscle_knot_tight',
        'generalised_weakness',
        'weakness_one_leg',
        'weakness_both_legs',
        'pain_lower_back',
        'leg_cramp_night',
      ),
    ),
    text: 'Muscle pain or weakness with dark, cola-coloured urine can mean severe muscle breakdown, which can damage the kidneys. Ask to be checked for rhabdomyolysis.',
    sources: ['R100'],
    policy: 'P1',
  },
  {
    id: 'tetanus_signs',
    level: 'emergency',
    suspects: ['tetanus'],
    // "Not sure" about vaccination counts as not fully vaccinated (§1.5 row 4).
    when: any(
      all(p('jaw_stiffness'), any(p('recent_wound'), all(cramps, maybe('recent_wound')))),
      all(
        p('recent_wound'),
        maybe('tetanus_vaccine_not_up_to_date'),
        anyOf('muscle_knot_tight', 'leg_cramp_night', 'hand_foot_spasm'),
      ),
    ),
    text: 'A stiff jaw or muscle spasms after a wound can be tetanus, unless you know your tetanus jabs are up to date.',
    sources: ['R88'],
  },
  {
    id: 'mineral_emergency',
    level: 'emergency',
    suspects: ['electrolyte_imbalance'],
    // §1.2 row 12 as written: with cramps or spasms, palpitations, fainting, a fit, marked weakness or
    // hand spasm (P15 adds tingling with hand or foot spasm, a fit or palpitations). The text leaves room
    // for too high: with kidney disease or potassium-raising tablets it fires beside
    // mineral_excess_emergency, and "very low" alone would tell that person to take more supplement.
    when: any(
      all(
        cramps,
        anyOf('palpitations', 'seizure', 'hand_foot_spasm', 'dizziness_fainting', 'generalised_weakness'),
      ),
      all(p('hand_foot_spasm'), any(electrolyteDriver, anyOf('palpitations', 'seizure'))),
      all(p('tingling_mouth_fingers'), anyOf('hand_foot_spasm', 'seizure', 'palpitations')),
    ),
    text: 'Cramps with an uneven heartbeat, fainting, a fit, great weakness, or spasms of the hands or feet can be a danger sign. The level of potassium, magnesium or calcium in your blood may be far too low, or too high.',
    sources: ['R37', 'R38', 'R39'],
    policy: 'P15',
  },
  {
    id: 'mineral_excess_emergency',
    level: 'emergency',
    suspects: ['medication_side_effect'],
    // The other side of row 12: potassium (or magnesium) climbs with kidney disease and with supplements,
    // spironolactone-type diuretics or ACE inhibitors and ARBs, and §4.2 names the dangerous arrhythmia
    // and weakness it causes. Those signs need no cramps here, and the person must not be told the level
    // is low (more supplement is the wrong answer). With healthy kidneys a supplement counts only beside a
    // potassium-sparing diuretic: the finding cannot tell potassium from the far commoner magnesium or
    // zinc, which an ACE inhibitor or ARB does not make build up, and even in kidney disease on those
    // tablets potassium supplements raised the level by only 0.4 mmol/L [R68c]; a racing heart or
    // weakness there stays a same-day check (cramps_with_palpitations_check, muscle_damage_signs).
    when: all(
      anyOf('palpitations', 'generalised_weakness'),
      any(
        all(p('kidney_disease'), anyOf(...MINERAL_RAISING)),
        all(p('med_potassium_sparing_diuretic'), anyOf('med_ace_arb', 'supplement_magnesium_zinc_potassium')),
      ),
    ),
    text: 'An uneven heartbeat or great weakness can mean too much potassium or magnesium in the blood, with kidney disease, supplements, spironolactone-type water tablets or ACE-inhibitor or ARB blood-pressure tablets. It can upset the heart rhythm. Take no more supplements.',
    sources: ['R68', 'R68b', 'R68c', 'R66', 'R66b', 'R37'],
    estimate:
      'The research gives the emergency signs for low minerals (§1.2 row 12); reading the same signs as an emergency for high potassium or magnesium in these people is our inference from §4.2, kept to kidney disease and potassium-sparing diuretics, where the level climbs most.',
  },
  {
    id: 'acute_limb_ischaemia',
    level: 'emergency',
    suspects: ['peripheral_artery_disease'],
    // A foot short of blood that also cannot move is limb-threatening whatever the speed; with numbness
    // only, a sudden start points to a blocked artery.
    when: all(
      p('foot_cold_pale_or_sores'),
      any(p('weakness_one_leg'), all(p('numbness_one_leg'), p('onset_sudden'))),
    ),
    text: 'A cold, pale foot that has gone weak, or suddenly gone numb, may have lost its blood supply.',
    sources: ['R101'],
    estimate:
      'The research marks the layperson route (999 or A&E) for sudden limb ischaemia as from memory; we send it to the emergency department because the limb is at risk within hours.',
  },
  {
    id: 'shingles_complicated',
    level: 'emergency',
    suspects: ['shingles'],
    when: all(
      p('rash_band_one_side'),
      any(
        all(p('immunosuppressed'), p('feels_very_unwell')),
        anyOf('weakness_one_leg', 'weakness_both_legs', 'generalised_weakness'),
      ),
    ),
    text: 'Shingles with a weak immune system and feeling very unwell, or with new weakness, needs emergency care.',
    sources: ['R85', 'R85b'],
    policy: 'P11',
  },
  // ── Emergency: pregnancy and pelvis (P14, §1.5 rows 10 and 15) ──
  {
    id: 'pregnancy_bleeding_contractions',
    level: 'emergency',
    suspects: ['pregnancy_complication'],
    when: all(p('pregnant'), p('pregnancy_bleeding_or_contractions')),
    text: 'Bleeding, contractions or leaking fluid in pregnancy need care now. Later in pregnancy, call your maternity unit. Earlier on, go to the emergency department or an early pregnancy unit.',
    // Past about 20 weeks the maternity unit is the place (§1.5 routing note); earlier, A&E (row 9).
    serviceInLatePregnancy: 'maternity_unit',
    sources: ['R92', 'R93'],
    policy: 'P14',
  },
  {
    id: 'pelvic_infection_severe',
    level: 'emergency',
    // Pain low in the tummy with bleeding and feeling faint is also the early-pregnancy emergency (§1.5
    // row 9: a pregnancy outside the womb, even before a positive test; that row marks its 999 line for
    // sudden severe pain with fainting as from memory, so this names a suspect and sets no level);
    // pelvic infection itself is not on the cause list.
    suspects: ['pregnancy_complication'],
    when: all(
      p('abnormal_vaginal_discharge_or_bleeding'),
      p('pain_abdomen'),
      any(fever, anyOf('nausea_vomiting', 'dizziness_fainting')),
    ),
    text: 'Tummy pain with unusual discharge or bleeding can be a serious infection in the pelvis. It is an emergency with fever, being sick or feeling faint.',
    sources: ['R98'],
  },

  // ── Urgent: get help today ──
  {
    id: 'fever',
    level: 'urgent',
    suspects: ['kidney_infection', 'spinal_infection', 'urinary_tract_infection'],
    when: fever,
    text: 'A high temperature or shivering with back pain can mean an infection of the kidney or the spine.',
    sources: ['R13', 'R23'],
    policy: 'P6',
  },
  {
    id: 'kidney_or_urine_infection',
    level: 'urgent',
    suspects: ['kidney_infection', 'urinary_tract_infection'],
    when: kidneyInfectionPicture,
    text: 'Back or side pain with fever, being sick, burning when you pee, or blood in your pee can be a urine or kidney infection. It needs treatment today.',
    sources: ['R21', 'R21b'],
    policy: 'P6',
  },
  {
    id: 'bladder_infection_pharmacy',
    level: 'urgent',
    suspects: ['urinary_tract_infection'],
    // Burning or needing to pee often, without the kidney picture above (which wins when it fires):
    // a women's urine infection that a pharmacist can treat the same day.
    when: all(p('burning_urination'), sex('female'), age({ gte: 16, lt: 65 }), no('pregnant')),
    text: 'Burning or needing to pee often can be a bladder infection. A pharmacist can check and treat it today; see a GP if a pharmacist says so or it gets worse.',
    service: 'pharmacist',
    sources: ['R21', 'R13'],
    estimate:
      'The pharmacy route (women aged 16 to 64 who are not pregnant, as NHS Pharmacy First for urine infections) is from memory, unverified: clinical.md covers kidney infection [R21], not bladder infection. Same-day care rather than self-care follows the kidney-infection row, since the two can look alike early on.',
  },
  {
    id: 'urine_infection_signs',
    level: 'urgent',
    suspects: ['urinary_tract_infection', 'kidney_infection'],
    when: anyOf('burning_urination', 'blood_in_urine'),
    text: 'Burning when you pee, or blood in your pee, needs a doctor today to check for an infection or another cause.',
    sources: ['R21', 'R13'],
    estimate:
      'Blood in the urine and urine-infection symptoms in men, in pregnancy and outside 16 to 64 go to a doctor the same day rather than a pharmacy: from memory, unverified (clinical.md covers kidney infection [R21] only).',
  },
  {
    id: 'renal_colic',
    level: 'urgent',
    suspects: ['kidney_stone'],
    when: renalColic,
    text: 'Pain in waves from the side into the groin is typical of a kidney stone and needs a doctor today.',
    sources: ['R22'],
    policy: 'P2',
  },
  {
    id: 'pancreas_or_gallbladder',
    level: 'urgent',
    suspects: ['abdominal_organ'],
    // Gallbladder pain needs a doctor today while it lasts; an attack that has settled (no pain now) is a
    // GP matter (§1.5 row 7), which the rule below covers. Unknown pain counts as still there.
    when: any(
      pancreasPicture,
      all(p('pain_abdomen'), p('pain_after_meals'), not(num('pain_severity', { lte: 0 }))),
    ),
    text: 'Tummy pain that goes through to the back with being sick, or pain after meals, can come from the pancreas or gallbladder. It needs a doctor today.',
    sources: ['R90', 'R91'],
    policy: 'P5',
  },
  {
    id: 'yellow_skin',
    level: 'urgent',
    suspects: ['abdominal_organ'],
    when: p('yellow_skin_eyes'),
    text: 'Yellow skin or eyes need a doctor today to check the liver and gallbladder.',
    sources: ['R91', 'R91b'],
    estimate:
      'Yellow skin without tummy pain is not graded in the research; a same-day check follows its gallbladder and liver rows.',
  },
  {
    id: 'past_cancer',
    level: 'urgent',
    suspects: ['spinal_malignancy'],
    when: p('history_cancer'),
    text: 'If you have had cancer, a doctor should check your back pain today. Most often it is something simple, but it needs looking at.',
    sources: ['R13', 'R12', 'R9', 'R10'],
  },
  {
    id: 'weight_loss',
    level: 'urgent',
    suspects: ['spinal_malignancy'],
    when: p('weight_loss_unexplained'),
    text: 'Back pain with weight loss you cannot explain needs a doctor today.',
    sources: ['R13', 'R10'],
  },
  {
    id: 'night_pain',
    level: 'urgent',
    suspects: ['spinal_malignancy', 'spinal_infection'],
    when: all(p('night_pain'), not(inflammatoryNightPattern)),
    text: 'Back pain that is worse at night or wakes you needs a doctor today.',
    sources: ['R13', 'R10'],
    policy: 'P4',
  },
  {
    id: 'pain_not_eased_by_rest',
    level: 'urgent',
    suspects: ['spinal_malignancy', 'spinal_infection'],
    when: p('pain_constant_unrelenting'),
    text: 'Back pain that rest and lying down do not ease at all needs a doctor today.',
    sources: ['R13', 'R10'],
  },
  {
    id: 'lump_or_shape_change',
    level: 'urgent',
    suspects: ['spinal_malignancy', 'spinal_fracture'],
    when: p('lump_or_shape_change'),
    text: 'A new lump, swelling or change in the shape of your back needs a doctor today.',
    sources: ['R13'],
  },
  {
    id: 'worse_cough_sneeze',
    level: 'urgent',
    when: p('pain_worse_cough_sneeze'),
    text: 'NHS advice is to see a doctor today when back pain gets worse with coughing, sneezing or straining.',
    sources: ['R13'],
  },
  {
    id: 'upper_back_pain',
    level: 'urgent',
    when: p('pain_upper_back'),
    text: 'Pain mainly between the shoulder blades is less often a simple strain. NHS advice is to see a doctor today.',
    sources: ['R13'],
  },
  {
    id: 'heart_pain_spreading_alone',
    level: 'urgent',
    suspects: ['cardiac'],
    when: p('pain_spreads_arm_jaw'),
    text: 'Chest or back pain spreading to the arm or jaw needs a doctor today to check the heart. Call the emergency number if you start to sweat, feel sick or get breathless.',
    sources: ['R83'],
  },
  {
    id: 'one_leg_weakness',
    level: 'urgent',
    suspects: ['sciatica'],
    when: anyOf('weakness_one_leg', 'weakness_progressing'),
    text: 'A weak leg or foot, or weakness or numbness that is getting worse, means a nerve is affected. You need a doctor today.',
    sources: ['R13', 'R5'],
    policy: 'P13',
  },
  {
    id: 'unsteady_walking',
    level: 'urgent',
    when: p('unsteady_walking'),
    text: 'New unsteadiness when walking needs a doctor today to check the spinal cord and nerves.',
    sources: ['R5', 'R13'],
    estimate:
      'The research uses new unsteadiness as an escalating sign (P13) but gives no level for it alone; a same-day check follows its rule for new neurological symptoms.',
  },
  {
    id: 'fracture_risk',
    level: 'urgent',
    suspects: ['spinal_fracture'],
    // Row 2: a minor fall, or sudden pain, in someone older or on long-term steroids. With thin bones or
    // long-term steroids, lifting can break a vertebra too.
    when: any(
      all(
        anyOf('onset_minor_fall', 'onset_sudden'),
        any(age({ gte: 70 }), anyOf('med_steroid_long_term', 'osteoporosis')),
      ),
      all(p('onset_lifting_twisting'), anyOf('med_steroid_long_term', 'osteoporosis')),
    ),
    text: 'A bone in the spine can break after a fall, after lifting, or with sudden back pain. This is more likely at 70 or over, with thin bones, or after long-term steroid tablets.',
    sources: ['R8', 'R9', 'R13'],
  },
  {
    id: 'shingles_see_doctor',
    level: 'urgent',
    suspects: ['shingles'],
    // Pharmacy First treats adults who are not pregnant; others, and anyone with a weak immune system, see a doctor.
    when: all(p('rash_band_one_side'), any(age({ lt: 18 }), anyOf('pregnant', 'immunosuppressed'))),
    text: 'A one-sided band of pain or rash can be shingles. Antiviral medicine works best when started within 3 days, so see a doctor today.',
    sources: ['R85', 'R85b'],
    policy: 'P11',
  },
  {
    id: 'shingles',
    level: 'urgent',
    suspects: ['shingles'],
    // Antivirals and Pharmacy First while the episode is young; from four weeks on the same-day check is
    // shingles_pain_after_rash, with a doctor.
    when: all(p('rash_band_one_side'), num('duration_days', { lt: SHINGLES_HEALED_DAYS, orUnknown: true })),
    text: 'A one-sided band of pain or rash can be shingles. Antiviral medicine works best when started within 3 days, so see a pharmacist or doctor today.',
    service: 'pharmacist',
    sources: ['R85', 'R85b'],
    policy: 'P11',
  },
  {
    id: 'shingles_pain_after_rash',
    level: 'urgent',
    suspects: ['shingles'],
    // P11 keeps a band rash same-day until the rash has healed and makes only pain after healing a GP
    // matter, but nothing the person tells us says the rash has healed: duration_days is how long the
    // back pain has lasted, so months of back ache with a band of blisters that came up yesterday look
    // just like pain after shingles. A doctor today sorts the two out.
    when: all(p('rash_band_one_side'), num('duration_days', { gte: SHINGLES_HEALED_DAYS })),
    text: 'A one-sided band of pain or rash after four weeks of pain can be nerve pain after shingles, or a new shingles rash. See a doctor today: antiviral medicine helps a new rash most when started within 3 days.',
    sources: ['R85', 'R85b', 'R85c'],
    policy: 'P11',
    estimate:
      'Four weeks is our estimate of when pain in the band may be pain after the rash rather than a rash a pharmacist can still treat (Pharmacy First treats up to a week after the rash appears); the level stays same-day because the person cannot tell us the rash has healed.',
  },
  {
    id: 'calf_clot',
    level: 'urgent',
    suspects: ['deep_vein_thrombosis'],
    when: p('calf_swollen_red_one_side'),
    text: 'One swollen, warm, painful calf can be a blood clot (DVT) and needs a scan within 24 hours.',
    sources: ['R86'],
  },
  {
    id: 'breathless',
    level: 'urgent',
    suspects: ['deep_vein_thrombosis', 'cardiac'],
    when: p('breathless'),
    text: 'New breathlessness needs a doctor today. Call the emergency number if it is severe or comes on suddenly with chest pain.',
    sources: ['R87'],
  },
  {
    id: 'limb_short_of_blood',
    level: 'urgent',
    suspects: ['peripheral_artery_disease'],
    when: anyOf('foot_pain_at_rest', 'foot_cold_pale_or_sores'),
    text: 'Foot pain at rest, a cold pale foot or sores that do not heal can mean the leg is short of blood and needs a doctor today.',
    sources: ['R101'],
  },
  {
    id: 'aneurysm_signs',
    level: 'urgent',
    suspects: ['aortic_emergency'],
    when: any(p('pulsing_in_belly'), all(p('known_aortic_aneurysm'), backOrTummy)),
    text: 'A pulsing feeling in the tummy, or new back or tummy pain with an aneurysm you already know about, needs a doctor today. They will check the main blood vessel.',
    sources: ['R20'],
  },
  {
    id: 'aneurysm_risk_tummy_and_back',
    level: 'urgent',
    suspects: ['aortic_emergency'],
    when: all(aneurysmRisk, p('pain_abdomen'), anyOf('pain_lower_back', 'pain_flank')),
    text: 'A man over 65 who smokes or has high blood pressure, with tummy and back pain together, needs a doctor today. They will check the main blood vessel.',
    sources: ['R20'],
  },
  {
    // §1.2 row 5 asks about "sudden, severe pain in the tummy or lower back" and makes persistent back
    // pain in a high-risk person urgent without collapse. The rule above needs tummy and back pain
    // together, so a man of 65 to 69 who smokes, with sudden 9/10 back or side pain and no sign of
    // shock, was self-care (at 70 the fracture rule catches the sudden start). A leaking aneurysm is
    // classically missed as a strained back or a kidney stone; a lift does not excuse it (see
    // sudden_severe_tummy_pain).
    id: 'aneurysm_risk_sudden_severe_pain',
    level: 'urgent',
    suspects: ['aortic_emergency'],
    when: all(
      aneurysmRisk,
      backOrTummy,
      p('onset_sudden'),
      num('pain_severity', { gte: 8, orUnknown: true }),
    ),
    text: 'Sudden, severe back or tummy pain in a man over 65 who smokes or has high blood pressure needs a doctor today to check the main blood vessel. Call the emergency number if you feel faint or clammy, or your heart races.',
    sources: ['R20'],
    estimate:
      'The research makes persistent tummy or back pain in a high-risk person urgent and the same pain with collapse an emergency; reading sudden pain of 8/10 or more (the severe line of P2 and P5) as that picture is our estimate.',
  },
  {
    id: 'statin_muscle_symptoms',
    level: 'urgent',
    suspects: ['medication_side_effect', 'rhabdomyolysis'],
    when: all(
      p('med_statin'),
      anyOf('muscle_pain_tender_swollen', 'widespread_pain', 'generalised_weakness'),
    ),
    text: 'Sore or weak muscles while taking a statin need a doctor today: they can be a sign of muscle damage. Do not stop the statin without advice.',
    sources: ['R100b', 'R41c'],
    policy: 'P7',
  },
  {
    id: 'muscle_damage_signs',
    level: 'urgent',
    suspects: ['rhabdomyolysis'],
    when: anyOf('muscle_pain_tender_swollen', 'generalised_weakness', 'dark_cola_urine'),
    text: 'Very sore or swollen muscles, weakness all over, or dark pee need a doctor today. They will check for muscle damage or low salts in the blood.',
    sources: ['R100', 'R38'],
    estimate:
      'The research sends these to a doctor the same day when a statin or dark urine is involved; we apply the same level without them because early muscle breakdown and low potassium look the same to a layperson.',
  },
  {
    id: 'low_calcium',
    level: 'urgent',
    suspects: ['electrolyte_imbalance'],
    when: all(p('tingling_mouth_fingers'), any(p('neck_thyroid_surgery'), cramps)),
    text: 'Tingling around the mouth or in the fingertips, with cramps or after neck surgery, can mean low calcium. You need a blood test today.',
    sources: ['R39', 'R39b'],
    policy: 'P15',
  },
  {
    id: 'wound_tetanus_check',
    level: 'urgent',
    when: all(p('recent_wound'), maybe('tetanus_vaccine_not_up_to_date')),
    text: 'After a wound, see a doctor or a minor injuries unit today if your tetanus jabs are not up to date. Do the same if you are not sure.',
    sources: ['R88', 'R88b'],
  },
  {
    id: 'jaw_stiffness',
    level: 'urgent',
    suspects: ['tetanus'],
    when: p('jaw_stiffness'),
    text: 'A stiff or locked jaw needs a doctor today to rule out tetanus.',
    sources: ['R88'],
    estimate:
      'The research makes a stiff jaw an emergency with spasms or after a wound; alone we ask for a same-day check because tetanus can follow a wound nobody noticed.',
  },
  {
    id: 'faint_or_clammy',
    level: 'urgent',
    when: anyOf('dizziness_fainting', 'sweaty_clammy_pale'),
    text: 'Feeling faint or having cold, clammy skin needs a doctor today. Call the emergency number if you collapse or the pain becomes severe.',
    sources: ['R20', 'R87'],
    estimate:
      'The research makes these an emergency with severe pain or collapse and gives no level for them alone; a same-day check is the cautious reading.',
  },
  {
    id: 'hand_foot_spasm',
    level: 'urgent',
    suspects: ['electrolyte_imbalance'],
    when: p('hand_foot_spasm'),
    text: 'Spasms that pull your fingers or toes into a fixed position can mean low calcium or magnesium and need a blood test today.',
    sources: ['R39', 'R37'],
  },
  {
    id: 'not_sure_about_nerve_signs',
    level: 'urgent',
    // "I don't know" to a sign of cauda equina syndrome, an overdose or pregnancy bleeding cannot be
    // taken as a no: someone should check today. (Never asked is not the same as "I don't know".)
    when: any(
      unsure('saddle_numbness'),
      unsure('urinary_retention'),
      unsure('incontinence'),
      unsure('sexual_dysfunction_new'),
      unsure('numbness_both_legs'),
      unsure('weakness_both_legs'),
      unsure('med_paracetamol_over_max'),
      unsure('pregnancy_bleeding_or_contractions'),
    ),
    text: 'You were not sure about a sign that can mean an emergency. Get checked today, and call the emergency number at once if you find it does apply.',
    sources: ['R13', 'R14', 'R99'],
  },
  {
    id: 'not_keeping_fluids_or_peeing_less',
    level: 'urgent',
    when: anyOf('cannot_keep_fluids_down', 'peeing_less'),
    text: 'Not keeping fluids down, or peeing much less than usual, needs a doctor today.',
    sources: ['R102', 'R21b'],
  },
  {
    id: 'pregnancy_warning_signs',
    level: 'urgent',
    suspects: ['pregnancy_complication'],
    // P14, and §1.5 rows 9 and 12: tummy pain is not "simple" pregnancy back pain. Nor is bleeding from
    // the vagina (row 12 "bleeding from the vagina" and row 9 "light bleeding ... otherwise well" are
    // same-day; row 15 sends a pregnant woman with unusual discharge to an urgent GP): the general
    // "unusual discharge or bleeding" answer, given by a pregnant woman who has not (yet) answered the
    // pregnancy follow-up, left her back pain a GP matter. The follow-up keeps the emergency of P14.
    when: all(
      p('pregnant'),
      anyOf(
        'pain_colicky_waves',
        'fever',
        'burning_urination',
        'pain_flank',
        'pain_abdomen',
        'abnormal_vaginal_discharge_or_bleeding',
      ),
    ),
    text: 'In pregnancy, see your midwife or doctor today if back pain comes in waves. The same goes for back pain with tummy pain, fever, burning when you pee, pain in your side, or bleeding or unusual discharge from the vagina.',
    sources: ['R95', 'R93', 'R92', 'R98'],
    policy: 'P14',
  },
  {
    id: 'pelvic_infection',
    level: 'urgent',
    when: all(p('abnormal_vaginal_discharge_or_bleeding'), any(fever, p('pain_abdomen'))),
    text: 'Tummy pain or fever with unusual discharge or bleeding can be an infection in the pelvis. See a doctor or a sexual health clinic today.',
    sources: ['R98'],
  },
  {
    id: 'cramps_with_palpitations_check',
    level: 'urgent',
    suspects: ['electrolyte_imbalance'],
    when: all(p('palpitations'), not(cramps)),
    text: 'A racing or irregular heartbeat needs a doctor today.',
    sources: ['R37'],
    estimate:
      'The research makes palpitations with cramps an emergency; without cramps it gives no level, and a same-day check is the cautious reading.',
  },

  // ── GP: book within days ──
  {
    id: 'child',
    level: 'gp',
    when: age({ lt: 16 }),
    text: 'The guidance behind BackEase is for adults (over 16). A child or young teenager with back pain should be checked by a doctor.',
    sources: ['R1'],
  },
  {
    id: 'both_legs_long_standing',
    level: 'gp',
    when: all(bothLegs, longStandingStable),
    text: 'Symptoms in both legs that have stayed the same for months need a doctor or physiotherapist, not emergency care. They can come from narrowing in the spine. Get help at once if they change.',
    sources: ['R104', 'R26'],
    policy: 'P16',
  },
  {
    id: 'claudication',
    level: 'gp',
    when: anyOf(
      'walking_pain_stops_standing_still',
      'walking_pain_needs_sitting_bending',
      'calf_cramp_walking',
      'standing_alone_brings_pain',
    ),
    text: 'Leg or buttock pain brought on by walking or standing needs a doctor to check the spine and the leg arteries.',
    sources: ['R26', 'R31', 'R32'],
  },
  {
    id: 'inflammatory_pattern',
    level: 'gp',
    when: inflammatoryPattern,
    text: 'Long stiffness in the morning, pain that gets better with exercise but not with rest, and waking late in the night are signs of back pain from swelling in the joints. A doctor should check it.',
    sources: ['R24', 'R25'],
    policy: 'P4',
  },
  {
    id: 'not_improving_3_weeks',
    level: 'gp',
    when: all(num('duration_days', { gte: 21 }), not(p('improving'))),
    text: 'Back pain that is not clearly improving after 3 weeks should be checked by a doctor or physiotherapist.',
    sources: ['R13', 'R13c'],
    policy: 'P9',
  },
  {
    id: 'severe_for_a_week',
    level: 'gp',
    when: all(
      num('pain_severity', { gte: SEVERE_PAIN.score }),
      num('duration_days', { gte: SEVERE_PAIN.days }),
      not(p('improving')),
    ),
    text: 'Severe pain for a week or more that is not getting better should be checked by a doctor.',
    sources: ['R13', 'R13d'],
    policy: 'P3',
  },
  {
    id: 'affects_daily_life',
    level: 'gp',
    when: anyOf('stops_daily_activities', 'struggling_to_cope'),
    text: 'When pain stops your usual activities or you are struggling to cope, a doctor or physiotherapist can help.',
    sources: ['R13'],
    policy: 'P3',
  },
  {
    id: 'getting_worse',
    level: 'gp',
    when: p('getting_worse'),
    text: 'Pain that keeps getting worse despite self-care should be checked by a doctor.',
    sources: ['R13'],
  },
  {
    id: 'numb_leg_a_week',
    level: 'gp',
    when: all(p('numbness_one_leg'), num('duration_days', { gte: 7 })),
    text: 'Numbness or pins and needles in one leg that has not gone after a week should be seen by a doctor soon.',
    sources: ['R13c'],
  },
  {
    id: 'medicine_review',
    level: 'gp',
    // §5.2 asks for a review whenever cramps or spasms come with these drugs; we do not excuse a spasm
    // that started with lifting, because the drug may still be why the muscle cramps.
    when: all(cramps, crampDrugs),
    text: 'Some medicines can cause cramps or spasms: water tablets, long-acting inhalers, long-term stomach-acid tablets and statins. Ask a pharmacist or doctor to review them. Do not stop a prescribed medicine without advice.',
    sources: ['R40', 'R37', 'R41'],
    policy: 'P7',
  },
  {
    id: 'muscle_relaxant_review',
    level: 'gp',
    when: all(p('med_muscle_relaxant'), num('duration_days', { gte: 14 })),
    text: 'Muscle relaxants are meant for a short course; after 2 weeks a doctor should review them.',
    sources: ['R72', 'R2'],
  },
  {
    id: 'gallbladder_settled',
    level: 'gp',
    when: all(p('pain_abdomen'), p('pain_after_meals')),
    text: 'Attacks of tummy pain after meals that have settled can be gallstones. Book a doctor to check. Get help today if the pain comes back and lasts.',
    sources: ['R91'],
  },
  {
    id: 'unusual_discharge',
    level: 'gp',
    when: p('abnormal_vaginal_discharge_or_bleeding'),
    text: 'A doctor should check any unusual discharge. The same goes for bleeding between periods.',
    sources: ['R97', 'R98'],
  },
];
