/**
 * The self-care knowledge (sources, advice, seed claims, safety rules, safety net) is complete, honest
 * and loads without issues of its own, independently of the findings, questions, triage rules and causes.
 */

import { describe, expect, it } from 'vitest';
import { developerText } from '../contract/errors.ts';
import { advice } from './advice.ts';
import { p } from './conditions.ts';
import { knowledgeData } from './index.ts';
import { loadKnowledge } from './load.ts';
import { safetyNet } from './safety-net.ts';
import { safetyRules } from './safety-rules.ts';
import { seedClaims } from './seed-claims.ts';
import { sources } from './sources.ts';
import type { SafetyRule } from './types.ts';

const MY_SECTIONS = /^(advice|seedClaims|safetyRules|safetyNet|sources)\b/;

describe('loading the self-care knowledge', () => {
  it('raises no issue in sources, advice, seed claims, safety rules or the safety net', () => {
    const result = loadKnowledge(knowledgeData);
    const mine = result.ok ? [] : result.issues.filter((i) => MY_SECTIONS.test(i.path));
    expect(mine).toEqual([]);
  });

  it('reports a bad source id, an unknown advice id and a missing why in these sections', () => {
    const broken = {
      ...knowledgeData,
      safetyRules: [
        ...safetyRules,
        // As it might come from a file: ids outside the type system, for the loader's own checks.
        {
          id: 'broken',
          when: { op: 'present', id: 'diabetes' },
          withhold: ['no_such_item'],
          why: ' ',
          sources: ['R999'],
        } as unknown as SafetyRule,
      ],
    };
    const result = loadKnowledge(broken);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.filter((i) => i.path === 'safetyRules[broken]');
    expect(paths.map((i) => developerText({ ...i, path: '' })).sort()).toEqual(
      ['cites unknown source "R999"', 'names unknown advice "no_such_item"', 'needs a why'].sort(),
    );
  });
});

describe('sources', () => {
  it('has unique ids shaped like R13 or R13b', () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^R\d+[a-z]?$/);
  });

  it('covers R1 to R104 (the research list has no R76)', () => {
    const numbered = new Set(sources.map((s) => Number(/^R(\d+)/.exec(s.id)?.[1])));
    const missing = Array.from({ length: 104 }, (_, i) => i + 1).filter((n) => !numbered.has(n));
    expect(missing).toEqual([76]);
  });

  it('gives every source a title and at least one web address', () => {
    for (const s of sources) {
      expect(s.title.trim().length, s.id).toBeGreaterThan(3);
      for (const url of s.urls) expect(url, s.id).toMatch(/^https?:\/\/\S+$/);
      expect(s.urls.length, s.id).toBeGreaterThan(0);
    }
  });

  it('marks every source served only from an aggregator site as lower reliability', () => {
    const aggregator = /droracle\.ai|ntro\.it\.com|medx\.it\.com/;
    for (const s of sources)
      if (s.urls.every((u) => aggregator.test(u))) expect(s.lowerReliability, s.id).toBe(true);
    expect(sources.filter((s) => s.lowerReliability).length).toBeGreaterThan(10);
  });

  it('is cited: every id cited by the self-care knowledge exists', () => {
    const known = new Set(sources.map((s) => s.id));
    const cited = [...advice, ...seedClaims, ...safetyRules, ...safetyNet].flatMap((x) => x.sources);
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('seed claims', () => {
  const REQUIRED = [
    // causes
    'cause_low_minerals',
    'cause_diuretics',
    'cause_diabetes',
    'cause_poor_blood_flow',
    'cause_exercise_stress',
    'cause_medicine_side_effects',
    'cause_nerve_compression',
    'framing_no_biological_explanation',
    'framing_mostly_harmless',
    // treatment tips
    'framing_heals_on_own',
    'framing_rest',
    'tip_exercise_health',
    'tip_warm_up_stretch',
    'tip_balanced_diet',
    'tip_stretch_massage',
    'tip_drink_water',
    'tip_avoid_sugary_sports_drinks',
    'tip_zinc_magnesium_tablets',
    'tip_cold_compress',
    'tip_analgesic_ointment',
    'tip_shoes_heels',
    // home remedies
    'remedy_ginger',
    'remedy_hot_then_cold',
    'remedy_cold_better_than_warm',
    'remedy_raise_feet',
    'remedy_lots_of_liquids',
    // what makes it worse
    'worse_sleeping_on_packs',
    'worse_cold_on_bare_skin',
    'worse_exercise_on_relaxants',
    'worse_alcohol_painkillers',
  ];

  it('covers every claim of the article', () => {
    const ids: string[] = seedClaims.map((c) => c.id);
    expect(ids.filter((id) => !REQUIRED.includes(id))).toEqual([]);
    expect(REQUIRED.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('files each claim under its section of the article', () => {
    const section = new Map<string, string>(seedClaims.map((c) => [c.id, c.section]));
    for (const id of REQUIRED) {
      const expected = id.startsWith('cause_')
        ? 'causes'
        : id.startsWith('tip_')
          ? 'treatment_tips'
          : id.startsWith('remedy_')
            ? 'home_remedies'
            : id.startsWith('worse_')
              ? 'makes_worse'
              : undefined;
      if (expected) expect(section.get(id), id).toBe(expected);
    }
  });

  it('grades the claims as research §3 does, taking the more cautious grade of a split', () => {
    const grade = new Map(seedClaims.map((c) => [c.id, c.grade]));
    expect(grade.get('framing_rest')).toBe('contradicted');
    expect(grade.get('tip_zinc_magnesium_tablets')).toBe('contradicted');
    expect(grade.get('remedy_hot_then_cold')).toBe('unsupported');
    expect(grade.get('cause_diabetes')).toBe('weak'); // "weak–supported"
    expect(grade.get('tip_drink_water')).toBe('unsupported'); // "weak/unsupported"
    expect(grade.get('tip_shoes_heels')).toBe('unsupported'); // "weak/unsupported"
    expect(grade.get('tip_analgesic_ointment')).toBe('weak'); // "weak–supported"
    expect(grade.get('worse_sleeping_on_packs')).toBe('supported');
  });

  it('explains every split grade in its note', () => {
    for (const id of ['cause_diabetes', 'tip_stretch_massage', 'tip_drink_water', 'tip_shoes_heels']) {
      const c = seedClaims.find((s) => s.id === id);
      expect(c?.gradeNote, id).toMatch(/more cautious grade/);
    }
  });

  it('flags the fever-and-vomiting advice as a reason to get checked, not to treat at home', () => {
    const c = seedClaims.find((s) => s.id === 'remedy_lots_of_liquids');
    expect(c?.verdict).toMatch(/high temperature/);
    expect(c?.verdict).toMatch(/medical help/);
  });

  it('never reuses the article’s sentences', () => {
    const article = [
      'The pain stops as soon as you stop walking',
      'Back spasms generally heal on their own',
      'because they aggravate the pain',
      'The use of cold water instead of warm water bags gives better results',
      'Lifting the feet from the level of the body reduces the spasm',
      'Repeat this recipe three times a day',
    ].map((s) => s.toLowerCase());
    for (const c of seedClaims)
      for (const sentence of article) expect(c.claim.toLowerCase(), c.id).not.toContain(sentence);
  });
});

describe('advice', () => {
  const byId = new Map<string, (typeof advice)[number]>(advice.map((a) => [a.id, a]));

  it('never presents paracetamol as an effective treatment on its own', () => {
    // An item that mentions it either is a caution, or says in the same words that it does little alone.
    for (const a of advice)
      if (/paracetamol/i.test(a.text) && a.kind !== 'avoid')
        expect(a.text, `${a.id} mentions paracetamol`).toMatch(
          /paracetamol[^.]*\. It may not ease a back spasm much/i,
        );
    expect(byId.get('paracetamol_alone')?.gradeNote).toMatch(/contradicted/);
  });

  it('keeps every heat or cold timer step within 15 minutes, and warns against use while drowsy or asleep', () => {
    for (const id of ['heat', 'cold_pack', 'hot_then_cold', 'ginger_compress', 'period_heat']) {
      const timer = byId.get(id)?.timer;
      expect(timer, id).toBeDefined();
      for (const step of timer?.steps ?? [])
        expect(step.seconds, `${id}: ${step.label}`).toBeLessThanOrEqual(15 * 60);
      expect(timer?.safety.join(' '), id).toMatch(/asleep|doze/);
      expect(timer?.safety.join(' '), id).toMatch(/drowsy/);
    }
  });

  it('labels the article’s hot-then-cold timings as not evidence-based', () => {
    const a = byId.get('hot_then_cold');
    expect(a?.grade).toBe('unsupported');
    const timed = a?.timer?.steps.filter((s) => s.seconds >= 10 * 60) ?? [];
    expect(timed.length).toBe(2);
    for (const s of timed) expect(s.label).toMatch(/not evidence-based/);
  });

  it('marks the unverified heat time as our estimate', () => {
    for (const id of ['heat', 'hot_then_cold', 'ginger_compress', 'period_heat'])
      expect(byId.get(id)?.estimate, id).toMatch(/15/);
  });

  it('shows period and pregnancy advice only to the people it is for', () => {
    expect(byId.get('period_heat')?.showIf).toEqual(p('period_related_pain'));
    expect(byId.get('period_ibuprofen')?.showIf).toEqual(p('period_related_pain'));
    expect(byId.get('pregnancy_painkillers')?.showIf).toEqual(p('pregnant'));
    expect(byId.get('pregnancy_back_care')?.showIf).toEqual(p('pregnant'));
  });

  it('gives no advice item a contradicted grade (the plan would silently drop it)', () => {
    expect(advice.filter((a) => a.grade === 'contradicted').map((a) => a.id)).toEqual([]);
  });
});

describe('safety rules', () => {
  it('explain each withholding by naming the condition or medicine', () => {
    const names: Record<string, RegExp> = {
      numb_skin_no_heat_cold: /numb/,
      diabetes_no_cold: /diabetes/,
      circulation_no_cold: /circulation/,
      kidney_no_magnesium: /kidney disease/,
      kidney_no_potassium: /kidney disease/,
      ace_arb_no_potassium: /ACE inhibitor or ARB/,
      k_sparing_no_potassium: /potassium-sparing/,
      digoxin_no_self_supplement: /digoxin/,
      ulcer_no_nsaid: /stomach ulcer/,
      anticoagulant_no_nsaid: /blood thinner/,
      steroid_no_nsaid: /steroid/,
      age_60_no_nsaid: /60 or over/,
      kidney_no_nsaid: /kidney disease/,
      heart_no_nsaid: /heart disease/,
      blood_pressure_no_nsaid: /high blood pressure/,
      pregnant_no_nsaid: /pregnant/,
      triple_whammy_no_nsaid: /water tablet.*ACE inhibitor/,
      alcohol_no_paracetamol: /alcohol/,
      liver_no_paracetamol: /liver disease/,
      emergency_paracetamol_overdose: /paracetamol/,
      sedative_no_muscle_relaxant: /opioid/,
    };
    for (const [id, pattern] of Object.entries(names)) {
      const rule = safetyRules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(rule?.withhold?.length, id).toBeGreaterThan(0);
      expect(rule?.why, id).toMatch(pattern);
    }
  });

  it('withhold every heat or cold item together for numb skin', () => {
    const rule = safetyRules.find((r) => r.id === 'numb_skin_no_heat_cold');
    const heatOrCold = advice
      .filter((a) => a.timer && /warmth|cold|compress/i.test(a.title))
      .map((a) => a.id);
    expect([...(rule?.withhold ?? [])].sort()).toEqual([...heatOrCold].sort());
  });
});

describe('safety net', () => {
  it('covers the NHS emergency, urgent and GP signs at the right levels', () => {
    const levelOf = (pattern: RegExp) => safetyNet.find((s) => pattern.test(s.text))?.level;
    expect(levelOf(/genitals/)).toBe('emergency');
    expect(levelOf(/control of your bladder/)).toBe('emergency');
    expect(levelOf(/both legs/)).toBe('emergency');
    expect(levelOf(/high temperature, or feel hot/)).toBe('urgent');
    expect(levelOf(/lose weight/)).toBe('urgent');
    expect(levelOf(/worse at night/)).toBe('urgent');
    expect(levelOf(/lump/)).toBe('urgent');
    expect(levelOf(/few weeks/)).toBe('gp');
    expect(levelOf(/struggling to cope/)).toBe('gp');
    expect(levelOf(/one leg has not gone after a week/)).toBe('gp');
  });

  it('cites a source for every item', () => {
    for (const s of safetyNet) expect(s.sources.length, s.text).toBeGreaterThan(0);
  });
});
