/**
 * The wording of clinical notes, case reports and letters ("O/E power reduced L5", "gait normal",
 * "continent", "systemically unwell", "fall from standing height"), kept apart from the lay words of the
 * other files: the same findings, as a clinician writes them.
 */

import { e } from '../entry.ts';
import { WALKING_LEG_PAIN } from '../leg-pain.ts';
import { CELSIUS_FEVER } from '../temperature.ts';
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
    ['weakness_one_leg'],
    ['(left|right|l|r|lt|rt) {legmuscle} # / 5', '{legmuscle} (left|right|l|r|lt|rt) # / 5'],
    // A note's "L EHL 3/5", "R ankle DF 4/5" after a full grade elsewhere ("power 5/5 all myotomes R, L
    // EHL 3/5"): one muscle of one leg graded below full is a weak leg (the full grade read alone denied it).
    'One muscle of one leg graded below 5: a weak leg.',
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
    // Denied, it is the sensation that is missing, not the numbness: "perianal sensation -", "saddle
    // sensation neg" may be either, so they are asked, never read as no numbness.
    { says: 'vague', affirmed: 'none', negated: 'unknown' },
  ),
  e(
    ['saddle_numbness'],
    ['(no|nil|absent|loss of) ({saddle}|perianal|perineal|perineum) (sensation|sensory|sensibility) $'],
    '"No perianal sensation" is saddle numbness.',
    { overrides: ['numbness_one_leg', 'numbness_both_legs'] },
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
    ['pregnant_over_20_weeks'],
    ["#c weeks ' (gestation|pregnant)"],
    // Fewer than 20 weeks is still a pregnancy (its own entry below says so), only not over 20 weeks.
    'A note\'s "36 weeks\' gestation": how far along.',
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
      number: CELSIUS_FEVER,
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
    // In a pregnancy a PV bleed is the pregnancy's own warning sign, not bleeding between periods.
    'Bleeding or discharge per vaginam, as a note writes it.',
    { unless: ['pregnant'] },
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
  // Found by the blind clinical-notes probing (src/parse/testing/stories-blind-notes.json).
  e(
    ['weakness_progressing'],
    [
      '(progressive|progressing|worsening|deteriorating|increasing|evolving) ~3 (foot drop|footdrop|weakness|paresis|paraparesis)',
      '(foot drop|footdrop|paresis|paraparesis) ~3 (progressing|progressed|worsening|deteriorating|getting worse)',
    ],
    'A note\'s "progressive L foot drop", "worsening paraparesis": leg weakness getting worse.',
    { requires: ['weakness_one_leg', 'weakness_both_legs'] },
  ),
  e(
    [],
    ['# {unit} history of'],
    // "A 6-week history of right-sided sciatica" is the complaint of now, not a diagnosis said before.
    'A case report\'s "a 6-week history of" names the complaint of now and how long it has lasted.',
    { overrides: ['previous_similar_diagnosis_sciatica'] },
  ),
  e(
    ['pregnant'],
    [
      '# + # weeks|wks',
      '# + # / 40',
      '# / 40 && g # p #',
      '(at|@) # (weeks|wks) && g # p #',
      "weeks ' (gestation|pregnant)",
    ],
    // How far along is read by the entries of background.ts that require a pregnancy ("at 30 weeks", "34/40").
    'An obstetric note\'s "G2P1 at 26+3 weeks", "34/40, G3P2": pregnant, at any stage.',
    { sex: 'female' },
  ),
  e(
    ['pregnant_over_20_weeks'],
    ['# + # (weeks|wks|/ 40)'],
    'A gestation in weeks and days ("26+3 weeks"): from 20 weeks is over 20 weeks; fewer is not.',
    { number: { present: { gte: 20, lte: 45 }, absent: { lt: 20 } }, sex: 'female' },
  ),
  e(
    ['jaw_stiffness'],
    [
      '(stiffness|stiff|tightness|locking|spasm) of ~1 (the|his|her|my)? jaw',
      '(difficulty|trouble|unable|struggling|inability) ~2 opening ~2 (the|his|her|my)? mouth',
    ],
    'A note\'s "stiffness of the jaw", "difficulty opening his mouth", "trismus".',
  ),
  e(
    ['hand_foot_spasm'],
    [
      // Not the feet: a night cramp of the foot is a leg cramp.
      '(cramping|cramps|cramp|spasm|spasms|spasming) of ~1 (the|his|her|both)? (hands|hand|fingers)',
    ],
    'A note\'s "cramping of the hands", "spasm of the fingers": hand spasm.',
    { overrides: ['muscle_knot_tight'] },
  ),
  e(
    ['muscle_pain_tender_swollen'],
    ['(thigh|thighs|quads|quadriceps|shoulders) ~3 (and)? swelling'],
    'Pain and swelling of the thighs or shoulders ("bilateral thigh pain and swelling").',
    { overrides: ['leg_pain_above_knee', 'leg_pain_both_legs', 'lump_or_shape_change'] },
  ),
  e(
    ['peeing_less'],
    [
      '(passing|passed|producing) ~1 (small|little|less|very little|tiny|reduced|low) (amounts|volumes|amount|volume)? (of)? ~3 urine',
      '(reduced|low|poor|decreased) urine|urinary output',
    ],
    'A note\'s "passing small amounts of urine", "oliguria": much less urine than usual.',
  ),
  e(
    ['morning_stiffness_long'],
    // The time near the stiffness ("the stiffness is worst on waking, lasts about 90 minutes"), not of
    // another complaint: "stiff first thing for 10 minutes, aching for 2 hours after gardening".
    ['(on waking|waking up|on rising|first thing) && stiff*|stiffness ~6 #c minutes|mins|min'],
    'Stiffness on waking of more than 30 minutes counts; a few minutes does not.',
    { number: { present: { gt: 30 }, absent: { lte: 30 } } },
  ),
  e(
    ['morning_stiffness_long'],
    ['(on waking|waking up|on rising|first thing) && stiff*|stiffness ~6 #c hour|hours'],
    'Stiffness on waking lasting an hour or more is longer than 30 minutes.',
    { number: { present: { gte: 0.5, lte: 12 }, absent: { lt: 0.5 } } },
  ),
  e(
    [],
    ['# (hr|hrs|hour) pattern', '24 (hr|hrs|hour|hours)'],
    // A physiotherapy note's heading "24hr pattern: stiff for 10 min in the morning" is no time of stiffness.
    'A "24hr pattern" heading says how the day goes, not how long the stiffness lasts.',
    { overrides: ['morning_stiffness_long'] },
  ),
  e(
    ['pain_worse_cough_sneeze'],
    [
      '(aggravated|exacerbated|worsened|provoked|reproduced|made worse|worse) (by|with|on) ~2 (cough|coughing|sneeze|sneezing|straining|valsalva)',
    ],
    'A note\'s "aggravated by coughing and sneezing".',
  ),
  e(
    ['generalised_weakness'],
    // Not "proximal weakness", which may be of the legs alone.
    ['(generalised|generalized|global|diffuse) (muscle|muscular)? weakness'],
    'A note\'s "generalised muscle weakness": weakness all over the body.',
    { overrides: ['weakness_one_leg', 'weakness_both_legs'] },
  ),
  e(
    ['alcohol_regular'],
    ['teetotal', 'tee total', 'teetotaller', 'non drinker', 'nondrinker', 'abstinent from alcohol'],
    'Teetotal: does not drink alcohol.',
    { says: 'absent' },
  ),
  e(
    ['alcohol_regular'],
    [
      '(bottle|bottles) of (wine|spirits|vodka|whisky|whiskey|gin|rum|cider) ~2 (daily|a day|per day|each day|every day|a night|each night|every night|most nights|most days)',
    ],
    'A bottle of wine or spirits a day is regular drinking.',
  ),
  e(
    ['previous_kidney_stones'],
    ['(hx|history|pmh|pmhx) ~2 (renal|ureteric|urinary|kidney)? (calculi|calculus|stones|stone)'],
    'A note\'s "Hx renal calculi x2": kidney stones before.',
    { overrides: ['pain_colicky_waves'] },
  ),
  e(
    ['recent_infection_or_spinal_procedure'],
    [
      '(facet|facet joint|medial branch|nerve root|transforaminal|caudal|sacroiliac|si joint) (injection|injections|block|blocks)',
      'radiofrequency ~1 (ablation|denervation|rhizotomy)',
      'rhizotomy',
      'vertebroplasty',
      'kyphoplasty',
    ],
    'A pain clinic\'s spinal procedure ("L4/5 facet joint injections", "nerve root block") in the last 3 months.',
    { withinDays: 90 },
  ),
  e(
    [],
    [
      '(increasing|escalating|increased) ~1 (pain relief|pain medication|pain medications|pain meds|pain killers|painkillers|analgesia|analgesics|analgesic)',
    ],
    // "Increasing pain relief has helped": more medicine, not more pain.
    'More pain relief is no worse pain.',
    { overrides: ['getting_worse'] },
  ),
  e(
    ['getting_worse'],
    [
      '(increasing|escalating|mounting|intensifying) ~2 (pain|back pain|lumbar pain|thoracic pain|lbp|symptoms)',
    ],
    'A note\'s "increasing lumbar pain", "escalating pain": getting worse.',
  ),
  e(
    ['iv_drug_use'],
    [
      // Not "last used" (a painkiller) nor an injection into an arm or thigh (a vaccine, insulin).
      'last injected',
      'last injection of (heroin|drugs|crack)',
      'actively injecting',
      '(currently|still) injecting (drugs|heroin|crack|cocaine|meth|methamphetamine|speed)',
      '(injects|injecting) into ~2 (groin|groins|veins|neck|feet|femoral)',
    ],
    'A note\'s "last injected 3 weeks ago", "injects into groin": injecting drugs now.',
    { overrides: ['pain_radiates_groin'], withinDays: 90 },
  ),
  e(
    ['leg_pain_both_legs'],
    [
      '(radiating|radiates|radiation|shooting|spreading|going) ~2 (down|into|to) (both|bilateral) (legs|lower limbs|thighs)',
    ],
    'Back pain "radiating down both legs": pain in both legs.',
  ),
  e(
    ['pain_flank'],
    [
      '(radiating|radiates|radiation|spreading|going|moving) (to|into|towards|round to|around to) (the|his|her|my)? (left|right|l|r)? (flank|loin)',
    ],
    'Pain "radiating to his left flank": pain in the flank.',
  ),
  e(
    ['night_pain'],
    [
      // Said of the pain ("the pain … frequently woke her at night"), not of a baby or a snoring husband.
      '(and|which|that|it|pain|also|frequently|often|regularly|sometimes|occasionally|usually|always|then|still|,) (woke|wakes|waking|woken|awoke|awakens|awakened) (her|him|them|the patient|pt) (up)? ~2 (at night|from sleep|in the night|overnight)',
    ],
    'A note\'s "frequently woke her at night": night pain.',
  ),
  e(
    [],
    [
      'both (buttocks|buttock|cheeks|glutes) $',
      'both (buttocks|buttock|cheeks|glutes) (that|which|alternating|alternates)',
    ],
    // "Pain in both buttocks" is buttock pain, not pain in both legs.
    'Both buttocks are not both legs.',
    { overrides: ['leg_pain_both_legs'] },
  ),
  e(
    [],
    ['(numbness|numb|tingling|paraesthesia) ~2 (down below|when wiping|on wiping)'],
    // "Bilateral sciatica and new numbness down below": the numbness is of the saddle, not of the legs.
    'Numbness "down below" or on wiping is of the saddle, not of the legs.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    [],
    [
      '(for|previous|prev|past|old|prior|recurrent|provoked|unprovoked|previously|history of) ~1 (dvt|dvts|deep vein thrombosis|pe|clot|clots)',
    ],
    // "Warfarin for DVT", "previous DVT": why a blood thinner is taken, not a swollen calf now.
    "A clot named as a medicine's reason or a past event is no swollen calf now.",
    { overrides: ['calf_swollen_red_one_side'] },
  ),
  e(
    ['recent_immobility_or_hospital'],
    [
      '(post op|postop|postoperative|post operative|post operatively) (day)?',
      'post ~1 (tkr|thr|tka|tha|knee replacement|hip replacement|arthroplasty)',
      'tkr|thr|tka|tha',
      'admitted (with|for)',
      '(since|after|following|post|on) (her|his|their)? discharge',
    ],
    'A note\'s "post-op day 2", "10 days post TKR", "admitted with", "since discharge": an operation or a hospital stay.',
    { withinDays: 30, overrides: ['abnormal_vaginal_discharge_or_bleeding'] },
  ),
  e(
    ['no_pain_seated'],
    ['(comfortable|asymptomatic|pain free|painfree) ~1 (when|while|on) ~1 (sitting|seated)'],
    'A note\'s "comfortable when sitting": no pain seated.',
  ),
  e(
    ['walking_pain_stops_standing_still'],
    ['(resolves|resolved|resolving|subsides|relieved|settles|eases|disappears) ~5 standing still'],
    'Claudication that "resolves within a few minutes of standing still".',
  ),
  e(
    ['same_walking_distance'],
    ['claudication distance', 'after walking ~2 #c (blocks|block|yards|metres|meters|m|miles|mile)'],
    'A note\'s claudication distance ("after walking two blocks"): the same distance each time.',
  ),
  e(
    ['pain_worse_movement'],
    [
      'mechanical (back pain|low back pain|lower back pain|lbp|lumbar pain|neck pain|in nature|sounding)',
      'mechanical $',
      '(aggs|aggravating factors|aggravated by|exacerbated by) :? ~4 (sitting|bending|standing|walking|movement|movements|flexion|extension|lifting|twisting|lying)',
    ],
    'A note\'s "mechanical LBP", "Aggs: sitting, bending": pain that changes with movement or position.',
  ),
  e(
    ['burning_urination', 'urinary_retention'],
    ['urinary (symptoms|complaints|problems)', 'lower urinary tract symptoms', 'luts'],
    '"No urinary symptoms" plainly denies burning and trouble peeing; the words alone say too little.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['struggling_to_cope'],
    ['end of (my|her|his|their) rope'],
    'US "at the end of my rope", as a note quotes it: struggling to cope.',
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    ['(power|strength) (is|was|remains) 5 / 5 ~1 (throughout|globally|bilaterally)'],
    'A letter\'s "power is 5/5 throughout" plainly denies leg weakness.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['cannot_keep_fluids_down'],
    [
      '(tolerating|tolerates|keeping down|managing) ~1 (sips|fluids|oral fluids|oral intake|diet and fluids|food and fluids)',
    ],
    'A triage note\'s "tolerating sips": fluids are kept down.',
    { says: 'absent', negated: 'present' },
  ),
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee'],
    [
      '(no|nil|without) radiation $',
      '(non radiating|not radiating) $',
      // Of the back's pain: "non-radiating chest pain" says nothing of the legs.
      '(non radiating|not radiating) ~1 (back pain|backache|back ache|lumbar pain|low back pain|lower back pain|lbp|buttock pain|spinal pain)',
    ],
    // Only in a story of back or buttock pain: "treated with surgery, no radiation" alone is no radiotherapy.
    'A note\'s back pain with "no radiation": no pain spreading into the leg.',
    { says: 'absent', requires: ['pain_lower_back', 'pain_upper_back', 'pain_buttock'] },
  ),
  e(
    [],
    [
      '(chest|abdominal|abdomen|tummy|stomach|epigastric|flank|loin|neck|shoulder|head) (pain|ache|discomfort)? ,? (no|nil|without) radiation',
    ],
    // "Chest pain, no radiation": of the chest's pain, not the back's.
    "Another pain's lack of spread says nothing of the legs.",
    { overrides: ['leg_pain_above_knee', 'leg_pain_below_knee'] },
  ),
  e(
    [],
    [
      '(surgery|surgically|operation|operated|resection|resected|excision|excised|mastectomy|lumpectomy|prostatectomy|chemo|chemotherapy|hormones|hormone therapy|tamoxifen|immunotherapy) ,? (and|or|but)? (no|nil|without)? (further|adjuvant)? radiation',
    ],
    // A cancer's treatment named just before: "treated with surgery, no radiation" is no radiotherapy, not
    // back pain that stays put.
    'Radiation named among cancer treatments is radiotherapy, not pain spreading.',
    { overrides: ['leg_pain_above_knee', 'leg_pain_below_knee'] },
  ),
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee'],
    ['radiation (to|into|down) ~2 (legs|leg|lower limbs|lower limb)'],
    '"No radiation to the legs" plainly denies leg pain; the words alone say too little of where.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    [],
    ['lumbar (spinal|canal)? stenosis'],
    // "Referred with lumbar spinal stenosis": a diagnosis named, not a pain said.
    'Lumbar stenosis named as a diagnosis says nothing of a back pain.',
    { overrides: ['pain_lower_back'] },
  ),
  e(
    ['pregnancy_bleeding_or_contractions'],
    ['pv (bleed|bleeds|bleeding|loss)', 'per vaginam (bleeding|loss)'],
    'In a pregnancy, a PV bleed is bleeding in pregnancy.',
    { requires: ['pregnant'], sex: 'female' },
  ),
  e(
    ['history_cancer'],
    [
      'seminoma',
      'teratoma',
      'germ cell tumour',
      'mesothelioma',
      'adenocarcinoma',
      'neoplasm',
      'neoplastic',
      'oncological',
      '(chemo|chemotherapy|radiotherapy|radiation therapy) for ~3 (cancer|ca|tumour|lymphoma|leukaemia|myeloma)',
    ],
    'Cancers by the names notes give them ("treated for a seminoma", "adenocarcinoma of the colon").',
  ),
  e(
    ['recent_infection_or_spinal_procedure'],
    ['pyelonephritis', 'pyelo', 'urosepsis', 'discitis', 'osteomyelitis', 'bacteraemic'],
    'A kidney, blood or bone infection named by a note, in the last 3 months.',
    { withinDays: 90 },
  ),
  e(
    ['fever'],
    [
      // The person, with at most a verb of being between: "he finds it hot to the touch" is of a part.
      "(he's|she's|they're|he is|she is|they are|he was|she was|they were) (very|really|so|quite)? (hot|burning up) to (the)? touch",
      '(drowsy|confused|unwell|shivering|shivery|clammy|sweaty|flushed|lethargic) ,? (and)? (hot|burning up) to (the)? touch',
      '(he|she|they) (is|was|feels|felt|seems|seemed|looks|looked) (very|really|so|quite)? (hot|burning up) to (the)? touch',
    ],
    // Said of the person, not of a calf or a patch of back that is warm to touch.
    'A carer\'s or triage note\'s "he is hot to touch": a fever.',
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs', 'numbness_one_leg', 'numbness_both_legs'],
    ['no (focal|neurological|neuro) (neurology|symptoms|signs)'],
    '"No focal neurology", "no neurological symptoms" plainly deny weak or numb legs.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['recurrent_episodes'],
    ['(previous|prior|similar) (episode|episodes) ~6 (settled|resolved|recovered|got better|went)'],
    'A note\'s "previous episode 2 yrs ago settled with physio": similar episodes before that settled.',
  ),
  e(
    ['immunosuppressed'],
    ['chemo|chemotherapy', 'on chemo|chemotherapy'],
    // "Adjuvant chemotherapy in 2014" was cancer treatment, no weakened immune system now.
    'Chemotherapy in the last year weakens the immune system.',
    { withinDays: 365 },
  ),
  e(
    [],
    [
      '(physio|physiotherapy|ot|clinic|ward|hospital|inpatient|outpatient|service) discharge',
      'discharge (summary|letter|note|plan|planning|medication|medications|meds|date)',
    ],
    // "Physio discharge: mobilising well": a discharge from care, not from the vagina.
    'A discharge from a service or its paperwork is no vaginal discharge.',
    { overrides: ['abnormal_vaginal_discharge_or_bleeding'] },
  ),
  e(
    ['saddle_numbness', 'urinary_retention', 'incontinence'],
    [
      'cauda equina (syndrome)? (screen|screening|symptoms|signs|red flags|questions)',
      'ces (screen|screening|symptoms|signs|red flags)',
    ],
    // "Cauda equina screen negative", "no CES symptoms" deny its signs; the words alone ask them.
    'The cauda equina screen said to be negative plainly denies its signs.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee', 'numbness_one_leg', 'numbness_both_legs'],
    ['(lower limb|lower limbs|leg|legs) (symptoms|sx|complaints)'],
    '"No lower limb symptoms", "without leg symptoms" plainly deny leg pain and numbness.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    ['(bladder|bowel|bowels|urinary) ~3 (habits|habit|function) ~1 (unchanged|normal|intact|nad)'],
    // "Unchanged" here is of the bladder and bowels, not of the pain's course.
    'A note\'s "bladder and bowel habits unchanged": no trouble passing urine and no loss of control.',
    { says: 'absent', negated: 'unknown', overrides: ['getting_worse', 'improving'] },
  ),
  // Found by the third blind clinical-notes set (src/parse/testing/stories-blind-notes-3.json).
  e(
    ['blood_in_urine'],
    [
      '(dipstick|dip|urinalysis|ua) :? ~3 blood (+|positive|pos|large|moderate|small|trace|#)',
      'blood (+|#) ~2 on (urine)? (dipstick|dip|urinalysis)',
    ],
    // "Blood -ve" on the stick is denied by its own cue; "nitrites +ve" names no blood.
    'Blood found on a urine dipstick ("Urine dip: blood +ve", "dipstick blood +++").',
  ),
  e(
    ['pulsing_in_belly'],
    [
      '(pulsatile|expansile) ,? (and)? (expansile|pulsatile)? (abdominal|epigastric|periumbilical)? (mass|swelling|lump)',
    ],
    'A "pulsatile, expansile mass" felt in the abdomen: a pulsing lump in the tummy.',
  ),
  e(
    ['pain_constant_unrelenting'],
    [
      '(unrelieved|unaffected|not relieved|not eased|not settled) by ~3 (rest|resting|lying|lying down|lying flat|lying still|position|positional change|change of position|changing position)',
    ],
    'Pain a note says rest or a change of position does not relieve: constant and unrelenting.',
  ),
  e(
    ['pain_eases_stretch_rest'],
    [
      '(unrelieved|unaffected|not relieved|not eased|not settled) by ~3 (rest|resting|lying|lying down|lying flat|lying still)',
    ],
    // The same words as the constant pain's entry above, whose "not" would otherwise leave "relieved by
    // rest" undenied: rest that does not relieve the pain does not ease it.
    'Pain rest does not relieve plainly denies easing with rest.',
    { says: 'absent', negated: 'unknown', overrides: ['pain_eases_stretch_rest'] },
  ),
  e(
    ['weight_loss_unexplained'],
    [
      '(weight|wt) (reduced|decreased|down|dropped|fallen) ~2 # (kg|kgs|kilos|kilograms|lb|lbs|pounds|st|stone)',
    ],
    'A note\'s "wt ↓ 8 kg": weight lost.',
  ),
  e(
    ['immunosuppressed'],
    [
      '(hiv|immune|immunological) (status|serology|test|result) ~2 (unknown|not known|awaited|pending|unclear|not tested|untested|to follow)',
    ],
    // "HIV status unknown" is a question for the history, not an infection said.
    'An HIV status not known leaves a weakened immune system open.',
    { says: 'unknown', negated: 'unknown', overrides: ['immunosuppressed'] },
  ),
  e(
    [],
    [
      '(power|strength|reflexes|sensation|pulses|tone|tendon reflexes|jerks) (in|of) (both|bilateral) (legs|lower limbs|limbs)',
    ],
    // "Spasm L, full power in both legs": an examination of both legs, not pain in them.
    'An examination finding of both legs is no pain in both legs.',
    { overrides: ['leg_pain_both_legs'] },
  ),
  e(
    [],
    [
      '(settled|settles|resolved|resolves|improved|improves|helped|helps|better|eased|eases|managed|treated) ~3 (with|by|doing) ~2 (exercises|exercise|physio|physiotherapy|home exercises|stretches)',
    ],
    // "Each previous episode settled with exercises": a treatment, not how the pain began.
    'Exercises named as what helped are a treatment, not exercise that started the pain.',
    { overrides: ['onset_during_exercise'] },
  ),
  e(
    [],
    [
      '(worse|worsened|aggravated|exacerbated|provoked|painful|hurts|sore|pain) (on|with|when|by|during)? (twisting|rotation|rotating|bending|flexion|lifting|stooping)',
    ],
    // "Worse twisting": a movement that aggravates the pain, not what started it.
    'A movement named as aggravating the pain is not how it started.',
    { overrides: ['onset_lifting_twisting'] },
  ),
  e(
    ['struggling_to_cope'],
    ['(hard|difficult|difficulty|hard work) ~2 (to|with)? (cope|coping)', 'finding it hard to manage'],
    'A note\'s "finds it hard to cope": struggling to cope.',
  ),
  e(
    ['period_related_pain'],
    ['{pain} ~6 (menses|menstruation|menstrual periods)', 'with (her|my)? menses', 'during (her|my)? menses'],
    'Pain with the menses, as a note writes it.',
    { sex: 'female' },
  ),
  e(
    ['stops_daily_activities'],
    ['{unable} ~2 (weight bear|weightbear|bear weight)', 'non weight bearing', 'not weight bearing'],
    'Unable to bear weight: the pain stops the person doing their usual activities.',
  ),
  e(
    ['recent_infection_or_spinal_procedure'],
    [
      '(post|s / p|status post|following|after|since) ~2 (l|t|s) # ~2 (decompression|laminectomy|laminotomy|discectomy|microdiscectomy|fusion|spinal fusion|foraminotomy)',
      '(day|days|day #|# / 7|# / 52) ~1 post ~3 (decompression|laminectomy|laminotomy|discectomy|microdiscectomy|fusion|foraminotomy)',
    ],
    'A note\'s "day 2 post L3/4 decompression": a spinal operation, recent when dated so.',
    { withinDays: 90 },
  ),
  e(
    ['recent_immobility_or_hospital'],
    [
      '(day #|# / 7|# / 52|day) ~1 post ~3 (decompression|laminectomy|laminotomy|discectomy|microdiscectomy|fusion|foraminotomy|op|operation|surgery)',
    ],
    'A note\'s "day 2 post decompression", "3/52 post microdiscectomy": an operation in the last weeks.',
    { withinDays: 30 },
  ),
  e(
    ['pregnant'],
    ['(bhcg|b hcg|beta hcg|βhcg|serum hcg|hcg|pregnancy test|upt)'],
    '"βhCG negative" plainly denies a pregnancy; the words alone say too little.',
    { says: 'vague', affirmed: 'none', sex: 'female' },
  ),
  e(
    ['pain_worse_movement'],
    ['(not|un) (affected|changed|altered|aggravated) by ~2 (movement|moving|position|posture|breathing)'],
    '"Not affected by movement" plainly denies pain that changes with movement.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['saddle_numbness'],
    [
      '(reduced|decreased|diminished|altered|impaired|absent|loss of|lost) (sensation|light touch|pinprick) ~2 s #',
      '(sensation|light touch|pinprick) ~1 (reduced|decreased|diminished|altered|impaired|absent|lost) ~2 s #',
    ],
    // The sacral dermatomes S2 to S5 are the saddle, not a leg ("↓ sensation S3-5 perianal").
    'Reduced feeling in the sacral dermatomes S2 to S5: numbness of the saddle.',
    { number: { present: { gte: 2, lte: 5 } }, overrides: ['numbness_one_leg', 'numbness_both_legs'] },
  ),
  e(
    ['night_pain'],
    ['(constant|present|persists|persistent|there) ~4 (at|during the|through the) night'],
    'A note\'s pain "present at rest and at night": pain at night.',
  ),
  e(
    ['previous_kidney_stones'],
    ['(kidney|renal|ureteric) (stone|stones|calculus|calculi) #'],
    // "PMH: L kidney stone 2010": a stone with its year is one before.
    "A kidney stone dated by its year, as a note's history lists it: kidney stones before.",
    { number: { present: { gte: 1930, lte: 2100 } }, overrides: ['pain_colicky_waves'] },
  ),
  e(
    ['history_cancer'],
    ['(hx|history|h / o|pmh) (of)? ca'],
    // "No hx Ca", "hx Ca nil": "Ca" after a history word is cancer ("Ca 2.9" alone is calcium).
    'A note\'s "hx Ca": a history of cancer.',
  ),
  e(
    ['morning_stiffness_long'],
    ['(am|morning|early morning) stiffness (<|less than|under|only|lasting|lasts) ~1 # (min|mins|minutes)'],
    // Stiffness that passes within half an hour is not the long stiffness of inflammation.
    'Morning stiffness of under 30 minutes plainly denies long morning stiffness.',
    { says: 'absent', negated: 'unknown', number: { absent: { lt: 30 }, present: { gte: 30, lte: 600 } } },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    ['bladder (symptoms|sx|problems|issues|complaints|dysfunction|disturbance)'],
    '"No bladder symptoms" plainly denies trouble passing urine and loss of control; the words alone say too little.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['same_walking_distance'],
    [
      '(manage|manages|managed|walk|walks|walked|able to walk|can walk) (about|around|approximately|approx|only|roughly|up to)? #c (yards|yard|metres|meters|m|blocks|block|miles|mile) (before|then)',
    ],
    'A note\'s "can manage about 100 yards before she has to sit": a walking distance, the same each time.',
  ),
  e(
    ['walking_pain_stops_standing_still'],
    [
      "(standing still|standing|stopping|stopping still) (does not|doesn't|did not|didn't|won't|will not|not) (ease|help|relieve|settle|stop) ~1 (it|the pain|them|the symptoms)?",
    ],
    // The phrase holds its own "not": a letter's "standing still does not ease it" (the claudication of
    // the spine, not of the arteries).
    'Walking pain that standing still does not ease plainly denies the finding.',
    { says: 'absent', negated: 'unknown' },
  ),
  // Found by the fourth blind clinical-notes set (src/parse/testing/stories-blind-notes-4.json).
  e(
    ['weakness_both_legs'],
    [
      '(power|strength) # / 5 ~4 (bilateral|bilaterally|both)',
      '(bilateral|bilaterally|both) ~4 (power|strength) # / 5',
      '# / 5 (power|strength) ~4 (bilateral|bilaterally|both)',
    ],
    // "Power 4/5 bilat ankle DF": graded below full on both sides is weakness of both legs (a cauda
    // equina sign); "power 5/5 bilat" denies weakness on either side.
    'Power graded out of 5 on both sides: below 5 is weakness of both legs.',
    { number: { present: { lt: 5 }, absent: { gte: 5, lte: 5 } }, overrides: ['weakness_one_leg'] },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    [
      '(power|strength) 5 / 5 ~4 (bilateral|bilaterally|both)',
      '(bilateral|bilaterally|both) ~4 (power|strength) 5 / 5',
    ],
    'Full power graded on both sides ("power 5/5 bilat") plainly denies leg weakness.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    [],
    [
      '(power|strength) 5 / 5 ~2 (bilateral|bilaterally|both|all|in|of)? (both|all|four)? (ul|uls|upper limb|upper limbs|upper extremities|arms|hands|grip|shoulders|elbows|wrists)',
    ],
    // "Power 5/5 both arms, legs 4/5", "power 5/5 bilat UL, LL 3/5 bilat": full power in the arms says
    // nothing of the legs (the bilateral 5/5 above read as weak legs denied).
    "Full power in the arms is not the legs' power.",
    { overrides: ['weakness_one_leg', 'weakness_both_legs'] },
  ),
  e(
    ['weakness_both_legs'],
    [
      '{legs} ~2 (feel|feels|feeling|felt|are|were|getting|gone|going|becoming)? (heavy|heavier|like lead)',
      '(heavy|heaviness|heavy feeling) ~2 (in|of)? ~1 {legs}',
    ],
    // Heavy legs are how weakness of both legs is often first told (a cord or cauda equina warning),
    // but also tired or swollen legs: asked, never said, and never denied by "legs not heavy".
    'Legs that feel heavy may be weak: asked.',
    { affirmed: 'unknown', negated: 'unknown' },
  ),
  e(
    ['saddle_numbness'],
    [
      '(sensation|sensory|light touch|lt|pinprick) ~2 (intact|normal|preserved) ~8 (including|incl|inc|and) (the)? (saddle|perianal|perineal|perineum|s3 - 5|s3 - s5|s2 - 4|s2 - s4)',
      // Only the legs may stand between "incl." and the saddle: "intact incl. legs, reduced saddle" is a
      // saddle numb, read as normal when any three words could stand between.
      '(sensation|sensory|light touch|lt|pinprick) ~2 (intact|normal|preserved) ~8 (including|incl|inc) .? (the)? (saddle|perianal|perineal|perineum)',
      '(sensation|sensory|light touch|lt|pinprick) ~2 (intact|normal|preserved) ~8 (including|incl|inc) .? (the)? (both)? (legs|lower limbs|lls|ll|feet|perineum|perianal|perineal) (and|&|,|+) (the)? (saddle|perianal|perineal|perineum)',
    ],
    // A normal examination "incl. saddle" speaks of the saddle too; "sensation intact except saddle" is
    // the numbness, which this never matches ("except" is not "including").
    'Sensation intact in all areas including the saddle plainly denies saddle numbness.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    [],
    [
      '(pulse|pulses) (are|is|were|was)? (weak|weaker|faint|fainter|diminished|thready)',
      '(weak|weaker|faint|diminished|thready) (foot|pedal|distal|dp|pt|femoral|popliteal)? (pulse|pulses)',
    ],
    // "L foot cool, pulses weak": weak pulses are a sign of the blood flow, not of a weak leg.
    'Weak pulses are no weak leg.',
    { overrides: ['weakness_one_leg', 'weakness_both_legs', 'generalised_weakness'] },
  ),
  e(
    [],
    ['(keep|keeps|keeping|kept|stay|stays|staying) {my}? (foot|feet|toes) (cool|cooler)'],
    // "I keep my feet cool at night with a fan": kept cool on purpose, not a foot short of blood.
    'Feet kept cool are no cold foot.',
    { overrides: ['foot_cold_pale_or_sores'] },
  ),
  e(
    ['foot_cold_pale_or_sores'],
    [
      '(foot|feet|toe|toes) ~2 (cool|cooler|cold to touch|cool to touch|cool to the touch)',
      '(cool|cooler) (foot|feet|toes)',
    ],
    'A note\'s "L foot cool": a cold foot.',
  ),
  e(
    ['pain_worse_cough_sneeze'],
    [
      '(cough|coughing) (/|&|and|,|or) (sneeze|sneezing) ~2 (+ ve|positive|pos|+|yes|aggravates|aggravating|provokes|exacerbates)',
      '(valsalva|cough impulse) ~1 (+ ve|positive|pos)',
    ],
    // Only the pair, or Valsalva: a bare "cough +ve" in a review of systems is a cough, not a pain it
    // brings on.
    'A note\'s "cough/sneeze +ve": the pain is worse on coughing and sneezing.',
  ),
  e(
    ['leg_pain_both_legs'],
    ['bilateral ~4 ({thigh}|{lowerleg}|calf|calves|hamstring|hamstrings) ~3 ({pain}|{ache})'],
    'A note\'s "bilat buttock and thigh pain": pain in both legs.',
  ),
  e(
    ['morning_stiffness_long'],
    [
      '(early morning stiffness|morning stiffness|am stiffness) ~2 # (h|hr|hrs|hour|hours)',
      // "EMS" only with its length straight after: "EMS arrived 2 hours after the fall" is the ambulance.
      'ems (~|approx|about|around|roughly|of|for|lasting|>|<|≥)? # (h|hr|hrs|hour|hours)',
    ],
    // "EMS" alone may be the ambulance service in a US note: only with its length is it the stiffness.
    'A note\'s "EMS ~1.5 h": morning stiffness in hours, long from half an hour up.',
    { number: { present: { gt: 0.5, lte: 24 }, absent: { lte: 0.5 } } },
  ),
  e(
    ['morning_stiffness_long'],
    ['ems (~|approx|about|around|roughly|of|for|lasting|>|<|≥)? # (min|mins|minutes)'],
    'A note\'s "EMS 45 min": morning stiffness in minutes, long over 30.',
    { number: { present: { gt: 30, lte: 600 }, absent: { lte: 30 } } },
  ),
  e(
    [],
    [
      '(ex|former|previous|past|prior|historic|historical) (ivdu|ivda|pwid|injects drugs|iv drug use|iv drug user|injecting drug use|injecting drug user)',
    ],
    // Injecting drugs is the finding of now; an ex-user, however long clean, is neither said nor denied
    // (relapse is common, and "clean 10 yrs" is the patient's word): the question is asked.
    'A note\'s "ex-IVDU": drugs injected before, not said to be injected now.',
    { overrides: ['iv_drug_use'] },
  ),
  e(
    ['recent_immobility_or_hospital'],
    [
      '(d|day|pod) #? post (op|operative|operatively)? ~3 (*ectomy|*otomy|*plasty|*pexy|repair|fixation|replacement|surgery|operation)',
      'admitted (on)? # / # ~1 (with|for|after|following)',
      '#c -? (day|days|night|nights|week) (admission|stay|inpatient stay|hospital stay)',
      '(admission|hospital stay|inpatient stay) (with|for) ~2 (cap|pneumonia|sepsis|uti|pyelonephritis|a fall|fall|fracture|covid)',
    ],
    'A note\'s "D2 post thyroidectomy", "admitted 26/11 with", "a 6-day admission": an operation or a hospital stay.',
    { withinDays: 30, overrides: ['abnormal_vaginal_discharge_or_bleeding'] },
  ),
  e(
    ['recurrent_episodes'],
    [
      '#c (episodes|attacks|bouts) ~2 (in|over|within) (the)? (last|past)? #? ~1 (/ 12|/ 52|months|month|weeks|years|year)',
    ],
    'A note\'s "3 episodes in 2/12": the same pain has come and gone before.',
  ),
  e(
    ['pain_through_to_back'],
    ['through to|into {my}? {side} {upperback}|{lowback}'],
    'A note\'s "RUQ pain going through to the R shoulder blade": through to the back, on one side.',
  ),
  e(
    [],
    ['pelvic girdle', 'pgp', 'symphysis pubis', 'symphysis pubis dysfunction', 'spd'],
    // The joints of the pelvis (the pregnancy back pain of the sacroiliac joints and the symphysis),
    // not the tummy.
    'Pelvic girdle pain is joint pain at the back and front of the pelvis, not pain in the tummy.',
    { overrides: ['pain_abdomen'] },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    ['(power|strength) 5 / 5 (in)? (all|both) ~1 (myotomes|limbs|lower limbs|legs|muscle groups)'],
    'A note\'s "power 5/5 all myotomes": full power, no weak leg.',
    { says: 'absent', negated: 'unknown' },
  ),
  e(
    ['standing_alone_brings_pain'],
    [
      '(comes on|brought on|provoked|triggered) (by|with|when|on|while)? (standing|prolonged standing) (at|in|to|for|still|around)',
    ],
    // Not "comes on standing up", a getting up (a movement), not a standing still.
    'A note\'s "also comes on standing at the sink": standing still, without walking, brings it on.',
    {
      requires: WALKING_LEG_PAIN,
    },
  ),
  e(
    [],
    ['sepsis (screen|screening|pathway|tool|bundle|risk|score|protocol|alert)'],
    // A screen for sepsis is a check started, not an infection found.
    'A sepsis screen or pathway started is a check, not a known infection.',
    { overrides: ['recent_infection_or_spinal_procedure'] },
  ),
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs'],
    [
      '(leg|legs) (pain|pains) (,|or|and|/) ({numb}|{weak})',
      '(leg|legs) (pain|pains) (,|or|and|/) ({numb}|{weak}) (,|or|and|/) ({numb}|{weak})',
    ],
    // In "denies leg pain, numbness or weakness" the numbness and weakness take "leg" for their own (leg
    // numbness, leg weakness) and hid the leg pain, the list's first item. Said plainly it tells no
    // more than where the other entries read it; its denial is plain.
    "Leg pain listed before the legs' numbness or weakness: denied with them.",
    { affirmed: 'none', negated: 'absent' },
  ),
  e(
    ['leg_pain_above_knee'],
    ['(leg|legs|thigh|thighs) (down)? (to|up to|as far as) (the|my) (knee|knees) , # / (7|52|12)'],
    // "Down the back of the R thigh to the knee, 10/7": the clause is closed by the note's duration, as
    // by a full stop ("to the knee, then into the calf" goes further and is not this).
    "Pain to the knee and no further, before a note's duration: above the knee.",
    { overrides: ['leg_pain_below_knee'] },
  ),
];
