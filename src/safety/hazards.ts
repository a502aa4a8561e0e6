/**
 * The hazard log (DCB0129 3.3, 4.3–6.3): what can go wrong with BackEase's advice, how bad it would be
 * and how likely, before and after the controls (controls.ts), who answers for it and when it is next
 * reviewed. Severity and likelihood use the NHS England 5 × 5 matrix (matrix.ts); the risk rating is
 * computed from them, never written here. Validated on load (load.ts) and traced by tests
 * (traceability.test.ts); docs/clinical-safety.md is generated from it (`npm run safety-report`).
 *
 * Likelihoods are our engineering estimates for a person who uses the check as designed; no clinician
 * has reviewed them yet (HAZ-24 says so, and the report's summary too).
 */
import type { ControlId, PlannedControlId } from './controls.ts';
import type { Hazard } from './types.ts';

interface LoggedHazard extends Hazard {
  readonly controls: readonly ControlId[];
  readonly planned?: readonly PlannedControlId[];
}

/** Six months: a hazard entry is looked at again at least twice a year, and whenever its controls change. */
const REVIEW_BY = '2027-06-06';

/** Controls every missed-emergency hazard shares. */
const EMERGENCY_BASE = [
  'CTL-red-flags-first',
  'CTL-emergency-questions-first',
  'CTL-unanswered-floor',
  'CTL-case-files',
  'CTL-emergency-action',
  'CTL-safety-net',
] as const;

export const hazards: readonly LoggedHazard[] = [
  // ── Missed emergencies, by body system ──────────────────────────────────────────────────
  {
    id: 'HAZ-01',
    title: 'Missed emergency: spinal cord and nerves',
    group: 'missed_emergency',
    cause:
      'Cauda equina syndrome, spinal cord compression, a spinal fracture, cancer in the spine or a spinal infection is taken for a simple back spasm: a warning sign is not asked, not recognised by the person, or a rule does not fire for it.',
    effect:
      'The person treats themselves at home while the nerves to the bladder, bowel, genitals and legs are compressed; decompression is usually needed within 48 hours of onset, so the delay can mean permanent incontinence, sexual dysfunction or paralysis.',
    before: { severity: 'major', likelihood: 'high' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: [...EMERGENCY_BASE, 'CTL-rules-spine-nerves', 'CTL-unsure-is-not-no', 'CTL-suspected-causes'],
    residual:
      'Every sign in NHS and clinical.md §1.2 rows 1–4 is asked first and any "yes" is an emergency or same-day rule. What is left: a person who does not recognise their own symptom (saddle numbness is often not noticed), and stable long-standing both-leg symptoms that P16 sends to a GP, which needs an explicit "not getting worse".',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    warningSigns: [
      'saddle_numbness',
      'urinary_retention',
      'incontinence',
      'sexual_dysfunction_new',
      'numbness_both_legs',
      'weakness_both_legs',
      'weakness_one_leg',
      'numbness_one_leg',
      'unsteady_walking',
      'leg_pain_both_legs',
      'weakness_progressing',
      'onset_major_trauma',
      'night_pain',
      'pain_constant_unrelenting',
      'pain_worse_cough_sneeze',
      'weight_loss_unexplained',
      'lump_or_shape_change',
      'fever',
      'chills_rigors',
    ],
    sources: ['R13', 'R14', 'R16', 'R17', 'R9', 'R10', 'R23'],
  },
  {
    id: 'HAZ-02',
    title: 'Missed emergency: heart, lungs and blood vessels',
    group: 'missed_emergency',
    cause:
      'A heart attack, an aortic dissection or leaking aneurysm, a blood clot in the lungs or leg, or a limb losing its blood supply presents as back pain and is taken for a muscle problem.',
    effect: 'Death or permanent harm from delayed emergency treatment.',
    before: { severity: 'major', likelihood: 'high' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: [...EMERGENCY_BASE, 'CTL-rules-heart-vessels', 'CTL-suspected-causes'],
    residual:
      'Chest pain, pain spreading to the arm or jaw, breathlessness, a racing heart, tearing pain, fainting and clammy skin are asked on the first two screens. What is left: atypical presentations (silent heart attacks in diabetes or older age) that give no sign a person can report.',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    warningSigns: [
      'pain_chest',
      'pain_spreads_arm_jaw',
      'breathless',
      'palpitations',
      'pain_tearing_severe_sudden',
      'dizziness_fainting',
      'sweaty_clammy_pale',
      'pulsing_in_belly',
      'calf_swollen_red_one_side',
      'foot_cold_pale_or_sores',
      'foot_pain_at_rest',
    ],
    sources: ['R13', 'R20', 'R83', 'R86', 'R87', 'R101'],
  },
  {
    id: 'HAZ-03',
    title: 'Missed emergency: brain and whole-body infection',
    group: 'missed_emergency',
    cause:
      'Meningitis, sepsis or another cause of new confusion or a fit comes with back pain and is not recognised.',
    effect: 'Death or permanent brain or organ damage from delayed treatment.',
    before: { severity: 'major', likelihood: 'high' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: [...EMERGENCY_BASE, 'CTL-rules-brain-sepsis'],
    residual:
      'Confusion, a fit and a stiff neck with headache are emergencies whatever else is answered (P10), and fever with any sepsis sign is an emergency (P12). What is left: a person too confused to use the check, which no self-report tool can cover.',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    warningSigns: ['confusion_drowsy', 'neck_stiffness_headache', 'seizure', 'fever', 'chills_rigors'],
    sources: ['R89', 'R21b', 'R102'],
  },
  {
    id: 'HAZ-04',
    title: 'Missed emergency: kidneys, urinary tract, pancreas, gallbladder and liver',
    group: 'missed_emergency',
    cause:
      'A kidney infection, an infected or severe kidney stone, pancreatitis or a gallbladder emergency causes back or side pain; the article behind BackEase even advises drinking fluids for fever and vomiting, which invites self-treatment.',
    effect: 'Sepsis, kidney damage or death from delayed treatment.',
    before: { severity: 'major', likelihood: 'medium' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: [...EMERGENCY_BASE, 'CTL-rules-kidney-abdomen', 'CTL-suspected-causes'],
    residual:
      'Fever, urine changes, being sick, not keeping fluids down, colicky pain and yellow skin are all asked and never self-care. What is left: early infection before fever, which the "get help if" list covers.',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    warningSigns: [
      'fever',
      'chills_rigors',
      'nausea_vomiting',
      'cannot_keep_fluids_down',
      'burning_urination',
      'blood_in_urine',
      'peeing_less',
      'pain_colicky_waves',
      'yellow_skin_eyes',
    ],
    sources: ['R21', 'R21b', 'R22', 'R90', 'R91', 'R102'],
  },
  {
    id: 'HAZ-05',
    title: 'Missed emergency: paracetamol overdose',
    group: 'missed_emergency',
    cause:
      'A person in pain takes more paracetamol than the label maximum, often by combining products, and feels well for the first day, so nothing looks urgent.',
    effect: 'Liver failure or death; the antidote works best within about 8 hours.',
    before: { severity: 'major', likelihood: 'medium' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: [...EMERGENCY_BASE, 'CTL-rules-overdose', 'CTL-paracetamol-rules'],
    residual:
      'The overdose question is on the first screen, "I don\'t know" to it is urgent, and the plan never suggests more paracetamol. What is left: a person who does not know how much they took across products.',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    warningSigns: ['med_paracetamol_over_max'],
    sources: ['R99', 'R99b', 'R70'],
  },
  {
    id: 'HAZ-06',
    title: 'Missed emergency: muscles, minerals and tetanus',
    group: 'missed_emergency',
    cause:
      'Muscle breakdown (rhabdomyolysis), dangerously low potassium, magnesium or calcium, or tetanus shows as cramps and spasms, which the article treats as a home-remedy problem.',
    effect: 'Kidney failure, heart rhythm problems or death.',
    before: { severity: 'major', likelihood: 'medium' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: [...EMERGENCY_BASE, 'CTL-rules-muscles-minerals', 'CTL-suspected-causes'],
    residual:
      'Dark urine, sore swollen muscles, weakness all over, a locked jaw, tingling lips and hand spasm are asked as warning signs. What is left: early muscle breakdown with normal-looking urine, covered by the statin and muscle rules at same-day level.',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    warningSigns: [
      'dark_cola_urine',
      'muscle_pain_tender_swollen',
      'generalised_weakness',
      'jaw_stiffness',
      'hand_foot_spasm',
      'tingling_mouth_fingers',
      'diarrhoea_or_vomiting_recent',
    ],
    sources: ['R37', 'R38', 'R39', 'R88', 'R100', 'R100b'],
  },
  {
    id: 'HAZ-07',
    title: 'Missed emergency: shingles with complications',
    group: 'missed_emergency',
    cause:
      'Shingles pain comes before the rash and feels like a back strain; with a weak immune system or nerve weakness it needs emergency care, and antivirals work best within 3 days.',
    effect: 'Spreading infection in a weak immune system, lasting nerve pain, or nerve damage.',
    before: { severity: 'considerable', likelihood: 'medium' },
    after: { severity: 'considerable', likelihood: 'low' },
    controls: [...EMERGENCY_BASE, 'CTL-rules-shingles'],
    residual:
      'A band rash or band of burning pain is asked and goes to a pharmacist or doctor the same day, an emergency with weakness or a weak immune system and feeling very unwell. What is left: pain before any rash, which the person may not describe as a band.',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    warningSigns: ['rash_band_one_side', 'feels_very_unwell'],
    sources: ['R85', 'R85b'],
  },
  {
    id: 'HAZ-08',
    title: 'Missed emergency: pregnancy and pelvis',
    group: 'missed_emergency',
    cause:
      'Back pain in pregnancy is common and usually simple, so labour, bleeding, a kidney infection in pregnancy or a severe pelvic infection can be taken for it.',
    effect: 'Harm to the mother or the baby, or a pelvic infection that leaves lasting damage.',
    before: { severity: 'major', likelihood: 'medium' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: [...EMERGENCY_BASE, 'CTL-rules-pregnancy-pelvis'],
    residual:
      'Bleeding or contractions in pregnancy are an emergency (past 20 weeks the maternity unit), and "I don\'t know" to them is urgent; tummy pain, fever or burning pee in pregnancy are same-day. What is left: a person who does not say they are pregnant.',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    warningSigns: ['pregnancy_bleeding_or_contractions'],
    sources: ['R92', 'R93', 'R95', 'R98'],
  },

  // ── Triage ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'HAZ-09',
    title: 'Under-triage through "I don\'t know" or an unanswered question',
    group: 'triage',
    cause:
      'A warning sign the person was unsure about, or was never asked (they stopped early, or an API client sent partial answers), is read as "no", and the result says self-care.',
    effect: 'False reassurance: an emergency or same-day cause is looked after at home.',
    before: { severity: 'major', likelihood: 'high' },
    after: { severity: 'major', likelihood: 'low' },
    controls: ['CTL-unanswered-floor', 'CTL-unsure-is-not-no', 'CTL-red-flags-first', 'CTL-safety-net'],
    residual:
      'Unanswered warning signs floor the result at "see a GP" and are named, and "I don\'t know" to the signs of cauda equina syndrome, an overdose or pregnancy bleeding is urgent. Rating 3 is kept: raising every unanswered sign to urgent would send most partial checks to same-day care (HAZ-25), so the GP floor with the signs named is the balance; a clinician should confirm it.',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R13', 'R14'],
  },
  {
    id: 'HAZ-10',
    title: 'A wrong cause shown in an emergency',
    group: 'causes',
    cause:
      'The check stops at the first emergency sign, so few findings are known; ranked on priors alone, the commonest cause (a strained muscle) would head the list under a call-999 message.',
    effect:
      'The person doubts the emergency advice because the likely cause looks harmless, and delays calling.',
    before: { severity: 'major', likelihood: 'medium' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: [
      'CTL-suspected-causes',
      'CTL-causes-are-estimates',
      'CTL-emergency-action',
      'CTL-forbidden-claims',
    ],
    residual:
      'Every emergency rule that can point to a cause names it, and the causes it suspects head the list; the level never depends on the causes, and the action comes first. What is left: a rule whose cause is not in the contract (pelvic infection), which shows no suspected cause.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R7', 'R11'],
  },
  {
    id: 'HAZ-11',
    title: 'Words that overclaim: a cure, certainty, a diagnosis, or "no need to see a doctor"',
    group: 'information',
    cause:
      'Advice text promises a cure, sounds certain, names a diagnosis, says something is safe for everyone or that no doctor is needed, in English or in a translation; or is too hard to read for a person in pain.',
    effect:
      'False reassurance or misuse of a remedy; a person who cannot follow the words does the wrong thing.',
    before: { severity: 'considerable', likelihood: 'medium' },
    after: { severity: 'considerable', likelihood: 'very_low' },
    controls: ['CTL-forbidden-claims', 'CTL-plain-language', 'CTL-causes-are-estimates'],
    residual:
      'A list of forbidden phrases with reasons is checked on every entry in every language, and the English check and plan read at grade 8 or below with the exceptions listed. What is left: an overclaim phrased in a way the list does not know, which clinical review of the words must catch.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R13'],
  },

  // ── Advice that harms ────────────────────────────────────────────────────────────────────
  {
    id: 'HAZ-12',
    title: 'Heat or cold burns',
    group: 'advice',
    cause:
      'Heat or cold advice is given to someone who cannot feel a burn (numb skin, diabetes), whose skin is fragile (poor circulation, older age, a young child), over a wound or a pregnant tummy, or for too long.',
    effect:
      'Burns or cold injury, sometimes deep ones that need surgery (diabetic neuropathy cases with hot-water bottles).',
    before: { severity: 'considerable', likelihood: 'medium' },
    after: { severity: 'considerable', likelihood: 'low' },
    controls: ['CTL-heat-cold-rules', 'CTL-heat-cold-limits', 'CTL-safety-rules-win', 'CTL-unsure-is-not-no'],
    residual:
      'Heat and cold are withheld or cautioned for every §4.1 condition the person reports, and every timer stops at 15 minutes. What is left: a person with numb skin who does not know it, and packs used outside the timer.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R63', 'R64'],
  },
  {
    id: 'HAZ-13',
    title: 'A remedy timer left running while asleep',
    group: 'advice',
    cause:
      'The person starts a heat or cold timer in bed or after a sedating medicine and falls asleep; a timer that counted ticks would stop counting when the phone sleeps.',
    effect: 'Burns or cold injury from hours of contact.',
    before: { severity: 'considerable', likelihood: 'medium' },
    after: { severity: 'considerable', likelihood: 'very_low' },
    controls: ['CTL-timer-awake', 'CTL-heat-cold-limits', 'CTL-heat-cold-rules'],
    residual:
      'The timer starts only after a promise to stay awake, has no overnight mode, runs on wall time and alerts at the end, and the drowsy caution names sedating medicines and alcohol. What is left: the timer cannot lift the pack; a person who sleeps through the alert is still at risk.',
    owner: 'engineering_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R63', 'R64'],
  },
  {
    id: 'HAZ-14',
    title: 'Anti-inflammatory tablets unsafe for the person',
    group: 'advice',
    cause:
      'Ibuprofen or naproxen is suggested to someone with a stomach ulcer, a blood thinner, steroids, kidney or heart disease, high blood pressure, pregnancy, dehydration, age 60 or over, or the "triple whammy" of medicines.',
    effect: 'Stomach bleeding, kidney injury, heart attack or stroke, or harm to a baby.',
    before: { severity: 'major', likelihood: 'medium' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: ['CTL-nsaid-rules', 'CTL-safety-rules-win', 'CTL-unsure-is-not-no'],
    residual:
      'Every §4.3 condition and medicine is asked and withholds the tablets, with a safe alternative named; "I don\'t know" keeps them only with a check-first caution. What is left: a condition the person does not report.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R69', 'R69b'],
  },
  {
    id: 'HAZ-15',
    title: 'Paracetamol harm to the liver',
    group: 'advice',
    cause:
      'Paracetamol is suggested to a heavy drinker, someone with liver disease, or someone already over the daily limit through combination products.',
    effect: 'Liver damage.',
    before: { severity: 'major', likelihood: 'low' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: ['CTL-paracetamol-rules', 'CTL-safety-rules-win', 'CTL-rules-overdose'],
    residual:
      'Paracetamol always carries the 4 g limit and the count-every-product warning, and is withheld for drinking and liver disease.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R70', 'R99'],
  },
  {
    id: 'HAZ-16',
    title: 'Mineral supplements unsafe for the person',
    group: 'advice',
    cause:
      'Magnesium or potassium is suggested to someone with kidney disease, on an ACE inhibitor, ARB or potassium-sparing water tablet, or on digoxin with a water tablet.',
    effect: 'Dangerously high potassium or magnesium: heart rhythm problems, collapse.',
    before: { severity: 'major', likelihood: 'low' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: ['CTL-supplement-rules', 'CTL-safety-rules-win'],
    residual:
      'Supplements are offered only for a shortage shown on a blood test, and withheld for every §4.2 condition and medicine.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R66', 'R66b', 'R68', 'R68b', 'R68c', 'R37'],
  },
  {
    id: 'HAZ-17',
    title: 'Sedation: muscle relaxants with opioids, sedatives or alcohol',
    group: 'advice',
    cause:
      'Muscle relaxant advice reaches someone on opioids or sedatives, or who drinks, drives or is older.',
    effect: 'Slowed breathing, falls, road accidents, dependence.',
    before: { severity: 'major', likelihood: 'low' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: ['CTL-sedation-rules', 'CTL-safety-rules-win'],
    residual:
      'Muscle relaxants are only ever "ask your doctor" advice, withheld with sedatives and carrying the alcohol, driving and 2-week review warnings.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R1', 'R47', 'R71', 'R72'],
  },
  {
    id: 'HAZ-18',
    title: "Other advice that ignores the person's situation",
    group: 'advice',
    cause:
      "Ginger with a blood thinner, drinking advice against a doctor's fluid limit, lying flat late in pregnancy, or forceful stretching with thin bones.",
    effect: 'Minor bleeding, fluid overload, dizziness or fainting, a fracture.',
    before: { severity: 'significant', likelihood: 'medium' },
    after: { severity: 'significant', likelihood: 'low' },
    controls: ['CTL-other-precautions', 'CTL-safety-rules-win'],
    residual:
      'Each is a caution beside the item; three of the four are our own judgement, not in the research, and are marked as estimates for clinical review.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R55', 'R54'],
  },
  {
    id: 'HAZ-19',
    title: 'Known deviation: chest pain with a one-sided band rash stays an emergency (against §1.6 P8)',
    group: 'triage',
    cause:
      'Policy P8 lets chest pain with a one-sided band rash (likely shingles) follow the other rules; BackEase keeps it an emergency.',
    effect:
      'Over-triage: a person with shingles on the chest is told to call the emergency number, with the worry, cost and service load that brings.',
    before: { severity: 'significant', likelihood: 'low' },
    after: { severity: 'significant', likelihood: 'low' },
    controls: [
      'CTL-no-rash-exception',
      'CTL-red-flags-first',
      'CTL-rules-heart-vessels',
      'CTL-rules-shingles',
    ],
    residual:
      'Accepted: the rash is itself a warning sign, and the red-flag guarantee says adding one never lowers the level; shingles pain before the rash and heart pain cannot be told apart by self-report. The cost is an emergency visit for a few people with chest shingles.',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    deviation: {
      policy: 'P8',
      rationale:
        'A rule that lowered the level when a band rash is present would let a warning sign make the result less urgent, breaking the red-flag property that every triage test and the property test guard. A heart attack with coincidental shingles, or shingles pain that is really cardiac, would then be missed (HAZ-02), which is the worse error. Clinical review should confirm or overturn this.',
    },
    sources: ['R13', 'R83', 'R85'],
  },
  {
    id: 'HAZ-20',
    title: 'Wrong emergency number for the country',
    group: 'information',
    cause:
      'The person is told to call a number that does not work where they are: the country setting is wrong or unset, the browser language guesses another country, or the number list is wrong.',
    effect: 'Delay in reaching emergency services during an emergency.',
    before: { severity: 'major', likelihood: 'low' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: ['CTL-emergency-numbers', 'CTL-emergency-action', 'CTL-country-synced'],
    residual:
      "The call button uses the chosen country and falls back to 112, which most mobile networks route to emergency services, and the words name 999, 112 and 911 together. Every contact cites its source or says it is an estimate, and the person's country follows their account to a new device. What is left: contacts marked as estimates are not confirmed, and a person who never chose a country still gets the guess from the browser's language.",
    owner: 'engineering_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R13'],
  },
  {
    id: 'HAZ-21',
    title: 'Translation errors',
    group: 'information',
    cause:
      'A translated warning sign, action or caution says something different from the English (a negation lost, a number changed, "today" read as "soon"), or a key is missing and shows as a code.',
    effect:
      'A warning sign not recognised, or an action not taken in time, by a person reading another language.',
    before: { severity: 'major', likelihood: 'medium' },
    after: { severity: 'major', likelihood: 'very_low' },
    controls: [
      'CTL-catalogs-complete',
      'CTL-forbidden-claims',
      'CTL-translation-review',
      'CTL-feedback-route',
    ],
    residual:
      'Spanish and Arabic ship as translations by the team, each entry marked "machine" until a native-speaking clinician signs it off, as Settings and the README say. Every language has every key and valid templates, a changed English text fails the tests until it is translated again, the forbidden-claims check runs on every language, and no screen shows words that bypass the catalogs; a person who finds a card wrong or unclear can report it from the card, in the language they read it in. What is left: no clinician has reviewed the translated words yet.',
    owner: 'localisation_lead',
    reviewBy: '2027-01-15',
    status: 'open',
    sources: [],
  },
  {
    id: 'HAZ-22',
    title: "Free text misread: a negation missed, or another person's symptoms",
    group: 'triage',
    cause:
      'A story such as "no problems peeing" or "my mum has numb legs" is read as the person\'s own warning sign being absent or present.',
    effect: 'A warning sign wrongly taken as absent (under-triage), or a false emergency.',
    before: { severity: 'major', likelihood: 'medium' },
    after: { severity: 'major', likelihood: 'low' },
    controls: [
      'CTL-story-confirmed',
      'CTL-story-negation-aware',
      'CTL-structured-answers',
      'CTL-unanswered-floor',
      'CTL-emergency-questions-first',
      'CTL-feedback-route',
    ],
    residual:
      "The check now reads the person's story (in English, Spanish or Arabic), so free text becomes evidence, but only through them: a misread finding is shown as a ticked chip next to its words, a warning sign the story mentions is confirmed on its own screen, and one it denies is listed apart and taken as absent only when left ticked. On the case files no present finding is read as absent and the check from the story has no under-triage; on 21 English stories written after the lexicon and scored once, recall of warning signs was 88%, and on held-out Spanish and Arabic translations 88% too, so unseen text will be misread more often (a warning sign missed is still asked; one wrongly read as denied relies on the person unticking it). The Spanish and Arabic lexicons were written by the team and are not reviewed by native-speaking clinicians. A person whose result seems wrong can report it from the card. Likelihood stays low rather than very low until the parser is scored on stories it was not developed on and the confirmation step is tested with people in pain (a person may confirm a chip list without reading it).",
    owner: 'clinical_safety_officer',
    reviewBy: '2027-01-15',
    status: 'open',
    sources: ['R13'],
  },
  {
    id: 'HAZ-23',
    title: 'Diary data lost in sync',
    group: 'platform',
    cause:
      'A check-in, episode or saved result is lost or overwritten when devices sync: an edit made offline on one device replaces a newer one from another (last writer wins), or a failed import leaves half the data.',
    effect:
      'The doctor-visit summary and the diary nudges miss a worsening pattern, so a GP review is not suggested or the doctor sees the wrong history.',
    before: { severity: 'significant', likelihood: 'medium' },
    after: { severity: 'significant', likelihood: 'very_low' },
    controls: ['CTL-sync-keeps-edits', 'CTL-versioned-writes'],
    residual:
      'The diary is on the device first, syncs idempotently by client-made ids, keeps a record edited during a sync, and imports all or nothing; a stale write is refused by version and merged or put to the person, never applied over a newer edit. What is left: a person can still choose the older value when asked.',
    owner: 'engineering_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: [],
  },
  {
    id: 'HAZ-24',
    title: 'A stale or unreviewed knowledge base',
    group: 'information',
    cause:
      'Guidance changes (NICE, NHS, drug labels), or an entry was our own estimate from the start, and the rules, advice and safety rules are not brought up to date; no clinician has yet reviewed the content.',
    effect: 'Advice or a triage level that current guidance would not give, in either direction.',
    before: { severity: 'major', likelihood: 'medium' },
    after: { severity: 'major', likelihood: 'low' },
    controls: [
      'CTL-knowledge-validated',
      'CTL-content-review-register',
      'CTL-hazard-log-traced',
      'CTL-feedback-route',
    ],
    residual:
      'Not acceptable for clinical use yet: every entry is sourced or marked as our estimate, review dates are kept and overdue ones listed, and people can report a card that seems wrong for reviewers to read (`backease feedback list`), but no Clinical Safety Officer has been appointed, nobody is yet named to read the reports, and no clinical review has happened (DCB0129 2.3, 3.3.2). Further reduction is practical and required: clinical review before any deployment.',
    owner: 'clinical_safety_officer',
    reviewBy: '2027-03-06',
    status: 'open',
    sources: ['R1', 'R13'],
  },
  {
    id: 'HAZ-25',
    title: 'Over-triage that floods services',
    group: 'triage',
    cause:
      'Single weak red flags (80% of people with back pain have at least one) send people to emergency or same-day care they do not need.',
    effect:
      'Worry and cost for the person, and crowded emergency and same-day services that delay care for others.',
    before: { severity: 'significant', likelihood: 'high' },
    after: { severity: 'significant', likelihood: 'medium' },
    controls: ['CTL-policy-proportion', 'CTL-rules-kidney-abdomen', 'CTL-rules-shingles', 'CTL-case-files'],
    residual:
      'The §1.6 policies keep the pain score, the inflammatory pattern and stable long-standing symptoms from escalating, and pharmacists take bladder infections and shingles. What is left: the cautious same-day rules marked as estimates (faintness alone, breathlessness alone), which a clinician should weigh; one known deviation (HAZ-19).',
    owner: 'clinical_safety_officer',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R8', 'R7', 'R11'],
  },
  {
    id: 'HAZ-26',
    title: 'A slow-burning cause left without a GP review',
    group: 'triage',
    cause:
      'Pain that is not improving, severe for a week, getting worse, or with a pattern such as inflammatory back pain, walking pain or a medicine side effect, is kept on self-care.',
    effect:
      'Delayed diagnosis of inflammatory arthritis, spinal stenosis, artery disease or a medicine side effect; chronic pain.',
    before: { severity: 'considerable', likelihood: 'medium' },
    after: { severity: 'considerable', likelihood: 'low' },
    controls: ['CTL-rules-gp-review', 'CTL-safety-net'],
    residual:
      'Each §5.2 escalation is a GP rule, and the diary nudges on the same numbers. What is left: a person who does not come back after the review point.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R13', 'R13c', 'R24', 'R26', 'R40'],
  },
  {
    id: 'HAZ-27',
    title: 'Used for a child',
    group: 'triage',
    cause:
      'A parent uses the check for a child; the guidance behind BackEase is for adults, and back pain in children is more often serious.',
    effect: 'A serious cause missed in a child, or an adult medicine dose given to a child.',
    before: { severity: 'considerable', likelihood: 'low' },
    after: { severity: 'considerable', likelihood: 'very_low' },
    controls: ['CTL-adults-only'],
    residual: 'Under 16 always goes to a doctor and gets no medicine advice.',
    owner: 'clinical_content_lead',
    reviewBy: REVIEW_BY,
    status: 'open',
    sources: ['R1', 'R63'],
  },
];
