/**
 * Review of the knowledge merged after ae96950 (the aneurysm-risk rule, pregnancy complications
 * suspected by emergency rules, simple pregnancy back pain weighed down by what a back cannot cause),
 * probed from the side its author did not: bleeding in pregnancy, period pain shown to a pregnant
 * woman, and how far the new rule reaches into ordinary older men's back pain.
 */
import { describe, expect, it } from 'vitest';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { Assessment, Question } from '../contract/output.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { differential } from './differential.ts';
import { toEvidence } from './evidence.ts';
import { nextStep } from './interview.ts';
import { person } from './testing.ts';
import { triage } from './triage.ts';

const kb = getKnowledge();
type Spec = Parameters<typeof person>[0];
const triageOf = (spec: Spec) => triage(kb, toEvidence(person(spec), kb.findings));
const topCauses = (spec: Spec, n = 3) =>
  differential(kb, toEvidence(person(spec), kb.findings))
    .slice(0, n)
    .map((c) => c.id);

describe('bleeding in pregnancy (§1.5 rows 9, 12 and 15; P14)', () => {
  it('the general "unusual discharge or bleeding" answer makes pregnancy back pain a same-day matter', () => {
    // She said yes to the women's-health item but has not answered the pregnancy follow-up.
    const t = triageOf({
      age: 29,
      sex: 'female',
      present: ['pregnant', 'abnormal_vaginal_discharge_or_bleeding', 'pain_lower_back'],
      values: { duration_days: 0.5 },
      others: 'unknown',
    });
    expect(t.level).toBe('urgent');
    expect(t.reasons.map((r) => r.ruleId)).toContain('pregnancy_warning_signs');
  });

  it('plain readings do not move', () => {
    // Not pregnant: unusual discharge alone stays a GP matter.
    expect(
      triageOf({
        age: 29,
        sex: 'female',
        present: ['abnormal_vaginal_discharge_or_bleeding', 'pain_lower_back'],
        values: { duration_days: 3, pain_severity: 4 },
      }).level,
    ).toBe('gp');
    // Simple pregnancy back pain is self-care (P14), with the back as its likely cause.
    const simple: Spec = {
      age: 30,
      sex: 'female',
      present: [
        'pregnant',
        'pregnant_over_20_weeks',
        'pain_lower_back',
        'pain_buttock',
        'pain_worse_movement',
      ],
      values: { duration_days: 10, pain_severity: 5 },
    };
    expect(triageOf(simple).level).toBe('self_care');
    expect(topCauses(simple, 1)).toEqual(['pregnancy_back_pain']);
    // Bleeding in pregnancy through its own follow-up is still the emergency.
    expect(
      triageOf({
        age: 29,
        sex: 'female',
        present: ['pregnant', 'pregnancy_bleeding_or_contractions', 'pain_lower_back'],
      }).level,
    ).toBe('emergency');
  });

  it('with pregnancy and bleeding, the pregnancy complication outranks a strain', () => {
    const causes = topCauses({
      age: 29,
      sex: 'female',
      present: ['pregnant', 'abnormal_vaginal_discharge_or_bleeding', 'pain_abdomen', 'pain_lower_back'],
    });
    expect(causes).toContain('pregnancy_complication');
    expect(causes.indexOf('pregnancy_complication')).toBeLessThan(causes.indexOf('muscle_strain'));
  });
});

describe('period pain is not shown to a pregnant woman', () => {
  it('labour-like waves at 34 weeks, stopped at the emergency before the periods were asked', () => {
    const causes = topCauses({
      age: 33,
      sex: 'female',
      present: [
        'pregnant',
        'pregnant_over_20_weeks',
        'pregnancy_bleeding_or_contractions',
        'pain_lower_back',
        'pain_abdomen',
        'pain_colicky_waves',
      ],
      others: 'unknown',
    });
    expect(causes[0]).toBe('pregnancy_complication');
    expect(causes).not.toContain('menstrual_pain');
  });

  it('sudden tummy pain before the pregnancy was asked: a pregnancy outside the womb, not period pain (§1.5 rows 9, 14)', () => {
    // The check stops at sudden_severe_tummy_pain after the first screens.
    const causes = topCauses({
      age: 24,
      sex: 'female',
      present: ['pain_abdomen', 'pain_lower_back', 'onset_sudden'],
      values: { duration_days: 0.2 },
      others: 'unknown',
    });
    expect(causes).toContain('pregnancy_complication');
    expect(causes).not.toContain('menstrual_pain');
  });

  it('plain reading: period pain that came on suddenly, said to come with the period, is still period pain', () => {
    expect(
      topCauses(
        {
          age: 24,
          sex: 'female',
          present: [
            'period_related_pain',
            'pain_abdomen',
            'pain_lower_back',
            'onset_sudden',
            'recurrent_episodes',
          ],
          values: { duration_days: 1, pain_severity: 6 },
        },
        1,
      ),
    ).toEqual(['menstrual_pain']);
  });

  it('plain reading: a woman who is not pregnant, with pain at her period, is shown period pain first', () => {
    expect(
      topCauses(
        {
          age: 28,
          sex: 'female',
          present: ['period_related_pain', 'pain_lower_back', 'pain_abdomen', 'recurrent_episodes'],
        },
        1,
      ),
    ).toEqual(['menstrual_pain']);
  });
});

/** The interview answered from a set of present findings (every other item no), as the eval's patient. */
function interview(start: AssessmentInput, present: readonly string[], values: Record<string, number>) {
  const set = new Set(present);
  let input = start;
  const asked: Question[] = [];
  for (let i = 0; i < 60; i++) {
    const step = nextStep(kb, input);
    if (step.done) return { asked, assessment: step.assessment as Assessment };
    asked.push(step.question);
    const answers: EvidenceItem[] = step.question.items.map((it) =>
      step.question.type === 'number'
        ? values[it.findingId] === undefined
          ? { id: it.findingId, state: 'unknown' }
          : { id: it.findingId, state: 'present', value: values[it.findingId] as number }
        : { id: it.findingId, state: set.has(it.findingId) ? 'present' : 'absent' },
    );
    input = { ...input, evidence: [...input.evidence, ...answers] };
  }
  throw new Error('interview did not end');
}

describe('the interview of a pregnant woman with bleeding', () => {
  it('asks about bleeding, not about periods, and ends same-day or sooner', () => {
    const { asked, assessment } = interview(
      { age: 29, sex: 'female', evidence: [] },
      ['pain_lower_back', 'pregnant', 'abnormal_vaginal_discharge_or_bleeding'],
      { pain_severity: 4, duration_days: 1 },
    );
    const items = asked.flatMap((q) => q.items.map((i) => i.findingId));
    expect(items).toContain('abnormal_vaginal_discharge_or_bleeding');
    expect(items).not.toContain('period_related_pain');
    expect(['urgent', 'emergency']).toContain(assessment.triage.level);
  });

  it('plain reading: a woman who is not pregnant is still asked about her periods', () => {
    const { asked } = interview(
      { age: 29, sex: 'female', evidence: [] },
      ['pain_lower_back', 'pain_abdomen'],
      { pain_severity: 4, duration_days: 1 },
    );
    expect(asked.flatMap((q) => q.items.map((i) => i.findingId))).toContain('period_related_pain');
  });
});

describe('pregnancy and the urine (the ratios added for simple pregnancy back pain)', () => {
  it('burning pee in pregnancy: a urine infection heads the list, urgent (P14)', () => {
    const spec: Spec = {
      age: 27,
      sex: 'female',
      present: ['pregnant', 'burning_urination', 'pain_lower_back'],
      values: { duration_days: 2, pain_severity: 3 },
    };
    expect(triageOf(spec).level).toBe('urgent');
    expect(topCauses(spec, 1)).toEqual(['urinary_tract_infection']);
  });

  it('fever, shivers, side pain and burning pee in pregnancy: a kidney infection, an emergency (§1.2 row 6, P6)', () => {
    const spec: Spec = {
      age: 27,
      sex: 'female',
      present: ['pregnant', 'fever', 'chills_rigors', 'burning_urination', 'pain_flank'],
      values: { duration_days: 2 },
    };
    expect(triageOf(spec).level).toBe('emergency');
    expect(topCauses(spec, 1)).toEqual(['kidney_infection']);
  });

  it('fever with pain in her side in pregnancy, nothing else said: a kidney infection first, not her back (§1.5 row 12)', () => {
    const spec: Spec = {
      age: 27,
      sex: 'female',
      present: ['pregnant', 'fever', 'pain_flank', 'pain_lower_back'],
      values: { duration_days: 2 },
    };
    expect(triageOf(spec).level).toBe('emergency');
    expect(topCauses(spec, 1)).toEqual(['kidney_infection']);
  });

  it('plain reading: sciatica in pregnancy stays sciatica, with the pregnancy second', () => {
    expect(
      topCauses(
        {
          age: 31,
          sex: 'female',
          present: [
            'pregnant',
            'pregnant_over_20_weeks',
            'pain_lower_back',
            'pain_buttock',
            'leg_pain_below_knee',
            'leg_pain_worse_than_back',
            'numbness_one_leg',
          ],
          values: { duration_days: 5, pain_severity: 6 },
        },
        2,
      ),
    ).toEqual(['sciatica', 'pregnancy_back_pain']);
  });
});

describe('reach of aneurysm_risk_sudden_severe_pain (§1.2 row 5)', () => {
  const spasm = (age: number, severity: number, sex: 'male' | 'female' = 'male'): Spec => ({
    age,
    sex,
    present: [
      'smoker',
      'pain_lower_back',
      'onset_sudden',
      'onset_lifting_twisting',
      'muscle_knot_tight',
      'pain_worse_movement',
    ],
    values: { pain_severity: severity, duration_days: 0.5 },
  });

  it('a lifting spasm at 8/10 in a man of 66 who smokes is urgent: row 5 gives a lift no exception', () => {
    const t = triageOf(spasm(66, 8));
    expect(t.level).toBe('urgent');
    expect(t.reasons[0]?.ruleId).toBe('aneurysm_risk_sudden_severe_pain');
    // Its cause list still leads with the strain: the rule adds only the urgent ratio.
    expect(topCauses(spasm(66, 8), 1)).toEqual(['muscle_strain']);
  });

  it('plain readings: below 8/10, under 65, or a woman, the lifting spasm stays self-care', () => {
    expect(triageOf(spasm(66, 7)).level).toBe('self_care');
    expect(triageOf(spasm(64, 9)).level).toBe('self_care');
    expect(triageOf(spasm(66, 9, 'female')).level).toBe('self_care');
  });

  it('from 70 the sudden start is already urgent by the fracture row, so the new rule moves levels only at 65 to 69', () => {
    const t = triageOf(spasm(72, 9));
    expect(t.level).toBe('urgent');
    expect(t.reasons.map((r) => r.ruleId)).toContain('fracture_risk');
  });
});
