/**
 * Arabic as people write it across dialects (Egyptian, Levantine, Gulf, Maghrebi) and in Modern Standard
 * Arabic, with spelling variants, dictation and clinical notes: each block holds a reading that was wrong
 * before its fix, and the nearby readings the fix must keep.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string) => {
  const out = parseStory({ text, today: '2026-12-07' }, 'ar');
  return new Map(out.evidence.map((e) => [e.id as string, e]));
};
const state = (text: string, id: string) => read(text).get(id)?.state;

describe('Arabic dialects: a place denied, then the place meant, is a correction', () => {
  it('reads the second place as said when it opens with the same "في" or "ب"', () => {
    for (const text of [
      'الوجع مش بصدري، بضهري',
      'الوجع مو في صدري، في ظهري',
      'الألم ليس في الصدر، في الظهر',
    ]) {
      const r = read(text);
      expect(r.get('pain_chest')?.state, text).toBe('absent');
      expect(r.get('pain_lower_back')?.state, text).toBe('present');
    }
  });

  it('keeps places joined by "ولا" or "أو" denied', () => {
    expect(state('ما عندي وجع بصدري، ولا بضهري', 'pain_lower_back')).toBe('absent');
    expect(state('ما في وجع بصدري، أو بضهري', 'pain_lower_back')).toBe('absent');
  });
});

describe('Arabic dialects: negation written as one word, of a third person, and of the Gulf and Maghreb', () => {
  it('denies the fever after ماعنديش, مافيني, ما كاينش, ماني, ما عندوش', () => {
    for (const text of [
      'ماعنديش سخونة',
      'مافيني حرارة',
      'ما كاينش السخانة',
      'ماني حاس بحرارة',
      'ما عندوش حرارة',
    ])
      expect(state(text, 'fever'), text).toBe('absent');
  });

  it('keeps a phrase with its own "ما" said, and "ماني متأكد" a hedge', () => {
    expect(state('ماني قادر اتبول', 'urinary_retention')).toBe('present');
    expect(state('ما فيني بول', 'urinary_retention')).toBe('present');
    expect(state('ماني متأكد اذا عندي حرارة', 'fever')).toBe('unknown');
  });
});

describe('Arabic dialects: Maghrebi (Darija) words', () => {
  it('reads fever, retention, falls, lifting and blood', () => {
    expect(state('عندي السخانة', 'fever')).toBe('present');
    expect(state('ما نقدرش نبول', 'urinary_retention')).toBe('present');
    expect(state('طحت فالدروج', 'onset_minor_fall')).toBe('present');
    expect(state('هزيت شي حاجة تقيلة وتقطع ليا ضهري', 'onset_lifting_twisting')).toBe('present');
    expect(state('كاين الدم فالبول', 'blood_in_urine')).toBe('present');
  });

  it('reads medicines, shivering, vomiting, incontinence and "هادي جوج سيمانات"', () => {
    expect(state('كناخد دوليبران', 'med_paracetamol')).toBe('present');
    expect(state('كنرعد بالبرد', 'chills_rigors')).toBe('present');
    expect(state('كنتقيا', 'nausea_vomiting')).toBe('present');
    expect(state('البول كيخرج بوحدو', 'incontinence')).toBe('present');
    expect(read('ضهري كيضرني هادي جوج سيمانات').get('duration_days')?.value).toBe(14);
    expect(read('عندي وجع في ضهري من سيمانة').get('duration_days')?.value).toBe(7);
    expect(state('ما كنحسش بالمنطقة ديال التحت', 'saddle_numbness')).toBe('present');
  });
});

describe('Arabic dialects: Gulf, Levantine and Egyptian words', () => {
  it('reads weight said before its verb', () => {
    expect(state('وزني نازل واجد', 'weight_loss_unexplained')).toBe('present');
    expect(state('وزني نزل من غير سبب', 'weight_loss_unexplained')).toBe('present');
  });

  it('reads numbness of the seat, of legs "asleep", and Levantine "رجليي التنتين"', () => {
    expect(state('ما احس بمقعدتي', 'saddle_numbness')).toBe('present');
    expect(state('مافي حرارة رجولي نايمة من الصبح', 'numbness_both_legs')).toBe('present');
    expect(state('رجلي نايمة', 'numbness_one_leg')).toBe('present');
    expect(state('رجليي التنتين عم ينملوا', 'numbness_both_legs')).toBe('present');
    expect(read('كنت نايمة على ظهري').has('numbness_one_leg')).toBe(false);
  });

  it('reads leaking without feeling, a cough after "إذا", spasm, sleep lost and pain below the knee', () => {
    expect(state('البول ينزل بدون ما احس', 'incontinence')).toBe('present');
    expect(state('الالم يزيد اذا كحيت', 'pain_worse_cough_sneeze')).toBe('present');
    expect(state('ظهري متشنج', 'muscle_knot_tight')).toBe('present');
    expect(state('ما فيني نام من الوجع', 'night_pain')).toBe('present');
    expect(state('الوجع نازل لتحت الركبة', 'leg_pain_below_knee')).toBe('present');
  });

  it('reads "ما" written onto the verb, and a full bladder on examination', () => {
    expect(state('مااقدر اتبول', 'urinary_retention')).toBe('present');
    expect(state('مثانة ممتلئة بالفحص', 'urinary_retention')).toBe('present');
  });
});

describe('Arabic dialects: the toilet, holding it, and leaking', () => {
  it('reads "ما عم فوت عالحمام من مبارح" as not peeing since yesterday, never denied', () => {
    expect(state('ما عم فوت عالحمام من مبارح', 'urinary_retention')).toBe('present');
    expect(state('ما بفوت عالحمام كتير', 'urinary_retention')).not.toBe('present');
  });

  it('reads the urge with nothing coming, and a note\'s "عدم القدرة على التبول"', () => {
    expect(state('عندي رغبة اتبول بس ما يطلع شي', 'urinary_retention')).toBe('present');
    expect(state('يفيد بعدم القدرة على التبول منذ ١٠ ساعات', 'urinary_retention')).toBe('present');
  });

  it('reads not holding "الحمام" or the urine as incontinence, not as peeing denied', () => {
    for (const text of ['ما اقدر امسك الحمام', 'ما كنقدرش نحبس البول', 'البراز نزل مني بدون ما احس']) {
      const r = read(text);
      expect(r.get('incontinence')?.state, text).toBe('present');
      expect(r.get('urinary_retention')?.state, text).not.toBe('absent');
    }
  });

  it('reads Levantine and Maghrebi burning', () => {
    expect(state('بحس بحريقة لما بفوت عالحمام', 'burning_urination')).toBe('present');
    expect(state('عندي الحريق فالبول', 'burning_urination')).toBe('present');
    expect(state('ما في حريقة بالبول', 'burning_urination')).toBe('absent');
  });
});

describe('Arabic dialects: other warning signs in dialect and in notes', () => {
  it('reads weak legs in the plural, a dragging leg and numbness named by its dermatome', () => {
    expect(state('رجليا الاتنين بقوا ضعاف', 'weakness_both_legs')).toBe('present');
    expect(state('رجلي اليمين بتجر وانا ماشي', 'weakness_one_leg')).toBe('present');
    expect(state('نقص الإحساس في الجلدة L5 اليسرى', 'numbness_one_leg')).toBe('present');
  });

  it('reads fainting, a one-sided rash and a swollen red calf in Egyptian words', () => {
    expect(state('اغمى عليا', 'dizziness_fainting')).toBe('present');
    expect(state('طلع عندي طفح على جنب واحد', 'rash_band_one_side')).toBe('present');
    expect(state('سمانة رجلي منفوخة وحمرا', 'calf_swollen_red_one_side')).toBe('present');
  });
});

describe('Arabic dialects: a dictated denial of something unnamed ends where a new clause starts', () => {
  it('reads the fever said after "ما رحت للدكتور"', () => {
    expect(state('ما رحت للدكتور عندي حرارة', 'fever')).toBe('present');
  });

  it('keeps a denial that governs the clause after "اني"', () => {
    expect(state('ما حسيت اني عندي حرارة', 'fever')).toBe('absent');
    expect(state('ما عندي حرارة', 'fever')).toBe('absent');
  });
});

describe('Arabic dialects: more of dictation', () => {
  it('denies a fever after "ما صار عندي", one reading of the same words beside another', () => {
    expect(state('ما صار عندي حرارة', 'fever')).toBe('absent');
    expect(state('ما صار عندي حرارة فقدت السيطرة على البول', 'incontinence')).toBe('present');
  });

  it('reads a medicine dictated after "ما عندي امراض"', () => {
    expect(state('ما عندي امراض اخذ وارفارين', 'med_anticoagulant')).toBe('present');
    expect(state('ما احس عندي حرارة', 'fever')).toBe('absent');
  });

  it('reads a fever that will not come down, not making it to the toilet, legs that no longer carry', () => {
    expect(state('الحرارة ما تنزل وعندي رعشة', 'fever')).toBe('present');
    expect(state('ما الحق الحمام', 'incontinence')).toBe('present');
    expect(state('رجليا ما عادت تشيلني', 'weakness_both_legs')).toBe('present');
    expect(state('ما عدت اتحمل الالم', 'struggling_to_cope')).toBe('present');
  });

  it('reads "مش وجع ضهر عادي" as very unwell with the back pain said', () => {
    const r = read('مش وجع ضهر عادي');
    expect(r.get('feels_very_unwell')?.state).toBe('present');
    expect(r.get('pain_lower_back')?.state).toBe('present');
  });
});
