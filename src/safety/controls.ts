/**
 * The controls of the hazard log: what in the product reduces a hazard, pointing at it by typed id (a
 * triage rule, a safety rule, a knowledge entry, a catalog key, a code path), and the tests that verify
 * it, by name. Hazards (hazards.ts) refer to controls by id; one control can serve several hazards.
 */
import type { CauseId, FindingId } from '../contract/ids.generated.ts';
import type {
  AdviceId,
  QuestionId,
  SafetyNetId,
  SafetyRuleId,
  TriageRuleId,
} from '../knowledge/ids.generated.ts';
import type { Control, ControlRef, PlannedControl, TestRef } from './types.ts';

const triage = (...ids: TriageRuleId[]): ControlRef[] => ids.map((id) => ({ kind: 'triage_rule', id }));
const safety = (...ids: SafetyRuleId[]): ControlRef[] => ids.map((id) => ({ kind: 'safety_rule', id }));
const advice = (...ids: AdviceId[]): ControlRef[] => ids.map((id) => ({ kind: 'advice', id }));
const question = (...ids: QuestionId[]): ControlRef[] => ids.map((id) => ({ kind: 'question', id }));
const finding = (...ids: FindingId[]): ControlRef[] => ids.map((id) => ({ kind: 'finding', id }));
const net = (...ids: SafetyNetId[]): ControlRef[] => ids.map((id) => ({ kind: 'safety_net', id }));
const cause = (...ids: CauseId[]): ControlRef[] => ids.map((id) => ({ kind: 'cause', id }));
const message = (...keys: string[]): ControlRef[] => keys.map((key) => ({ kind: 'message', key }));
const code = (file: string, ...symbols: string[]): ControlRef[] =>
  symbols.map((symbol) => ({ kind: 'code', file, symbol }));
const file = (...files: string[]): ControlRef[] => files.map((f) => ({ kind: 'file', file: f }));
/** Tests of one file: each name is its describe titles and title joined with " > ". */
const tests = (f: string, ...names: string[]): TestRef[] => names.map((name) => ({ file: f, name }));

const TRIAGE_TEST = 'src/engine/triage.test.ts';
const PLAN_TEST = 'src/engine/plan.test.ts';
const PLAN_KNOWLEDGE_TEST = 'src/knowledge/plan-knowledge.test.ts';
const INTERVIEW_TEST = 'src/engine/interview.test.ts';
const DIFFERENTIAL_TEST = 'src/engine/differential.test.ts';
const VIGNETTES_TEST = 'src/eval/vignettes.test.ts';
const CATALOGS_TEST = 'src/i18n/catalogs.test.ts';

/** The case files as CI scores them: every emergency found, no under-triage, in both modes. */
const VIGNETTE_FLOORS = tests(
  VIGNETTES_TEST,
  '$file, $mode mode > has no under-triage',
  '$file, $mode mode > finds every emergency',
);
const EMERGENCY_CASES = tests(TRIAGE_TEST, 'triage rules > %s is an emergency');
const URGENT_CASES = tests(TRIAGE_TEST, 'triage rules > %s needs help today');
const GP_CASES = tests(TRIAGE_TEST, 'triage rules > %s: see a doctor within days');
const PLAN_PROPERTY = tests(
  PLAN_TEST,
  'buildPlan: safety rules always win (random people) > never gives an action a matching rule withholds, and explains every withholding',
);

export const controls = [
  // ── Triage: the order and the guarantees ─────────────────────────────────────────────────
  {
    id: 'CTL-red-flags-first',
    type: 'design',
    text: 'Red flags are deterministic rules checked before anything else; the most urgent rule wins, and adding a red flag never lowers the level (a property test over random people).',
    refs: [...code('src/engine/triage.ts', 'triage', 'triageLevel', 'triageOfFacts')],
    verifiedBy: tests(
      TRIAGE_TEST,
      'triage properties > adding any red-flag finding never lowers the triage level',
      'triage properties > adding any finding other than the few reassuring answers never lowers the level',
      'triage properties > a higher pain score never lowers the level',
      'triage rules > reasons are sorted most urgent first, and the level is the first reason’s',
    ),
  },
  {
    id: 'CTL-story-confirmed',
    type: 'design',
    text: "A story in the person's own words is read on the phone by the parser (negation and its scope, pseudo-negations, a warning sign stated with a negation read as present, hedges as unknown never absent, other people's symptoms left out) and becomes evidence only through the person: every finding comes back as a ticked chip beside the words it rests on, to untick if wrong; a warning sign the story mentions is not answered but pre-ticked on its own screen, which comes first, to be confirmed there; a warning sign the story denies is never taken from the story: it is no chip, and is asked on its screen as for anyone; anything the story did not settle (a hedge, silence) is asked as for anyone. Only id, state and value reach the engine.",
    refs: [
      ...code('src/parse/context.ts', 'findCues', 'scopeOf', 'experiencer'),
      ...code('src/parse/seed.ts', 'chipsOf', 'seedFromChips', 'screenWarningSigns'),
      ...code('src/engine/screens.ts', 'nextScreen'),
      ...code('web/src/interview/story-step.tsx', 'StoryStep'),
      ...message('story.fromStory'),
    ],
    verifiedBy: [
      ...tests(
        'src/parse/context.test.ts',
        'negation and its scope > "%s" denies %s',
        'negation and its scope > runs through a list, and stops at "but"',
        'negation and its scope > reads a warning sign stated with a negation as present: "can\'t pee" is not a denial',
        'negation and its scope > never infers absent from silence',
        'hedges > "%s" leaves %s unknown, never absent',
        'who the story is about > leaves out what other people have',
        'who the story is about > continues with "he" or "she" in the next sentence',
      ),
      ...tests(
        'src/parse/seed.test.ts',
        'a story as chips to check > never makes a warning sign absent: one the story denies is no chip, and is asked',
        'a story as chips to check > gives nothing for a chip the person unticks',
        'a story as chips to check > seeds kept findings as answers, pre-ticks mentioned warning signs, and sends only id, state, value',
      ),
      ...tests(
        'src/engine/screens.test.ts',
        'warning signs from a story > once confirmed, end in the emergency at once; unticked, the check goes on and asks the rest',
      ),
      ...tests(
        'src/eval/text.test.ts',
        'the parser on %s > never reads a present finding as absent',
        'the parser on %s > has no under-triage when the interview starts from the story',
      ),
      ...tests(
        'e2e/story.e2e.test.ts',
        'a story in your own words > becomes chips to confirm, and a shorter check to the same self-care (benign spasm)',
        'a story in your own words > confirms the warning sign it mentions first, and reaches "Call 999 now" (cauda equina)',
      ),
    ],
  },
  {
    id: 'CTL-emergency-questions-first',
    type: 'design',
    text: 'The interview asks the emergency signs first, one screen per body system, and stops as soon as one is present so the person acts at once.',
    refs: [
      ...question('heart_lungs', 'collapse', 'brain', 'spasm_signs', 'saddle_bladder', 'legs_nerves'),
      ...code('src/engine/interview.ts', 'nextStep'),
      ...code('src/engine/triage-bounds.ts', 'levelBounds'),
    ],
    verifiedBy: tests(
      INTERVIEW_TEST,
      'interview > starts with the emergency signs, grouped on one screen, with why we ask',
      'interview > asks the cauda equina signs among the first emergency screens and stops as soon as one is present: the person must act',
      'interview > when the level cannot change any more, triage questions stop (bounds meet)',
      'interview > for any person, including some "I do not know" answers, the interview ends with the level settled, asks each finding at most once, and its result matches a one-shot assessment of the same answers',
    ),
  },
  {
    id: 'CTL-case-files',
    type: 'test',
    text: 'Two case files (the development set and an independent one written from clinical.md by someone who did not read the rules) are scored in CI in interview and one-shot mode: every emergency found, no under-triage.',
    refs: [
      ...file('vignettes/dev.json', 'vignettes/extra.json'),
      ...code('src/eval/evaluate.ts', 'evaluate'),
    ],
    verifiedBy: VIGNETTE_FLOORS,
  },
  {
    id: 'CTL-emergency-action',
    type: 'design',
    text: 'An emergency result leads with the action (call the emergency number, or the maternity unit past 20 weeks) and holds no self-care actions; only emergency warnings survive in its plan.',
    refs: [
      ...message(
        'service.emergency_services.action',
        'service.maternity_unit.action',
        'reviewAfter.emergency',
      ),
      ...code('src/engine/plan.ts', 'buildPlan'),
    ],
    verifiedBy: [
      ...tests(
        PLAN_TEST,
        'buildPlan: safety rules always win (random people) > gives no self-care actions to anyone in an emergency',
      ),
      ...tests(
        TRIAGE_TEST,
        'triage rules > sends pregnancy emergencies after 20 weeks to the maternity unit, earlier ones to emergency services',
      ),
      ...tests(
        'e2e/emergency.e2e.test.ts',
        'cauda equina warning signs > end on the emergency screen with the number to call',
      ),
      ...tests(
        'src/cli/cli.int.test.ts',
        'backease assess (terminal interview) > walks a cauda equina story to the emergency action first',
      ),
    ],
  },
  {
    id: 'CTL-safety-net',
    type: 'design',
    text: 'Every result lists the warning signs more urgent than its own level ("get help if"), only those that can apply to this person, so a person on self-care knows when to come back.',
    refs: [
      ...net('saddle_numbness', 'chest_pain', 'sepsis_signs', 'fever', 'not_better_in_weeks'),
      ...code('src/engine/plan.ts', 'buildPlan'),
    ],
    verifiedBy: [
      ...tests(
        PLAN_KNOWLEDGE_TEST,
        'safety net > covers the NHS emergency, urgent and GP signs at the right levels',
        'safety net > cites a source for every item',
      ),
      ...tests(
        PLAN_TEST,
        'buildPlan: specific rules > shows only the warning signs more urgent than the current level',
        'get help if: only what can apply to this person > a man is not shown pregnancy warning signs; a woman who may be pregnant is',
      ),
    ],
  },
  {
    id: 'CTL-unanswered-floor',
    type: 'design',
    text: 'A warning sign nobody answered is unknown, never "no": while any that could raise the level is unanswered, the result is at least "see a GP" and names them (triage.unanswered).',
    refs: [...code('src/engine/triage.ts', 'unansweredSigns', 'UNANSWERED_FLOOR', 'UNANSWERED_RULE_ID')],
    verifiedBy: tests(
      TRIAGE_TEST,
      'unasked is unknown > with nothing answered the result is not self-care, and names the warning signs to ask',
      'unasked is unknown > lower-back pain with nothing else asked is not self-care',
      'unasked is unknown > with every warning sign answered no, self-care stays possible',
      'unasked is unknown > a follow-up that cannot apply is not unanswered (no pregnancy questions for a man)',
      "triage properties > the level is the rules' level, raised to gp only while warning signs are unanswered, which it lists",
    ),
  },
  {
    id: 'CTL-unsure-is-not-no',
    type: 'design',
    text: '"I don\'t know" to a cauda equina sign, an overdose or pregnancy bleeding is urgent; any other unsure warning sign is named in the reasons; a plan keeps an item the person was unsure about only with a check-first caution.',
    refs: [
      ...triage('not_sure_about_nerve_signs'),
      ...safety('unsure_heat_cold_safety', 'unsure_nsaid_safety'),
      ...code('src/engine/triage.ts', 'UNSURE_RULE_ID'),
      ...code('web/src/interview/interview-state.ts', 'answerMultiple'),
    ],
    verifiedBy: [
      ...tests(
        TRIAGE_TEST,
        'triage rules > "I don\'t know" to a cauda equina sign is never reassurance: urgent, naming the sign',
        'triage rules > names unsure warning signs even when they do not change the level',
      ),
      ...tests(INTERVIEW_TEST, 'interview > stops at once when a "don\'t know" makes it an emergency'),
      ...tests(
        PLAN_TEST,
        'buildPlan: specific rules > "I don\'t know" about a blood thinner keeps anti-inflammatories only with a check-first caution',
      ),
      ...tests(
        'web/src/interview/interview-state.test.ts',
        'interview state > "I don\'t know" makes every item unknown',
      ),
    ],
  },

  // ── Triage rules by body system ─────────────────────────────────────────────────────────
  {
    id: 'CTL-rules-spine-nerves',
    type: 'design',
    text: 'Cauda equina, spinal cord, fracture, cancer and spinal infection signs are emergency or same-day rules (clinical.md §1.2 rows 1–4, 10, 11; P13, P16).',
    refs: triage(
      'ces_saddle_numbness',
      'ces_bladder',
      'ces_sexual',
      'ces_both_legs',
      'weakness_progressing_with_red_flags',
      'fever_with_nerve_signs',
      'major_trauma',
      'cancer_with_nerve_signs',
      'fever',
      'past_cancer',
      'weight_loss',
      'night_pain',
      'pain_not_eased_by_rest',
      'lump_or_shape_change',
      'worse_cough_sneeze',
      'upper_back_pain',
      'one_leg_weakness',
      'unsteady_walking',
      'fracture_risk',
      'both_legs_long_standing',
    ),
    verifiedBy: [
      ...EMERGENCY_CASES,
      ...URGENT_CASES,
      ...tests(
        TRIAGE_TEST,
        'triage rules > P16: both-leg symptoms stable for months are a GP matter; new or worsening ones are an emergency',
        'triage rules > P16 needs the person to have said it is not getting worse: unknown is not reassurance',
        'triage rules > fracture risk: a minor fall at 70 or over is urgent; at 40 with nothing else it is not',
        'triage properties > the red flags include the cauda equina signs and none of them is a reassuring answer',
      ),
      ...VIGNETTE_FLOORS,
    ],
  },
  {
    id: 'CTL-rules-heart-vessels',
    type: 'design',
    text: 'Chest pain, heart attack, aortic, clot and limb-ischaemia signs are emergency or same-day rules (§1.2 rows 5 and 8, §1.5 rows 2, 3 and 18; P8).',
    refs: triage(
      'chest_pain',
      'heart_pain_spreading',
      'tearing_pain',
      'pain_with_shock',
      'collapse_with_pain',
      'known_aneurysm_sudden_pain',
      'breathless_with_chest_or_back_pain',
      'clot_with_chest_pain',
      'acute_limb_ischaemia',
      'heart_pain_spreading_alone',
      'calf_clot',
      'breathless',
      'limb_short_of_blood',
      'aneurysm_signs',
      'aneurysm_risk_tummy_and_back',
      'aneurysm_risk_sudden_severe_pain',
      'faint_or_clammy',
      'cramps_with_palpitations_check',
    ),
    verifiedBy: [
      ...EMERGENCY_CASES,
      ...URGENT_CASES,
      ...tests(
        TRIAGE_TEST,
        'triage rules > P8: chest pain is an emergency when new or with companions, not when recurring for weeks alone',
        'triage rules > sudden, severe back pain in a man of 65 or over who smokes or has high blood pressure is urgent (§1.2 row 5)',
      ),
      ...VIGNETTE_FLOORS,
    ],
  },
  {
    id: 'CTL-no-rash-exception',
    type: 'design',
    text: 'The chest pain rule has no exception for a one-sided band rash (the known deviation from P8): a rash, itself a warning sign, never lowers the level.',
    refs: [...triage('chest_pain', 'shingles'), ...finding('rash_band_one_side')],
    verifiedBy: tests(
      TRIAGE_TEST,
      'triage rules > known deviation from P8: new chest pain with a one-sided band rash stays an emergency (hazard HAZ-19)',
      'triage properties > adding any red-flag finding never lowers the triage level',
    ),
  },
  {
    id: 'CTL-rules-brain-sepsis',
    type: 'design',
    text: 'New confusion, a fit, meningitis signs and sepsis signs are emergencies whatever the suspected cause (P10, P12, §1.5 row 5).',
    refs: triage('confusion', 'seizure', 'meningitis_signs', 'sepsis_signs'),
    verifiedBy: [...EMERGENCY_CASES, ...VIGNETTE_FLOORS],
  },
  {
    id: 'CTL-rules-kidney-abdomen',
    type: 'design',
    text: 'Kidney infection, kidney stone, pancreas, gallbladder and liver pictures, and sudden severe tummy pain, are emergency or same-day rules; a bladder infection goes to a pharmacist or GP the same day, never self-care (P2, P5, P6).',
    refs: triage(
      'kidney_infection_high_risk',
      'kidney_infection_not_keeping_fluids',
      'renal_colic_severe',
      'pancreas_emergency',
      'gallbladder_emergency',
      'sudden_severe_tummy_pain',
      'kidney_or_urine_infection',
      'bladder_infection_pharmacy',
      'urine_infection_signs',
      'renal_colic',
      'pancreas_or_gallbladder',
      'yellow_skin',
      'not_keeping_fluids_or_peeing_less',
      'gallbladder_settled',
    ),
    verifiedBy: [
      ...URGENT_CASES,
      ...tests(
        TRIAGE_TEST,
        'triage rules > P2: renal colic is an emergency at 8/10 or with fever',
        'triage rules > P6: kidney infection with diabetes is an emergency; lower back pain with fever alone is urgent',
        'the right place first > burning when peeing is never self-care: a pharmacist for a woman of 16 to 64 who is not pregnant',
      ),
      ...VIGNETTE_FLOORS,
    ],
  },
  {
    id: 'CTL-rules-overdose',
    type: 'design',
    text: 'More paracetamol than the label maximum is an emergency even without symptoms, and the plan then suggests no paracetamol and keeps its warning (§1.5 row 16).',
    refs: [...triage('paracetamol_overdose'), ...safety('emergency_paracetamol_overdose')],
    verifiedBy: [
      ...EMERGENCY_CASES,
      ...tests(
        PLAN_TEST,
        'buildPlan: specific rules > paracetamol overdose: no paracetamol suggested, and the warning survives an emergency plan',
      ),
    ],
  },
  {
    id: 'CTL-rules-muscles-minerals',
    type: 'design',
    text: 'Muscle breakdown, tetanus and dangerous mineral levels (too low, or too high with kidney disease, supplements or potassium-raising medicines) are emergencies; statin muscle symptoms, low calcium, hand or foot spasm and a stiff jaw are same-day (P1, P7, P15, §1.2 row 12, §1.5 rows 4 and 17).',
    refs: triage(
      'muscle_breakdown',
      'tetanus_signs',
      'mineral_emergency',
      'mineral_excess_emergency',
      'statin_muscle_symptoms',
      'muscle_damage_signs',
      'low_calcium',
      'wound_tetanus_check',
      'jaw_stiffness',
      'hand_foot_spasm',
    ),
    verifiedBy: [...EMERGENCY_CASES, ...URGENT_CASES, ...VIGNETTE_FLOORS],
  },
  {
    id: 'CTL-rules-shingles',
    type: 'design',
    text: 'A one-sided band rash is same-day care (a pharmacist, or a doctor for children, pregnancy or a weak immune system) and an emergency with weakness or with a weak immune system and feeling very unwell; band pain of four weeks or more is pain after the rash, for a GP (P11).',
    refs: triage('shingles_complicated', 'shingles_see_doctor', 'shingles', 'shingles_pain_after_rash'),
    verifiedBy: [...URGENT_CASES, ...VIGNETTE_FLOORS],
  },
  {
    id: 'CTL-rules-pregnancy-pelvis',
    type: 'design',
    text: 'Bleeding or contractions in pregnancy and severe pelvic infection are emergencies; pregnancy warning signs and pelvic infection are same-day; past 20 weeks the place to go is the maternity unit (P14, §1.5 rows 9–15).',
    refs: [
      ...triage(
        'pregnancy_bleeding_contractions',
        'pelvic_infection_severe',
        'pregnancy_warning_signs',
        'pelvic_infection',
        'unusual_discharge',
      ),
      ...finding('pregnant_over_20_weeks'),
    ],
    verifiedBy: [
      ...EMERGENCY_CASES,
      ...tests(
        TRIAGE_TEST,
        'triage rules > P14: simple pregnancy back pain is self-care; with fever or burning pee it is urgent',
        'the right place first > 30 weeks pregnant with back and tummy pain: the maternity unit, not a GP',
        'the right place first > an emergency that is not about the pregnancy stays with the emergency services',
      ),
      ...VIGNETTE_FLOORS,
    ],
  },
  {
    id: 'CTL-rules-gp-review',
    type: 'design',
    text: 'Slow-burning causes get a GP within days: no improvement by 3 weeks (P9), severe pain for a week (P3), daily life affected, getting worse, a numb leg after a week, walking pain, the inflammatory pattern, medicines that cause cramps, a long course of muscle relaxants; the diary nudges on the same numbers.',
    refs: [
      ...triage(
        'not_improving_3_weeks',
        'severe_for_a_week',
        'affects_daily_life',
        'getting_worse',
        'numb_leg_a_week',
        'claudication',
        'inflammatory_pattern',
        'medicine_review',
        'muscle_relaxant_review',
      ),
      ...code('src/knowledge/pain-policy.ts', 'SEVERE_PAIN'),
      ...code('src/insights/nudges.ts', 'escalationNudges'),
    ],
    verifiedBy: [
      ...GP_CASES,
      ...tests(
        TRIAGE_TEST,
        'triage rules > P9: 20 days without improvement is still self-care; improving at 30 days too',
      ),
      ...tests(
        'src/insights/nudges.test.ts',
        'escalationNudges > no improvement (clinical.md §5.2) > nudges to a GP or physio after 21 days without a 2-point fall',
        'escalationNudges > severe check-ins for a week without getting better are a reason, as in the check',
        'escalationNudges > follows the check on severe pain: one check-in of 7 early in an episode is not a reason to see a GP',
      ),
    ],
  },
  {
    id: 'CTL-adults-only',
    type: 'design',
    text: 'BackEase is for adults: a child under 16 is sent to a doctor, adult medicine advice is withheld under 16 and cold packs at 12 or under.',
    refs: [...triage('child'), ...safety('under_16_adult_medicines', 'child_no_cold')],
    verifiedBy: PLAN_PROPERTY,
  },
  {
    id: 'CTL-policy-proportion',
    type: 'design',
    text: 'The §1.6 policy decisions keep single weak signs from escalating: the pain score alone never raises the level in the first week (P3), the inflammatory night pattern is a GP matter (P4), stable long-standing both-leg symptoms are a GP matter (P16), and a bladder infection or shingles goes to a pharmacist first.',
    refs: triage(
      'severe_for_a_week',
      'inflammatory_pattern',
      'both_legs_long_standing',
      'bladder_infection_pharmacy',
      'shingles',
    ),
    verifiedBy: [
      ...tests(
        TRIAGE_TEST,
        'triage rules > P3: severe pain alone does not raise the level in the first week',
        'triage rules > P4: night pain with the inflammatory pattern is a GP matter, not urgent',
        'triage rules > with no warning sign, a simple strain is self-care and says why',
        'unasked is unknown > with every warning sign answered no, self-care stays possible',
      ),
      ...tests(VIGNETTES_TEST, '$file, $mode mode > gets the exact triage level in at least 95% of cases'),
    ],
  },

  // ── Causes ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'CTL-suspected-causes',
    type: 'design',
    text: 'A fired urgent or emergency rule names the causes it is there to catch, so a check that stops at a warning sign shows what that sign can mean at the top of the list, not a muscle strain.',
    refs: [
      ...code('src/engine/differential.ts', 'suspicionWeights'),
      ...code('src/knowledge/triage-rules.ts', 'SUSPECT_RATIO'),
    ],
    verifiedBy: tests(
      DIFFERENTIAL_TEST,
      'differential > when a check stops at an emergency sign, the causes that sign can mean head the list',
      'differential > every emergency rule that can point to a cause names what it suspects, and only real causes',
      'differential > puts %s in the top three',
    ),
  },
  {
    id: 'CTL-causes-are-estimates',
    type: 'design',
    text: 'Causes are shown as estimates with the evidence for and against, never as a diagnosis, and the level never depends on them; serious causes say what a doctor would do next.',
    refs: [
      ...message('disclaimer', 'causes.lead'),
      ...cause('cauda_equina', 'aortic_emergency', 'cardiac'),
      ...code('src/engine/differential.ts', 'differential'),
    ],
    verifiedBy: [
      ...tests(
        DIFFERENTIAL_TEST,
        'differential > probabilities are valid for any person: between 0 and 1, summing to 1, for and against disjoint',
        'differential > ranks every contract cause, most likely first',
      ),
      ...tests('src/knowledge/load.test.ts', 'loadKnowledge > accepts the shipped knowledge base'),
    ],
  },

  // ── Advice that must not harm ────────────────────────────────────────────────────────────
  {
    id: 'CTL-safety-rules-win',
    type: 'design',
    text: 'Safety rules run on every plan: an item a rule withholds is never offered, each withholding is explained by naming the condition or medicine, and safe alternatives are named beside it.',
    refs: [...code('src/engine/plan.ts', 'withholdings', 'buildPlan')],
    verifiedBy: [
      ...PLAN_PROPERTY,
      ...tests(
        PLAN_KNOWLEDGE_TEST,
        'safety rules > explain each withholding by naming the condition or medicine',
      ),
      ...tests(
        PLAN_TEST,
        'what is offered instead > on a blood thinner, anti-inflammatory tablets are withheld and a safe painkiller, gel and heat are named in their place',
        'what is offered instead > an alternative that is itself unsafe is not offered (paracetamol with liver disease)',
        'buildPlan: specific rules > a rule needs the condition to be present: unknown or absent answers withhold nothing',
      ),
    ],
  },
  {
    id: 'CTL-heat-cold-rules',
    type: 'design',
    text: 'Heat and cold are withheld for numb skin, cold for diabetes, poor circulation and young children, heat over a pregnant tummy; kept with cautions for drowsiness, older age, wounds and rashes (§4.1).',
    refs: safety(
      'numb_skin_no_heat_cold',
      'diabetes_no_cold',
      'circulation_no_cold',
      'drowsy_heat_cold',
      'older_heat_cold',
      'pregnant_no_heat_on_tummy',
      'skin_broken_heat_cold',
      'child_no_cold',
      'unsure_heat_cold_safety',
    ),
    verifiedBy: [
      ...PLAN_PROPERTY,
      ...tests(
        PLAN_TEST,
        'buildPlan: specific rules > numb feet or skin: every heat and cold remedy withheld',
        'buildPlan: specific rules > diabetes: no cold, heat kept with a caution to check the skin',
        'buildPlan: specific rules > drowsy from medicines or alcohol: heat and cold carry a never-while-drowsy caution',
      ),
      ...tests(PLAN_KNOWLEDGE_TEST, 'safety rules > withhold every heat or cold item together for numb skin'),
    ],
  },
  {
    id: 'CTL-heat-cold-limits',
    type: 'design',
    text: 'Every heat and cold item is wrapped, timed at 15 minutes at most, checked during use, and says never while drowsy or asleep; an item warns against sleeping on packs.',
    refs: advice(
      'heat',
      'cold_pack',
      'hot_then_cold',
      'ginger_compress',
      'period_heat',
      'no_sleeping_on_packs',
    ),
    verifiedBy: tests(
      PLAN_KNOWLEDGE_TEST,
      'advice > keeps every heat or cold timer step within 15 minutes, and warns against use while drowsy or asleep',
      'advice > labels the article’s hot-then-cold timings as not evidence-based',
    ),
  },
  {
    id: 'CTL-timer-awake',
    type: 'design',
    text: 'A remedy timer starts only after the person promises to stay awake; there is no overnight mode; the clock runs on wall time, so it ends and alerts on time after the phone sleeps or the page reloads, and lists what was missed.',
    refs: [
      ...message('timer.awake', 'timer.needAwake', 'timer.safetyAwake'),
      ...code('web/src/timer/timer-setup.tsx', 'TimerSetup'),
      ...code('web/src/timer/timer-clock.ts', 'timerView', 'eventsBetween'),
      ...code('web/src/timer/timer-alerts.ts', 'beep'),
    ],
    verifiedBy: [
      ...tests(
        'web/src/timer/timer-clock.test.ts',
        'remedy timer clock > works out the step from the wall clock, however long the page slept',
        'remedy timer clock > lists the events missed while asleep, in order',
        'remedy timer clock > warns inside the last minute of a step',
      ),
      ...tests(
        'e2e/self-care.e2e.test.ts',
        'benign back spasm > starts a guided remedy timer that keeps running across a reload and asks before stopping',
      ),
    ],
  },
  {
    id: 'CTL-nsaid-rules',
    type: 'design',
    text: 'Anti-inflammatory tablets are withheld with a stomach ulcer, a blood thinner, steroids, age 60 or over, kidney or heart disease, high blood pressure, pregnancy, the "triple whammy" and dehydration; cautioned with alcohol or another anti-inflammatory (§4.3).',
    refs: safety(
      'ulcer_no_nsaid',
      'anticoagulant_no_nsaid',
      'steroid_no_nsaid',
      'age_60_no_nsaid',
      'kidney_no_nsaid',
      'heart_no_nsaid',
      'blood_pressure_no_nsaid',
      'pregnant_no_nsaid',
      'pregnant_no_nsaid_gel',
      'triple_whammy_no_nsaid',
      'dehydrated_no_nsaid',
      'alcohol_nsaid_caution',
      'already_on_nsaid',
      'on_nsaid_with_risk',
      'unsure_nsaid_safety',
    ),
    verifiedBy: [
      ...PLAN_PROPERTY,
      ...tests(
        PLAN_TEST,
        'buildPlan: specific rules > blood thinner: anti-inflammatory tablets withheld, ginger compress kept with a caution',
        'buildPlan: specific rules > age 60 or over: anti-inflammatory tablets withheld; at 59 they are offered',
        'buildPlan: specific rules > water tablet plus ACE inhibitor ("triple whammy"): anti-inflammatory tablets withheld',
        'buildPlan: specific rules > pregnancy: no anti-inflammatories (tablets or gel), paracetamol advice shown, heat off the tummy',
        'buildPlan: specific rules > period pain: heat and ibuprofen for periods shown; ibuprofen withheld with a stomach ulcer',
      ),
    ],
  },
  {
    id: 'CTL-paracetamol-rules',
    type: 'design',
    text: 'Paracetamol carries the 4 g daily limit, and is withheld with regular heavy drinking, liver disease or an overdose (§4.3).',
    refs: safety(
      'paracetamol_daily_limit',
      'alcohol_no_paracetamol',
      'liver_no_paracetamol',
      'emergency_paracetamol_overdose',
    ),
    verifiedBy: [
      ...PLAN_PROPERTY,
      ...tests(
        PLAN_TEST,
        'buildPlan: specific rules > liver disease or regular drinking: paracetamol withheld with a warning',
        'what is offered instead > an alternative that is itself unsafe is not offered (paracetamol with liver disease)',
      ),
      ...tests(
        PLAN_KNOWLEDGE_TEST,
        'advice > never presents paracetamol as an effective treatment on its own',
      ),
    ],
  },
  {
    id: 'CTL-supplement-rules',
    type: 'design',
    text: 'Magnesium and potassium are withheld with kidney disease, potassium with ACE inhibitors, ARBs and potassium-sparing water tablets, and both with digoxin plus a water tablet or acid tablet (§4.2).',
    refs: safety(
      'kidney_no_magnesium',
      'kidney_no_potassium',
      'ace_arb_no_potassium',
      'k_sparing_no_potassium',
      'digoxin_no_self_supplement',
    ),
    verifiedBy: [
      ...PLAN_PROPERTY,
      ...tests(
        PLAN_TEST,
        'buildPlan: specific rules > kidney disease: no magnesium or potassium supplement, and the why names kidney disease',
        'buildPlan: specific rules > ACE inhibitor: no potassium supplement, magnesium still allowed',
        'buildPlan: specific rules > digoxin with a water tablet: no self-chosen supplements, and a blood-test warning',
      ),
    ],
  },
  {
    id: 'CTL-sedation-rules',
    type: 'design',
    text: 'Muscle relaxants carry alcohol and driving warnings and a review at 2 weeks; they are withheld with opioids or sedatives and the combination carries a breathing warning (§4.3).',
    refs: safety(
      'muscle_relaxant_warning',
      'sedative_no_muscle_relaxant',
      'muscle_relaxant_with_sedative',
      'alcohol_muscle_relaxant',
      'older_muscle_relaxant',
    ),
    verifiedBy: [
      ...PLAN_PROPERTY,
      ...tests(
        PLAN_TEST,
        'buildPlan: specific rules > muscle relaxant: warns against alcohol and driving',
        'buildPlan: specific rules > opioid or sedative: muscle relaxant advice withheld, and both together trigger a breathing warning',
      ),
    ],
  },
  {
    id: 'CTL-other-precautions',
    type: 'design',
    text: "Precautions outside §4 that keep advice from overriding a person's situation: ginger with a blood thinner, a doctor's fluid limit, lying flat late in pregnancy, forceful stretching with thin bones.",
    refs: safety(
      'anticoagulant_ginger',
      'fluid_limit_caution',
      'late_pregnancy_lying_flat',
      'osteoporosis_stretch',
    ),
    verifiedBy: [
      ...PLAN_PROPERTY,
      ...tests(
        PLAN_TEST,
        'buildPlan: specific rules > blood thinner: anti-inflammatory tablets withheld, ginger compress kept with a caution',
        'buildPlan: specific rules > lists each caution once even when two rules give the same text',
      ),
    ],
  },

  // ── Words ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'CTL-forbidden-claims',
    type: 'test',
    text: 'Every catalog entry a person can see, in every shipped language, is scanned for forbidden claims (cure, guarantee, certainty, "no need to see a doctor", "safe for everyone", diagnosis) from a list kept with its reasons.',
    refs: [
      ...file('src/safety/forbidden-phrases.ts'),
      ...code('src/safety/forbidden-phrases.ts', 'FORBIDDEN_PHRASES'),
    ],
    verifiedBy: tests(
      'src/safety/forbidden-phrases.test.ts',
      'forbidden claims > no catalog entry a person can see, in any shipped language, makes a forbidden claim',
      'forbidden claims > finds each kind of forbidden claim in a planted text (the check can fail)',
      'forbidden claims > has a list with reasons for every shipped language',
    ),
  },
  {
    id: 'CTL-plain-language',
    type: 'test',
    text: 'The English words of the check and the plan read at US grade 8 or below (Flesch-Kincaid, npm flesch-kincaid and syllable), with the exceptions listed and reasoned.',
    refs: [
      ...file('src/safety/readability-exceptions.ts'),
      ...code('src/safety/readability.ts', 'gradeLevel'),
    ],
    verifiedBy: tests(
      'src/safety/readability.test.ts',
      'plain language in the check and the plan > every English passage of the check and the plan reads at US grade 8 or below, except the listed ones',
      'plain language in the check and the plan > every listed exception is still needed and gives a reason',
    ),
  },
  {
    id: 'CTL-catalogs-complete',
    type: 'test',
    text: 'Every language has every key of English in the same domain, every template is valid ICU MessageFormat, and every key the code names exists; the knowledge catalog is regenerated from the knowledge base.',
    refs: [
      ...code('src/i18n/catalogs.ts', 'CATALOG_FILES', 'renderer'),
      ...code('src/i18n/knowledge-catalog.ts', 'buildKnowledgeCatalog'),
    ],
    verifiedBy: tests(
      CATALOGS_TEST,
      'message catalogs > every language has every key of the source language, in the same domain, and says its direction',
      'message catalogs > every template in every file is valid ICU MessageFormat, and none is empty',
      'message catalogs > has every key the code names or builds',
      'message catalogs > the knowledge catalog matches the knowledge base (run `npm run extract:messages` if not)',
    ),
  },

  // ── Emergency contacts ───────────────────────────────────────────────────────────────────
  {
    id: 'CTL-emergency-numbers',
    type: 'design',
    text: "The call button uses the national number of the person's chosen or guessed country, from a table of services per country with a source (or a stated estimate) for every contact, and falls back to 112; the emergency words name 999, 112 and 911, so a wrong country still shows a number that works in most of the world.",
    refs: [
      ...code(
        'src/knowledge/services.ts',
        'SERVICES',
        'servicesFor',
        'emergencyNumbers',
        'guessCountry',
        'DEFAULT_SERVICES',
      ),
      ...message('service.emergency_services.action', 'header.emergency'),
    ],
    verifiedBy: [
      ...tests(
        'src/knowledge/services.test.ts',
        'services by country > covers every country of the research table, with the EU 112 for the rest',
        'services by country > cites a listed source for every contact, or says why it is an estimate',
        'services by country > gives the researched countries their researched numbers',
        'services by country > guesses the country from the language tag',
      ),
      ...tests(
        'e2e/emergency.e2e.test.ts',
        'cauda equina warning signs > end on the emergency screen with the number to call',
      ),
    ],
  },

  {
    id: 'CTL-country-synced',
    type: 'design',
    text: "The person's country (for the numbers to call) and language are kept in their account's profile as well as on the device, so a phone they sign in on shows their country's numbers, not a guess from its browser: a choice made on a device since the last sync goes to the account, otherwise the account's choice comes to the device.",
    refs: [
      ...code('src/diary/model.ts', 'profileSchema'),
      ...code('web/src/settings/prefs-sync.ts', 'reconcilePrefs', 'syncPrefs'),
      ...code('web/src/settings/prefs-sync-runner.ts', 'startPrefsSync'),
    ],
    verifiedBy: [
      ...tests(
        'web/src/settings/prefs-sync.test.ts',
        'language and country with the account > sends a choice made on this device since the last sync, over what the account had',
        "language and country with the account > takes the account's choice on a device where nothing was chosen since",
        'language and country with the account > keeps the rest of the profile as the account has it, and applies what the account chose',
      ),
      ...tests(
        'e2e/languages.e2e.test.ts',
        'the language of the web app > keeps the language and the country in the account, for every device the person signs in on',
      ),
    ],
  },

  // ── Translations ─────────────────────────────────────────────────────────────────────────
  {
    id: 'CTL-translation-review',
    type: 'test',
    text: 'Every translated entry records its review state (machine until a native-speaking clinician signs it off) and a hash of the English it was translated from, so a changed English text fails the tests as stale until it is translated again; Settings and the README say the translations are not yet reviewed. A pseudo-locale run marks every message on every screen and fails on any text that bypasses the catalogs, and every screen is checked right to left in Arabic.',
    refs: [
      ...code('src/i18n/review.ts', 'reviewDomain', 'sourceHash', 'stamp'),
      ...file('scripts/i18n.ts'),
      ...code('web/src/i18n/pseudo.ts', 'PseudoRenderer'),
      ...message('settings.translationMachine'),
    ],
    verifiedBy: [
      ...tests(
        'src/i18n/review.test.ts',
        'the shipped translations > are machine translations, not yet reviewed by a native-speaking clinician (as the README says)',
        'review state > names the stale key when the English changes and the translation was not refreshed',
        'review state > names missing, unrecorded and orphaned keys',
      ),
      ...tests(
        'e2e/every-screen.e2e.test.ts',
        'every screen in the pseudo-locale > shows no text that bypasses the catalogs',
      ),
      ...tests(
        'e2e/every-screen.e2e.test.ts',
        'every screen in Arabic > reads right to left, with direction-bound icons, the chart and the timer mirrored, and axe 0',
      ),
      ...tests('e2e/languages.e2e.test.ts', 'the check in %s > ends on $level, with axe finding nothing'),
    ],
  },

  // ── Input ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'CTL-structured-answers',
    type: 'design',
    text: 'Evidence comes only from the person\'s own ticks and numbers: a ticked item is present, an unticked item on an answered screen is absent, "I don\'t know" is unknown, and input outside the contract is refused with a named error. Free text (diary notes, questions for the doctor) is never read as evidence.',
    refs: [
      ...code('web/src/interview/interview-state.ts', 'answerMultiple', 'toInput'),
      ...code('src/contract/input.ts', 'parseAssessmentInput'),
    ],
    verifiedBy: [
      ...tests(
        'web/src/interview/interview-state.test.ts',
        'interview state > marks ticked items present and the rest absent',
        'interview state > answering the same screen again replaces its evidence',
      ),
      ...tests(
        'src/contract/input.test.ts',
        'parseAssessmentInput > rejects %s with a coded issue',
        'parseAssessmentInput > treats missing evidence as nothing known yet',
      ),
    ],
  },

  // ── Data ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'CTL-sync-keeps-edits',
    type: 'design',
    text: 'The diary is kept on the device first; sync pushes and pulls by client-made ids, idempotently, keeps a record edited during a sync dirty, and imports all or nothing; the database commits synchronously.',
    refs: [
      ...code('web/src/diary/sync.ts', 'syncDiary'),
      ...code('src/server/routes/diary.ts', 'diaryRoutes', 'withIdFilledIn'),
    ],
    verifiedBy: [
      ...tests(
        'web/src/diary/sync.test.ts',
        'diary sync, one device > pushes local changes and pulls records made on another device, and a second sync changes nothing',
        'diary sync, one device > keeps a record that was edited while the sync was running dirty, based on what was sent',
        'diary sync, one device > deletes on the server what was deleted here while its first write was under way',
      ),
      ...tests(
        'src/server/diary.int.test.ts',
        'API on %s > collection %s > PUT creates a record with a client-made id (offline sync), idempotently',
        'API on %s > export and import > exports everything as diaryExportSchema JSON that imports back losslessly into another account',
        'API on %s > export and import > imports all or nothing: one bad record, or a repeated id, and nothing is stored',
      ),
      ...tests(
        'src/store/sql/sqlite-store.int.test.ts',
        'sqlite connection settings > uses WAL, FULL synchronous commits and enforced foreign keys, and migrates idempotently',
      ),
      ...tests(
        'e2e/account-sync.e2e.test.ts',
        'account and sync > signs up, syncs the diary, signs out and in, exports and deletes',
      ),
    ],
  },

  {
    id: 'CTL-versioned-writes',
    type: 'design',
    text: 'Every diary record carries a version; a write or deletion names the version it changes, and a stale one is refused (409 version_conflict) with the record as it is now; deletions leave tombstones; the web app merges field by field and asks the person when both devices changed the same field or one deleted what the other changed.',
    refs: [
      ...file('src/store/versioning.ts', 'web/src/diary/merge.ts'),
      ...code('web/src/diary/sync.ts', 'syncDiary'),
    ],
    verifiedBy: [
      ...tests(
        'src/server/diary.int.test.ts',
        'API on %s > collection %s > answers a stale write 409 version_conflict with the record as it is now, and keeps it',
        'API on %s > collection %s > keeps a tombstone: other devices learn of the deletion, a stale one cannot undo it unawares',
      ),
      ...tests(
        'web/src/diary/merge.test.ts',
        'three-way merge of a record > names a field both changed differently, keeping this device’s value until the person chooses',
        'three-way merge of a record > treats every difference as a conflict without a base: nothing is overwritten on a guess',
      ),
      ...tests(
        'e2e/sync-conflict.e2e.test.ts',
        'sync between two devices > asks the second device to sync when both ended one episode, in either order, and keeps the choice',
        'sync between two devices > asks when one device deleted an entry that the other changed, and can keep the change',
      ),
    ],
  },

  // ── The knowledge base itself ────────────────────────────────────────────────────────────
  {
    id: 'CTL-story-negation-aware',
    type: 'design',
    text: 'A story is read negation-aware in English, Spanish and Arabic, each with its own lexicon: a warning sign stated with a negation word ("can\'t pee", "no puedo orinar", "لا أستطيع التبول") is present; a denial reaches only to the end of its clause ("but", "pero", "لكن"); a hedge makes a finding unknown, never absent; another person\'s symptoms are left out. On the case files and their Spanish and Arabic translations no present finding is read as absent.',
    refs: [
      ...code('src/parse/index.ts', 'parseStory'),
      ...code('src/parse/context.ts', 'findCues', 'scopeOf', 'experiencer'),
      ...code('src/knowledge/lexicon/index.ts', 'getLexicon'),
    ],
    verifiedBy: [
      ...tests('src/eval/text.test.ts', 'the parser on %s > never reads a present finding as absent'),
      ...tests(
        'src/eval/text-languages.test.ts',
        'the parser in %s on the translated dev cases > never reads a present finding as absent',
        'the parser in %s on the translated dev cases > finds at least 97% of the warning signs',
      ),
      ...tests(
        'src/parse/spanish.test.ts',
        'Spanish: negation and its scope > reads "no puedo orinar" as a warning sign present, not a denial',
        'Spanish: negation and its scope > ends the scope at "pero" and at a new clause',
        'Spanish: hedges > makes a hedged finding unknown, never absent',
        'Spanish: other people > leaves out what a relative has',
      ),
      ...tests(
        'src/parse/arabic.test.ts',
        'Arabic: negation and its scope > reads لا أستطيع التبول as a warning sign present, not a denial',
        'Arabic: negation and its scope > ends the scope at لكن and بس',
        'Arabic: hedges > makes a hedged finding unknown, never absent',
        'Arabic: other people > leaves out what a relative has',
      ),
    ],
  },
  {
    id: 'CTL-knowledge-validated',
    type: 'design',
    text: 'The knowledge base is validated when loaded: every entry cites sources from research/clinical.md or carries our reasoning as an estimate, every id resolves, every finding is askable; the catalog carries the knowledge version.',
    refs: [
      ...code('src/knowledge/load.ts', 'loadKnowledge'),
      ...code('src/knowledge/index.ts', 'KNOWLEDGE_VERSION', 'getKnowledge'),
    ],
    verifiedBy: [
      ...tests('src/knowledge/load.test.ts', 'loadKnowledge > accepts the shipped knowledge base'),
      ...tests(
        PLAN_KNOWLEDGE_TEST,
        'sources > is cited: every id cited by the self-care knowledge exists',
        'sources > marks every source served only from an aggregator site as lower reliability',
        'seed claims > grades the claims as research §3 does, taking the more cautious grade of a split',
      ),
      ...tests(TRIAGE_TEST, 'triage rules > every rule cites a source'),
    ],
  },
  {
    id: 'CTL-content-review-register',
    type: 'business_process',
    text: 'Each area of the knowledge base has a review date in a register; the safety report lists every area and hazard past its date, and every entry that rests on our own estimate, for clinical review.',
    refs: [...code('src/safety/content-review.ts', 'contentReviews'), ...file('docs/clinical-safety.md')],
    verifiedBy: tests(
      'src/safety/report.test.ts',
      'the clinical safety report > lists entries past their review date instead of failing',
      'the clinical safety report > the review register covers every area of the knowledge base',
      'the clinical safety report > is linked from the README under Known limits',
    ),
  },
  {
    id: 'CTL-hazard-log-traced',
    type: 'test',
    text: 'The hazard log is validated when loaded and traced by tests: every hazard has a verified control, every named test and code path exists, every triage and safety rule is linked to a hazard, and every warning sign is covered.',
    refs: [...code('src/safety/load.ts', 'loadHazardLog'), ...code('src/safety/hazards.ts', 'hazards')],
    verifiedBy: tests(
      'src/safety/traceability.test.ts',
      'hazard log traceability > every hazard has a control and a verifying test',
      'hazard log traceability > every named test exists in the suite',
      'hazard log traceability > every triage rule and every safety rule is linked to a hazard',
      'hazard log traceability > every warning sign is covered by a missed-emergency hazard, and caught by one of its rules',
    ),
  },
  {
    id: 'CTL-feedback-route',
    type: 'business_process',
    text: '"Something wrong with this advice?" on every result and plan card (the triage card, each cause, each advice card and each seed claim): what is wrong, which card, optional words and, only if the person ticks it, their answers. Stored by POST /api/v1/feedback with no account needed or linked, rate-limited per address, validated, kept apart from diaries in its own table, never logged; offline, kept on the device until the connection is back. Reviewers read the reports with `backease feedback list`, so wrong, unclear or unsafe advice reaches them from the people who read it.',
    refs: [
      ...code('src/server/routes/feedback.ts', 'feedbackRoutes', 'feedbackInputSchema'),
      ...code('web/src/feedback/report-problem.tsx', 'ReportProblem'),
      ...code('web/src/feedback/feedback-queue.ts', 'submitReport', 'flushQueue'),
      ...code('src/cli/commands/feedback.ts', 'listFeedback'),
    ],
    verifiedBy: [
      ...tests(
        'e2e/feedback.e2e.test.ts',
        'reporting advice that seems wrong > sends a report from the result card, with the answers the person chose to send',
        'reporting advice that seems wrong > sends a report from a plan card, without the answers',
        'reporting advice that seems wrong > keeps a report made offline on the device and sends it when the connection is back',
      ),
      ...tests(
        'src/server/feedback-route.test.ts',
        'POST /api/v1/feedback > stores a report without an account, and answers its id',
        'POST /api/v1/feedback > links no account even when the person is signed in (and needs no CSRF token)',
        'POST /api/v1/feedback rate limit > allows a few reports per address per window, then answers 429 with Retry-After',
        'POST /api/v1/feedback and the log > never logs the report’s words, whether it is stored or refused',
      ),
      ...tests(
        'src/server/ownership.int.test.ts',
        'ownership on %s > a feedback report sent by A belongs to no account: not in A’s export, not readable over HTTP',
      ),
      ...tests(
        'src/cli/feedback.int.test.ts',
        'backease feedback list > reads as text for a reviewer: what, which card, the words and the answers sent',
      ),
    ],
  },
] as const satisfies readonly Control[];

export type ControlId = (typeof controls)[number]['id'];

/** Controls designed and scheduled, not built: the report lists them; they never count as verified. */
export const plannedControls = [] as const satisfies readonly PlannedControl[];

export type PlannedControlId = (typeof plannedControls)[number]['id'];
