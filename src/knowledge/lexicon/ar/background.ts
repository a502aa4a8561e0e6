/**
 * Background, in Arabic: past illnesses, conditions, pregnancy, smoking. Past mentions count
 * (roles.ts keeps these true in the past).
 */
import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

export const background: readonly LexEntry[] = [
  e(
    ['history_cancer'],
    ['سرطان','ورم خبيث', 'أورام','كانسر', 'مرض خبيث', 'مرض وحش', 'كيماوي', 'علاج كيماوي', 'علاج إشعاعي', 'إشعاع', 'استئصال ثدي', 'ليمفوما', 'لوكيميا', 'سرطان دم', 'ورم'],
    'Has had cancer at any time ("سرطان", "ورم خبيث", "مرض خبيث", chemotherapy).',
  ),
  e([], ['ورم حميد', 'خوف ~3 سرطان', 'خايف ~3 سرطان', 'خايفة ~3 سرطان', 'استبعاد ~3 سرطان'], 'A benign tumour, or a cancer feared or ruled out, is not a history of cancer.', { overrides: ['history_cancer'] }),
  e(['history_cancer', 'immunosuppressed'], ['آخذ كيماوي', 'باخد كيماوي', 'أتلقى علاج كيماوي', 'جلسات كيماوي'], 'Having chemotherapy now is cancer and a weakened immune system.'),
  e(['immunosuppressed'], ['نقص مناعة', 'ضعف مناعة', 'مناعتي ضعيفة', 'إيدز', 'فيروس نقص مناعة', 'زراعة ~2 (كلى|كلية|كبد|قلب)', 'زرع ~2 (كلى|كلية|كبد)', 'مثبطات مناعة', 'ميثوتريكسات'], 'Weakened immune system: chemotherapy, HIV, an organ transplant, immune-suppressing medicines.'),
  e(['recent_infection_or_spinal_procedure'], ['حقنة ~3 (ظهر|ظهري|عمود|فقرات|ديسك)', 'إبرة ~3 (ظهر|ظهري|عمود|فقرات|ديسك)', 'عملية ~3 (ظهر|ظهري|عمود|فقرات|ديسك|غضروف)', 'مضاد حيوي', 'مضادات حيوية', 'أنتيبيوتيك', 'التهاب ~3 (جلد|دم) ~6 (قبل|شهر|أسبوع)'], 'A recent infection (urine, skin, blood) or a spinal injection or operation in the last 3 months.', { withinDays: 90 }),
  e(['recent_immobility_or_hospital'], ['مستشفى','تنويم', 'دخلت مستشفى', 'طلعت من مستشفى', 'عملية', 'عملية جراحية', 'جراحة', 'سفر طويل', 'رحلة طويلة', 'طيران ~3 #c ساعات', '#c ساعات ~3 (طيارة|طائرة|سيارة|باص|رحلة|سفر)', '(طيارة|طائرة|سيارة|باص) ~4 #c ساعات', 'جبس', 'أيام في سرير'], 'In the last month: a hospital stay, an operation, a long journey, or days mostly in bed.', { withinDays: 31 }),
  e(['osteoporosis'], ['هشاشة عظام','هشاشة', 'ترقق عظام','عظامي ضعيفة', 'لين عظام', 'فوساماكس', 'ألندرونات', 'بروليا'], 'Known osteoporosis or thin bones ("هشاشة عظام").'),
  e([], ['مقدمات سكري', 'ما قبل سكري', 'بداية سكر'], 'Prediabetes is not diabetes.', { overrides: ['diabetes'] }),
  e(['diabetes'], ['سكري','سكر','مريض سكر', 'مريضة سكر', 'عندي سكر', 'داء سكري', 'أنسولين', 'ميتفورمين', 'جلوكوفاج', 'glucophage', 'metformin'], 'Has diabetes ("سكري", "سكر", insulin, metformin).'),
  e(['kidney_disease'], ['فشل كلوي', 'قصور كلوي', 'مرض ~2 (كلى|كلوي)', 'غسيل كلى', 'غسيل كلوي', 'كلية واحدة', 'ضعف ~2 (كلى)'], 'Has kidney disease.'),
  e(['heart_disease'], ['جلطة قلب', 'جلطة قلبية', 'نوبة قلبية', 'ذبحة', 'ذبحة صدرية', 'قصور ~2 (قلب)', 'فشل ~2 (قلب)', 'مرض ~2 (قلب)', 'مريض قلب', 'مريضة قلب', 'دعامة', 'دعامات', 'قسطرة', 'قلب مفتوح', 'منظم ضربات', 'جلطة دماغية', 'سكتة دماغية', 'جلطة في المخ', 'رجفان أذيني', 'عدم انتظام ضربات قلب'], 'Has heart disease, heart failure, or a past heart attack or stroke.'),
  e(['high_blood_pressure'], ['ضغط','ضغط دم', 'ضغط عالي', 'ضغط مرتفع', 'ارتفاع ~2 ضغط', 'مريض ضغط', 'مريضة ضغط', 'أدوية ضغط', 'حبوب ضغط', 'دواء ضغط'], 'Has high blood pressure ("ضغط", "ضغط الدم").'),
  e(['liver_disease'], ['تليف ~2 (كبد)', 'تشمع', 'فيروس سي', 'التهاب كبد','كبد دهني', 'دهون على كبد', 'مرض ~2 (كبد)'], 'Has liver disease.'),
  e(['stomach_ulcer_history'], ['قرحة', 'قرحة معدة','قرحة اثني عشر', 'نزيف ~3 (معدة)'], 'Has had a stomach ulcer or bleeding from the stomach.'),
  e(['poor_circulation_raynaud'], ['ضعف دورة دموية', 'ضعف دورة', 'مشاكل ~2 دورة دموية', 'انسداد ~3 (شرايين) ~3 (رجل|رجلين|ساقين)', 'رينو'], "Known poor circulation in the legs, peripheral artery disease, or Raynaud's."),
  e([], ['تمدد ~2 (شريان|شرايين) ~2 (المخ|دماغ|دماغي)', 'أم دم دماغية'], 'An aneurysm in the brain is not an aortic aneurysm.', { overrides: ['known_aortic_aneurysm'] }),
  e(['known_aortic_aneurysm'], ['تمدد ~3 (أبهر|أورطى|أورطي|شريان أورطي|شريان أبهر)', 'أم دم', 'أنيوريزم', 'تمدد أوعية', 'تمدد في شريان'], 'Has a known aortic aneurysm.'),
  e(['smoker'], ['أدخن', 'بدخن', 'مدخن', 'مدخنة', 'تدخين', 'سجاير', 'سجائر', 'سيجارة', 'علبة سجاير', 'علبة سجائر', 'شيشة', 'أرجيلة', 'معسل', 'دخان'], 'Smokes now, or smoked for many years (cigarettes, shisha).'),
  e(['smoker'], ['غير مدخن', 'غير مدخنة', 'عمري ما دخنت', 'ما أدخن', 'لا أدخن', 'لم أدخن'], 'A non-smoker plainly does not smoke.', { says: 'absent', negated: 'none' }),
  e(['smoker'], ['تركت تدخين', 'بطلت تدخين', 'بطلت سجاير', 'مدخن سابق', 'مدخنة سابقة', 'توقفت عن تدخين', 'كنت أدخن'], 'A former smoker: smoked before; how long decides, so the interview asks.', { says: 'unknown', negated: 'none' }),
  e(['high_cholesterol'], ['كوليسترول', 'كولسترول','دهون دم', 'دهون في دم', 'دهون ثلاثية'], 'Has high cholesterol.'),
  e(['previous_kidney_stones'], ['(حصوة|حصوات|حصى) ~3 (قبل|سابقا|من قبل|مرة|مرتين|كذا مرة|تاني|ثانية)', '(قبل|سابقا|من قبل) ~4 (حصوة|حصوات|حصى)', 'طلعت حصوة', 'نزلت حصوة', 'نزلت مني حصوة'], 'Has had kidney stones before.'),
  e(['previous_kidney_stones'], ['حصوة', 'حصوات', 'حصى', 'حصوة ~2 كلى', 'حصى ~2 كلى'], 'Kidney stones without when: a past episode is likely but not said; the interview asks.', { says: 'vague', affirmed: 'none' }),
  e(['pregnant'], ['حامل', 'حمل','حبلى', 'أنتظر مولود', 'ثلث ~2 (أول|ثاني|ثالث|أخير)', 'شهور حمل'], 'Is pregnant.', { sex: 'female' }),
  e(['pregnant'], ['اختبار حمل', 'تحليل حمل',], 'A pregnancy test that was negative plainly means not pregnant.', { says: 'vague', affirmed: 'none', sex: 'female' }),
  e(['pregnant_over_20_weeks'], ['(حامل|حمل) ~3 #c (أسابيع|أسبوع|أسبوعا)', '#c (أسابيع|أسبوع|أسبوعا) ~2 (حامل|من حمل)', 'أسبوع #c ~3 (من حمل)'], 'More than 20 weeks pregnant; fewer weeks is not.', { number: { present: { gte: 20, lte: 45 }, absent: { lt: 20 } }, sex: 'female' }),
  e(['pregnant_over_20_weeks'], ['(حامل|حمل) ~3 #c (شهور|أشهر|شهر)', '#c (شهور|أشهر|شهر) ~2 (حامل|من حمل)', 'شهر #c ~3 (من حمل)'], 'Five or more months pregnant is over 20 weeks; under four months is not.', { number: { present: { gte: 5, lte: 10 }, absent: { lt: 4 }, unknown: { gte: 4, lt: 5 } }, sex: 'female' }),
  e(['pregnant_over_20_weeks'], ['ثلث ثالث', 'ثلث أخير', 'شهر سادس', 'شهر سابع', 'شهر ثامن', 'شهر تاسع', 'شهر سابع من حمل'], 'The third trimester, or the sixth month on, is after 20 weeks.', { sex: 'female' }),
  e(['pregnant_over_20_weeks'], ['ثلث أول', 'شهر أول', 'شهر ثاني', 'شهر ثالث'], 'The first trimester is before 13 weeks.', { says: 'absent', sex: 'female' }),
  e(
    ['pregnancy_bleeding_or_contractions'],
    ['نزيف', 'نزف', 'دم', 'تنقيط', 'بقع دم', 'انقباضات', 'انقباض', 'طلق', 'تقلصات رحم', '{tummy} ~3 (تشد|بتشد|تتصلب|تنقبض|تتحجر)', 'كل ~3 دقائق ~4 (تشد|انقباض|طلق)', 'نزل ~2 (ماء|مية|سائل)', 'نزول ~2 (ماء|مية|سائل)', 'انفجر كيس ماء', 'انفجار ~2 كيس'],
    'In pregnancy: bleeding, tightenings or contractions, or fluid leaking. A denial of one of these does not deny the others.',
    { requires: ['pregnant'], negated: 'none', sex: 'female', overrides: ['muscle_knot_tight', 'abnormal_vaginal_discharge_or_bleeding', 'blood_in_urine'] },
  ),
  e([], ['زي ألم دورة', 'مثل ألم دورة', 'ك أنه ألم دورة', 'زي مغص دورة'], '"Like period pain" describes a pain, not a period.', { overrides: ['period_related_pain'] }),
  e(['period_related_pain'], ['{pain} ~6 (دورة|دورة شهرية|عادة شهرية|حيض|بريود)', '(دورة|دورة شهرية|عادة|حيض|بريود) ~6 {pain}', 'ألم دورة', 'ام دورة', 'مغص دورة', 'لما تجيني دورة', 'مع دورة', 'وقت دورة', 'أيام دورة'], 'The pain comes with menstrual periods.', { sex: 'female' }),
  e(['abnormal_vaginal_discharge_or_bleeding'], ['إفرازات ~3 (غريبة|غير طبيعية|ريحتها|لونها|صفراء|خضراء|كثيرة)', 'نزيف ~3 (بين دورات|بعد جماع|بعد علاقة)'], 'Unusual vaginal discharge, or bleeding between periods or after sex.', { sex: 'female' }),
  e(['neck_thyroid_surgery'], ['عملية ~3 (غدة درقية)', 'استئصال ~3 (غدة|درقية)', 'شالوا ~2 غدة'], 'Has had thyroid or neck surgery.'),
  e(
    ['previous_similar_diagnosis_sciatica'],
    ['انزلاق غضروفي', 'انزلاق ~2 غضروف', 'ديسك', 'فتق ~2 (غضروفي|غضروف|نواة)', 'بروز ~2 غضروف', '(طبيب|دكتور|دكتورة|علاج طبيعي) ~6 (عرق نسا|انزلاق|ديسك|غضروف)', 'شخصوني ~3 (عرق نسا|انزلاق|ديسك)', 'عرق نسا ~4 (قبل|سابقا|من قبل|من سنين)'],
    'Has been told before by a clinician that the pain is sciatica or a slipped disc ("انزلاق غضروفي", "ديسك").',
  ),
  e(['pregnant_over_20_weeks'], ['(حامل|حمل) ~3 أسبوع #'], 'Pregnant in week N ("حامل في الأسبوع العشرين"): from 20 weeks counts.', { number: { present: { gte: 20, lte: 45 }, absent: { lt: 20 } }, sex: 'female' }),
  e(['known_aortic_aneurysm'], ['تمدد ~4 شريان ~4 (بطن|رئيسي|أبهر|أورطي)'], 'A widening of the main artery in the tummy is an aortic aneurysm.'),
  e(['smoker'], ['دخنت', 'يدخن', 'تدخن', 'بيدخن'], 'Smokes or smoked (dakhkhant: I smoked).'),
];
