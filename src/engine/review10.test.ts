/**
 * Review 10 (clinical safety of the rules merged with red-team round 4): the high-potassium emergency
 * kept to the people whose level climbs (§4.2 [R68c]), and a band rash kept same-day however long the
 * back has hurt (P11), each with the readings that must not move.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../knowledge/index.ts';
import { toEvidence } from './evidence.ts';
import { person } from './testing.ts';
import { triage } from './triage.ts';

const kb = getKnowledge();
const assess = (present: string[], values: Record<string, number> = {}, age = 60) =>
  triage(
    kb,
    toEvidence(
      person({ age, present, values: { pain_severity: 4, duration_days: 5, ...values } }),
      kb.findings,
    ),
  );
const fired = (t: ReturnType<typeof assess>) => t.reasons.map((r) => r.ruleId);

describe('too much potassium or magnesium', () => {
  it('a racing heart on an ACE inhibitor with a supplement and healthy kidneys is a same-day check, not 999', () => {
    // The supplement is most often magnesium or zinc, which the tablet does not make build up.
    for (const sign of ['palpitations', 'generalised_weakness']) {
      const t = assess(['pain_lower_back', sign, 'med_ace_arb', 'supplement_magnesium_zinc_potassium']);
      expect(t.level, sign).toBe('urgent');
      expect(fired(t)).not.toContain('mineral_excess_emergency');
    }
  });

  it('stays an emergency with kidney disease, or with a potassium-sparing diuretic beside a second raiser', () => {
    const cases: string[][] = [
      ['kidney_disease', 'med_ace_arb', 'palpitations'],
      ['kidney_disease', 'supplement_magnesium_zinc_potassium', 'generalised_weakness'],
      ['kidney_disease', 'med_potassium_sparing_diuretic', 'palpitations'],
      ['med_potassium_sparing_diuretic', 'med_ace_arb', 'palpitations'],
      ['med_potassium_sparing_diuretic', 'med_ace_arb', 'generalised_weakness'],
      ['med_potassium_sparing_diuretic', 'supplement_magnesium_zinc_potassium', 'palpitations'],
    ];
    for (const present of cases) {
      const t = assess(['pain_lower_back', ...present]);
      expect(t.level, present.join('+')).toBe('emergency');
      expect(fired(t)).toContain('mineral_excess_emergency');
    }
  });

  it('a person with kidney disease on ramipril, cramps and a racing heart is never told only that the level is low', () => {
    // Both mineral emergencies fire; "very low" alone would invite the supplement the other one stops.
    const t = assess(['muscle_knot_tight', 'palpitations', 'kidney_disease', 'med_ace_arb']);
    expect(fired(t)).toEqual(expect.arrayContaining(['mineral_emergency', 'mineral_excess_emergency']));
    for (const id of fired(t)) {
      const text = kb.triageRules.find((r) => r.id === id)?.text ?? '';
      if (/\blow\b/.test(text)) expect(text, id).toMatch(/too high/);
    }
  });

  it('cramps with a racing heart stay the low-mineral emergency whatever the medicines', () => {
    const t = assess([
      'muscle_knot_tight',
      'palpitations',
      'med_ace_arb',
      'supplement_magnesium_zinc_potassium',
    ]);
    expect(t.level).toBe('emergency');
    expect(fired(t)).toContain('mineral_emergency');
  });
});

describe('a band of pain or rash (P11)', () => {
  it('is same-day after months of back pain: the rash may have come up yesterday', () => {
    for (const days of [28, 60, 120]) {
      const t = assess(['pain_lower_back', 'rash_band_one_side'], { duration_days: days }, 70);
      expect(t.level, String(days)).toBe('urgent');
      expect(fired(t)).toContain('shingles_pain_after_rash');
      expect(fired(t)).not.toContain('shingles');
    }
  });

  it('keeps the pharmacist route in the first weeks, and the emergencies at any duration', () => {
    const early = assess(['pain_lower_back', 'rash_band_one_side'], { duration_days: 3 }, 70);
    expect(early.level).toBe('urgent');
    expect(fired(early)).toContain('shingles');
    expect(fired(early)).not.toContain('shingles_pain_after_rash');
    const late = (more: string[]) =>
      assess(['pain_lower_back', 'rash_band_one_side', ...more], { duration_days: 60 }, 70).level;
    expect(late(['immunosuppressed', 'feels_very_unwell'])).toBe('emergency');
    expect(late(['weakness_one_leg'])).toBe('emergency');
    expect(late(['confusion_drowsy'])).toBe('emergency');
  });
});
