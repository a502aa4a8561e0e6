/**
 * The parser with the Arabic lexicon, one block per handling family of issue 11: negation and its
 * scope (standard and dialect), the warning sign stated with a negation word, hedges, time, numbers
 * in Arabic-Indic and Western digits, medicines by brand as sold in Arab countries, and other people.
 * Written with and without hamza, vowel marks and tatweel, as people type.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string, today?: string) => {
  const out = parseStory({ text, ...(today ? { today } : {}) }, 'ar');
  return new Map(out.evidence.map((e) => [e.id as string, e]));
};
const state = (text: string, id: string) => read(text).get(id)?.state;

describe('Arabic: negation and its scope', () => {
  it('denies what follows لا، لم، ليس، بدون and ما في', () => {
    expect(state('لا توجد حمى.', 'fever')).toBe('absent');
    expect(state('لم أفقد الإحساس في رجلي، ليس عندي تنميل.', 'numbness_one_leg')).toBe('absent');
    expect(state('بدون حرارة.', 'fever')).toBe('absent');
    expect(state('ما في تنميل.', 'numbness_both_legs')).toBe('absent');
    expect(state('وما في حمى.', 'fever')).toBe('absent');
  });

  it('denies with the dialect negations مش، مفيش and ما … ش', () => {
    expect(state('مفيش حرارة.', 'fever')).toBe('absent');
    expect(state('ما عنديش حرارة.', 'fever')).toBe('absent');
  });

  it('ends the scope at لكن and بس', () => {
    const r = read('لا توجد حمى لكن ظهري يوجعني.');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('pain_lower_back')?.state).toBe('present');
    expect(state('ما في حرارة بس ظهري يوجعني.', 'pain_lower_back')).toBe('present');
  });

  it('reads a plain statement of normality as a denial', () => {
    expect(state('التبول طبيعي.', 'urinary_retention')).toBe('absent');
  });

  it('does not deny inside pseudo-negations such as ليس فقط and لا يزال', () => {
    expect(state('ولا يزال يؤلمني عند الانحناء.', 'pain_worse_movement')).toBe('present');
    expect(state('ما يخليني أنام من الألم.', 'night_pain')).toBe('present');
  });

  it('starts no list at a complaint put as a "not", and stops at ، مع', () => {
    expect(state('لا آكل جيدا، قيء وحمى.', 'fever')).toBe('present');
    expect(state('ليس لدي شهية، قيء وحمى.', 'nausea_vomiting')).toBe('present');
    expect(state('مش قادر آكل، ترجيع وسخونية.', 'fever')).toBe('present');
    expect(state('بدون حمى، مع قيء.', 'nausea_vomiting')).toBe('present');
    expect(state('بدون حمى، مع قيء.', 'fever')).toBe('absent');
    expect(state('لا يوجد حمى ولا قيء.', 'nausea_vomiting')).toBe('absent');
  });

  it('reads لا أستطيع التبول as a warning sign present, not a denial', () => {
    expect(state('لا أستطيع التبول منذ الصباح.', 'urinary_retention')).toBe('present');
    expect(state('لا أستطيع التبول.', 'urinary_retention')).toBe('present');
    expect(state('ما بقدرش أبول من امبارح.', 'urinary_retention')).toBe('present');
    expect(state('مش قادر أتبول.', 'urinary_retention')).toBe('present');
    expect(state('لا أشعر بقدمي.', 'numbness_one_leg')).toBe('present');
  });
});

describe('Arabic: hedges', () => {
  it('makes a hedged finding unknown, never absent', () => {
    expect(state('ربما عندي حرارة.', 'fever')).toBe('unknown');
    expect(state('أظن عندي حمى.', 'fever')).toBe('unknown');
    expect(state('مش متأكد إذا عندي حرارة.', 'fever')).toBe('unknown');
    expect(state('ما قست حرارتي.', 'fever')).toBe('unknown');
  });
});

describe('Arabic: time', () => {
  it('reads منذ ثلاثة أسابيع, قبل يومين, من ٣ أيام and أمس', () => {
    const days = (text: string) => read(text).get('duration_days')?.value;
    expect(days('ألم في أسفل الظهر منذ ثلاثة أسابيع.')).toBe(21);
    expect(days('بدأ ألم الظهر قبل يومين.')).toBe(2);
    expect(days('ظهري يوجعني من ٣ أيام.')).toBe(3);
    expect(days('ظهري يوجعني من امبارح.')).toBe(1);
    expect(days('بقالي أسبوع وظهري بيوجعني.')).toBe(7);
    expect(days('ظهري يوجعني من يومين.')).toBe(2);
    expect(days('ظهري يوجعني لمدة أسبوعين.')).toBe(14);
  });

  it('places يوم الثلاثاء only with today’s date', () => {
    expect(read('ظهري يوجعني منذ الثلاثاء.').get('duration_days')).toBeUndefined();
    expect(read('ظهري يوجعني منذ الثلاثاء.', '2026-12-03').get('duration_days')?.value).toBe(2);
  });
});

describe('Arabic: numbers', () => {
  it('reads ٧/١٠, 7 من 10, سبعة من عشرة and a score after درجة الألم', () => {
    const score = (text: string) => read(text).get('pain_severity')?.value;
    expect(score('ألم الظهر ٧/١٠.')).toBe(7);
    expect(score('ألم الظهر 7 من 10.')).toBe(7);
    expect(score('ألم الظهر سبعة من عشرة.')).toBe(7);
    expect(score('درجة الألم ٨ تقريبا.')).toBe(8);
  });

  it('reads a temperature in Arabic-Indic digits with a decimal point or comma', () => {
    expect(state('حرارتي ٣٨٫٨.', 'fever')).toBe('present');
    expect(state('الحرارة ٣٨.٥ درجة.', 'fever')).toBe('present');
    expect(state('حرارتي 36,6.', 'fever')).toBe('absent');
  });
});

describe('Arabic: medicines by generic and brand name', () => {
  it.each([
    ['آخذ بروفين.', 'med_nsaid'],
    ['آخذ إيبوبروفين.', 'med_nsaid'],
    ['آخذ نوروفين.', 'med_nsaid'],
    ['آخذ Advil.', 'med_nsaid'],
    ['آخذ كاتافلام.', 'med_nsaid'],
    ['آخذ وارفارين.', 'med_anticoagulant'],
    ['آخذ ماريفان.', 'med_anticoagulant'],
    ['آخذ إليكويس.', 'med_anticoagulant'],
    ['آخذ أبيكسابان.', 'med_anticoagulant'],
    ['آخذ مميع للدم.', 'med_anticoagulant'],
    ['آخذ بنادول.', 'med_paracetamol'],
    ['آخذ أدول.', 'med_paracetamol'],
    ['آخذ باراسيتامول.', 'med_paracetamol'],
    ['آخذ Panadol.', 'med_paracetamol'],
  ])('reads "%s" as %s', (text, id) => {
    expect(state(text, id)).toBe('present');
  });

  it('does not read a Voltaren gel as a tablet', () => {
    expect(state('أدهن فولتارين جل.', 'med_nsaid')).toBeUndefined();
  });
});

describe('Arabic: other people', () => {
  it('leaves out what a relative has', () => {
    const r = read('أمي عندها سرطان. ظهري يوجعني.');
    expect(r.get('history_cancer')).toBeUndefined();
    expect(r.get('pain_lower_back')?.state).toBe('present');
  });

  it('keeps the teller’s own words in the next clause', () => {
    const r = read('أبي عنده سكري، وأنا عندي حرارة.');
    expect(r.get('diabetes')).toBeUndefined();
    expect(r.get('fever')?.state).toBe('present');
  });
});
