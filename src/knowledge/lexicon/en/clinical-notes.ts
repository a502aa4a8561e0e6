/**
 * The wording of clinical notes, case reports and letters ("O/E power reduced L5", "gait normal",
 * "continent", "systemically unwell", "fall from standing height"), kept apart from the lay words of the
 * other files: the same findings, as a clinician writes them.
 */

import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

export const clinicalNotes: readonly LexEntry[] = [
  // Examination of the legs: power, sensation, gait.
  e(
    ['weakness_one_leg'],
    [
      '(reduced|decreased|diminished|weak|weakened|impaired) ~1 (power|strength) ~5 (left|right|l|r|lt|rt)',
      '(reduced|decreased|diminished|weak|weakened|impaired) ~1 (power|strength) ~2 (l|s) #',
      'power ~1 (reduced|decreased|diminished|impaired) ~5 (left|right|l|r|lt|rt)',
      '(l|s) # ~1 weakness',
      '(weak|weakness of) ~2 (ehl|extensor hallucis longus|ankle dorsiflexion|dorsiflexion|plantarflexion|great toe extension)',
      '(ehl|extensor hallucis longus|ankle dorsiflexion|dorsiflexion|plantarflexion|great toe extension) ~1 (weakness|weak)',
    ],
    'A note of reduced power on one side or in one nerve root ("reduced power L5", "power reduced on the right"): a weak leg.',
  ),
  e(
    ['weakness_both_legs'],
    ['(reduced|decreased|diminished|weak|impaired) ~1 power ~4 (bilaterally|both|bilateral)'],
    'Reduced power in both legs ("reduced power bilaterally").',
    { overrides: ['weakness_one_leg'] },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    [
      '(power|strength) ~1 (normal|full|intact|preserved|symmetrical|equal) ~1 (throughout|globally|bilaterally)?',
      '(normal|full) (power|strength) ~1 (throughout|globally|bilaterally|in all|in both)?',
      '(power|strength) 5 / 5 ~1 (throughout|globally|bilaterally)',
      '(power|strength) 5 / 5 (in|of) (both|all|all four|bilateral) ~1 (legs|limbs|lower limbs|lower extremities|extremities|myotomes)',
      'no motor ~1 deficit',
    ],
    'Full power on examination ("power 5/5 throughout", "no motor deficit") plainly denies leg weakness.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['weakness_one_leg'],
    ['(power|strength) # / 5 ~5 (left|right|l|r|lt|rt)', '(left|right|l|r|lt|rt) ~4 (power|strength) # / 5'],
    // Full power on one side says nothing of the other ("power 5/5 on the right, 3/5 on the left").
    'Power graded out of 5 on one side: below 5 is a weak leg.',
    { number: { present: { lt: 5 } } },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    ['(power|strength|motor) ~8 (except|apart from|other than|save for|bar|but)'],
    'Full power "except" somewhere is weakness somewhere: asked, never denied.',
    { affirmed: 'unknown', negated: 'unknown' },
  ),
  e(
    ['numbness_one_leg', 'numbness_both_legs'],
    ['(sensation|sensory|neurologically|neurology|neuro) ~8 (except|apart from|other than|save for|bar|but)'],
    'Sensation intact "except" somewhere is numbness somewhere: asked, never denied.',
    { affirmed: 'unknown', negated: 'unknown' },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    ['(neurologically|neurology|neuro) ~8 (except|apart from|other than|save for|bar|but)'],
    'A normal neurological examination "except" something: asked, never denied.',
    { affirmed: 'unknown', negated: 'unknown' },
  ),
  e(
    ['numbness_one_leg'],
    [
      '(sensation|light touch|pinprick) ~1 (absent|reduced|decreased|diminished|altered|impaired|lost) ~6 (left|right|l|r|lt|rt)',
      '(sensation|light touch|pinprick) ~1 (absent|reduced|decreased|diminished|altered|impaired|lost) ~3 (l|s) #',
      '(reduced|decreased|diminished|altered|impaired|loss of) (sensation|light touch|pinprick) ~5 (left|right|l|r|lt|rt)',
      '(reduced|decreased|diminished|altered|impaired|loss of) (sensation|light touch|pinprick) ~3 (l|s) #',
    ],
    'Reduced feeling on one side or in one dermatome ("reduced sensation L5 dermatome"): a numb leg.',
  ),
  e(
    ['numbness_one_leg', 'numbness_both_legs'],
    ['sensation ~3 (intact|normal|preserved) ~1 (throughout|globally|bilaterally)?', 'no sensory ~1 deficit'],
    '"Sensation intact" plainly denies numbness of the legs (the saddle has its own words).',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs', 'numbness_one_leg', 'numbness_both_legs'],
    ['no (focal|neurological|neuro) ~1 deficit|deficits', 'neurologically intact', 'neurovascularly intact'],
    'No neurological deficit on examination plainly denies weak or numb legs.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['saddle_numbness'],
    ['{saddle} ~1 (sensation|sensory|sensibility)', 'perianal|perineal|perineum ~1 (sensation|sensory)?'],
    'The saddle sensation named alone says nothing ("saddle sensation intact" denies the numbness, "reduced saddle sensation" is its own phrase).',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['saddle_numbness'],
    ['({saddle}|perianal|perineal) ~1 (sensation|sensory) ~1 (intact|normal|preserved|unremarkable)'],
    '"Perianal sensation intact" plainly denies saddle numbness (and says nothing of the legs).',
    { says: 'absent', negated: 'unknown', overrides: ['numbness_one_leg', 'numbness_both_legs'] },
  ),
  e(
    [],
    ['saddle (anaesthesia|numbness|paraesthesia|paraesthesiae)'],
    'Saddle numbness is not numbness of the legs, even beside "bilateral lower extremity weakness".',
    { overrides: ['numbness_one_leg', 'numbness_both_legs'] },
  ),
  e(
    ['unsteady_walking'],
    ['gait', 'mobility'],
    'The gait named alone says nothing ("antalgic gait" is a painful walk); "gait normal" plainly denies unsteadiness.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['unsteady_walking'],
    [
      '(broad|wide) based ~1 gait',
      'gait ~2 (unsteady|ataxic|ataxia|broad based|wide based|abnormal)',
      '(unable|struggling) to tandem walk',
      'romberg*|rombergs ~2 positive',
    ],
    'An unsteady or ataxic gait as a note writes it.',
  ),
  e(
    ['calf_swollen_red_one_side'],
    ['(calf|calves) ~3 (soft|non tender|nontender)'],
    '"Calves soft and non-tender" on examination plainly denies a swollen, tender calf (and says no pain).',
    { says: 'absent', negated: 'unknown', overrides: ['leg_pain_below_knee', 'leg_pain_both_legs'] },
  ),
  // Bladder, bowels and the sphincters.
  e(
    ['incontinence'],
    ['continent', 'doubly continent', 'continent of (urine|faeces|urine and faeces|bladder and bowel)'],
    '"Continent" plainly says there is no loss of bladder or bowel control.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['incontinence'],
    ['bowels', '(bowel|bowels) (function|habit|habits|movements|control)'],
    'The bowels named alone say nothing; "bowels normal", "bowel function normal" plainly deny loss of control.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    [
      'sphincter ~2 (disturbance|dysfunction|problems|involvement|symptoms|disturbances)',
      'sphincteric ~1 (disturbance|dysfunction|symptoms)',
    ],
    'Sphincter trouble is bladder or bowel trouble without saying which: asked, and a denial denies both.',
    { says: 'vague' },
  ),
  e(
    ['urinary_retention'],
    [
      '(not|no longer) (passing|passed) ~1 (urine|water)',
      '(unable to|not able to|cannot|can not) ~1 (pass urine|pass water|void|micturate)',
      "(not|hasn't|has not|haven't|have not) (voided|micturated)",
    ],
    'Not passing urine, said with its own "not", is a statement of its own: retention, not a denial.',
  ),
  e(
    [],
    [
      "(not|haven't|hasn't|have not|has not) ~1 (opened|open|moved) ~2 (bowels|bowel)",
      '(bowels|bowel) ~1 not ~1 (opened|open|moved)',
      // South Asian English "motion not passed since 2 days": no stool passed.
      '(motion|motions|stool|stools) ~1 not ~1 (passed|passing|come|coming|happened)',
      "(not|haven't|hasn't|have not|has not) ~1 (passed) ~1 (motion|motions|stool|stools)",
    ],
    'Bowels not opened is constipation, no denial of losing control of them.',
    { overrides: ['incontinence'] },
  ),
  e(
    ['saddle_numbness'],
    ['{unable} ~1 feel ~4 (toilet paper|tissue|paper|wiping|when wiping|when i wipe|wipe)'],
    'Unable to feel the paper when wiping: numbness of the saddle.',
  ),
  e(
    ['weakness_one_leg'],
    [
      '{unable} ~2 (stand|walk) ~1 on ~2 {my}? (tiptoes|tiptoe|tip toes|toes|heels|heel)',
      '{unable} ~2 (heel|toe|tiptoe) ~1 walk',
    ],
    'Unable to stand or walk on heels or toes: a weak ankle, a weak leg, not a movement that hurts.',
    { overrides: ['pain_worse_movement'] },
  ),
  e(
    ['urinary_retention'],
    [
      'incomplete ~1 (voiding|emptying|bladder emptying)',
      'straining to ~1 (void|pass urine|urinate|pass water)',
      '(reduced|absent|lost|loss of|altered|impaired) ~1 bladder sensation',
      "(doesn't|does not|don't|do not|didn't|did not|can't|cannot|unable to) ~1 (know|tell|feel|sense) ~2 when ~2 bladder ~2 full",
    ],
    'Not emptying the bladder, straining to pass urine, or not feeling it fill: the bladder sign of nerve trouble.',
  ),
  e(
    ['incontinence'],
    ['soiling', '(lost|loss of) ~1 (anal|rectal|anal sphincter|sphincter) ~1 control'],
    'Soiling, or lost control of the back passage: loss of bowel control.',
  ),
  e(
    ['saddle_numbness'],
    ['(reduced|decreased|diminished|altered|impaired|lost|loss of|absent) (rectal|anal) sensation'],
    'Reduced feeling in the back passage: numbness of the saddle.',
  ),
  e(
    ['urinary_retention'],
    ['(palpable|distended|enlarged) ~1 bladder', 'bladder ~2 (palpable|distended)'],
    'A bladder felt or seen full on examination: retention.',
  ),
  e(
    ['incontinence'],
    ['(stress|urge) ~1 incontinence'],
    'Stress or urge incontinence is often long-standing and not the new loss of control of a nerve emergency: asked, not assumed.',
    { says: 'vague', overrides: ['incontinence'] },
  ),
  e([], ['(faecal|fecal|bowel|rectal) urgency'], 'Urgency of the bowels is not frequent, burning peeing.', {
    overrides: ['burning_urination'],
  }),
  e(
    ['urinary_retention'],
    ['(post void|postvoid|post micturition) residual ~3 # ml|mls', '(pvr|bladder scan|residual) ~3 # ml|mls'],
    'Urine left in the bladder after passing water, in millilitres: a large residual is retention, a small one is none.',
    { number: { present: { gte: 200 }, unknown: { gte: 100, lt: 200 }, absent: { lt: 100 } } },
  ),
  // Trauma as notes grade it.
  e(
    ['onset_minor_fall'],
    ['(ground level|low energy|low impact|simple) (fall|falls|trauma)'],
    'A low-energy fall is a minor fall, not a serious accident.',
    { overrides: ['onset_major_trauma'], implies: ['onset_sudden'] },
  ),
  e(
    [],
    ['from ~1 (standing|standing height|own height|a standing position|ground level|chair height|sitting)'],
    // A blocker, not a finding: the fall itself ("fell", "a fall") is read as the minor fall it is.
    'A fall from standing height is a minor fall, not a fall from a height.',
    { overrides: ['onset_major_trauma'] },
  ),
  e(
    ['onset_major_trauma', 'onset_minor_fall'],
    ['atraumatic', 'non traumatic', 'nontraumatic', 'spontaneous onset'],
    '"Atraumatic" plainly says no injury or fall began it.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['lump_or_shape_change'],
    ['step ~1 (deformity|off)', 'gibbus', 'kyphotic deformity', 'palpable step'],
    'A step or angle in the line of the spine felt on examination: a change of its shape.',
  ),
  // Looking and feeling unwell.
  e(
    ['feels_very_unwell'],
    [
      '(systemically|clinically) unwell',
      '(looks|looked|appears|appeared|looking) ~1 (unwell|very unwell|septic|toxic|ill|very ill|grey|moribund)',
      'unwell looking',
    ],
    'A note that the person is or looks systemically unwell.',
  ),
  e(
    ['feels_very_unwell'],
    [
      'well in (himself|herself|themselves)',
      '(systemically|clinically) well',
      '(looks|appears) ~1 (well|comfortable)',
    ],
    'Well in himself, systemically well: plainly not very unwell.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    [],
    ['hypotensive', 'hypotension'],
    'Low blood pressure is not high blood pressure (it is one letter from "hypertension").',
    { overrides: ['high_blood_pressure'] },
  ),
  e(
    [],
    ['(worsening|safety|safety net|safety netting) advice'],
    '"Worsening advice" is what to do if it worsens, not a worsening.',
    { overrides: ['getting_worse'] },
  ),
  e(
    [],
    [
      'discharge (summary|letter|plan|planning|date|home|medication|medications|meds|from hospital|from the ward)',
      '(on|at|for|before|after|prior to|until|awaiting) discharge',
      'discharged',
    ],
    'A discharge from hospital is no discharge from the body.',
    { overrides: ['abnormal_vaginal_discharge_or_bleeding'] },
  ),
  e(
    ['breathless'],
    [
      'dyspnoeic',
      'dyspneic',
      'tachypnoeic',
      'tachypneic',
      'tachypnoea',
      'tachypnea',
      'orthopnoea',
      'orthopnea',
      'pnd',
    ],
    'Short of breath, as a note writes it.',
  ),
  e(
    ['confusion_drowsy'],
    ['gcs #'],
    'A Glasgow Coma Scale below 15 is a lowered level of consciousness; 15 is alert.',
    { number: { present: { gte: 3, lt: 15 }, absent: { gte: 15, lte: 15 } } },
  ),
  e(
    ['confusion_drowsy'],
    ['(orientated|oriented) ~1 (to|in|x) ~4 (time|place|person|3)', 'orientated|oriented'],
    '"Orientated to time, place and person" plainly denies confusion.',
    { says: 'absent', negated: 'present' },
  ),
  e(
    ['confusion_drowsy'],
    ['(orientated|oriented) ~5 (only|but not)', '(orientated|oriented) ~1 x ~1 (1|2)'],
    'Orientated only in part ("to person only", "x2") is confused.',
    { overrides: ['confusion_drowsy'] },
  ),
  e(
    [],
    [
      '(vertebral|vertebra|vertebrae|spinal|disc|disk|lung|wedge|crush|osteoporotic) collapse',
      'collapse of ~2 (vertebra|vertebrae|vertebral body|disc|disk|the spine)',
    ],
    'A collapsed vertebra or lung is no faint.',
    { overrides: ['dizziness_fainting'] },
  ),
  e(
    [],
    [
      'lumbar (epidural|puncture|injection|drain|spine x ray|x ray|mri|scan)',
      'lumbar (discectomy|microdiscectomy|laminectomy|fusion|decompression|surgery|spine surgery)',
    ],
    'A lumbar procedure or scan names the place, not a pain there.',
    { overrides: ['pain_lower_back'] },
  ),
  e(
    ['lump_or_shape_change'],
    ['kyphosis', 'kyphotic', 'height loss', 'loss of height', 'lost ~2 height', 'gibbus deformity'],
    'A new stoop or lost height: a change in the shape of the spine.',
  ),
  e(
    ['pain_tearing_severe_sudden'],
    [
      '(described|characterised|characterized|describes it) as ~2 (tearing|ripping)',
      '(tearing|ripping) in (nature|character|quality)',
    ],
    'Pain a note describes as tearing or ripping.',
  ),
  e(
    ['pregnant', 'pregnant_over_20_weeks'],
    ["#c weeks ' (gestation|pregnant)"],
    'A note\'s "36 weeks\' gestation": pregnant, and how far along.',
    { number: { present: { gte: 20, lte: 45 }, absent: { lt: 20 } }, sex: 'female' },
  ),
  e(
    ['fever'],
    [
      "(not|didn't|did not|hasn't|haven't|has not|have not|unable to|couldn't|could not) ~2 (measure|check|take|record|recorded) ~3 (temperature|temp)",
      '(temperature|temp) ~2 not (checked|measured|taken|recorded|known)',
    ],
    'A temperature not measured leaves the fever unknown, never denied.',
    { says: 'unknown', negated: 'unknown' },
  ),
  e(
    ['sexual_dysfunction_new'],
    ['sexual dysfunction', 'anorgasmia', 'erectile failure'],
    'Sexual dysfunction as a note writes it.',
  ),
  e(
    ['getting_worse'],
    ['(symptoms|pain) ~1 (static|unchanged|stable)'],
    '"Symptoms static" plainly says not getting worse.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['stops_daily_activities'],
    ['independent ~2 (adls|adl|activities of daily living|self care)'],
    'Independent with daily activities plainly says the pain does not stop them.',
    { says: 'absent', negated: 'present' },
  ),
  e(
    ['stops_daily_activities'],
    ['{unable} ~3 (adls|adl|activities of daily living|self care)', 'unable to mobilise'],
    'Unable to manage daily activities or to walk.',
  ),
  e(
    ['widespread_pain'],
    ['(widespread|diffuse|generalised|generalized) (myalgia|myalgias|muscle pain|muscle aches|arthralgia)'],
    'Widespread muscle or joint pain, as a note writes it.',
  ),
  e(
    ['leg_cramp_night'],
    ['(nocturnal|night time|nighttime) ~2 cramps'],
    'Cramps at night, as a note writes it.',
    { overrides: ['muscle_knot_tight'] },
  ),
  e(['peeing_less'], ['anuric', 'anuria'], 'Passing little or no urine, as a note writes it.'),
  e(
    ['fever'],
    ['(spiked|spiking|spikes|febrile|pyrexial|pyrexia) ~2 (to|of|at)? #'],
    'A temperature a note says spiked, in degrees: 38 °C or more is a fever, under 37.5 °C is not.',
    {
      number: {
        present: [{ gte: 38, lte: 45 }],
        absent: [{ gte: 34, lt: 37.5 }],
        unknown: [{ gte: 37.5, lt: 38 }],
      },
    },
  ),
  e(
    ['night_pain'],
    [
      '(wakes|waking|woken|wakening|awoken) ~6 (with|from|by) ~2 (pain|the pain|back pain)',
      '(pain|back pain) ~3 (disturbs|disturbed|disturbing|interrupts|interrupting|interrupted|affects|affecting) ~1 (sleep|his sleep|her sleep)',
    ],
    'Pain that wakes the person or breaks their sleep.',
  ),
  e(
    ['yellow_skin_eyes'],
    ['icterus', 'icteric', 'scleral icterus'],
    'Yellow whites of the eyes, as a note writes it.',
  ),
  e(
    ['rash_band_one_side'],
    [
      'dermatomal ~3 (rash|vesicles|vesicular|blisters|eruption|lesions)',
      '(rash|vesicles|vesicular|blisters|eruption|lesions) ~6 dermatomal|dermatome',
      'herpes zoster',
    ],
    'A rash of blisters in the band of one nerve root: shingles.',
  ),
  e(
    ['abnormal_vaginal_discharge_or_bleeding'],
    ['pv ~1 (bleed|bleeding|bleeds|loss|discharge)', 'per vaginam ~2 (bleeding|loss|discharge)'],
    'Bleeding or discharge per vaginam, as a note writes it.',
  ),
  e(
    ['pain_worse_cough_sneeze'],
    ['valsalva', 'valsalva manoeuvre'],
    'Pain brought on by straining (the Valsalva manoeuvre), as by a cough or a sneeze.',
  ),
  e(
    ['cannot_keep_fluids_down'],
    [
      '(unable to|not|cannot|can not|failing to) ~1 tolerat* ~2 (oral|po)? (fluids|fluid|intake|anything)',
      'not tolerating ~2 (oral|po)? (fluids|fluid|intake)',
    ],
    'Not tolerating oral fluids: cannot keep fluids down.',
  ),
  e(
    ['cannot_keep_fluids_down'],
    ['tolerating ~2 (oral|po)? (fluids|fluid|diet|intake)'],
    'Tolerating oral fluids plainly says fluids stay down.',
    { says: 'absent', negated: 'present' },
  ),
  e(
    ['walking_pain_needs_sitting_bending'],
    ['neurogenic claudication', 'spinal claudication'],
    'Neurogenic claudication is leg pain on walking eased by sitting or bending forward, not a calf artery cramp.',
    { overrides: ['calf_cramp_walking'] },
  ),
  e(
    ['weakness_progressing'],
    [
      'weakness|numbness ~3 (worsening|deteriorating|progressive|ascending)',
      'worsening ~2 weakness|numbness',
    ],
    'Weakness or numbness said to be worsening.',
    { requires: ['weakness_one_leg', 'weakness_both_legs', 'numbness_one_leg', 'numbness_both_legs'] },
  ),
  e(
    [],
    [
      '(intermittent|intermittently) ~2 ({numb-word}|tingl*|paraesthesia*|paresthesia*|pins and needles|palpitations|fever|fevers|vomiting|diarrhoea|dizziness|confusion|incontinence|claudication|weakness|headache|headaches|retention|haematuria)',
      '({numb-word}|tingl*|paraesthesia*|paresthesia*|palpitations|fever|fevers|vomiting|diarrhoea|dizziness|incontinence|weakness|headaches|haematuria) ~2 (intermittent|intermittently)',
    ],
    'Something else that comes and goes ("intermittent paraesthesia") says nothing of whether the pain is constant.',
    { overrides: ['pain_constant_unrelenting'] },
  ),
  // Background.
  e(
    ['previous_kidney_stones'],
    [
      '(history of|previous|past|known|recurrent) ~2 (renal|ureteric|urinary)? (calculi|calculus|nephrolithiasis|urolithiasis|stones)',
      'nephrolithiasis',
      'urolithiasis',
    ],
    'Kidney stones before, as a note writes them ("h/o renal calculi").',
    { overrides: ['pain_colicky_waves'] },
  ),
  e(
    ['weight_loss_unexplained'],
    [
      '(intentional|intended|deliberate|planned) ~2 weight loss',
      'weight loss ~5 (diet|dieting|on purpose|intentional|intentionally|deliberately|slimming world|weight watchers)',
    ],
    'Weight lost on purpose is not unexplained weight loss.',
    { says: 'absent', negated: 'unknown', overrides: ['weight_loss_unexplained'] },
  ),
  e(
    ['weight_loss_unexplained'],
    ['weight ~1 (stable|steady|unchanged)', 'stable weight'],
    '"Weight stable" plainly denies weight loss.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['alcohol_regular'],
    [
      '# units (of)? (alcohol|etoh|ethanol)',
      '(drinks|drinking|drank|alcohol|etoh|ethanol) ~4 # units',
      '(alcohol|etoh|ethanol) : ~1 # units',
    ],
    'Units of alcohol a week or a day: any regular amount is regular drinking, none is none (units of a vitamin are not drinks).',
    { number: { present: { gt: 0 }, absent: { lte: 0 } } },
  ),
  e(
    ['alcohol_regular'],
    [
      'etoh ~2 (excess|excessive|abuse|dependence|daily|heavy|regular)',
      '(excess|heavy|regular) etoh',
      'alcohol excess',
    ],
    'Heavy or regular drinking as a note writes it ("EtOH excess").',
  ),
];
