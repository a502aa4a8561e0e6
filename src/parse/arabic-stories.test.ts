/**
 * Arabic stories probed in people's own words (Modern Standard, Egyptian, Levantine and Gulf; lay and
 * clinical): each block holds a reading that was wrong before its lexicon fix, and the nearby readings
 * the fix must keep.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string, today = '2026-12-07') => {
  const out = parseStory({ text, today }, 'ar');
  return new Map(out.evidence.map((e) => [e.id as string, e]));
};
const state = (text: string, id: string) => read(text).get(id)?.state;
const value = (text: string, id: string) => read(text).get(id)?.value;

describe('Arabic stories: a "can\'t" before a cause does not deny the cause', () => {
  it('reads Levantine "ما فيني" + a movement as a complaint, keeping the back pain after it', () => {
    const r = read('ما فيني أمشي من وجع ضهري');
    expect(r.get('pain_lower_back')?.state).toBe('present');
    expect(r.get('pain_worse_movement')?.state).toBe('present');
    expect(state('ما فيني أبول من الصبح', 'urinary_retention')).toBe('present');
  });

  it('keeps "ما فيني شي" (nothing is wrong with me) a denial, never a "can\'t pee"', () => {
    expect(state('ما فيني شي بالبول', 'urinary_retention')).not.toBe('present');
    expect(state('ما فيني شي، بس ظهري بيوجعني', 'pain_lower_back')).toBe('present');
  });

  it('reads "ما أقدر أوقف" as a complaint, so the leg pain after it is not denied', () => {
    const r = read('ما أقدر أوقف من الوجع اللي ينزل لرجلي');
    expect(r.get('pain_worse_movement')?.state).toBe('present');
    expect(r.get('leg_pain_below_knee')?.state).not.toBe('absent');
  });
});

describe('Arabic stories: constructions that look like denials', () => {
  it('reads the exceptive "ما … إلا" + a time or place as affirming, not "إلا" + a thing', () => {
    expect(state('عمري ما حسيت بتنميل في المنطقة الحساسة إلا من امبارح', 'saddle_numbness')).toBe('present');
    expect(state('ما بيوجعني ضهري إلا لما أقعد', 'pain_lower_back')).toBe('present');
    expect(state('ما عندي حرارة إلا بالليل', 'fever')).toBe('present');
    const list = read('لا حمى ولا قشعريرة إلا شوية تعب');
    expect(list.get('fever')?.state).toBe('absent');
    expect(list.get('chills_rigors')?.state).toBe('absent');
  });

  it('reads "ما كنت أعرف" (I did not know until now) as no denial of what was found', () => {
    expect(state('ما كنت أعرف إني عندي سكر لين امبارح', 'diabetes')).toBe('present');
    expect(state('ما عندي سكري', 'diabetes')).toBe('absent');
  });

  it('starts a new clause at the dialect "ضهري بيوجعني" said without a comma', () => {
    const r = read('ما عندي حرارة ضهري بيوجعني ورجلي منملة');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('pain_lower_back')?.state).toBe('present');
  });

  it('hedges "ما عندي فكرة إذا" (it read the fever as denied), and asks again what "هل خطير…؟" presumes', () => {
    expect(state('ما عندي فكرة إذا عندي حرارة', 'fever')).toBe('unknown');
    expect(state('هل خطير إني ما أقدر أتبول؟', 'urinary_retention')).toBe('unknown');
    expect(state('لازم أروح الطوارئ إذا صار عندي حرارة؟', 'fever')).toBeUndefined();
  });

  it('hedges "لا أعرف إذا" and "لا أدري إذا" (they read the fever as had)', () => {
    expect(state('لا أعرف إذا عندي حرارة', 'fever')).toBe('unknown');
    expect(state('لا أدري إذا عندي حرارة', 'fever')).toBe('unknown');
    expect(state('لا أعرف إذا كان عندي حمى', 'fever')).toBe('unknown');
  });
});

describe('Arabic stories: someone else, and the third person', () => {
  it('keeps a relative\'s back pain theirs when their body part follows them ("زوجي ظهره يوجعه")', () => {
    expect(state('زوجي ظهره يوجعه وأنا راسي يوجعني', 'pain_lower_back')).toBeUndefined();
  });

  it('does not deny what a parent has after what they cannot do (it read the osteoporosis as denied)', () => {
    expect(state('أمي عمرها ٨٠ سنة وقعت في المطبخ وما تقدر تقوم وعندها هشاشة عظام', 'osteoporosis')).not.toBe(
      'absent',
    );
    expect(state('أكتب عن أمي، ما بتنام وعندها حرارة ورعشة', 'fever')).toBe('present');
  });

  it('reads a parent\'s incontinence and "صار له أسبوع" in a story written for them', () => {
    const r = read('أكتب عن أبوي عمره ٧٥ صار له أسبوع يشتكي من ظهره واليوم بال على نفسه وما حس');
    expect(r.get('incontinence')?.state).toBe('present');
    expect(r.get('duration_days')?.value).toBe(7);
  });

  it('keeps a relative\'s "وما تقدر تتبول" theirs, and the teller\'s "وما أقدر أتبول" theirs', () => {
    expect(state('أمي عندها عرق النسا وما تقدر تتبول', 'urinary_retention')).toBeUndefined();
    expect(state('أمي عندها عرق النسا وما أقدر أتبول', 'urinary_retention')).toBe('present');
  });

  it('reads the warning signs in the third person of a story written for a parent', () => {
    expect(state('أكتب عن أبوي، ما بيحس برجليه', 'numbness_both_legs')).toBe('present');
    expect(state('أكتب عن أمي، بتعمل على نفسها', 'incontinence')).toBe('present');
    expect(state('أكتب عن أبوي، ما بال من امبارح', 'urinary_retention')).toBe('present');
    expect(state('أكتب عن أبوي، بيمشي زي السكران', 'unsteady_walking')).toBe('present');
    expect(state('أكتب عن أبوي، البول بيحرقه', 'burning_urination')).toBe('present');
  });

  it('reads Gulf "ريولي" and "ريلي" as legs', () => {
    expect(state('ريولي منملة', 'numbness_both_legs')).toBe('present');
    expect(state('عندي تنميل في ريلي اليمين', 'numbness_one_leg')).toBe('present');
  });

  it('reads "يصحيني بالليل" as night pain, and being split open as tearing pain', () => {
    expect(state('عندي ألم ظهر ما يتحسن بأي شي يصحيني بالليل', 'night_pain')).toBe('present');
    expect(state('فجأة جاني ألم في ظهري كأن أحد يشقه', 'pain_tearing_severe_sudden')).toBe('present');
  });
});

describe('Arabic stories: an item of a denied list that ends in its own "yes"', () => {
  it('affirms "ما في حرارة، رعشة أيوه", not an item followed by "بس"', () => {
    expect(state('ما في حرارة، رعشة أيوه', 'chills_rigors')).toBe('present');
    expect(state('ما في حرارة، رعشة بس ظهري بيوجعني', 'chills_rigors')).toBe('absent');
  });
});

describe('Arabic stories: clinical notes', () => {
  it('reads the complaint after "بدون سوابق مرضية يشكو من…" (it was read as denied)', () => {
    expect(
      state('مريض عمره ٤٠ سنة بدون سوابق مرضية يشكو من ألم أسفل الظهر منذ ٥ أيام', 'pain_lower_back'),
    ).toBe('present');
    expect(state('مريضة لا سوابق لها تشكو من ألم قطني منذ أسبوع', 'pain_lower_back')).toBe('present');
    expect(state('بدون سوابق سرطان', 'history_cancer')).toBe('absent');
  });

  it('reads a fever complained of or had in the third person, and its denial', () => {
    expect(state('يشكو من حرارة', 'fever')).toBe('present');
    expect(state('عنده حرارة ٣٩', 'fever')).toBe('present');
    expect(state('ما عنده حرارة', 'fever')).toBe('absent');
    expect(state('لا يشكو من حرارة', 'fever')).toBe('absent');
    expect(state('حرارته طبيعية', 'fever')).toBe('absent');
  });

  it('reads the nouns of notes: lost consciousness, neck stiffness, night pain, urinary burning, colic in bouts', () => {
    expect(state('تنفي فقدان الوعي', 'dizziness_fainting')).toBe('absent');
    expect(state('تشنجات مع فقدان الوعي', 'seizure')).toBe('present');
    expect(state('صلابة رقبة مع صداع', 'neck_stiffness_headache')).toBe('present');
    expect(state('ألم ليلي', 'night_pain')).toBe('present');
    expect(state('ألم قطني مع حرقة بولية وحمى', 'burning_urination')).toBe('present');
    expect(state('ألم كلوي متقطع على شكل نوبات', 'pain_colicky_waves')).toBe('present');
  });

  it("reads a note's normal perineal sensation and muscle strength as denials", () => {
    expect(state('الإحساس في منطقة العجان طبيعي', 'saddle_numbness')).toBe('absent');
    expect(state('لا يوجد نقص في القوة العضلية', 'weakness_both_legs')).toBe('absent');
  });
});

describe('Arabic stories: walking, weakness and numbness', () => {
  it('reads unsteady walking in dialect and standard Arabic, and a steady gait as its denial', () => {
    expect(state('مش متوازن وأنا ماشي', 'unsteady_walking')).toBe('present');
    expect(state('بمشي زي السكران', 'unsteady_walking')).toBe('present');
    expect(state('فقدت توازني وأنا ماشي', 'unsteady_walking')).toBe('present');
    expect(state('عندي عدم اتزان في المشي', 'unsteady_walking')).toBe('present');
    expect(state('بمشي عادي وتوازني تمام', 'unsteady_walking')).toBe('absent');
    expect(state('المشية طبيعية', 'unsteady_walking')).toBe('absent');
  });

  it('keeps the cause after "لأن" said, and reads foot weakness in dialect', () => {
    expect(state('ما أقدر أطلع الدرج لأن رجليا ضعيفة', 'weakness_both_legs')).toBe('present');
    expect(state('ما أقدر أوقف على أطراف أصابعي', 'weakness_one_leg')).toBe('present');
    expect(state('رجلي بتتكعبل وأنا ماشي', 'weakness_one_leg')).toBe('present');
    expect(state('رجلي اليسار ما بتسمع الكلام', 'weakness_one_leg')).toBe('present');
    expect(state('رجليا سايبة', 'weakness_both_legs')).toBe('present');
    expect(state('ما أقدر أحرك أصابع رجلي', 'weakness_one_leg')).toBe('present');
  });

  it('reads no feeling below the waist as numb legs (it was a denied back pain), and no control as incontinence', () => {
    const r = read('ما بحس بشي من وسطي لتحت');
    expect(r.get('numbness_both_legs')?.state).toBe('present');
    expect(r.get('pain_lower_back')?.state).not.toBe('absent');
    expect(state('من الوسط لتحت ما بحس بشي', 'numbness_both_legs')).toBe('present');
    expect(state('بدون تحكم في البول', 'incontinence')).toBe('present');
  });

  it('reads strength and feeling said with "أي" or "ولا", and "مستحيل أتبول"', () => {
    expect(state('ما عندي أي قوة برجلي', 'weakness_one_leg')).toBe('present');
    expect(state('ما فيني ولا قوة برجليا', 'weakness_both_legs')).toBe('present');
    expect(state('مفيش ولا إحساس في رجلي', 'numbness_one_leg')).toBe('present');
    expect(state('مستحيل أتبول', 'urinary_retention')).toBe('present');
    expect(state('ما في طريقة أتبول', 'urinary_retention')).toBe('present');
  });

  it('reads the legs first, then what they lack', () => {
    expect(state('رجليا الاثنين ما فيهم حيل', 'weakness_both_legs')).toBe('present');
    expect(state('رجلي ما عدت أحس فيها', 'numbness_one_leg')).toBe('present');
    expect(state('الوجع في ضهري ونازل على رجلي الاثنتين', 'leg_pain_both_legs')).toBe('present');
  });

  it('reads "خدر سرجي" as saddle numbness, and a note of normal leg strength as its denial', () => {
    expect(state('يعاني من خدر سرجي واحتباس بولي منذ الصباح', 'saddle_numbness')).toBe('present');
    expect(state('قوة العضلات طبيعية في الطرفين السفليين', 'weakness_both_legs')).toBe('absent');
  });
});

describe('Arabic stories: bladder, fits, fluids and the rest of the warning signs', () => {
  it('reads no urine coming as retention, with its own negation (it was read as denied)', () => {
    expect(state('ما طلع بول من امبارح', 'urinary_retention')).toBe('present');
    const none = read('ما نزل مني بول من الصبح');
    expect(none.get('urinary_retention')?.state).toBe('present');
    expect(none.get('incontinence')?.state).not.toBe('absent');
    expect(state('مش قادر أفضي المثانة كلها', 'urinary_retention')).toBe('present');
    expect(state('البول محبوس', 'urinary_retention')).toBe('present');
    expect(state('بحس إن المثانة لسه مليانة بعد ما أخلص', 'urinary_retention')).toBe('present');
    expect(state('ما نزل دم في البول', 'blood_in_urine')).toBe('absent');
  });

  it('reads no wrong denial of trouble peeing from the toilet or the burning', () => {
    expect(state('صار لي ثلاث أيام ما رحت الحمام', 'urinary_retention')).toBeUndefined();
    expect(state('ما قدرت أروح الحمام من امبارح', 'urinary_retention')).toBe('present');
    expect(state('مش حاسس بالحمام', 'incontinence')).toBe('present');
    const burn = read('ما يحرقني البول بس فيه دم');
    expect(burn.get('burning_urination')?.state).toBe('absent');
    expect(burn.has('urinary_retention')).toBe(false);
  });

  it('reads lost control said with "ما عدت" or the urine first, and feelings no longer there', () => {
    expect(state('ما عدت أتحكم في البول', 'incontinence')).toBe('present');
    expect(state('ما عدت أتحكم في البول', 'urinary_retention')).not.toBe('absent');
    expect(state('البول ما عاد أقدر أمسكه', 'incontinence')).toBe('present');
    expect(state('البول يطلع لحاله', 'incontinence')).toBe('present');
    expect(state('ما أحس إني أبي أبول', 'incontinence')).toBe('present');
    expect(state('ما بقيت أحس برجلي', 'numbness_one_leg')).toBe('present');
    expect(state('رجلي ما عاد فيها إحساس', 'numbness_one_leg')).toBe('present');
    expect(state('ما أحس بشي لما أقعد على الكرسي', 'saddle_numbness')).toBe('present');
  });

  it('reads incontinence said verb first, and "عملت على نفسي"', () => {
    expect(state('نزل مني البول بدون ما أحس', 'incontinence')).toBe('present');
    expect(state('عملت على نفسي وما حسيت', 'incontinence')).toBe('present');
  });

  it('reads burning "لما أبول", and peeing little in dialect', () => {
    expect(state('أحس بحرقان لما أبول', 'burning_urination')).toBe('present');
    expect(state('بتبول قليل جدا', 'peeing_less')).toBe('present');
  });

  it('reads a fit only with lost consciousness or the whole body, never a back in spasm', () => {
    expect(state('اتشنجت وغبت عن الوعي', 'seizure')).toBe('present');
    expect(state('حسيت أسفل ظهري اتشنج وأنا برفع البار', 'seizure')).toBeUndefined();
    expect(state('عندي تشنج في ضهري', 'seizure')).toBeUndefined();
  });

  it('reads vomiting everything, even water, as unable to keep fluids down', () => {
    expect(state('بستفرغ كل شي حتى المية', 'cannot_keep_fluids_down')).toBe('present');
  });

  it('reads pain spreading to "دراعي" (Egyptian and Levantine arm)', () => {
    expect(state('عندي ألم في الصدر وبيمشي لدراعي الشمال', 'pain_spreads_arm_jaw')).toBe('present');
  });

  it('reads pain after meals and foot pain at rest, which had no Arabic words', () => {
    expect(state('بطني بيوجعني بعد الأكل', 'pain_after_meals')).toBe('present');
    expect(state('قدمي بتوجعني وأنا نايم بالليل', 'foot_pain_at_rest')).toBe('present');
  });

  it('reads a car hitting the person, fainting in the third person, confusion, and numb lips', () => {
    expect(state('خبطتني عربية', 'onset_major_trauma')).toBe('present');
    expect(state('اغمى عليه', 'dizziness_fainting')).toBe('present');
    expect(state('صار عندي تخريف ومش عارف أنا فين', 'confusion_drowsy')).toBe('present');
    expect(state('في تنميل حوالين بقي', 'tingling_mouth_fingers')).toBe('present');
    expect(state('عضلاتي كلها بتوجعني ووارمة', 'muscle_pain_tender_swollen')).toBe('present');
    expect(state('مش قادر أنام من الوجع طول الليل', 'night_pain')).toBe('present');
  });

  it('reads "لم أفقد وزنا" as a denial of weight loss', () => {
    expect(state('لم أفقد وزنا', 'weight_loss_unexplained')).toBe('absent');
  });
});

describe('Arabic stories: how the pain behaves', () => {
  it('reads "مش لاقي وضعية" (no position eases it) as the restlessness of a colic', () => {
    expect(state('وجع فظيع في جنبي الشمال نازل للخصية ومش لاقي وضعية', 'pain_colicky_waves')).toBe('present');
  });

  it('reads heat or stretching that eases the spasm, the verb with its object', () => {
    expect(state('الحمام الساخن يفكها بعد شوية', 'pain_eases_stretch_rest')).toBe('present');
    expect(state('العضلة بتفك بعد كم دقيقة', 'pain_eases_stretch_rest')).toBe('present');
  });

  it('reads the leg worse than the back in the Egyptian "أكتر"', () => {
    expect(state('رجلي بتوجعني أكتر من ضهري', 'leg_pain_worse_than_back')).toBe('present');
  });
});

describe('Arabic stories: the rarer warning signs in dialect', () => {
  it('reads a swelling that came up on the back as a lump, not a known cancer', () => {
    const r = read('طلع لي ورم في ظهري');
    expect(r.get('lump_or_shape_change')?.state).toBe('present');
    expect(r.has('history_cancer')).toBe(false);
    expect(state('ضهري صار معووج', 'lump_or_shape_change')).toBe('present');
  });

  it('reads a dialect "ورم" in a leg or after a knock as a swelling, a "ورم خبيث" or in the breast as cancer', () => {
    expect(state('في ورم في الكاحل', 'history_cancer')).toBeUndefined();
    expect(state('عندي ورم في رجلي من الوقعة', 'history_cancer')).toBeUndefined();
    expect(state('عندي ورم خبيث', 'history_cancer')).toBe('present');
    expect(state('عندي ورم في الثدي', 'history_cancer')).toBe('present');
  });

  it('reads hand spasm, a jaw that will not open, shingles blisters, a sore that will not heal', () => {
    expect(state('إيديا بتتقفل زي الخطاف', 'hand_foot_spasm')).toBe('present');
    const spasm = read('عندي تشنجات في إيديا ورجليا');
    expect(spasm.get('hand_foot_spasm')?.state).toBe('present');
    expect(spasm.has('leg_pain_both_legs')).toBe(false);
    expect(state('مش قادر أفتح بقي كويس', 'jaw_stiffness')).toBe('present');
    expect(state('طلعت لي حبوب مية على جنب واحد من ظهري وتوجع', 'rash_band_one_side')).toBe('present');
    expect(state('عندي جرح في رجلي ما بيلم', 'foot_cold_pale_or_sores')).toBe('present');
  });

  it('reads swollen thighs, weakness all over, feeling not oneself, coffee-dark urine, sneezing pain', () => {
    expect(state('فخادي بتوجعني جدا ووارمة', 'muscle_pain_tender_swollen')).toBe('present');
    expect(state('حاسس بضعف في جسمي كله', 'generalised_weakness')).toBe('present');
    expect(state('ما فيني حيل لشي', 'generalised_weakness')).toBe('present');
    expect(state('أنا تعبان كتير ومش على بعضي', 'feels_very_unwell')).toBe('present');
    expect(state('بولي غامق زي القهوة', 'dark_cola_urine')).toBe('present');
    expect(state('لما أعطس بشوف النجوم', 'pain_worse_cough_sneeze')).toBe('present');
  });
});

describe('Arabic stories: pregnancy look-alikes', () => {
  it('reads a negative test as not pregnant, and the pill or a heavy load as no pregnancy (both read as pregnant)', () => {
    expect(state('عملت اختبار حمل وطلع سلبي', 'pregnant')).toBe('absent');
    expect(state('آخذ حبوب منع الحمل', 'pregnant')).toBeUndefined();
    expect(state('وجع ظهري بدأ بعد حمل أشياء ثقيلة', 'pregnant')).toBeUndefined();
    expect(state('أنا حامل', 'pregnant')).toBe('present');
  });
});

describe('Arabic stories: pressure, sugar and warmth look-alikes', () => {
  it('reads pressure on the chest or at work as no blood pressure, sugar in tea as no diabetes', () => {
    const chest = read('حاسس بضغط على صدري');
    expect(chest.get('pain_chest')?.state).toBe('present');
    expect(chest.has('high_blood_pressure')).toBe(false);
    expect(state('عندي ضغط في الشغل', 'high_blood_pressure')).toBeUndefined();
    expect(state('بشرب شاي بسكر كتير', 'diabetes')).toBeUndefined();
    expect(state('ضغطي عالي', 'high_blood_pressure')).toBe('present');
    expect(state('عندي ضغط وسكر', 'diabetes')).toBe('present');
  });

  it('reads warmth in a leg as no fever, a fever with leg pain as a fever', () => {
    expect(state('حاسة بسخونة في رجلي', 'fever')).toBeUndefined();
    expect(state('عندي حرارة وألم في رجلي', 'fever')).toBe('present');
  });
});

describe('Arabic stories: faintness, breath and nausea in dialect', () => {
  it('reads "هيغمى علي", "جاني هبوط", "الدنيا لفت بيا", "مش قادر أتنفس", "نفسي انقطع", "معدتي مقلوبة"', () => {
    expect(state('حاسس إني هيغمى علي', 'dizziness_fainting')).toBe('present');
    expect(state('جاني هبوط وكنت رح أوقع', 'dizziness_fainting')).toBe('present');
    expect(state('الدنيا لفت بيا', 'dizziness_fainting')).toBe('present');
    expect(state('مش قادر أتنفس', 'breathless')).toBe('present');
    expect(state('نفسي انقطع', 'breathless')).toBe('present');
    expect(state('معدتي مقلوبة', 'nausea_vomiting')).toBe('present');
  });
});

describe('Arabic stories: medicines and scores', () => {
  it('reads brand names as people spell them, and a steroid taken in the third person', () => {
    expect(state('آخذ كتافلام', 'med_nsaid')).toBe('present');
    expect(state('آخذ كلكسان إبر', 'med_anticoagulant')).toBe('present');
    expect(read('يتناول الكورتيزون منذ سنة').has('med_steroid_long_term')).toBe(true);
  });

  it('reads "صرلي أسبوعين", the half after the unit, "درجته ٨" and the score said now', () => {
    expect(value('صرلي أسبوعين وظهري يوجعني', 'duration_days')).toBe(14);
    expect(value('ظهري يوجعني من شهرين ونص', 'duration_days')).toBe(75);
    expect(value('من أسبوع ونص ظهري يوجعني', 'duration_days')).toBe(10.5);
    expect(value('الألم درجته ٨', 'pain_severity')).toBe(8);
    expect(value('ظهري تعبان من حوالي أسبوع', 'duration_days')).toBe(7);
    expect(value('الوجع هلأ ٣ بس امبارح كان ٨', 'pain_severity')).toBe(3);
  });

  it('reads "الوجع حوالي ٦" and "بين ٥ و ٦" as scores', () => {
    expect(value('الوجع حوالي ٦', 'pain_severity')).toBe(6);
    expect(value('الألم بين ٥ و ٦', 'pain_severity')).toBe(5.5);
  });

  it('reads more brand and generic spellings', () => {
    expect(read('آخذ نكسيوم من ٣ سنين').get('med_ppi_long_term')?.state).toBe('present');
    expect(state('آخذ هيوميرا', 'immunosuppressed')).toBe('present');
    expect(state('آخذ ميثوتريكسيت', 'immunosuppressed')).toBe('present');
  });
});
