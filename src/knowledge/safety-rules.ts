/**
 * Safety rules from research/clinical.md §4: the person's condition, medicine or situation → advice items
 * withheld (or kept with a caution) → why, in plain words naming that condition or medicine → sources.
 * A rule whose id starts with "emergency" keeps its warning in an emergency plan (see engine/plan.ts).
 */

import type { FindingId } from '../contract/ids.generated.ts';
import { age, all, any, p, unsure } from './conditions.ts';
import type { SafetyRule } from './types.ts';

/** Every item that puts warmth on the skin. */
const HEAT = ['heat', 'period_heat', 'ginger_compress', 'hot_then_cold'] as const;
/** Every item that puts cold on the skin. */
const COLD = ['cold_pack', 'hot_then_cold'] as const;
const HEAT_OR_COLD = [...new Set([...HEAT, ...COLD])];
/** Anti-inflammatory tablets by mouth. */
const ORAL_NSAID = ['oral_nsaid', 'period_ibuprofen'] as const;
/** Items that suggest paracetamol. */
const PARACETAMOL = ['pregnancy_painkillers', 'painkiller_when_nsaid_unsafe'] as const;

/** The person said "I don't know" to any of these. */
const unsureOf = (...ids: FindingId[]) => any(...ids.map(unsure));

export const safetyRules: readonly SafetyRule[] = [
  // ── "I don't know" is not a no: keep the item, with the check to make first ─────────────────
  {
    id: 'unsure_heat_cold_safety',
    when: unsureOf('numb_feet_neuropathy', 'diabetes', 'poor_circulation_raynaud'),
    caution: {
      items: [...HEAT_OR_COLD],
      text: 'You were not sure whether you have numb skin, diabetes or poor circulation. Until you know, keep heat or cold short, check your skin every few minutes, and stop at once if it looks red or blotchy or feels numb.',
    },
    why: 'Numb skin, diabetes and poor circulation make heat and cold packs unsafe, and you were not sure about them.',
    sources: ['R63', 'R64'],
  },
  {
    id: 'unsure_nsaid_safety',
    when: unsureOf(
      'med_anticoagulant',
      'stomach_ulcer_history',
      'kidney_disease',
      'heart_disease',
      'med_steroid_long_term',
      'pregnant',
    ),
    caution: {
      items: [...ORAL_NSAID],
      text: 'You were not sure about a medicine or condition that makes anti-inflammatory tablets unsafe. These are a blood thinner, a stomach ulcer, kidney or heart disease, steroid tablets, or pregnancy. Ask a pharmacist before taking them.',
    },
    why: 'Blood thinners, stomach ulcers, kidney or heart disease, long-term steroids and pregnancy make anti-inflammatory tablets unsafe. You were not sure about one of them.',
    sources: ['R69', 'R69b'],
  },
  // ── §4.1 Heat and cold ───────────────────────────────────────────────────────────────────
  {
    id: 'numb_skin_no_heat_cold',
    when: p('numb_feet_neuropathy'),
    withhold: HEAT_OR_COLD,
    why: 'You have reduced feeling in your skin (numbness or neuropathy). You may not feel a burn or a cold injury. So heat and cold packs, including a warm ginger compress, are not advised unless a clinician says otherwise.',
    sources: ['R63', 'R64'],
  },
  {
    id: 'diabetes_no_cold',
    when: p('diabetes'),
    withhold: COLD,
    caution: {
      items: [...HEAT],
      text: 'You have diabetes: keep warmth short and gentle, look at your skin every few minutes, and never use it when you might fall asleep. Diabetes can dull the feeling in your skin so a burn goes unnoticed.',
    },
    why: 'You have diabetes. Makers of cold packs list diabetes as a reason not to use cold, and diabetes can dull the feeling in your skin so cold or heat injures it without you noticing.',
    sources: ['R63', 'R64'],
  },
  {
    id: 'circulation_no_cold',
    when: p('poor_circulation_raynaud'),
    withhold: COLD,
    caution: {
      items: [...HEAT],
      text: 'You have poor circulation: use only gentle warmth for short spells, and check your skin often.',
    },
    why: 'You have poor circulation (artery disease in the legs or Raynaud’s). Cold narrows the blood vessels further and can damage the skin and the tissue under it.',
    sources: ['R63'],
  },
  {
    id: 'drowsy_heat_cold',
    when: any(p('med_muscle_relaxant'), p('med_opioid_or_sedative'), p('alcohol_regular')),
    caution: {
      items: HEAT_OR_COLD,
      text: 'You take a medicine or drink alcohol that can make you drowsy. Use heat or cold only when you are wide awake, and set the timer. Never use it in bed, after a dose that makes you sleepy, or after drinking.',
    },
    why: 'Muscle relaxants, opioid painkillers, sleeping tablets and alcohol can make you drowsy. Burns and frostbite happen when a pack stays on while you doze.',
    sources: ['R63', 'R64'],
  },
  {
    id: 'older_heat_cold',
    when: age({ gte: 65 }),
    caution: {
      items: HEAT_OR_COLD,
      text: 'Skin burns more easily as we get older: keep to the timer, check your skin, and if you can, have someone nearby.',
    },
    why: 'Older adults are at the greatest risk of burns from heating pads.',
    sources: ['R64', 'R63'],
    estimate:
      'The research names "older adults" without an age; 65 is our cut-off for this caution (heat and cold are not withheld).',
  },
  {
    id: 'child_no_cold',
    when: age({ lt: 13 }),
    withhold: COLD,
    why: 'Cold packs are not advised for children aged 12 or under: makers of cold packs exclude them.',
    sources: ['R63'],
  },
  {
    id: 'pregnant_no_heat_on_tummy',
    when: p('pregnant'),
    withhold: ['period_heat'],
    caution: {
      items: ['heat', 'hot_then_cold', 'ginger_compress'],
      text: 'You are pregnant: put warmth on your back only, never over your tummy.',
    },
    why: 'You are pregnant: heat should not be put over a pregnant tummy.',
    sources: ['R63'],
  },
  {
    id: 'skin_broken_heat_cold',
    when: any(p('recent_wound'), p('rash_band_one_side')),
    caution: {
      items: [...HEAT_OR_COLD, 'topical_nsaid'],
      text: 'Do not put heat, cold or gels over a wound, broken skin or a rash.',
    },
    why: 'You have a wound or a rash: heat and cold should not go over open wounds, infected skin or rashes.',
    sources: ['R63'],
    estimate:
      'Keeping gels off broken skin is marked from memory, unverified in the research (clinical.md §4.3); heat and cold over wounds and rashes is device labelling (R63).',
  },

  // ── §4.2 Supplements ─────────────────────────────────────────────────────────────────────
  {
    id: 'kidney_no_magnesium',
    when: p('kidney_disease'),
    withhold: ['supplement_magnesium'],
    why: 'You have kidney disease. Your kidneys may not clear magnesium, so it can build up and cause low blood pressure, weakness and heart-rhythm problems. Take magnesium only if your kidney doctor prescribes it.',
    sources: ['R66', 'R66b'],
  },
  {
    id: 'kidney_no_potassium',
    when: p('kidney_disease'),
    withhold: ['supplement_potassium'],
    why: 'You have kidney disease. Potassium tablets or potassium "low salt" substitutes can push your blood potassium dangerously high and upset your heart rhythm. Take them only on medical advice.',
    sources: ['R68', 'R68c'],
  },
  {
    id: 'ace_arb_no_potassium',
    when: p('med_ace_arb'),
    withhold: ['supplement_potassium'],
    why: 'You take an ACE inhibitor or ARB blood-pressure tablet (such as ramipril or losartan). These raise blood potassium, so potassium tablets or potassium "low salt" substitutes can push it dangerously high. Take them only on medical advice.',
    sources: ['R68', 'R68b'],
  },
  {
    id: 'k_sparing_no_potassium',
    when: p('med_potassium_sparing_diuretic'),
    withhold: ['supplement_potassium'],
    why: 'You take a potassium-sparing water tablet (such as spironolactone or amiloride). It keeps potassium in your body, so potassium tablets or potassium "low salt" substitutes can push it dangerously high. Take them only on medical advice.',
    sources: ['R68', 'R68b'],
  },
  {
    id: 'digoxin_no_self_supplement',
    when: all(p('med_digoxin'), any(p('med_diuretic'), p('med_ppi_long_term'))),
    withhold: ['supplement_magnesium', 'supplement_potassium'],
    warning:
      'You take digoxin with a water tablet or a long-term stomach-acid tablet. These can lower your magnesium and potassium, which makes digoxin side effects more likely. Do not buy supplements yourself: ask your doctor for a blood test of your magnesium and potassium.',
    why: 'You take digoxin with a water tablet or a stomach-acid tablet: your magnesium and potassium need a blood test and a doctor’s advice, not supplements you choose yourself.',
    sources: ['R37'],
  },

  // ── §4.3 Anti-inflammatory tablets ───────────────────────────────────────────────────────
  {
    id: 'ulcer_no_nsaid',
    when: p('stomach_ulcer_history'),
    withhold: ORAL_NSAID,
    why: 'You have had a stomach ulcer or bleeding from the stomach. Anti-inflammatory tablets such as ibuprofen can make the stomach bleed again. Take them only if a doctor or pharmacist agrees.',
    sources: ['R69'],
  },
  {
    id: 'anticoagulant_no_nsaid',
    when: p('med_anticoagulant'),
    withhold: ORAL_NSAID,
    why: 'You take a blood thinner (such as warfarin, apixaban or clopidogrel). With anti-inflammatory tablets such as ibuprofen the risk of serious stomach bleeding is much higher. Take them only if a doctor or pharmacist agrees.',
    sources: ['R69'],
  },
  {
    id: 'steroid_no_nsaid',
    when: p('med_steroid_long_term'),
    withhold: ORAL_NSAID,
    why: 'You take steroid tablets (such as prednisolone). With anti-inflammatory tablets such as ibuprofen the risk of stomach bleeding is higher. Take them only if a doctor or pharmacist agrees.',
    sources: ['R69'],
  },
  {
    id: 'age_60_no_nsaid',
    when: age({ gte: 60 }),
    withhold: ORAL_NSAID,
    why: 'You are 60 or over: the risk of stomach bleeding from anti-inflammatory tablets such as ibuprofen is higher. Take them only if a pharmacist or doctor agrees they are safe for you.',
    sources: ['R69'],
  },
  {
    id: 'kidney_no_nsaid',
    when: p('kidney_disease'),
    withhold: ORAL_NSAID,
    why: 'You have kidney disease: anti-inflammatory tablets such as ibuprofen can harm the kidneys further. Ask your doctor what painkiller is safe for you.',
    sources: ['R69'],
    estimate:
      'The research notes the label’s kidney warning but marks the kidney-injury detail as from memory, unverified (clinical.md §4.3); we withhold to be safe.',
  },
  {
    id: 'heart_no_nsaid',
    when: p('heart_disease'),
    withhold: ORAL_NSAID,
    why: 'You have heart disease, heart failure, or have had a heart attack or stroke. Anti-inflammatory tablets such as ibuprofen raise the risk of a heart attack or stroke, even when taken for a short time, and can make heart failure worse.',
    sources: ['R69'],
    estimate:
      'The heart attack and stroke warning is the FDA’s; worsening of heart failure is marked from memory, unverified in the research (clinical.md §4.3).',
  },
  {
    id: 'blood_pressure_no_nsaid',
    when: p('high_blood_pressure'),
    withhold: ORAL_NSAID,
    why: 'You have high blood pressure. Anti-inflammatory tablets such as ibuprofen can raise blood pressure and carry a heart attack and stroke warning. Ask a pharmacist or doctor first: if your blood pressure is well controlled, they may say a short course is fine.',
    sources: ['R69'],
    estimate:
      'The research names uncontrolled high blood pressure. We cannot tell whether yours is controlled, so we withhold and send you to a pharmacist (our judgement); the blood-pressure rise is marked unverified in the research.',
  },
  {
    id: 'pregnant_no_nsaid',
    when: p('pregnant'),
    withhold: ORAL_NSAID,
    why: 'You are pregnant. Anti-inflammatory tablets such as ibuprofen are not advised in pregnancy unless a doctor advises them: from 20 weeks they can harm the baby’s kidneys and heart.',
    sources: ['R69b'],
  },
  {
    id: 'pregnant_no_nsaid_gel',
    when: p('pregnant'),
    withhold: ['topical_nsaid'],
    why: 'You are pregnant. Anti-inflammatory medicines are not advised in pregnancy unless a doctor advises them; ask a pharmacist or midwife before using an anti-inflammatory gel.',
    sources: ['R69b'],
    estimate:
      'The FDA warning is about anti-inflammatory tablets; the research has no data on gels in pregnancy, so we do not suggest them without a pharmacist’s or midwife’s advice (our judgement).',
  },
  {
    id: 'triple_whammy_no_nsaid',
    when: all(any(p('med_diuretic'), p('med_potassium_sparing_diuretic')), p('med_ace_arb')),
    withhold: ORAL_NSAID,
    why: 'You take a water tablet together with an ACE inhibitor or ARB blood-pressure tablet. Adding an anti-inflammatory such as ibuprofen can damage the kidneys (the "triple whammy"). Ask a pharmacist or doctor what painkiller is safe.',
    sources: ['R69'],
    estimate:
      'The kidney-injury risk of this combination is marked from memory, unverified in the research (clinical.md §4.3); we withhold to be safe.',
  },
  {
    id: 'dehydrated_no_nsaid',
    when: any(
      p('thirst_dark_urine'),
      p('diarrhoea_or_vomiting_recent'),
      p('cannot_keep_fluids_down'),
      p('peeing_less'),
    ),
    withhold: ORAL_NSAID,
    why: 'You may be low on fluids (thirst and dark pee, being sick or diarrhoea, or peeing less). Anti-inflammatory tablets such as ibuprofen can harm the kidneys when you are dehydrated. Ask a pharmacist first.',
    sources: ['R69'],
    estimate:
      'The research lists dehydration among the kidney risks of anti-inflammatories but marks the detail as unverified (clinical.md §4.3); which findings count as dehydration is our judgement.',
  },
  {
    id: 'under_16_adult_medicines',
    when: age({ lt: 16 }),
    withhold: [
      ...ORAL_NSAID,
      'topical_nsaid',
      'muscle_relaxant_prescribed',
      'pregnancy_painkillers',
      'supplement_magnesium',
      'supplement_zinc',
      'supplement_potassium',
    ],
    why: 'The medicine advice here is for adults. For anyone under 16, ask a pharmacist or doctor which medicine and dose are right.',
    sources: ['R1'],
    estimate:
      'NICE NG59 covers people over 16; medicines and doses for children are outside our research (our judgement).',
  },
  {
    id: 'alcohol_nsaid_caution',
    when: p('alcohol_regular'),
    caution: {
      items: ORAL_NSAID,
      text: 'You drink alcohol regularly: together with anti-inflammatory tablets it raises the risk of stomach bleeding. Do not drink while taking them, and if you have 3 or more drinks a day, ask a pharmacist first.',
    },
    why: 'Alcohol with anti-inflammatory tablets raises the risk of stomach bleeding.',
    sources: ['R69'],
  },
  {
    id: 'already_on_nsaid',
    when: p('med_nsaid'),
    caution: {
      items: ORAL_NSAID,
      text: 'You already take an anti-inflammatory: do not add a second one. Keep to the one you have, within its label dose.',
    },
    why: 'Two anti-inflammatories together raise the risk of stomach bleeding.',
    sources: ['R69'],
  },
  {
    id: 'on_nsaid_with_risk',
    when: all(
      p('med_nsaid'),
      any(
        p('stomach_ulcer_history'),
        p('med_anticoagulant'),
        p('med_steroid_long_term'),
        p('kidney_disease'),
        p('heart_disease'),
        p('pregnant'),
        all(any(p('med_diuretic'), p('med_potassium_sparing_diuretic')), p('med_ace_arb')),
      ),
    ),
    warning:
      'You take an anti-inflammatory painkiller (such as ibuprofen or naproxen), but one of your conditions or medicines makes these risky (see "not advised for you"). Speak to a pharmacist or doctor soon about whether to keep taking it. Do not stop a medicine a doctor prescribed without asking them.',
    why: 'Anti-inflammatory tablets can cause stomach bleeding, kidney harm, heart problems and harm in pregnancy in people with these conditions or medicines.',
    sources: ['R69', 'R69b'],
  },

  // ── §4.3 Paracetamol ─────────────────────────────────────────────────────────────────────
  {
    id: 'emergency_paracetamol_overdose',
    when: p('med_paracetamol_over_max'),
    withhold: PARACETAMOL,
    warning:
      'You have taken more paracetamol than the safe maximum. Get medical help now, even if you feel well: liver damage often shows no signs for the first day. Do not take any more paracetamol, including cold and flu remedies or co-codamol.',
    why: 'You have taken more than the maximum dose of paracetamol: no more paracetamol until a doctor has checked you.',
    sources: ['R99', 'R99b', 'R70'],
  },
  {
    id: 'paracetamol_daily_limit',
    when: p('med_paracetamol'),
    warning:
      'Paracetamol: never more than 4 g in 24 hours (eight 500 mg tablets). Count every product that contains it, such as cold and flu remedies and co-codamol. With 3 or more alcoholic drinks a day, ask a pharmacist first.',
    why: 'More than 4 g of paracetamol a day, or paracetamol with heavy drinking, can cause severe liver damage.',
    sources: ['R70', 'R99'],
  },
  {
    id: 'alcohol_no_paracetamol',
    when: p('alcohol_regular'),
    withhold: PARACETAMOL,
    warning:
      'You drink alcohol regularly: with 3 or more drinks a day, paracetamol can cause severe liver damage. Ask a pharmacist before taking it.',
    why: 'You drink alcohol regularly: with 3 or more drinks a day, paracetamol can cause severe liver damage. Ask a pharmacist which painkiller is safe for you.',
    sources: ['R70'],
  },
  {
    id: 'liver_no_paracetamol',
    when: p('liver_disease'),
    withhold: PARACETAMOL,
    warning:
      'You have liver disease: ask your doctor or pharmacist which painkiller, and what dose, is safe for you before taking paracetamol or any other painkiller.',
    why: 'You have liver disease: paracetamol is processed by the liver and too much can damage it. Ask your doctor or pharmacist what dose, if any, is safe for you.',
    sources: ['R70'],
    estimate:
      'The research gives the paracetamol label’s liver warnings (alcohol, more than 4 g a day); applying them to existing liver disease is our judgement.',
  },

  // ── §4.3 Muscle relaxants ────────────────────────────────────────────────────────────────
  {
    id: 'muscle_relaxant_warning',
    when: p('med_muscle_relaxant'),
    warning:
      'Muscle relaxant: do not drink alcohol. Do not drive or use machines until you know how it affects you, and never while drowsy. Keep moving gently, but avoid things that need good balance or quick reactions while it makes you dizzy. See your doctor if you are still taking it after 2 weeks.',
    why: 'Muscle relaxants about double the chance of drowsiness and dizziness. Their labels warn against alcohol and driving. Diazepam can cause dependence if taken for longer.',
    sources: ['R47', 'R71', 'R72', 'R2'],
  },
  {
    id: 'sedative_no_muscle_relaxant',
    when: p('med_opioid_or_sedative'),
    withhold: ['muscle_relaxant_prescribed'],
    why: 'You take an opioid painkiller, a sleeping tablet or another sedative. Adding a muscle relaxant can slow your breathing to a dangerous degree. Only take both if a doctor is watching over you.',
    sources: ['R1', 'R47', 'R71'],
  },
  {
    id: 'muscle_relaxant_with_sedative',
    when: all(p('med_muscle_relaxant'), p('med_opioid_or_sedative')),
    warning:
      'You take a muscle relaxant together with an opioid painkiller or a sedative. Together they can slow your breathing dangerously. Make sure the doctor who prescribed them knows you take both, and get help at once if you become very sleepy or your breathing is slow or shallow.',
    why: 'The FDA warns that opioids combined with benzodiazepines or other sedatives can slow breathing and have caused deaths.',
    sources: ['R1', 'R47'],
  },
  {
    id: 'alcohol_muscle_relaxant',
    when: p('alcohol_regular'),
    caution: {
      items: ['muscle_relaxant_prescribed'],
      text: 'You drink alcohol regularly. Do not drink at all while you take a muscle relaxant.',
    },
    why: 'Alcohol makes the drowsiness from muscle relaxants worse.',
    sources: ['R71', 'R47'],
  },
  {
    id: 'older_muscle_relaxant',
    when: age({ gte: 65 }),
    caution: {
      items: ['muscle_relaxant_prescribed'],
      text: 'At 65 or over, some muscle relaxants (such as cyclobenzaprine) are usually avoided, and drowsiness and falls are more likely. Ask your doctor whether it is right for you.',
    },
    why: 'The cyclobenzaprine label advises avoiding it at 65 or over.',
    sources: ['R71'],
  },

  // ── §4.4 Ginger ──────────────────────────────────────────────────────────────────────────
  {
    id: 'anticoagulant_ginger',
    when: p('med_anticoagulant'),
    caution: {
      items: ['ginger_compress'],
      text: 'You take a blood thinner. We found no evidence either way on ginger used on the skin. But do not take ginger supplements, or large amounts of ginger by mouth, without asking your pharmacist.',
    },
    why: 'High doses of ginger supplements might thin the blood a little. No source looked at ginger on the skin.',
    sources: ['R55', 'R54'],
  },

  // ── Fluids and stretching: precautions outside §4 ────────────────────────────────────────
  {
    id: 'fluid_limit_caution',
    when: any(p('heart_disease'), p('kidney_disease')),
    caution: {
      items: ['fluids_to_thirst'],
      text: 'If your doctor has told you to limit how much you drink (as with some heart or kidney conditions), keep to that limit.',
    },
    why: 'Some people with heart failure or kidney disease are told to limit fluids.',
    sources: [],
    estimate:
      'Not in our research: a general precaution so our drinking advice never overrides a doctor’s fluid limit.',
  },
  {
    id: 'late_pregnancy_lying_flat',
    when: p('pregnant_over_20_weeks'),
    caution: {
      items: ['gentle_stretch', 'comfort_position'],
      text: 'You are more than 20 weeks pregnant: do not lie flat on your back for long. Do stretches on your side or sitting, and stop if you feel dizzy or faint.',
    },
    why: 'Lying flat on the back for long in later pregnancy can make some women dizzy or faint.',
    sources: [],
    estimate: 'Not in our research: standard antenatal caution, added as a precaution (our judgement).',
  },
  {
    id: 'osteoporosis_stretch',
    when: p('osteoporosis'),
    caution: {
      items: ['gentle_stretch'],
      text: 'You have thin bones (osteoporosis): keep stretches very gentle and avoid forceful bending forward.',
    },
    why: 'Forceful bending may strain fragile spinal bones.',
    sources: [],
    estimate: 'Not in our research: a common precaution for osteoporosis, added to be safe (our judgement).',
  },
];
