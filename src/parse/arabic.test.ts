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

  it('takes a medicine given up as not taken now: وقفت البروفين, but not standing up: لما وقفت', () => {
    expect(state('وقفت البروفين.', 'med_nsaid')).toBeUndefined();
    expect(state('لما وقفت حسيت بتنميل في رجلي.', 'numbness_one_leg')).toBe('present');
  });

  it('ends a denial at what a note reports after a comma or و: ينفي الحرارة، يشكو من احتباس البول', () => {
    expect(state('ينفي الحرارة، يشكو من احتباس البول', 'urinary_retention')).toBe('present');
    expect(state('ينفي الحرارة ويشكو من احتباس البول', 'urinary_retention')).toBe('present');
    expect(state('لا يشكو من حمى', 'fever')).toBe('absent');
  });

  it('reads a condition imagined (لو) as not had, and a medicine given up only forward', () => {
    expect(state('لو عندي حرارة كنت رحت الطوارئ', 'fever')).toBeUndefined();
    expect(state('آخذ الوارفارين ووقفت البروفين', 'med_anticoagulant')).toBe('present');
  });

  it('reads مستبعدة as ruled out, and no طبيعي past a comma', () => {
    expect(state('الحمى مستبعدة.', 'fever')).toBe('absent');
    expect(state('رجلي ضعيفة، والباقي طبيعي', 'weakness_one_leg')).toBe('present');
  });

  it('reads a temperature followed by how long: حرارتي ٣٩ من يومين', () => {
    expect(state('حرارتي ٣٩ من يومين', 'fever')).toBe('present');
  });

  it('reads dictation with no commas: ما عندي حرارة عندي وجع ظهر', () => {
    expect(state('ما عندي حرارة عندي وجع ظهر', 'pain_lower_back')).toBe('present');
    expect(state('ما عندي حرارة عندي وجع ظهر', 'fever')).toBe('absent');
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

describe('Arabic: warning signs said in lay words, often with their own negation', () => {
  it('denies with ما عندي, though a phrase takes its second word', () => {
    expect(state('ما عندي حرارة.', 'fever')).toBe('absent');
    expect(state('ما عندي حرارة ولا ضعف في رجلي.', 'fever')).toBe('absent');
  });

  it('reads not being able to hold the urine as incontinence, not retention', () => {
    for (const text of ['لا أستطيع التحكم في البول.', 'مش قادر أمسك البول.', 'ما بقدر امسك حالي.']) {
      const r = read(text);
      expect(r.get('incontinence')?.state).toBe('present');
      expect(r.get('urinary_retention')).toBeUndefined();
    }
    expect(state('البول ينزل مني بدون ما أحس.', 'incontinence')).toBe('present');
    expect(state('فقدان السيطرة على المصرات.', 'incontinence')).toBe('present');
    expect(state('لا يوجد اضطراب في المصرات.', 'incontinence')).toBe('absent');
  });

  it('reads retention in the dialects and the clinical third person', () => {
    expect(state('ما عم بقدر فوت عالحمام من مبارح.', 'urinary_retention')).toBe('present');
    expect(state('لا يستطيع التبول.', 'urinary_retention')).toBe('present');
    expect(state('بالكاد أستطيع التبول.', 'urinary_retention')).toBe('present');
    expect(state('صار لي يومين ما بولت.', 'urinary_retention')).toBe('present');
    expect(state('أكتب عن أبي، ما يقدر يبول من أمس.', 'urinary_retention')).toBe('present');
    expect(state('ما في مشكلة في التبول.', 'urinary_retention')).toBe('absent');
  });

  it('reads leg weakness said as no strength, a knee that gives way or a foot that will not lift', () => {
    for (const text of [
      'لا توجد قوة في رجلي اليمنى.',
      'مفيش قوة في رجلي.',
      'إجري ما فيها قوة.',
      'رجلي ما فيها حيل.',
      'ركبتي تطوي.',
    ])
      expect(state(text, 'weakness_one_leg')).toBe('present');
    const foot = read('ما أقدر أرفع مشط رجلي.');
    expect(foot.get('weakness_one_leg')?.state).toBe('present');
    expect(foot.get('pain_worse_movement')).toBeUndefined();
    expect(state('ضعف في الطرفين السفليين.', 'weakness_both_legs')).toBe('present');
  });

  it('reads not feeling a leg or the saddle area in the standard and the dialects', () => {
    expect(state('لم أعد أشعر برجلي اليسرى.', 'numbness_one_leg')).toBe('present');
    expect(state('ما عم حس بإجري.', 'numbness_one_leg')).toBe('present');
    expect(state('مش حاسة برجليا.', 'numbness_both_legs')).toBe('present');
    expect(state('ما أحس برجولي.', 'numbness_both_legs')).toBe('present');
    expect(state('مش حاسس بالمنطقة اللي تحت خالص.', 'saddle_numbness')).toBe('present');
    expect(state('نقص الإحساس حول الشرج.', 'saddle_numbness')).toBe('present');
  });

  it('reads chest pain in Gulf words and as a tight chest', () => {
    expect(state('ما فيني حرارة بس صدري يعورني.', 'pain_chest')).toBe('present');
    expect(state('صدري مقبوض.', 'pain_chest')).toBe('present');
  });
});

describe('Arabic: scope, hedges, medicines and lay words (found by probing)', () => {
  it('ends a denial at فقط', () => {
    const r = read('لا يوجد ألم في الصدر، فقط ألم في الظهر.');
    expect(r.get('pain_chest')?.state).toBe('absent');
    expect(r.get('pain_lower_back')?.state).toBe('present');
  });

  it('asks again about a symptom put as "is it normal that…?"', () => {
    expect(state('هل طبيعي إني ما أقدر أتبول؟', 'urinary_retention')).toBe('unknown');
  });

  it('denies only blood thinners for "no blood-thinning medicines", and leaves out one stopped', () => {
    const r = read('ما باخد أدوية مميعة.');
    expect(r.get('med_anticoagulant')?.state).toBe('absent');
    expect(r.get('med_nsaid')).toBeUndefined();
    expect(state('كنت آخذ وارفارين بس وقفته.', 'med_anticoagulant')).toBeUndefined();
    expect(state('آخذ ليريكا.', 'med_opioid_or_sedative')).toBe('present');
  });

  it('reads Egyptian words for a car accident and weight loss, and tiredness all the time as no constant pain', () => {
    expect(state('عملت حادثة عربية.', 'onset_major_trauma')).toBe('present');
    expect(state('خسيت ١٠ كيلو من غير رجيم.', 'weight_loss_unexplained')).toBe('present');
    expect(state('تعبان جدا طول الوقت.', 'pain_constant_unrelenting')).toBeUndefined();
  });
});

describe('Arabic: "nothing but", dialect words and look-alikes (found by probing)', () => {
  it('reads the one complaint left after "nothing but" as had', () => {
    expect(state('ما فيني شي غير وجع الظهر.', 'pain_lower_back')).toBe('present');
  });

  it('reads Egyptian على طول of a pain as all the time, not as a sudden start', () => {
    const r = read('الوجع ما بيروح حتى وأنا نايم، على طول ليل ونهار.');
    expect(r.get('onset_sudden')).toBeUndefined();
    expect(r.get('pain_constant_unrelenting')?.state).toBe('present');
    expect(state('وجعني على طول لما شلت الكرتونة.', 'onset_sudden')).toBe('present');
  });

  it('reads peeing with difficulty, a pulsing lump, steroids taken and a breath that tightens', () => {
    expect(state('بقيت بعمل حمام بصعوبة.', 'urinary_retention')).toBe('present');
    expect(state('عندي كتلة تنبض في بطني.', 'pulsing_in_belly')).toBe('present');
    expect(state('آخذ كورتيزون من سنة.', 'med_steroid_long_term')).toBe('present');
    expect(state('نفسي يضيق لما أطلع الدرج.', 'breathless')).toBe('present');
  });

  it('reads a cold, pale leg as the circulation, not as being pale and sweaty', () => {
    const r = read('رجلي باردة وشاحبة.');
    expect(r.get('foot_cold_pale_or_sores')?.state).toBe('present');
    expect(r.get('sweaty_clammy_pale')).toBeUndefined();
  });
});

describe('Arabic: spoken order and dialect forms (found by probing)', () => {
  it('denies a finding said first and then لا or مفيش, without reaching back along a list', () => {
    const r = read('حرارة لا، بس رعشة أيوه.');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('chills_rigors')?.state).toBe('present');
    expect(state('سخونية مفيش.', 'fever')).toBe('absent');
    expect(state('ألم في الصدر لا، بس نفسي ضيق.', 'pain_chest')).toBe('absent');
    expect(state('عندي تنميل، حرارة لا.', 'numbness_one_leg')).not.toBe('absent');
  });

  it('reads "no longer able to hold" and wetting oneself unnoticed as incontinence', () => {
    const r = read('ما عاد أقدر أمسك البول.');
    expect(r.get('incontinence')?.state).toBe('present');
    expect(r.get('urinary_retention')).toBeUndefined();
    expect(state('ما حسيت إني بلت على نفسي.', 'incontinence')).toBe('present');
  });

  it('reads no feeling and legs not as strong as before', () => {
    expect(state('ما عندي إحساس في رجلي.', 'numbness_one_leg')).toBe('present');
    expect(state('ما في إحساس بالمقعدة.', 'saddle_numbness')).toBe('present');
    expect(state('رجلي مش قوية زي الأول.', 'weakness_one_leg')).toBe('present');
    expect(state('قوتي في رجلي مش زي الأول.', 'weakness_one_leg')).toBe('present');
  });
});

describe('Arabic: medicines by brand (found by probing)', () => {
  it('reads Coversyl and Tramal, and a gel rubbed on as neither a tablet nor a start while painting', () => {
    expect(state('آخذ كونكور وكوفرسيل.', 'med_ace_arb')).toBe('present');
    expect(state('آخذ ترامال.', 'med_opioid_or_sedative')).toBe('present');
    const gel = read('أدهن فولتارين.');
    expect(gel.get('med_nsaid')).toBeUndefined();
    expect(gel.get('onset_lifting_twisting')).toBeUndefined();
  });
});

describe('Arabic: Levantine forms and clinical notes (found by probing)', () => {
  it('reads Levantine "مش عم قدر بول", "إجريي عم ينملوا", "إجري عم تضعف" and "صرلي جمعة"', () => {
    expect(state('مش عم قدر بول.', 'urinary_retention')).toBe('present');
    expect(state('إجريي عم ينملوا.', 'numbness_both_legs')).toBe('present');
    expect(state('ما في إشي غير إنه إجري عم تضعف.', 'weakness_one_leg')).toBe('present');
    expect(read('صرلي جمعة ضهري عم يوجعني.').get('duration_days')?.value).toBe(7);
    expect(read('ظهري يوجعني من يوم الجمعة.', '2026-12-07').get('duration_days')?.value).toBe(3);
  });

  it('reads numbness of the perineum, and does not take an angle on examination for a temperature', () => {
    expect(state('يشكو المريض من ألم أسفل الظهر مع تنميل في العجان.', 'saddle_numbness')).toBe('present');
    expect(state('رفع الساق المستقيمة إيجابي عند ٤٠ درجة.', 'fever')).toBeUndefined();
    expect(state('حرارته ٣٩ درجة.', 'fever')).toBe('present');
  });
});

describe('Arabic: bladder and saddle sensation in lay words (found by probing)', () => {
  it('reads urine that will not come, straining, and not feeling it pass as retention', () => {
    expect(state('ما بيطلع مني بول.', 'urinary_retention')).toBe('present');
    expect(state('ما في بول بينزل رغم إني محصور.', 'urinary_retention')).toBe('present');
    expect(state('لازم أضغط عشان أبول.', 'urinary_retention')).toBe('present');
    expect(state('ما أحس بالبول وهو نازل.', 'urinary_retention')).toBe('present');
    expect(state('ما بحس لما أبول.', 'urinary_retention')).toBe('present');
  });

  it('reads no longer feeling the need to go as lost control, and not feeling the seat as saddle numbness', () => {
    expect(state('ما عدت أحس إني محتاج أدخل الحمام.', 'incontinence')).toBe('present');
    expect(state('ما أحس بكرسي الحمام لما أقعد.', 'saddle_numbness')).toBe('present');
  });
});

describe('Arabic: other people and things read (found by probing)', () => {
  it('leaves out what a relative cannot do or has, and keeps the teller’s own words after وأنا', () => {
    expect(state('أمي ما بتقدر تبول من أمس.', 'urinary_retention')).toBeUndefined();
    expect(state('بنتي تعبانة وعندها حمى.', 'fever')).toBeUndefined();
    const r = read('زوجي عنده حرارة وأنا ظهري يوجعني.');
    expect(r.get('fever')).toBeUndefined();
    expect(r.get('pain_lower_back')?.state).toBe('present');
  });

  it('drops a warning sign the person read about', () => {
    expect(state('قرأت إن فقدان السيطرة على البول خطير.', 'incontinence')).toBeUndefined();
  });
});

describe('Arabic: a denial of background starts no list (found by probing)', () => {
  it('does not deny the complaints after "ما عندي أمراض" or "ما عندي حساسية", and "لا أدخن" is a non-smoker', () => {
    expect(state('ما عندي أمراض، حرارة وقشعريرة.', 'chills_rigors')).toBe('present');
    expect(state('ما عندي حساسية، حرارة ٣٩.', 'fever')).toBe('present');
    const smoke = read('لا أدخن، عندي حرارة.');
    expect(smoke.get('smoker')?.state).toBe('absent');
    expect(smoke.get('fever')?.state).toBe('present');
  });
});

describe('Arabic: بل and وإنما end a denial (found by probing)', () => {
  it('reads what follows "but rather" as had', () => {
    expect(state('ليس لدي حمى بل تنميل في المقعدة.', 'saddle_numbness')).toBe('present');
    expect(state('لا أشكو من الحمى وإنما من ضعف في ساقي.', 'weakness_one_leg')).toBe('present');
  });
});

describe('Arabic: a "ما" or "لا" that denies nothing after it (found by probing)', () => {
  it.each([
    ['من يوم ما شلت الكرتونة وأنا عندي ضعف في رجلي.', 'weakness_one_leg'],
    ['أول ما أقوم من السرير يوجعني ظهري.', 'pain_lower_back'],
    ['مش غريب إن ظهري يوجعني.', 'pain_lower_back'],
    ['ما بطلت أحس بتنميل في رجلي.', 'numbness_one_leg'],
    ['لا يفارقني الألم في ظهري.', 'pain_lower_back'],
    ['مثل ما قلت، البول ما عاد ينزل.', 'urinary_retention'],
    ['مب قادر أبول.', 'urinary_retention'],
  ])('reads "%s" as %s present', (text, id) => {
    expect(state(text, id)).toBe('present');
  });
});

describe('Arabic: two negations and "I am not lying" (found by probing)', () => {
  it.each([
    ['ما في يوم ما يوجعني ظهري.', 'pain_lower_back'],
    ['ما في ليلة ما أصحى من الوجع.', 'night_pain'],
    ['والله ما أكذب عليك، ظهري يوجعني كثير.', 'pain_lower_back'],
  ])('reads "%s" as %s present', (text, id) => {
    expect(state(text, id)).toBe('present');
  });
});

describe('Arabic: clinical notes (found by probing)', () => {
  it('reads a fall in the third person, drugs injected, and a non-tender abdomen as no tummy pain', () => {
    expect(state('رجل عمره ٧٠ سنة، يتناول الوارفارين، سقط قبل يومين.', 'onset_minor_fall')).toBe('present');
    expect(state('يتعاطى المخدرات عن طريق الوريد.', 'iv_drug_use')).toBe('present');
    expect(state('البطن لين غير مؤلم، لا توجد كتلة نابضة.', 'pain_abdomen')).toBeUndefined();
  });
});
