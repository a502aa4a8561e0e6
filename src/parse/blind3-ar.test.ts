/**
 * Readings found wrong by the third blind Arabic set (src/parse/testing/stories-blind3.ar.json, written
 * before the Arabic lexicon was read): dialects, carers, notes, the accusative "ا". Each block holds the
 * general pattern that was missing, and the plain readings next to it that must not move.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string) => parseStory({ text, today: '2026-12-07' }, 'ar').evidence;
const ar = (text: string, id: string) => read(text).find((e) => e.id === id)?.state;
const value = (text: string, id: string) => read(text).find((e) => e.id === id)?.value;

describe('Arabic: the accusative "ا" of a word the lexicon writes bare', () => {
  it('reads "تمدداً", "صباحاً متيبساً" as the bare words', () => {
    expect(ar('معروف أن لديه تمدداً في الشريان الأبهر البطني.', 'known_aortic_aneurysm')).toBe('present');
    expect(ar('أستيقظ صباحاً متيبساً لمدة ساعة تقريباً', 'morning_stiffness_long')).toBe('present');
    expect(ar('أستيقظ صباحا متيبسا لمدة ساعة', 'morning_stiffness_long')).toBe('present');
  });

  it('leaves a word it knows, an attached "ف" and a short word whole', () => {
    // "فما" is "ف" + "ما" (so … not), never "فم" (mouth).
    expect(ar('ويتحسن لما أتحرك أو أروح الجيم، أما الراحة فما تفيد أبدًا.', 'better_exercise_not_rest')).toBe(
      'present',
    );
    // "لنا" (to us) is no "لن" (will not).
    expect(ar('قال لنا الطبيب إن عنده حرارة', 'fever')).toBe('present');
    expect(ar('عندي وجع جامد جداً في ضهري', 'pain_lower_back')).toBe('present');
  });
});

describe('Arabic: "nothing but" with "غير"', () => {
  it('reads what follows "ما … غير" as had', () => {
    expect(ar('مش باخد غير بنادول', 'med_paracetamol')).toBe('present');
    expect(ar('ما عندي غير وجع في ضهري', 'pain_lower_back')).toBe('present');
    // No medicine but the blood-pressure one: no medicine is denied.
    expect(ar('ما آخذ أي دواء غير الضغط', 'med_ace_arb')).toBeUndefined();
  });

  it('still denies what "ما" denies without "غير"', () => {
    expect(ar('ما باخد بنادول', 'med_paracetamol')).toBe('absent');
    expect(ar('ما عندي حرارة ولا غيره', 'fever')).toBe('absent');
    expect(ar('ما آخذ أي دواء', 'med_nsaid')).toBe('absent');
  });
});

describe('Arabic: no history of one named thing', () => {
  it('denies the cancer of "ليس لديه تاريخ مرضي بالسرطان"', () => {
    expect(ar('ليس لديه تاريخ مرضي بالسرطان، ولا يتناول أدوية مميعة للدم.', 'history_cancer')).toBe('absent');
    expect(ar('لا تاريخ مرضي بالسرطان', 'history_cancer')).toBe('absent');
  });

  it('keeps a bare "no past history" an opener that denies nothing after it', () => {
    expect(ar('مريض بدون سوابق مرضية يشكو من ألم أسفل الظهر', 'pain_lower_back')).toBe('present');
    expect(ar('لا سوابق مرضية. يشكو من حمى.', 'fever')).toBe('present');
  });
});

describe('Arabic: passing water, said of someone else or in Maghrebi', () => {
  it('reads "مش قادر يعمل حمام", "ماكاتقدرش تبول" as trouble passing urine', () => {
    expect(ar('من امبارح مش قادر يعمل حمام خالص', 'urinary_retention')).toBe('present');
    expect(ar('وماكاتقدرش تبول مزيان', 'urinary_retention')).toBe('present');
    expect(ar('ما كيقدرش يبول', 'urinary_retention')).toBe('present');
  });

  it('reads nothing into going to the bathroom, and keeps the bathroom said to be fine', () => {
    expect(ar('مش قادر يروح الحمام لوحده', 'urinary_retention')).toBeUndefined();
    expect(ar('مفيش مشاكل في الحمام الحمد لله', 'urinary_retention')).toBe('absent');
  });

  it('reads burning after the dialects\' "when"', () => {
    expect(ar('وكي نبول يحرقني', 'burning_urination')).toBe('present');
    expect(ar('لما أبول بيحرقني', 'burning_urination')).toBe('present');
  });
});

describe('Arabic: fever and shivering in the dialects', () => {
  it('reads "سخنت" with a time, an amount or a temperature, and "صاير حار"', () => {
    expect(ar('وسخنت ٣٩', 'fever')).toBe('present');
    expect(ar('ظهري يوجعني وسخنت ٣٧', 'fever')).toBe('absent');
    expect(ar('سخنت امبارح بالليل', 'fever')).toBe('present');
    expect(ar('جدي صاير حار وما يدري وين هو', 'fever')).toBe('present');
    expect(ar('مش سخن.', 'fever')).toBe('absent');
  });

  it('reads no fever into heat put on the back', () => {
    expect(ar('حطيت كمادات سخنة على ضهري', 'fever')).toBeUndefined();
    expect(ar('سخنت مية وحطيتها على ضهري', 'fever')).toBeUndefined();
  });

  it('reads "عم برجف", "كترجف" as chills, and a shaking hand as no chills', () => {
    expect(ar('وعم برجف', 'chills_rigors')).toBe('present');
    expect(ar('ولات فيها السخانة وكترجف', 'chills_rigors')).toBe('present');
    expect(ar('إيدي بترجف', 'chills_rigors')).toBeUndefined();
  });
});

describe('Arabic: collapse signs said of someone else', () => {
  it('reads "هتدوخ", "يعرق وايد", "رحلة طيران طويلة"', () => {
    expect(ar('وحاسة إنها هتدوخ', 'dizziness_fainting')).toBe('present');
    expect(ar('ويعرق وايد', 'sweaty_clammy_pale')).toBe('present');
    expect(ar('عدت من رحلة طيران طويلة', 'recent_immobility_or_hospital')).toBe('present');
  });

  it('reads urine like cola after other words about it, and drinking little', () => {
    expect(ar('صار البول قليل جداً من يومين ولونه غامق مثل الكولا', 'dark_cola_urine')).toBe('present');
    expect(ar('ما ياكل ولا يشرب زين', 'low_fluid_intake')).toBe('present');
    expect(ar('يشرب زين', 'low_fluid_intake')).toBeUndefined();
  });
});

describe('Arabic: where it hurts, and how', () => {
  it('reads a tearing adjective, a cough after "يزيد", and "يشكي" of the back', () => {
    expect(ar('ألم ممزق شديد في البطن', 'pain_tearing_severe_sudden')).toBe('present');
    expect(ar('الوجع يزيد من اكح او اعطس', 'pain_worse_cough_sneeze')).toBe('present');
    expect(ar('يزيد مع الكحة', 'pain_worse_cough_sneeze')).toBe('present');
    expect(ar('صرلها شهرين عم تشكي من ضهرها', 'pain_lower_back')).toBe('present');
    expect(ar('كاتشكي بالضهر', 'pain_lower_back')).toBe('present');
  });

  it('reads "نص ضهري", "ضهري من فوق" as the upper back only', () => {
    expect(ar('وجع قوي بنص ضهري', 'pain_upper_back')).toBe('present');
    expect(ar('وجع قوي بنص ضهري', 'pain_lower_back')).toBeUndefined();
    expect(ar('ضهري من فوق بين الكتفين بيوجعني', 'pain_lower_back')).toBeUndefined();
    expect(ar('ظهري يوجعني', 'pain_lower_back')).toBe('present');
  });

  it('reads pain to his arm, and his back hurting at night', () => {
    expect(ar('صدره ماسكه والألم يروح لذراعه اليسار', 'pain_spreads_arm_jaw')).toBe('present');
    expect(ar('ضهره بيوجعه بالليل أكتر', 'night_pain')).toBe('present');
  });

  it('reads a one-sided burning pain then blisters as the shingles band', () => {
    expect(
      ar('ألم حارق في جانب واحد من الصدر يلتف إلى الظهر، ثم ظهر طفح فيه فقاعات صغيرة', 'rash_band_one_side'),
    ).toBe('present');
    expect(ar('عندي طفح فيه فقاعات', 'rash_band_one_side')).toBeUndefined();
  });
});

describe('Arabic: how it started', () => {
  it('reads a fall from a height of someone else as major trauma only', () => {
    const text = 'سقط من على سلم ارتفاعه ثلاثة أمتار قبل يومين';
    expect(ar(text, 'onset_major_trauma')).toBe('present');
    expect(ar(text, 'onset_minor_fall')).toBeUndefined();
    expect(ar('طاح أمس من على الدرج (درجتين بس)', 'onset_minor_fall')).toBe('present');
  });

  it('reads "ماوقعتش" as a denied fall, "وقعت" as a fall', () => {
    expect(ar('ماوقعتش ولا اتخبطت', 'onset_minor_fall')).toBe('absent');
    expect(ar('وقعت امبارح', 'onset_minor_fall')).toBe('present');
  });

  it('reads a ball game, and better with exercise and not with rest put the other way', () => {
    expect(ar('ظهري يوجعني بعد ما لعبت كرة', 'onset_during_exercise')).toBe('present');
    expect(ar('يتحسن الألم بالحركة والرياضة ولا يتحسن بالراحة', 'better_exercise_not_rest')).toBe('present');
  });
});

describe('Arabic: background', () => {
  it('reads a medicine "for the heart", a stone had before, weight she lost', () => {
    expect(ar('أبوي يستخدم ماريفان عشان القلب', 'heart_disease')).toBe('present');
    expect(ar('كان عندي حصوة في الكلى', 'previous_kidney_stones')).toBe('present');
    expect(ar('عندي حصوة في الكلى', 'previous_kidney_stones')).toBeUndefined();
    expect(ar('وخسرت كتير من وزنها', 'weight_loss_unexplained')).toBe('present');
  });

  it('reads a note\'s limbs named before "سليمة" as no weakness', () => {
    expect(ar('القوة العضلية في الطرفين السفليين سليمة.', 'weakness_both_legs')).toBe('absent');
    expect(ar('ضعف في الطرفين السفليين', 'weakness_both_legs')).toBe('present');
  });

  it('reads not feeling when he wipes, and Maghrebi "تنمال"', () => {
    expect(ar('بيقول إنه مش حاسس بحاجة لما يمسح', 'saddle_numbness')).toBe('present');
    expect(ar('ماكاينش تنمال فرجليا', 'numbness_one_leg')).toBe('absent');
    expect(ar('عندي تنمال فرجلي', 'numbness_one_leg')).toBe('present');
  });
});

describe('Arabic: weeks in the dialects', () => {
  it('reads "جمعتين" as two weeks, "شي سيمانة" as a week, "ثلث أيام" as three days, and "الجمعة" still as Friday', () => {
    expect(value('ظهري يوجع فيا برشا من جمعتين', 'duration_days')).toBe(14);
    expect(value('كاتشكي بالضهر من شي سيمانة', 'duration_days')).toBe(7);
    expect(value('عندي ألم في ظهري من يوم الجمعة', 'duration_days')).toBe(3);
    expect(value('عندي وجع فالظهر والكلاوي من ثلث أيام', 'duration_days')).toBe(3);
    expect(ar('أنا حامل في الثلث الأخير', 'pregnant_over_20_weeks')).toBe('present');
  });
});

describe('Arabic: a story told for a relative whose age opens it', () => {
  it("reads the relative's history as the person's", () => {
    expect(ar('جوزي عنده ٧٠ سنة وكان عنده كانسر في البروستاتا', 'history_cancer')).toBe('present');
    expect(ar('أبويا عنده ٥٨ سنة وعنده سكر', 'diabetes')).toBe('present');
    expect(ar('والدتي تبلغ من العمر ثمانين عاماً، ومصابة بهشاشة العظام', 'osteoporosis')).toBe('present');
  });

  it("keeps a relative named without an age theirs, and the teller's back the teller's", () => {
    expect(ar('أمي عندها عرق النسا وما تقدر تتبول', 'urinary_retention')).toBeUndefined();
    expect(ar('بنتي تعبانة وعندها حمى.', 'fever')).toBeUndefined();
    expect(ar('أمي عندها سكر وظهري يوجعني', 'diabetes')).toBeUndefined();
    expect(ar('أمي عندها سكر وظهري يوجعني', 'pain_lower_back')).toBe('present');
  });
});

describe('Arabic: found by probing after the third blind set', () => {
  it('reads "مش بعرف أتحكم في البول" as loss of control, never as a bladder that is fine', () => {
    expect(ar('مش بعرف أتحكم في البول', 'incontinence')).toBe('present');
    expect(ar('مش بعرف أتحكم في البول', 'urinary_retention')).not.toBe('absent');
    expect(ar('ما عرفتش أعمل حمام من امبارح', 'urinary_retention')).toBe('present');
    // Elsewhere "ما بعرف" is "I don't know", and reads nothing.
    expect(ar('ما بعرف شو عندي بس ضهري بيوجعني', 'stops_daily_activities')).toBeUndefined();
  });

  it('reads "nothing but drops" with the verb first as trouble passing urine', () => {
    expect(ar('ما بطلع بول غير نقط', 'urinary_retention')).toBe('present');
    expect(ar('ما بنزل بول غير شوية', 'urinary_retention')).toBe('present');
    expect(ar('البول ما بينزل غير نقط', 'urinary_retention')).toBe('present');
  });

  it('reads legs that weakened, wetting oneself as a habit, a car accident, a beating belly', () => {
    expect(ar('رجلي ضعفت فجأة', 'weakness_one_leg')).toBe('present');
    expect(ar('صرت أعمل على حالي', 'incontinence')).toBe('present');
    expect(ar('عملت حادثة بالعربية', 'onset_major_trauma')).toBe('present');
    expect(ar('حصلت حادثة في الشغل ضايقتني', 'onset_major_trauma')).toBeUndefined();
    expect(ar('بطني بينبض زي القلب', 'pulsing_in_belly')).toBe('present');
  });

  it('reads a temperature that is up, injecting drugs, drinking that comes back up', () => {
    expect(ar('الحرارة طالعة ونازلة', 'fever')).toBe('present');
    expect(ar('أنا مدمن على الهيروين بالحقن', 'iv_drug_use')).toBe('present');
    expect(ar('بتعاطى مخدرات بالإبرة', 'iv_drug_use')).toBe('present');
    expect(ar('كل ما أشرب أرجّع', 'cannot_keep_fluids_down')).toBe('present');
    expect(ar('ماشي سخون', 'fever')).toBe('absent');
  });

  it('reads going to the toilet often in the dialects\' present, and keeps "بفوت عالحمام" split', () => {
    expect(ar('بدخل الحمام كل شوية وبحس بحرقان', 'burning_urination')).toBe('present');
    expect(ar('بفوت عالحمام كل شوي', 'burning_urination')).toBe('present');
    expect(ar('وبحس بحرقة وقت بفوت عالحمام', 'burning_urination')).toBe('present');
    expect(ar('البول كيحرقني', 'burning_urination')).toBe('present');
  });
});
