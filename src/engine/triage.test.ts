import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urgencyRank } from '../contract/ids.ts';
import type { AssessmentInput } from '../contract/input.ts';
import { serviceAction } from '../i18n/assessment-messages.ts';
import { renderer } from '../i18n/catalogs.ts';
import { mentions } from '../knowledge/conditions.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { toEvidence } from './evidence.ts';
import { arbitraryInput, person, withPresent } from './testing.ts';
import { triage, triageLevel, UNANSWERED_RULE_ID } from './triage.ts';

const kb = getKnowledge();
const levelOf = (spec: Parameters<typeof person>[0]) => triage(kb, toEvidence(person(spec), kb.findings));
/** The level the person is given: the rules' level, raised while warning signs are unanswered. */
const finalLevel = (input: AssessmentInput) => triage(kb, toEvidence(input, kb.findings)).level;

/** Findings that make a rule of urgent or emergency level fire: the red flags. */
const RED_FLAGS = [
  ...new Set(
    kb.triageRules
      .filter((r) => r.level === 'emergency' || r.level === 'urgent')
      .flatMap((r) => [...mentions(r.when)].filter(([, signs]) => signs.has('pos')).map(([id]) => id))
      .filter((id) => id !== 'pain_severity' && id !== 'duration_days'),
  ),
];
/**
 * The only answers allowed to lower a level, each by a §1.6 exception: the inflammatory night pattern
 * (P4), steady improvement (P3, P9), and chest pain known to have come and gone for weeks (P8).
 */
const REASSURING = new Set([
  'wakes_second_half_night',
  'morning_stiffness_long',
  'better_exercise_not_rest',
  'improving',
  'chest_pain_recurring_week',
]);

const en = renderer('en');
/** Thousands of random people: seconds on a busy two-core machine; a timeout is not a speed test. */
const PROPERTY_TIMEOUT = 30_000;

describe('triage rules', () => {
  it('with no warning sign, a simple strain is self-care and says why', () => {
    const t = levelOf({
      age: 34,
      present: ['pain_lower_back', 'onset_lifting_twisting', 'muscle_knot_tight'],
      values: { pain_severity: 6, duration_days: 1 },
    });
    expect(t.level).toBe('self_care');
    expect(t.reasons[0]?.ruleId).toBe('no_warning_signs');
  });

  it.each([
    ['saddle numbness', ['saddle_numbness'], 'ces_saddle_numbness'],
    ['difficulty peeing', ['urinary_retention'], 'ces_bladder'],
    ['loss of bowel or bladder control', ['incontinence'], 'ces_bladder'],
    ['new sexual problems', ['sexual_dysfunction_new'], 'ces_sexual'],
    ['new numbness in both legs', ['numbness_both_legs'], 'ces_both_legs'],
    ['a serious accident', ['onset_major_trauma'], 'major_trauma'],
    ['sudden tearing pain', ['pain_tearing_severe_sudden'], 'tearing_pain'],
    ['new confusion', ['confusion_drowsy'], 'confusion'],
    ['a fit', ['seizure'], 'seizure'],
    ['stiff neck with headache', ['neck_stiffness_headache'], 'meningitis_signs'],
    ['paracetamol over the maximum', ['med_paracetamol', 'med_paracetamol_over_max'], 'paracetamol_overdose'],
    ['dark urine with a tight muscle', ['dark_cola_urine', 'muscle_knot_tight'], 'muscle_breakdown'],
    ['a locked jaw after a wound', ['recent_wound', 'jaw_stiffness'], 'tetanus_signs'],
    ['fever with confusion', ['fever', 'confusion_drowsy'], 'confusion'],
    ['fever with clammy skin', ['fever', 'sweaty_clammy_pale'], 'sepsis_signs'],
    ['fever with a weak leg', ['fever', 'weakness_one_leg'], 'fever_with_nerve_signs'],
    [
      'an uneven heartbeat with kidney disease and supplements, no cramps',
      ['palpitations', 'kidney_disease', 'supplement_magnesium_zinc_potassium'],
      'mineral_excess_emergency',
    ],
    [
      'weakness all over on spironolactone and ramipril',
      ['generalised_weakness', 'med_potassium_sparing_diuretic', 'med_ace_arb'],
      'mineral_excess_emergency',
    ],
    [
      'pregnancy bleeding',
      ['pregnant', 'pregnancy_bleeding_or_contractions'],
      'pregnancy_bleeding_contractions',
    ],
  ])('%s is an emergency', (_name, present, ruleId) => {
    const t = levelOf({
      age: 40,
      sex: present.includes('pregnant') ? 'female' : 'male',
      present: ['pain_lower_back', ...present],
      values: { duration_days: 2 },
    });
    expect(t.level).toBe('emergency');
    expect(t.reasons.map((r) => r.ruleId)).toContain(ruleId);
    expect(t.reasons[0]?.findings.length).toBeGreaterThan(0);
  });

  it('sends pregnancy emergencies after 20 weeks to the maternity unit, earlier ones to emergency services', () => {
    const late = levelOf({
      age: 30,
      sex: 'female',
      present: [
        'pain_lower_back',
        'pregnant',
        'pregnant_over_20_weeks',
        'pregnancy_bleeding_or_contractions',
      ],
    });
    expect(late.service).toBe('maternity_unit');
    expect(en.render(serviceAction(late.service))).toMatch(/maternity unit/);
    const early = levelOf({
      age: 30,
      sex: 'female',
      present: ['pain_lower_back', 'pregnant', 'pregnancy_bleeding_or_contractions'],
    });
    expect(early.level).toBe('emergency');
    expect(early.service).toBe('emergency_services');
  });

  it('an uneven heartbeat on one potassium-raising medicine, with healthy kidneys and no cramps, stays same-day', () => {
    const t = levelOf({
      age: 60,
      present: ['pain_lower_back', 'palpitations', 'med_ace_arb'],
      values: { pain_severity: 4, duration_days: 5 },
    });
    expect(t.level).toBe('urgent');
  });

  it('band pain is same-day at any duration (P11), with a doctor rather than a pharmacist from four weeks on', () => {
    const at = (days: number | undefined, more: string[] = []) =>
      levelOf({
        age: 70,
        present: ['pain_lower_back', 'rash_band_one_side', ...more],
        values: days === undefined ? {} : { duration_days: days },
      });
    expect(at(undefined).level).toBe('urgent');
    expect(at(20).level).toBe('urgent');
    // Duration is how long the back has hurt, not how old the rash is (review10.test.ts).
    const after = at(40);
    expect(after.level).toBe('urgent');
    expect(after.reasons.map((r) => r.ruleId)).toContain('shingles_pain_after_rash');
    // A weak immune system keeps the doctor today, and new weakness the emergency, however long it has hurt.
    expect(at(40, ['immunosuppressed']).level).toBe('urgent');
    expect(at(40, ['weakness_one_leg']).level).toBe('emergency');
  });

  it('"I don\'t know" to a cauda equina sign is never reassurance: urgent, naming the sign', () => {
    const input = person({ age: 40, present: ['pain_lower_back'] });
    const evidence = input.evidence.map((e) =>
      e.id === 'saddle_numbness' ? { id: e.id, state: 'unknown' as const } : e,
    );
    const t = triage(kb, toEvidence({ ...input, evidence }, kb.findings));
    expect(t.level).toBe('urgent');
    expect(t.reasons.flatMap((r) => r.findings)).toContain('saddle_numbness');
    expect(t.reasons.map((r) => r.ruleId)).not.toContain('no_warning_signs');
  });

  it('names unsure warning signs even when they do not change the level', () => {
    const input = person({ age: 40, present: ['pain_lower_back'] });
    const evidence = input.evidence.map((e) =>
      e.id === 'fever' ? { id: e.id, state: 'unknown' as const } : e,
    );
    const t = triage(kb, toEvidence({ ...input, evidence }, kb.findings));
    expect(t.level).toBe('self_care');
    expect(t.reasons.map((r) => r.ruleId)).toEqual(['unsure_warning_signs']);
    expect(t.reasons[0]?.findings).toContain('fever');
  });

  it.each([
    ['fever alone with back pain (P6)', ['fever'], 'fever'],
    ['past cancer', ['history_cancer'], 'past_cancer'],
    ['weight loss', ['weight_loss_unexplained'], 'weight_loss'],
    ['night pain (P4)', ['night_pain'], 'night_pain'],
    ['pain not eased by rest', ['pain_constant_unrelenting'], 'pain_not_eased_by_rest'],
    ['a lump', ['lump_or_shape_change'], 'lump_or_shape_change'],
    ['worse with coughing', ['pain_worse_cough_sneeze'], 'worse_cough_sneeze'],
    ['upper back pain', ['pain_upper_back'], 'upper_back_pain'],
    ['a weak leg', ['weakness_one_leg'], 'one_leg_weakness'],
    ['a band rash (P11)', ['rash_band_one_side'], 'shingles'],
    ['a swollen calf', ['calf_swollen_red_one_side'], 'calf_clot'],
    ['a pulsing tummy', ['pulsing_in_belly'], 'aneurysm_signs'],
    ['foot pain at rest', ['foot_pain_at_rest'], 'limb_short_of_blood'],
    ['burning pee with back pain (P6)', ['burning_urination'], 'kidney_or_urine_infection'],
    [
      'renal colic under 8/10 (P2)',
      ['pain_flank', 'pain_colicky_waves', 'pain_radiates_groin'],
      'renal_colic',
    ],
    [
      'statin with tender muscles (P7)',
      ['med_statin', 'muscle_pain_tender_swollen'],
      'statin_muscle_symptoms',
    ],
    [
      'tummy pain through to the back with sickness (P5)',
      ['pain_abdomen', 'pain_through_to_back', 'nausea_vomiting'],
      'pancreas_or_gallbladder',
    ],
    [
      'a wound with unsure vaccination',
      ['recent_wound', 'tetanus_vaccine_not_up_to_date'],
      'wound_tetanus_check',
    ],
    ['tingling mouth with cramps (P15)', ['tingling_mouth_fingers', 'leg_cramp_night'], 'low_calcium'],
  ])('%s needs help today', (_name, present, ruleId) => {
    const t = levelOf({
      age: 45,
      present: ['pain_lower_back', ...present],
      values: { pain_severity: 6, duration_days: 3 },
    });
    expect(t.level).toBe('urgent');
    expect(t.reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  it.each([
    ['not improving after 21 days (P9)', [], { duration_days: 21 }, 'not_improving_3_weeks'],
    [
      'severe for a week without improving (P3)',
      [],
      { pain_severity: 7, duration_days: 7 },
      'severe_for_a_week',
    ],
    ['stops daily activities (P3)', ['stops_daily_activities'], { duration_days: 2 }, 'affects_daily_life'],
    [
      'inflammatory pattern',
      ['morning_stiffness_long', 'better_exercise_not_rest'],
      { duration_days: 10 },
      'inflammatory_pattern',
    ],
    [
      'cramps on a new water tablet (P7)',
      ['med_diuretic', 'med_new_in_last_months', 'muscle_knot_tight'],
      { duration_days: 10 },
      'medicine_review',
    ],
    [
      'walking pain eased by sitting',
      ['leg_pain_above_knee', 'walking_pain_needs_sitting_bending'],
      { duration_days: 10 },
      'claudication',
    ],
  ])('%s: see a doctor within days', (_name, present, values, ruleId) => {
    const t = levelOf({ age: 50, present: ['pain_lower_back', ...present], values });
    expect(t.level).toBe('gp');
    expect(t.reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  it('P3: severe pain alone does not raise the level in the first week', () => {
    expect(
      levelOf({
        present: ['pain_lower_back', 'onset_lifting_twisting'],
        values: { pain_severity: 10, duration_days: 2 },
      }).level,
    ).toBe('self_care');
  });

  it('P9: 20 days without improvement is still self-care; improving at 30 days too', () => {
    expect(levelOf({ present: ['pain_lower_back'], values: { duration_days: 20 } }).level).toBe('self_care');
    expect(levelOf({ present: ['pain_lower_back', 'improving'], values: { duration_days: 30 } }).level).toBe(
      'self_care',
    );
  });

  it('P4: night pain with the inflammatory pattern is a GP matter, not urgent', () => {
    expect(
      levelOf({
        age: 27,
        present: ['pain_lower_back', 'night_pain', 'wakes_second_half_night', 'morning_stiffness_long'],
        values: { duration_days: 150 },
      }).level,
    ).toBe('gp');
  });

  it('P16: both-leg symptoms stable for months are a GP matter; new or worsening ones are an emergency', () => {
    const stable = {
      age: 74,
      present: ['pain_lower_back', 'leg_pain_both_legs'],
      values: { duration_days: 180 },
    };
    expect(levelOf(stable).level).toBe('gp');
    expect(levelOf({ ...stable, present: [...stable.present, 'getting_worse'] }).level).toBe('emergency');
    expect(levelOf({ ...stable, values: { duration_days: 30 } }).level).toBe('emergency');
  });

  it('P16 needs the person to have said it is not getting worse: unknown is not reassurance', () => {
    const input = person({
      age: 74,
      present: ['pain_lower_back', 'leg_pain_both_legs'],
      values: { duration_days: 180 },
      others: 'unknown',
    });
    expect(triageLevel(kb, toEvidence(input, kb.findings))).toBe('emergency');
  });

  it('P2: renal colic is an emergency at 8/10 or with fever', () => {
    const colic = ['pain_flank', 'pain_colicky_waves', 'pain_radiates_groin'];
    expect(levelOf({ present: colic, values: { pain_severity: 8 } }).level).toBe('emergency');
    expect(levelOf({ present: [...colic, 'fever'], values: { pain_severity: 5 } }).level).toBe('emergency');
  });

  it('sudden, severe tummy pain is an emergency without sickness or spread to the back (§1.5 rows 8 and 15)', () => {
    const tummy = ['pain_lower_back', 'pain_abdomen', 'onset_sudden'];
    const t = levelOf({ age: 24, sex: 'female', present: tummy, values: { pain_severity: 8 } });
    expect(t.level).toBe('emergency');
    expect(t.reasons.map((r) => r.ruleId)).toContain('sudden_severe_tummy_pain');
    // Neither a moderate score nor a gradual start is the NHS card's picture.
    const rules = (spec: Parameters<typeof person>[0]) => levelOf(spec).reasons.map((r) => r.ruleId);
    expect(rules({ present: tummy, values: { pain_severity: 5 } })).not.toContain('sudden_severe_tummy_pain');
    expect(
      rules({ present: ['pain_lower_back', 'pain_abdomen'], values: { pain_severity: 9 } }),
    ).not.toContain('sudden_severe_tummy_pain');
    // A lift does not take it away: it can set off the pictures the rule is for, and no answer but the
    // few reassuring ones may lower a level.
    expect(rules({ present: [...tummy, 'onset_lifting_twisting'], values: { pain_severity: 8 } })).toContain(
      'sudden_severe_tummy_pain',
    );
  });

  it('sudden, severe back pain in a man of 65 or over who smokes or has high blood pressure is urgent (§1.2 row 5)', () => {
    const rules = (spec: Parameters<typeof person>[0]) => levelOf(spec).reasons.map((r) => r.ruleId);
    const sudden = ['pain_lower_back', 'onset_sudden', 'smoker'];
    const t = levelOf({ age: 67, sex: 'male', present: sudden, values: { pain_severity: 9 } });
    expect(t.level).toBe('urgent');
    expect(t.reasons.map((r) => r.ruleId)).toContain('aneurysm_risk_sudden_severe_pain');
    // Side pain and high blood pressure are the same picture; a lift does not excuse it.
    expect(
      rules({
        age: 66,
        sex: 'male',
        present: ['pain_flank', 'onset_sudden', 'high_blood_pressure', 'onset_lifting_twisting'],
        values: { pain_severity: 8 },
      }),
    ).toContain('aneurysm_risk_sudden_severe_pain');
    // Plain readings that must not move: a moderate score, a gradual start, no risk factor, under 65, a woman.
    for (const spec of [
      { age: 67, sex: 'male', present: sudden, values: { pain_severity: 6 } },
      { age: 67, sex: 'male', present: ['pain_lower_back', 'smoker'], values: { pain_severity: 9 } },
      { age: 67, sex: 'male', present: ['pain_lower_back', 'onset_sudden'], values: { pain_severity: 9 } },
      { age: 60, sex: 'male', present: sudden, values: { pain_severity: 9 } },
      { age: 67, sex: 'female', present: sudden, values: { pain_severity: 9 } },
    ] as const)
      expect(rules({ ...spec, present: [...spec.present] })).not.toContain(
        'aneurysm_risk_sudden_severe_pain',
      );
  });

  it('P6: kidney infection with diabetes is an emergency; lower back pain with fever alone is urgent', () => {
    expect(levelOf({ present: ['pain_flank', 'fever', 'diabetes'] }).level).toBe('emergency');
    expect(levelOf({ present: ['pain_lower_back', 'fever'] }).level).toBe('urgent');
  });

  it('P8: chest pain is an emergency when new or with companions, not when recurring for weeks alone', () => {
    expect(levelOf({ present: ['pain_chest'], values: { duration_days: 0 } }).level).toBe('emergency');
    expect(
      levelOf({
        present: ['pain_chest', 'breathless', 'chest_pain_recurring_week'],
        values: { duration_days: 30 },
      }).level,
    ).toBe('emergency');
    const recurring = {
      present: [
        'pain_lower_back',
        'pain_chest',
        'recurrent_episodes',
        'improving',
        'chest_pain_recurring_week',
      ],
      values: { duration_days: 30 },
    };
    expect(levelOf(recurring).level).toBe('self_care');
    // New chest pain during a long back-pain episode: the episode's 30 days do not make it old.
    expect(
      levelOf({ ...recurring, present: recurring.present.filter((id) => id !== 'chest_pain_recurring_week') })
        .level,
    ).toBe('emergency');
    // Not asked our follow-up: the episode's duration stands in, as P8 itself does.
    const notAsked = person({
      present: ['pain_lower_back', 'pain_chest', 'improving'],
      values: { duration_days: 30 },
    });
    const unknownFollowUp = {
      ...notAsked,
      evidence: notAsked.evidence.filter((e) => e.id !== 'chest_pain_recurring_week'),
    };
    expect(triageLevel(kb, toEvidence(unknownFollowUp, kb.findings))).toBe('self_care');
  });

  it('known deviation from P8: new chest pain with a one-sided band rash stays an emergency (hazard HAZ-19)', () => {
    // P8 lets a band rash follow the other rules; a rash is itself a warning sign, and adding one must
    // never lower the level, so chest pain keeps its emergency with or without the rash.
    const chest = { present: ['pain_chest'], values: { duration_days: 1 } };
    const withRash = { ...chest, present: [...chest.present, 'rash_band_one_side'] };
    expect(levelOf(chest).level).toBe('emergency');
    expect(levelOf(withRash).level).toBe('emergency');
    expect(levelOf(withRash).reasons.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining(['chest_pain', 'shingles']),
    );
  });

  it('P14: simple pregnancy back pain is self-care; with fever or burning pee it is urgent', () => {
    const simple = {
      age: 29,
      sex: 'female' as const,
      present: ['pain_lower_back', 'pregnant', 'pain_worse_movement'],
      values: { duration_days: 5 },
    };
    expect(levelOf(simple).level).toBe('self_care');
    expect(levelOf({ ...simple, present: [...simple.present, 'fever'] }).level).toBe('urgent');
    expect(levelOf({ ...simple, present: [...simple.present, 'burning_urination'] }).level).toBe('urgent');
  });

  it('fracture risk: a minor fall at 70 or over is urgent; at 40 with nothing else it is not', () => {
    expect(levelOf({ age: 75, present: ['pain_lower_back', 'onset_minor_fall'] }).level).toBe('urgent');
    expect(levelOf({ age: 40, present: ['pain_lower_back', 'onset_minor_fall'] }).level).toBe('self_care');
  });

  it('reasons are sorted most urgent first, and the level is the first reason’s', () => {
    const t = levelOf({ present: ['pain_lower_back', 'fever', 'saddle_numbness', 'getting_worse'] });
    const ranks = t.reasons.map((r) => urgencyRank(r.level));
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(t.level).toBe(t.reasons[0]?.level);
  });

  it('every rule cites a source', () => {
    for (const r of kb.triageRules) expect(r.sources.length, r.id).toBeGreaterThan(0);
  });
});

describe('triage properties', () => {
  it('the red flags include the cauda equina signs and none of them is a reassuring answer', () => {
    expect(RED_FLAGS).toEqual(
      expect.arrayContaining([
        'saddle_numbness',
        'urinary_retention',
        'incontinence',
        'numbness_both_legs',
        'fever',
        'pain_chest',
      ]),
    );
    expect(RED_FLAGS.filter((id) => REASSURING.has(id))).toEqual([]);
  });

  it(
    'adding any red-flag finding never lowers the triage level',
    () => {
      fc.assert(
        fc.property(arbitraryInput, fc.constantFrom(...RED_FLAGS), (input, flag) => {
          const before = finalLevel(input);
          const after = finalLevel(withPresent(input, flag));
          expect(urgencyRank(after)).toBeGreaterThanOrEqual(urgencyRank(before));
        }),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'adding any finding other than the few reassuring answers never lowers the level',
    () => {
      const ids = kb.findings
        .map((f) => f.id)
        .filter((id) => !REASSURING.has(id) && id !== 'pain_severity' && id !== 'duration_days');
      fc.assert(
        fc.property(arbitraryInput, fc.constantFrom(...ids), (input, id) => {
          const before = finalLevel(input);
          const after = finalLevel(withPresent(input, id));
          expect(urgencyRank(after)).toBeGreaterThanOrEqual(urgencyRank(before));
        }),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a higher pain score never lowers the level',
    () => {
      fc.assert(
        fc.property(arbitraryInput, fc.integer({ min: 0, max: 9 }), (input, pain) => {
          const base = { ...input, evidence: input.evidence.filter((e) => e.id !== 'pain_severity') };
          const at = (v: number) =>
            triageLevel(
              kb,
              toEvidence(
                {
                  ...base,
                  evidence: [...base.evidence, { id: 'pain_severity', state: 'present', value: v }],
                },
                kb.findings,
              ),
            );
          expect(urgencyRank(at(pain + 1))).toBeGreaterThanOrEqual(urgencyRank(at(pain)));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it("the level is the rules' level, raised to gp only while warning signs are unanswered, which it lists", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const ev = toEvidence(input, kb.findings);
        const t = triage(kb, ev);
        const ruled = triageLevel(kb, ev);
        if (t.unanswered.length === 0) expect(t.level).toBe(ruled);
        else {
          expect(t.level).toBe(urgencyRank(ruled) >= urgencyRank('gp') ? ruled : 'gp');
          expect(t.reasons.map((r) => r.ruleId)).toContain(UNANSWERED_RULE_ID);
          const mentioned = new Set(input.evidence.map((e) => e.id));
          for (const id of t.unanswered) expect(mentioned.has(id), id).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the right place first', () => {
  it('burning when peeing is never self-care: a pharmacist for a woman of 16 to 64 who is not pregnant', () => {
    const woman = levelOf({
      age: 26,
      sex: 'female',
      present: ['burning_urination'],
      values: { duration_days: 2 },
    });
    expect([woman.level, woman.service]).toEqual(['urgent', 'pharmacist']);
    const man = levelOf({
      age: 26,
      sex: 'male',
      present: ['burning_urination'],
      values: { duration_days: 2 },
    });
    expect([man.level, man.service]).toEqual(['urgent', 'urgent_doctor']);
    const older = levelOf({
      age: 70,
      sex: 'female',
      present: ['blood_in_urine'],
      values: { duration_days: 2 },
    });
    expect([older.level, older.service]).toEqual(['urgent', 'urgent_doctor']);
  });

  it('30 weeks pregnant with back and tummy pain: the maternity unit, not a GP', () => {
    const t = levelOf({
      age: 30,
      sex: 'female',
      present: ['pregnant', 'pregnant_over_20_weeks', 'pain_lower_back', 'pain_abdomen'],
      values: { duration_days: 1, pain_severity: 6 },
    });
    expect([t.level, t.service]).toEqual(['urgent', 'maternity_unit']);
  });

  it('an emergency that is not about the pregnancy stays with the emergency services', () => {
    const t = levelOf({
      age: 30,
      sex: 'female',
      present: ['pregnant', 'pregnant_over_20_weeks', 'pain_upper_back', 'pain_tearing_severe_sudden'],
      values: { duration_days: 0 },
    });
    expect([t.level, t.service]).toEqual(['emergency', 'emergency_services']);
  });
});

describe('unasked is unknown', () => {
  it('with nothing answered the result is not self-care, and names the warning signs to ask', () => {
    const t = triage(kb, toEvidence({ age: 70, sex: 'male', evidence: [] }, kb.findings));
    expect(t.level).not.toBe('self_care');
    // Only the questions that cannot apply to a man are left out.
    const womens = [
      'pregnant',
      'pregnancy_bleeding_or_contractions',
      'abnormal_vaginal_discharge_or_bleeding',
    ];
    expect(t.unanswered).toEqual(expect.arrayContaining(RED_FLAGS.filter((id) => !womens.includes(id))));
    expect(t.unanswered.filter((id) => womens.includes(id))).toEqual([]);
    expect(t.reasons[0]?.ruleId).toBe(UNANSWERED_RULE_ID);
  });

  it('lower-back pain with nothing else asked is not self-care', () => {
    const t = levelOf({ present: ['pain_lower_back'], others: 'unknown' });
    expect(t.level).toBe('gp');
    expect(t.unanswered).toContain('saddle_numbness');
  });

  it('with every warning sign answered no, self-care stays possible', () => {
    const t = levelOf({ present: ['pain_lower_back'], values: { duration_days: 2, pain_severity: 4 } });
    expect(t.level).toBe('self_care');
    expect(t.unanswered).toEqual([]);
  });

  it('a follow-up that cannot apply is not unanswered (no pregnancy questions for a man)', () => {
    const t = levelOf({ sex: 'male', present: ['pain_lower_back'], values: { duration_days: 2 } });
    expect(t.unanswered).not.toContain('pregnant');
  });
});
