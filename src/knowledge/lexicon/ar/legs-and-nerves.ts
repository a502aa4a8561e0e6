/**
 * Legs, walking, nerves, bladder and bowel, in Arabic. One leg ("رجلي اليمين", "قدمي") and both
 * ("رجليا", "الرجلين", "كلتا الساقين") are told apart by the words. "لا أستطيع التبول" and "ما بقدرش
 * أبول" are warning signs stated with a negation word: the phrase carries it, so they are present.
 */
import type { FindingId } from '../../../contract/ids.ts';
import { e } from '../entry.ts';
import { LEG_OR_BUTTOCK_PAIN, WALKING_LEG_PAIN } from '../leg-pain.ts';
import type { LexEntry } from '../types.ts';

const BOTH_LEG_FINDINGS: FindingId[] = ['numbness_both_legs', 'weakness_both_legs', 'leg_pain_both_legs'];

export const legsAndNerves: readonly LexEntry[] = [
  e(
    [...BOTH_LEG_FINDINGS, 'numbness_one_leg', 'weakness_one_leg'],
    [
      '{legs} ~2 (سليمة|سليمين|طبيعية|طبيعيين|تمام|كويسين|منيحين|بخير|قوية)',
      '{leg} (اثنتين|اثنين|تنين|ثنتين) ~1 (سليمة|سليمين|طبيعية|طبيعيين|تمام|كويسين|منيحين|بخير|قوية)',
      'ما في شي ~2 {legs}',
      'لا شيء ~2 {legs}',
    ],
    'Legs said to be fine plainly have no numbness or weakness.',
    { says: 'absent' },
  ),
  e(
    [...BOTH_LEG_FINDINGS, 'numbness_one_leg', 'weakness_one_leg'],
    [
      '{leg}|{legs} ~1 (مش|مو|ما|ليست|ليس|غير|مب|مهيش|ماهيش) (سليمة|سليمين|طبيعية|طبيعيين|طبيعي|تمام|كويسين|كويسة|منيحين|منيحة|بخير)',
    ],
    '"رجلي مش طبيعية": legs said not to be fine are trouble not yet told apart, asked (the legs-fine phrase read it as a denial).',
    {
      says: 'vague',
      affirmed: 'unknown',
      overrides: [...BOTH_LEG_FINDINGS, 'numbness_one_leg', 'weakness_one_leg'],
    },
  ),
  e(
    ['unsteady_walking'],
    [
      '{unable} (أمشي|امشي|مشي|نمشي|يمشي|تمشي) ~1 (طبيعي|عادي|كويس|منيح|تمام|مظبوط|مزبوط|زين|بشكل طبيعي|زي الناس|متل العالم)',
    ],
    '"ما بقدر امشي طبيعي": not walking normally may be pain or unsteadiness, asked (its "walking normally" was read as a denial).',
    { says: 'vague', affirmed: 'unknown', overrides: ['unsteady_walking'] },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    [
      '(أستطيع|أقدر|بقدر|يقدر|بيقدر|يستطيع|تقدر|بتقدر|تستطيع) (تحريك|أحرك|احرك|يحرك|تحرك) {leg}|{legs} ~2 (طبيعي|عادي|بشكل طبيعي|بشكل عادي|كويس|منيح|تمام|زين|بسهولة)',
    ],
    'Moving the legs normally plainly denies leg weakness (and says nothing of numbness).',
    { says: 'absent' },
  ),
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs'],
    [
      '{pain} ~6 {leg}|{legs}',
      '{leg}|{legs} ~6 {pain}',
      'ينزل|نازل|يمتد|ممتد ~3 (ل|إلى|على|في) ~2 {leg}|{legs}',
      '(يهبط|كيهبط|تيهبط|هابط) ~3 (ل|إلى|على|في) ~2 {leg}|{legs}',
    ],
    'Pain in a leg without where: unclear above or below the knee; "ما في ألم في رجلي" is a plain denial.',
    { says: 'vague' },
  ),
  e(
    ['leg_pain_above_knee'],
    [
      '{pain} ~6 {thigh}',
      '{thigh} ~6 {pain}',
      'ينزل|نازل|يمتد|ممتد|يروح ~4 {thigh}',
      'لحد ركبة',
      'لحد ركبتي',
      'حتى ركبة',
      'حتى ركبتي',
      // Maghrebi "حتى للركبة", "يهبط لرجلي" (goes down to my leg).
      '(حتى|لحد) ل (ركبة|ركبتي)',
      'إلى ركبة',
      'ما ينزل ~2 تحت ~2 ركبة|ركبتي',
      'لا ينزل ~2 تحت ~2 ركبة|ركبتي',
      'فوق ركبة|ركبتي',
    ],
    'Pain spreading into the thigh, not below the knee ("لحد ركبة", "ما ينزل تحت ركبة").',
  ),
  e(
    ['leg_pain_below_knee'],
    [
      '{pain} ~6 {lowerleg}',
      '{lowerleg} ~6 {pain}',
      'ينزل|نازل|يمتد|ممتد|يروح|لحد|حتى|إلى ~6 {lowerleg}',
      'عرق نسا',
      'عصب وركي',
      'تحت ركبتي',
      'تحت ركبة',
    ],
    'Pain down the leg below the knee, to the calf, foot or toes; "عرق نسا" (sciatica) is pain below the knee.',
    { overrides: ['leg_pain_above_knee'] },
  ),
  e(
    ['leg_pain_both_legs'],
    ['{pain} ~6 {legs}', '{legs} ~6 {pain}', '{pain} ~6 {both} ~2 {leg}'],
    'Pain, tingling or aching in both legs ("رجليا", "رجلين", "كلتا ساقين").',
  ),
  e(
    ['leg_pain_worse_than_back'],
    [
      '{leg}|{legs} ~4 (أسوأ|أسوء|أشد|أكثر|أكتر|اكتر|أقوى) ~3 من ~2 {back}',
      '(ألم|وجع) ~2 {leg}|{legs} ~3 (أسوأ|أشد|أكثر|أكتر|اكتر|أقوى) ~3 من ~3 {back}',
    ],
    'The leg pain is worse than the back pain.',
  ),
  e(
    ['leg_pain_worse_than_back'],
    ['{back} ~4 (أسوأ|أشد|أكثر|أقوى) ~3 من ~2 {leg}|{legs}'],
    'The back hurting more than the leg plainly denies leg pain worse than back pain.',
    { says: 'absent' },
  ),
  e(
    ['calf_cramp_walking'],
    ['(سمانة|بطة|ربلة) ~6 (مشي|أمشي|ماشي)', '(مشي|أمشي) ~6 (سمانة|بطة|ربلة)', 'عرج متقطع'],
    'A cramping or aching pain in the calf that comes on with walking.',
  ),
  e(
    ['walking_pain_stops_standing_still'],
    [
      '(أوقف|أقف|وقفت|توقفت|أتوقف) ~6 (يروح|يخف|يختفي|يزول|يهدأ|بيروح)',
      '(يروح|يخف|يختفي|يزول|بيروح) ~6 (لما|عند|بعد) ~2 (أوقف|أقف|وقوف|توقف)',
    ],
    'Leg or buttock pain brought on by walking goes away within minutes of simply stopping and standing still.',
    {
      requires: WALKING_LEG_PAIN,
    },
  ),
  e(
    ['walking_pain_needs_sitting_bending'],
    [
      '(أقعد|أجلس|قعدت|جلست|جلوس|أنحني|انحنيت|انحناء|أتكئ|أستند) ~6 (يروح|يخف|يختفي|يزول|يهدأ|بيروح|أرتاح|ارتاح)',
      '(يريحني|بيريحني|ريحني|يخففه|يخفف) ~6 (أقعد|أجلس|جلوس|أنحني|انحناء|أتكئ)',
      '(يروح|يخف|يختفي|يزول|بيروح) ~6 (لما|عند|بعد) ~2 (أقعد|أجلس|جلوس|أنحني|انحناء)',
      '(لازم|مضطر|مضطرة) ~2 (أقعد|أجلس)',
      'عربة تسوق',
      'عربية سوبرماركت',
    ],
    'Leg or buttock pain brought on by walking only eases when sitting down or bending forward.',
    { requires: LEG_OR_BUTTOCK_PAIN },
  ),
  e(
    ['standing_alone_brings_pain'],
    [
      '(وقوف|واقف|واقفة|أقف) ~6 (طويل|طويلا|فترة|مدة) ~6 {pain}|يبدأ|يجي|يجيب|بيجيب|يسبب',
      '{pain} ~6 وقوف ~3 (طويل|فترة|مدة)',
      'طابور ~6 {pain}|يبدأ|يجي|يجيب|بيجيب|يسبب',
    ],
    'Standing still for a while, without walking, brings on the leg or buttock pain.',
    { requires: LEG_OR_BUTTOCK_PAIN },
  ),
  e(
    ['no_pain_seated'],
    [
      '(قاعد|قاعدة|جالس|جالسة|أقعد|أجلس|جلوس) ~4 (ما في ألم|ما في أي ألم|ما في أي وجع|ما يوجعني|ما يوجعني شي|لا ألم|لا يوجد ألم|ما بيوجعني|بدون ألم|أرتاح تماما|ما أحس ب شي|مرتاح)',
    ],
    'There is no leg or back pain at all when sitting.',
    {
      overrides: ['pain_worse_movement'],
      requires: LEG_OR_BUTTOCK_PAIN,
    },
  ),
  e(
    ['foot_pain_at_rest'],
    [
      '(قدمي|قدم|رجلي|أصابع رجلي|أصابع قدمي) ~4 ({pain}|تحرقني|بتحرقني|حرقان) ~6 (و أنا مرتاح|و أنا مرتاحة|وقت راحة|في راحة|أثناء راحة|و أنا نايم|و أنا نايمة|ب ليل|ليل)',
      '{pain} ~4 (قدمي|قدم|أصابع رجلي) ~6 (أدلي|أنزل|بدلي|بنزل) ~2 (رجلي|من سرير)',
      'ألم راحة',
    ],
    'Burning or aching pain in the foot at rest or at night, eased by hanging the leg down.',
  ),
  e(
    ['same_walking_distance'],
    ['نفس مسافة', 'دائما بعد ~3 (متر|دقائق|شارع|شوارع)'],
    'The pain comes on after about the same walking distance each time.',
  ),
  e(
    ['foot_cold_pale_or_sores'],
    [
      '{leg}|{legs} ~3 (باردة|بارد|شاحبة|زرقاء|مزرقة)',
      'جرح|جروح|قرحة ~4 (ما يلتئم|لا يلتئم|ما يطيب|ما بيطيب|لا تلتئم|ما بيلم|ما يلم|مش بيلم|ما بيخف|مش بيخف)',
    ],
    'A foot that is cold, pale or bluish, or sores on the foot or leg that do not heal.',
    { overrides: ['sweaty_clammy_pale'] },
  ),
  e(
    ['calf_swollen_red_one_side'],
    [
      '(سمانة|بطة|ربلة|ساق|ساقي|رجل|رجلي) ~4 (متورمة|منتفخة|وارمة|حمراء|محمرة|سخنة|ساخنة|دافئة|ورم|تورم|انتفاخ|منفوخة|حمرا)',
      '(تورم|انتفاخ|ورم|احمرار) ~4 (سمانة|بطة|ربلة|ساق|ساقي|رجل|رجلي)',
      'جلطة ~2 (ساق|رجل|وريد)',
      'تجلط ~2 (ساق|رجل|أوردة)',
    ],
    'One calf or leg is swollen, warm, red or tender compared with the other.',
    { overrides: ['leg_pain_below_knee', 'leg_pain_above_knee'] },
  ),
  e(
    ['leg_cramp_night'],
    [
      '(شد|تشنج|تقلص|شدات|تشنجات) ~6 (ب ليل|في ليل|ليلا|أثناء نوم|سرير|يصحيني|صحاني)',
      '(ب ليل|في ليل|ليلا|أثناء نوم) ~6 (شد|تشنج|تقلص|شدات|تشنجات) ~3 (سمانة|بطة|ربلة|رجل|رجلي|قدم|فخذ)',
      'شد عضلي ~3 (سمانة|بطة|ربلة|قدم)',
    ],
    'Sudden painful cramps in the calf, foot or thigh at night or at rest.',
    { overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee', 'muscle_knot_tight'] },
  ),
  e(
    ['numbness_one_leg', 'numbness_both_legs', 'saddle_numbness'],
    ['{numb}'],
    'Numbness or tingling without where is unclear; "ما في تنميل" plainly denies it everywhere.',
    { says: 'vague' },
  ),
  e(
    ['numbness_one_leg'],
    [
      '{numb} ~5 {leg}',
      '{leg} ~5 {numb}',
      // A note names the nerve root's skin instead of the leg: "نقص الإحساس في الجلدة L5 اليسرى".
      '{numb} ~2 (جلدة|قطاع جلدي|جذر) (l|s) #',
      '{notfeel} (ب|في)? {leg}',
      // Nothing felt in it: "ما أحس بشي في رجلي".
      '{notfeel} (ب)? (شي|شيء|حاجة) (في|ب) {leg}',
      // The leg first: "رجلي ما عدت أحس فيها".
      '{leg} ~2 {notfeel} (فيها|فيه|بها|به|ب ها)',
      '{leg} ~1 (ما|مش|مو|لا) (عاد|بقى|بقا)? (فيها|فيه) (إحساس|احساس|حس)',
      // A leg "asleep": "رجلي نايمة"; "dead": "رجلي ميتة".
      '{leg} ~1 (نايمة|نايم|نايمه)',
      '{leg} ~1 (ميتة|ميته|ميت)',
      '(مفيش|ما في|مافي|ما فيه|ما فيها|لا يوجد|ما عندي|فقدت|فقدان) (أي|و لا)? (إحساس|احساس) ~2 {leg}',
    ],
    'Numbness, tingling or pins and needles in one leg or foot ("تنميل في رجلي", "لا أشعر بقدمي").',
  ),
  e(
    ['numbness_both_legs'],
    [
      '{numb} ~5 {legs}',
      '{legs} ~5 {numb}',
      '{legs} ~1 (نايمة|نايمين|نايمات|نايمه)',
      '{legs} ~1 (ميتة|ميتين|ميتات|ميته)',
      '{numb} ~5 {both} ~2 {leg}',
      '{notfeel} (ب|في)? {legs}',
      '{notfeel} (ب)? (شي|شيء|حاجة) (في|ب) {legs}',
      '{legs} ~2 {notfeel} (فيهم|فيها|فيهن|بهما|بها)',
      '(مفيش|ما في|مافي|ما فيه|ما فيها|لا يوجد|ما عندي|فقدت|فقدان) (أي|و لا)? (إحساس|احساس) ~2 {legs}',
      // "ما بحس بشي من وسطي لتحت": the body below the waist, not the back.
      '{notfeel} ~2 (من)? (وسطي|وسط|خصري|سرتي|سرة) (لتحت|ل تحت|و تحت|لأسفل|ل أسفل)',
      '(وسطي|وسط|خصري|سرتي|سرة) (لتحت|ل تحت|و تحت|لأسفل|ل أسفل) ~2 {notfeel}',
    ],
    'Numbness, tingling or pins and needles in both legs or feet.',
    { alsoDenies: ['numbness_one_leg'], overrides: ['numbness_one_leg'] },
  ),
  e(
    ['saddle_numbness'],
    [
      '{numb} ~5 {saddle}',
      '{saddle} ~6 {numb}',
      '{notfeel} ~2 {saddle}',
      // Not feeling one's seat: "ما أحس بمقعدتي".
      '{notfeel} ~2 {buttock}',
      '(عند|لما|وقت) ~2 (أمسح|مسح|أنظف|تنظيف|أتشطف) ~6 (غريب|مختلف|ما أحس|لا أشعر|ما بحس|مخدر|تنميل)',
      '(غريب|مختلف|ما أحس|لا أشعر|ما بحس|ما حس|{notfeel}) ~6 (عند|لما|وقت) ~2 (أمسح|مسح|أنظف|تنظيف)',
      'ورق تواليت ~4 (غريب|مختلف|ما أحس)',
      '{notfeel} ~1 (كرسي حمام|كرسي تواليت|قاعدة حمام|كرسي)',
      '{notfeel} ~2 (لما|وقت|عند|و أنا) (أقعد|أجلس|قاعد|جالس) ~2 (كرسي|كرسي حمام|تواليت)',
    ],
    'Numbness or tingling around the genitals, back passage, buttocks or inner thighs, or a changed feeling when wiping.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['numb_feet_neuropathy'],
    [
      'سكر* && {numb} ~3 قدمي|قدمين|قدماي|رجليا|أقدام',
      'سكر* && قدمي|قدمين|قدماي|رجليا ~3 {numb}',
      'اعتلال أعصاب',
      'اعتلال عصبي',
      'التهاب أعصاب',
      'قدم سكري',
    ],
    'Numb feet in someone with diabetes, or known neuropathy: long-standing reduced feeling.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['generalised_weakness', 'weakness_one_leg', 'weakness_both_legs'],
    ['ضعف', 'ضعيف', 'ضعيفة'],
    'Weakness without where is unclear; "ما في ضعف" plainly denies it.',
    { says: 'vague' },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    ['(قوة|قوة عضلات|قوة عضلية) (طبيعية|سليمة|جيدة|محفوظة|كاملة|متناظرة) ~2 {legs}?'],
    'A note\'s "قوة العضلات طبيعية في الطرفين السفليين" plainly denies leg weakness.',
    { says: 'absent' },
  ),
  e(
    ['weakness_one_leg'],
    [
      '{weak} ~4 {leg}',
      '{leg} ~5 {weak}',
      'قدم متدلية',
      'سقوط قدم',
      'أجر ~2 رجلي|قدمي',
      'بجر ~2 رجلي',
      // The leg first: "رجلي اليمين بتجر وأنا ماشي".
      '{leg} ~2 (بتجر|تجر|بتنجر|تنجر|بجرها|أجرها|اجرها)',
      '{unable} ~2 (أوقف|أقف|أمشي|امشي) ~1 (على|ع) (أطراف أصابعي|رؤوس أصابعي|أطراف صوابعي|كعبي|كعب|كعوبي)',
      '(بتتكعبل|بتكعبل|أتكعبل|اتكعبل|أتعثر|بتعثر|بتعتر|أتعتر|بتعرقل|أتعرقل)',
      '{leg} ~2 (ما|مش|مو) (بتسمع|تسمع|بتطاوعني|تطاوعني|بتطاوع) (كلام|كلامي)?',
      '{unable} (أحرك|احرك|تحريك) (أصابع رجلي|صوابع رجلي|أصابع قدمي|قدمي|كاحلي)',
      'رجلي ~3 (تخونني|بتخونني|تفلت|ما تشيلني|تطوي)',
      // "رجلي تقيلة ومش شايلاني": after "و", the "مش" opens a clause of its own.
      '{leg} ~2 و (مش|ما|مو) (شايلاني|شايلتني|حاملاني|بتشيلني|تشيلني|حاملتني)',
      // "رجلي اليسار ما عاد تشيلني" (my leg no longer carries me).
      '{leg} ~2 (ما|مش|مو|لم) (عاد|عادت|بقت|تعد) (تشيلني|بتشيلني|تحملني|بتحملني|شايلاني|شايلتني)',
      'ركبتي ~2 (تخونني|بتخونني|تطوي|بتطوي|تنطوي|بتنطوي)',
      'قوتي ~3 {leg} ~2 (أقل|ضعيفة|مش زي أول|مو مثل قبل)',
      'أتعثر ~2 (كثير|دائما)',
      '{unable} ~3 (أقف على أصابعي|أقف على كعبي|أمشي على أصابعي|أمشي على كعبي)',
    ],
    'Weakness in one leg or foot: tripping, the foot dragging, unable to stand on heel or toes.',
  ),
  e(
    ['weakness_one_leg'],
    ['{unable} ~2 (أرفع|رفع|ارفع) ~2 (مشط|قدمي|مقدمة قدمي|طرف قدمي)'],
    'A foot that cannot be lifted (foot drop) is weakness of that leg, not pain on moving.',
    { overrides: ['pain_worse_movement'] },
  ),
  e(
    ['weakness_both_legs'],
    [
      '{weak} ~4 {legs}',
      '{legs} ~5 {weak}',
      'رجليا ~3 (تخونني|ما تشيلني|ما بتحملني|زي جيلي|مثل جيلي)',
      // Legs "like cotton", "like dough": "رجليا بقوا زي القطن".
      '{legs} ~2 (زي|مثل|متل|ك) (قطن|عجين|جيلي|جلي|مكرونة|معكرونة)',
      'ما أقدر أحرك رجليا',
      '{legs} ~2 (ما|مش|مو) (شايلاني|شايليني|حاملاني|بتشيلني|تشيلني)',
      // "رجليا ما عادت تشيلني" (my legs no longer carry me).
      '{legs} ~2 (ما|مش|مو|لم) (عادت|عاد|بقت|تعد) (شايلاني|شايليني|حاملاني|بتشيلني|تشيلني|تحملني|بتحملني)',
      'لا أستطيع تحريك ساقي',
      'شلل',
    ],
    'Weakness in both legs.',
    { alsoDenies: ['weakness_one_leg'], overrides: ['weakness_one_leg'] },
  ),
  e(
    ['weakness_progressing'],
    ['(ضعف|تنميل|خدر) ~4 (يزيد|يزداد|ينتشر|بيزيد|يطلع|عم يزيد)', 'كل يوم ~2 (أضعف|أكثر ضعفا)', 'تزداد ضعفا'],
    'Leg weakness or numbness that is spreading or getting worse over hours or days.',
    { requires: ['weakness_one_leg', 'weakness_both_legs', 'numbness_one_leg', 'numbness_both_legs'] },
  ),
  e(
    ['urinary_retention'],
    ['مثانة', 'بول', 'تبول', 'إدرار', 'حمام', '(مشكلة|مشاكل) ~2 (تبول|بول|مثانة)'],
    'A bare mention of the bladder or peeing says nothing; "تبول طبيعي" plainly denies trouble passing urine.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['urinary_retention'],
    [
      '(يبول|بيبول|أبول|ببول|بتبول|يتبول|أتبول|بتبول|بيتبول|نبول|كنبول|كيبول) ~1 (طبيعي|عادي|كويس|منيح|تمام|زين|بشكل طبيعي|بشكل عادي|بدون مشاكل|بلا مشاكل)',
    ],
    '"عم يبول طبيعي", "بتبول عادي": peeing normally plainly denies trouble passing urine.',
    { says: 'absent' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    [
      '(تبول|بول|مثانة) ~2 (و|أو) ~2 (تبرز|براز|إخراج|أمعاء|خروج)',
      'تحكم ~2 (ب بول|في بول|ب مثانة)',
      'حمام ~2 (طبيعي|تمام|عادي)',
      'مصرات',
      'عاصرات',
      'معصرات',
    ],
    'The bladder and bowels ("بول والبراز", "حمام") said to be fine plainly deny trouble passing urine and loss of control.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['urinary_retention'],
    [
      '{unable} ~2 {pee}',
      '(ما فيني|مافيني|ما فيي|ما فينيش|مش فيني) {pee}',
      '{unable} ~3 (أبدأ|أبدا) ~2 {pee}',
      'احتباس ~2 بول',
      // "ما طلع بول من امبارح", "ما نزل مني بول": no urine coming is retention (the "ما" is the phrase's).
      '(ما|مش|لا|مو|لم) (نزل|طلع|بينزل|بيطلع|ينزل|يطلع|يخرج|خرج|نزلش|طلعش|بينزلش|بيطلعش) (مني)? ~1 (بول|نقطة|نقطة بول)',
      '(بول|بولي) (محبوس|محتبس|واقف|مسكر|مسدود|مقطوع)',
      '(انحباس|حبس) ~1 بول',
      '{unable} ~2 (أفضي|افضي|أفرغ|افرغ|تفريغ|تفضية) ~2 (مثانة|مثانتي)',
      '(مثانة|مثانتي) ~3 (لسه|لسا|لا تزال|ما زالت|بعدها)? (مليانة|ممتلئة|مليانه) ~3 (بعد|حتى بعد)',
      'احتباس بول',
      'احتباس',
      'بول ~3 (ضعيف|بطيء|نقط|نقطة نقطة|ما ينزل|لا ينزل|ما بينزل|مش بينزل)',
      'بول ~3 (ضعيف|بطيء|نقط|ما ينزل|لا ينزل|ما بينزل|مش بينزل)',
      'مثانتي ~3 (مليانة|ممتلئة|ما تفضى|لا تفرغ)',
      // On examination: "مثانة ممتلئة بالفحص", "مثانة منتفخة" (a palpable bladder).
      'مثانة (ممتلئة|منتفخة|متضخمة|محتقنة|مليانة)',
      'ما تبولت ~3 (من|منذ|طول اليوم|كل اليوم)',
      'لم أتبول ~3 (من|منذ|طول اليوم|كل اليوم)',
      'ما بلت ~3 (من|منذ|طول اليوم)',
      '(ما|لم) (بال|بالت|تبول|تبولت|يتبول|تتبول) ~3 (من|منذ|طول اليوم|كل اليوم)',
      'ما عملت حمام ~3 (من|منذ)',
      // Said with "عم", with nothing coming when trying, or with none since a time (each was read as a
      // denial): "ما عم يطلع بول", "ما يطلع مني شي لما أروح الحمام", "أحاول أبول وما يطلع", "لا يوجد بول
      // منذ الصباح"; Maghrebi "البول ما كيخرجش".
      '(ما|مش|لا) عم (بيطلع|يطلع|بينزل|ينزل|يخرج|بيخرج) ~2 بول',
      // The teller's own verb, its "ب" split off: "ما عم بطلع بول" (I'm not passing urine). "بطلع" itself is
      // not written here: a word the lexicon knows whole is no longer split ("ما بطلع بول غير نقط");
      // "بنزل" already is one.
      '(ما|مش|لا) عم (ب)? (طلع|نزل|أطلع|أنزل|بنزل) (مني)? ~1 بول',
      '(ما|مش|لا) (عم)? (يطلع|بيطلع|ينزل|بينزل|يخرج|بيخرج) (مني|منه|منها)? (شي|شيء|حاجة|نقطة) ~4 (حمام|أبول|ابول|اتبول|أتبول|تبول|بول)',
      '(أحاول|بحاول|نحاول|احاول|بجرب|أجرب|يحاول|بيحاول) {pee} ~3 (ما|مش|لا) (يطلع|بيطلع|ينزل|بينزل|يخرج|في شي|فيه شي)',
      '(أحاول|بحاول|نحاول|احاول|بجرب|أجرب|يحاول|بيحاول) {pee} و (ما|مش|لا) (يطلع|بيطلع|ينزل|بينزل|يخرج|في شي|فيه شي)',
      '(لا يوجد|ما في|مافي|مفيش|ما فيه) بول ~2 (من|منذ)',
      '(كيخرجش|ماكيخرجش|كيهبطش|ماكيهبطش|كيطيحش) ~1 بول',
      'بول ~1 (ما)? (كيخرجش|ماكيخرجش|كيهبطش|ماكيهبطش)',
      // Urine only in drops: "البول ما بينزل غير نقط" (its "ما" was read as a denial).
      '(بول|بولي) ~1 (ما|مش|لا) (بينزل|ينزل|بيطلع|يطلع|يخرج|بيخرج|نازل|طالع|بينزلش|بيطلعش) (غير|إلا|الا) ~1 (نقط|نقطة|نقطة نقطة|شوية|شوي|قليل|بالقطارة)',
      // The verb first: "ما بطلع بول غير نقط" (I pass nothing but drops; read as no trouble peeing).
      '(ما|مش|لا|مو) ب (طلع|نزل) (مني|منه|منها)? بول (غير|إلا|الا|بس) ~1 (نقط|نقطة|نقطة نقطة|شوية|شوي|قليل|بالقطارة)',
      '(ما|مش|لا|مو) (أطلع|بنزل|أنزل|بيطلع|بينزل|يطلع|ينزل|بتطلع|بتنزل|تطلع|تنزل) (مني|منه|منها)? بول (غير|إلا|الا|بس) ~1 (نقط|نقطة|نقطة نقطة|شوية|شوي|قليل|بالقطارة)',
      // Neither stool nor urine: "ما عملت حمام ولا بولت من امبارح", "ما قدرت أتبرز ولا أبول".
      '(ما|لم|مش) ~2 (حمام|أتبرز|اتبرز|تبرزت|براز) و لا (بولت|بلت|تبولت|أبول|ابول|أتبول|اتبول|بول)',
      // Levantine "ما عم بول" (I'm not peeing), the progressive with its own "ما".
      '(ما|مش) عم (بول|ببول|أبول|بيبول|يبول|بتبول|تبول)',
      // Not peeing normally, or not since a time, said with the verb of now: "ما بيبول طبيعي",
      // "ما عم يبول من امبارح" (the "ما" is the phrase's own, so no "normal" after it denies anything).
      '(ما|مش|مو|لا) (عم)? (يبول|بيبول|أبول|ببول|بتبول|يتبول|أتبول|بيتبول|نبول|كنبول|كيبول) ~1 (طبيعي|عادي|كويس|منيح|تمام|زين|بشكل طبيعي|بشكل عادي|مليح|مزيان)',
      '(ما|مش|لم) (عم)? (يبول|بيبول|أبول|ببول|بتبول|بيتبول|نبول|كيبول) ~3 (من|منذ|طول اليوم|كل اليوم|صار له|بقاله|صار لها|بقالها)',
      // No longer peeing well: Maghrebi "مابقاش كيبول مزيان", Levantine "ما عاد يبول منيح".
      '(مابقاش|ما بقاش|ماعادش|ما عادش|ما عاد|ما بقى|ما بقا) (عم)? (يبول|بيبول|أبول|ببول|بتبول|يتبول|أتبول|بيتبول|نبول|كنبول|كيبول|كتبول) ~1 (طبيعي|عادي|كويس|منيح|تمام|زين|بشكل طبيعي|مليح|مزيان)',
      // "صار لي يومين ما بولت", "بالكاد أستطيع التبول": the "ما"/"بالكاد" belongs to the phrase.
      '(ما|لم|مش) (بلت|بولت|تبولت|شخيت) ~4 (من|منذ|طول اليوم|كل اليوم|يوم|يومين|ساعات|ساعة)',
      '(صار لي|صارلي|بقالي|لي|إلي|لي) ~4 (ما|مش|لم) (بلت|بولت|تبولت|شخيت|عملت حمام|دخلت حمام|أتبول)',
      '(بالكاد|بصعوبة|يا دوب|يدوب) (أستطيع|أقدر|بقدر)? {pee}',
      '{pee} ~2 (بصعوبة|صعوبة)',
      '(ما|مش|لا) (بيطلع|يطلع|طالع|بينزل|ينزل|نازل) ~2 بول',
      'بول ~1 (ما|مش|لا) (عاد|عم) (بيطلع|يطلع|بينزل|ينزل)',
      '(ما في|مافي|مفيش|لا يوجد|ما فيه) بول (بينزل|ينزل|يطلع|بيطلع|نازل)',
      '(لازم|لازمني|أضطر|مضطر|مضطرة) ~1 (أضغط|أزحر|أدفع|أعصر) ~2 {pee}',
      // "ما عم فوت عالحمام من مبارح": not been to the toilet since a time, the "ما" the phrase's own.
      '(ما|مش|لم) (عم)? (ب)? (فوت|روح|أروح|دخلت|رحت|فتت|أدخل) (على)? حمام ~1 (من|منذ|صار لي|بقالي|صرلي) ~2 (امبارح|مبارح|أمس|صبح|ليل|بارحة|#c)',
      // The urge with nothing coming: "عندي رغبة أتبول بس ما يطلع شي".
      '(رغبة|حاجة|زنقة) ~2 {pee} && (ما|مش|لا) (يطلع|ينزل|بيطلع|بينزل|يخرج|بيخرج) (شي|شيء|حاجة|نقطة|ولا نقطة)',
      // As the English lexicon reads "can't feel when I pee".
      '{notfeel} ب? (بول|بولي)',
      '{notfeel} (لما|عند|وقت|وأنا|و أنا) {pee}',
    ],
    'New difficulty starting to pee, a weak stream, a bladder that still feels full, or being unable to pee ("لا أستطيع تبول").',
  ),
  e(
    ['urinary_retention'],
    [
      '(بول|بولي) ~1 (ما|مش|لا) (يطلع|بيطلع|ينزل|بينزل|يخرج|بيخرج) (إلا|الا|غير) ~1 (ضغط|عصر|زحير|صعوبة|بالعافية)',
    ],
    '"البول ما يطلع إلا بالضغط": urine that comes only with pushing is trouble peeing; the push is no blood pressure.',
    { overrides: ['high_blood_pressure'] },
  ),
  e(
    ['incontinence'],
    [
      'سلس',
      'سلس بول',
      '(تبولت|بلت|عملتها|عملت|عملت حمام|سويت|سويتها|عملت بيبي) ~2 (على نفسي|على روحي|على حالي|في ملابسي|في هدومي|في سرير)',
      '(بال|بالت|تبول|تبولت|عمل|عملت|عملها|سوى|سوت|بيعمل|بتعمل|يعمل|تعمل|بيبول|بتبول) ~2 (على نفسه|على نفسها|على روحه|على روحها|على حاله|على حالها|في ملابسه|في ملابسها|في هدومه|في هدومها)',
      // The verb first: "نزل مني البول بدون ما أحس".
      '(نزل|بينزل|ينزل|نزلت|طلع|بيطلع|فلت|بيفلت|يفلت|تسرب) (مني|منه|منها) ~2 (بول|شوية بول|براز|نقط بول)',
      // The urine or stool first: "البراز نزل مني بدون ما أحس".
      '(بول|براز) ~1 (نزل|بينزل|ينزل|نزلت|طلع|بيطلع|فلت|بيفلت|يفلت|تسرب) (مني|منه|منها)',
      '(فقدت|فقدان|خسرت) ~2 (سيطرة|تحكم) ~3 (مثانة|بول|أمعاء|براز|إخراج)',
      'بول ~3 (ينزل ل وحده|بينزل ل وحده|يتسرب|بيفلت|يفلت|نازل مني|ينزل مني|بينزل مني|بيطلع مني|يطلع مني)',
      // Maghrebi "البول كيهرب ليا" (the urine escapes me).
      '(بول|براز) ~1 (كيهرب|يهرب|بيهرب|هرب|تيهرب) (ليا|لي|مني|عليا)?',
      'تسرب ~2 (بول)',
      '(ما|مش|لم) (حسيت|أحسست|انتبهت|دريت) ~2 (بلت|تبولت|عملتها|عملت حمام|نزل بول)',
      '{notfeel} ~2 (محتاج|محتاجة|أحتاج|أبغى|بدي|عايز|عايزة|أبي|ابي|ابغى|أبا) ~2 {pee}',
      // "مش حاسس بالحمام": not feeling the need for the toilet (it was read as no trouble peeing).
      '{notfeel} ب? حمام',
      // "لا أشعر بالرغبة في التبول": no urge felt (it was read as no trouble peeing).
      '{notfeel} ب? (رغبة|حاجة|زنقة) (في|ل|ب)? (تبول|بول|حمام|أتبول|اتبول)',
      // "ما بحس بالمثانة": not feeling the bladder (it was read as no bladder trouble).
      '{notfeel} ب? (مثانة|مثانتي)',
      // "ما بتحكم بالبول منيح": not controlling it well (its "منيح" was read as bladder control intact).
      '(ما|مش|مو|لا|ما عم) (بتحكم|أتحكم|اتحكم|بقدر أتحكم|أقدر أتحكم|قادر أتحكم|متحكم|قادرة أتحكم|يتحكم|بيتحكم|تتحكم|بتتحكم) ~2 (ب بول|في بول|ب مثانة|في مثانة|ب حالي|في حالي|ب نفسي|في نفسي|ب براز)',
      '(لا|ما) (أحس|أشعر|بحس) ~4 (لما|متى|إذا) ~3 (مثانتي|أحتاج|أبغى أتبول|أحتاج أتبول)',
      '(لا|ما) (أحس|أشعر|بحس) ~3 (ب حاجة ل تبول|بامتلاء مثانة|إن مثانتي مليانة)',
    ],
    'New loss of bladder or bowel control, or not knowing whether the bladder is full.',
  ),
  e(
    ['incontinence'],
    [
      '{unable} ~2 (أمسك|أتحكم|تحكم|سيطرة|أحبس|مسك|نحبس|نمسك|نشد|نتحكم) ~3 (بول|بولي|نفسي|حالي|مثانة|براز|حمام)',
      '(فقدت|فقدان|فقد|خسرت|عدم|بدون|لا|ما في) ~2 (سيطرة|تحكم) ~3 (مصرات|مصرة|عاصرة|عاصرات|معصرات)',
      '{unable} ~2 (ألحق|الحق) ~2 حمام',
      // "ما ألحق الحمام" (I don't make it to the toilet), the "ما" the phrase's own.
      '(ما|مش|مو) (ألحق|بلحق|نلحق|لحقت|ألحقش) (على)? حمام',
      '(بدون|بلا|عدم|ما في|مفيش|فقدان) (أي)? (تحكم|سيطرة) ~2 (ب بول|في بول|ب مثانة|على بول|على مثانة|ب براز|في براز)',
      '(ما|لم|مش) (عدت|عاد|بقيت|عدتش|أعد|بقيتش) (أتحكم|اتحكم|أمسك|امسك|أحبس|احبس|أسيطر) ~3 (بول|بولي|نفسي|حالي|مثانة|مثانتي|براز)',
      '(بول|براز) ~3 {unable} (أمسكه|امسكه|أحبسه|احبسه|أمسكها|أتحكم فيه|أتحكم فيها)',
      '(بول|براز) ~2 (يطلع|بيطلع|ينزل|بينزل|يخرج|بيخرج) (لحاله|ل حاله|لوحده|ل وحده|من نفسه|بنفسه|ب نفسه|لحالو)',
      // Maghrebi "البول كيخرج بوحدو"; "ينزل بدون ما أحس" (without my feeling it) is the phrase's own "ما".
      '(بول|براز) ~2 (يطلع|بيطلع|ينزل|بينزل|يخرج|بيخرج|كيخرج|كيطيح|كيهبط|نازل) (بوحدو|بوحدها|بلا ما نحس|بدون ما أحس|من غير ما أحس|بدون شعور|بدون إرادتي|غصب عني)',
    ],
    '"لا أستطيع التحكم في البول", "فقدان السيطرة على المصرات": lost control of bladder or bowel, not trouble starting to pee.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    ['sexual_dysfunction_new'],
    [
      'ضعف انتصاب',
      'ضعف جنسي',
      'مشاكل ~2 (انتصاب|جنسية)',
      '{unable} ~3 (انتصاب|قذف)',
      'ضعف قذف',
      'عجز جنسي',
      '(فقدت|فقدان|قلة) ~2 (إحساس) ~4 (جماع|علاقة|جنسي)',
    ],
    'New loss of sexual sensation, or new erection or ejaculation problems.',
  ),
  e(
    ['leg_cramp_night'],
    ['(يصحيني|بيصحيني|صحاني|يوقظني) ~8 (شد|تشنج|تقلص)'],
    'Cramps that wake the person at night.',
    { overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee', 'muscle_knot_tight'] },
  ),
  e(
    ['unsteady_walking'],
    [
      '(مش|مو|مب|غير|ما ني) (متوازن|متوازنة)',
      'عدم (توازن|اتزان)',
      '(فقدان|فقد|اختلال|اضطراب|خلل) ~1 (توازن|اتزان)',
      '(فقدت|بفقد|أفقد|يفقد|تفقد|بيروح|راح) ~1 (توازني|توازنه|توازنها|توازن)',
      '(توازني|توازنه) ~2 (مش|مو|ما|غير) ~1 (مظبوط|تمام|كويس|منيح|طبيعي|مزبوط)',
      '(بمشي|أمشي|ماشي|ماشية|يمشي|تمشي|مشيتي|مشيي|بيمشي|بتمشي) ~3 (زي|مثل|متل|كأني|ك أني|ك أنه|ك أنها|ك) ~1 (سكران|سكرانة|سكرانين)',
      '(بترنح|أترنح|يترنح|تترنح|ترنح|مترنح|مترنحة|بتمايل|أتمايل)',
      '(مشي|مشية|مشيتي) ~2 (غير متوازنة|غير مستقرة|مش متوازنة|مو متوازنة|مش مظبوطة|مترنحة|مضطربة)',
      'اضطراب ~1 (مشي|مشية)',
      'رنح',
    ],
    'New unsteadiness when walking: losing balance, staggering, walking as if drunk; clinical ataxia or an unsteady gait.',
  ),
  e(
    ['unsteady_walking'],
    [
      '(مشي|مشية) (طبيعي|طبيعية|سليمة|سليم)',
      '(أمشي|بمشي|ماشي|ماشية) ~1 (عادي|طبيعي|كويس|منيح|تمام)',
      '(توازن|توازني) ~1 (طبيعي|سليم|جيد|تمام|كويس|منيح)',
    ],
    'A normal gait or walking normally plainly denies unsteadiness.',
    { says: 'absent' },
  ),
  e(
    ['saddle_numbness'],
    ['(إحساس|حس) ~2 {saddle}'],
    'A note\'s "الإحساس في منطقة العجان طبيعي" plainly denies saddle numbness; a bare mention says too little.',
    { says: 'vague' },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    ['قوة عضلية', 'قوة عضلات'],
    'A note\'s "لا يوجد نقص في القوة العضلية" plainly denies leg weakness; a bare mention says too little.',
    { says: 'vague' },
  ),
  // Found by the third blind Arabic set (src/parse/testing/stories-blind3.ar.json).
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    ['(قوة|قوة عضلية|قوة عضلات) ~1 (في)? {legs} (طبيعية|سليمة|جيدة|محفوظة|كاملة|متناظرة)'],
    'A note\'s "القوة العضلية في الطرفين السفليين سليمة", the limbs named before the verdict, plainly denies leg weakness.',
    { says: 'absent' },
  ),
  e(
    ['saddle_numbness'],
    ['{notfeel} ~3 (لما|وقت|عند|و هو|و هي) (يمسح|تمسح|بيمسح|بتمسح|ينظف|تنظف|ينشف|تنشف)'],
    'Not feeling anything when wiping, said of someone else ("بيقول إنه مش حاسس بحاجة لما يمسح").',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['saddle_numbness'],
    [
      '(ما|مش|لم) (حسيت|حسيتش|أحسست|شعرت|حاسس|حاسة) ~3 (لما|وقت|عند|أثناء|بعد) (مسح|أمسح|بمسح|نمسح|تنشيف|أنشف|بنشف|أنظف|بنظف)',
    ],
    'Not having felt anything when wiping, in the past ("ما حسيت بشي وقت المسح").',
    { negated: 'none', overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['onset_minor_fall'],
    ['(ماوقعتش|ما وقعتش|ما وقعش|ماوقعش|ما وقعتش|ما طحتش|ماطحتش|ما طاحش|ماطاحش|موقعتش|موقعش)'],
    'Egyptian and Maghrebi "ماوقعتش" (I didn\'t fall), the negation written onto the verb.',
    { says: 'absent' },
  ),
  e(
    ['burning_urination'],
    [
      '(كي|لما|وقت|عند|كل ما) (نبول|أبول|ببول|أتبول|بتبول|كنبول|نتبول) ~2 (يحرقني|بيحرقني|تحرقني|حرقة|حريق|حرقان|يحرق)',
    ],
    'Burning when peeing, said with the dialects\' "when" ("وكي نبول يحرقني").',
  ),
  e(
    ['incontinence'],
    [
      '(صرت|صارت|صار|بقيت|بقت|بقى) ~1 (أعمل|بعمل|تعمل|بتعمل|يعمل|بيعمل|أبول|ببول|تبول|يبول) (على نفسي|على روحي|على حالي|على نفسها|على حالها|على نفسه|على حاله|في ملابسي|في هدومي)',
    ],
    'Wetting oneself as a new habit ("صرت أعمل على حالي"), said with the present.',
  ),
  // "ما بعرف" is "I can't manage" before these verbs and "I don't know" elsewhere ("ما بعرف شو عندي"),
  // so it is read only here: "مش بعرف أتحكم في البول" read the bladder as fine.
  e(
    ['incontinence'],
    [
      '(ما|مش|مو) (بعرف|بعرفش|عرفت|عرفتش|عارف|عارفة|بقدر) (أتحكم|اتحكم|أمسك|امسك|أحبس|احبس|أمسكه|أحبسه) ~3 (بول|بولي|نفسي|حالي|مثانة|مثانتي|براز|حمام)',
    ],
    'Not managing to hold the urine ("مش بعرف أتحكم في البول").',
  ),
  e(
    [],
    ['(أتحكم|اتحكم|أمسك|امسك) (في|ب)? (نفسي|حالي|أعصابي|اعصابي) (من|قدام|وقت|لما)'],
    'Not holding oneself together "from" the pain or laughter ("مش عارف أمسك نفسي من الوجع") is no bladder.',
    { overrides: ['incontinence'] },
  ),
  e(
    ['urinary_retention'],
    ['(ما|مش|مو) (بعرف|بعرفش|عرفت|عرفتش) (أبول|ابول|أتبول|اتبول|أعمل حمام|اعمل حمام|أطلع بول|أفضي مثانتي)'],
    'Not managing to pee ("ما عرفتش أعمل حمام من امبارح").',
  ),
  // Found by the fourth blind Arabic set (src/parse/testing/stories-blind4.ar.json).
  e(
    ['incontinence'],
    [
      '(أبول|ببول|نبول|أتبول|بتبول|بيبول|يبول|يتبول|تتبول|كنبول|كيبول) ~1 (على نفسي|على روحي|على حالي|على نفسه|على نفسها|على روحه|على روحها|على حاله|على حالها|في ملابسي|في هدومي|في حوايجي)',
    ],
    'Wetting oneself said with the present ("أبول على نفسي وما أدري").',
  ),
  e(
    ['incontinence'],
    ['{unable} ~1 (نشد|أشد|نمسك|أمسك|نحبس|أحبس|يشد|يمسك|تشد|تمسك) (روحي|روحه|روحها)'],
    'Maghrebi "ما نجمش نشد روحي" (I can\'t hold myself in) is lost bladder control.',
  ),
  e(
    [],
    ['(نشد|أشد|نمسك|أمسك|امسك) روحي (من|قدام|وقت|لما|كي)'],
    'Holding oneself in "from" laughter or pain ("ما نجمش نشد روحي من الضحك") is no bladder.',
    { overrides: ['incontinence'] },
  ),
  e(
    ['saddle_numbness'],
    ['{notfeel} ~3 (من|كي) (يمسح|تمسح|أمسح|نمسح|بيمسح|بتمسح|ينظف|تنظف|يتشطف|تتشطف|أتشطف|نتشطف)'],
    'Not feeling anything when wiping, with the Iraqi and Maghrebi "when" ("ما يحس بمكانه من يمسح").',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['urinary_retention'],
    ['{unable} ~2 (فضي|أفضي|يفضي|تفضي|نفضي|نفرغ|يفرغ|تفرغ) ~2 (مثانة|مثانتي|مثانته|مثانتها)'],
    'Not managing to empty the bladder, in the Levantine "ما عم اقدر فضّي مثانتي" and other persons.',
  ),
  e(
    ['weakness_both_legs'],
    ['{unable} ~1 (أحرك|يحرك|تحرك|نحرك|بحرك|تحريك) {legs}'],
    'Not able to move the legs ("ما أقدر أحرك رجولي زين"; its "well" was read as legs moving normally).',
    { alsoDenies: ['weakness_one_leg'], overrides: ['weakness_one_leg'] },
  ),
  e(['weakness_one_leg'], ['{unable} ~1 (أحرك|يحرك|تحرك|نحرك|بحرك|تحريك) {leg}'], 'Not able to move a leg.'),
  e(
    [],
    ['(أحرك|يحرك|تحرك|نحرك|بحرك|تحريك) {leg}|{legs} ~2 (من|بسبب) ~1 {pain}'],
    'Not moving a leg "for the pain" says the pain stops it, not that the leg is weak.',
    { overrides: ['weakness_one_leg', 'weakness_both_legs'] },
  ),
  e(
    ['weakness_one_leg'],
    [
      '{unable} ~2 (نوقف|نقف|يوقف|يقف|توقف|تقف|أوقف|أقف) ~1 (على|ع) (صباعي|صوابعي|أصابعي|صباعه|صوابعه|كعبي|كعابي|كعبه|أصابع رجلي|صوابع رجلي)',
    ],
    'Cannot stand on the toes or heel, in the dialects\' first person and of someone else ("ما نقدرش نوقف على صباعي").',
  ),
  // Claudication told of a parent or partner: the first person's patterns above in the third person.
  e(
    ['calf_cramp_walking'],
    [
      '(سمانة|بطة|ربلة) ~6 (بيمشي|يمشي|تمشي|بتمشي|ماشي|ماشية|مشى|نمشي|بمشي)',
      '(بيمشي|يمشي|تمشي|بتمشي|نمشي|بمشي|مشى) ~6 (سمانة|بطة|ربلة)',
    ],
    'Calf pain on walking, of someone else or in the dialects ("لما بيمشي شي مية متر بتوجعه بطة إجره").',
  ),
  e(
    ['walking_pain_stops_standing_still'],
    ['(يوقف|بيوقف|توقف|وقف|نوقف|يقف|تقف|بوقف) ~6 (يروح|يخف|يختفي|يزول|يهدأ|بيروح|بتروح|تروح|بيخف|بتخف|تخف)'],
    'Walking pain that goes on stopping, of someone else ("بيوقف شوي واقف بتروح").',
    {
      requires: WALKING_LEG_PAIN,
    },
  ),
  e(
    ['same_walking_distance'],
    ['(لما|كل ما|كلما|لمن|كي|إذا|اذا) (يمشي|بيمشي|أمشي|بمشي|تمشي|بتمشي|نمشي) ~3 (متر|مترات|خطوة|خطوات)'],
    'The pain told by the distance that brings it on ("لما بيمشي شي مية متر"): about the same distance each time.',
  ),
  e(
    ['walking_pain_needs_sitting_bending'],
    [
      '(ما|لا|مش|مو) (يرتاح|ترتاح|بترتاح|بيخف|يخف|تخف|أرتاح|برتاح|بيروح|يروح|تروح) (إلا|الا|غير) ~2 (قعد|قعدت|جلس|جلست|انحنى|انحنت|يقعد|تقعد|يجلس|تجلس|ينحني|تنحني|أقعد|أجلس|أنحني|نقعد)',
      '(انحنى|انحنت|أنحني|ينحني|تنحني|بنحني|بينحني|بتنحني) ~2 (عرباية|عربية|عربانة|ترولي)',
      '(بيضطر|يضطر|بتضطر|تضطر|مضطر|مضطرة) ~1 (يقعد|تقعد|يجلس|تجلس|ينحني|تنحني)',
    ],
    'Walking pain eased only by sitting or leaning on a trolley, of someone else ("ما بيرتاح إلا إذا قعد أو انحنى عالعرباية", "بيضطر يقعد").',
    { requires: LEG_OR_BUTTOCK_PAIN },
  ),
  e(
    ['no_pain_seated'],
    [
      '(قاعد|قاعدة|جالس|جالسة|يقعد|تقعد|بيقعد|بتقعد) ~2 (ما في|مافي|ما فيه|مفيش|لا يوجد|ما عنده|ما عندها|ما عندي) (أي)? (وجع|ألم)',
    ],
    'No pain when sitting, of someone else ("وهو قاعد ما في وجع أبداً"); the "ما في" is the phrase\'s own.',
    {
      overrides: ['pain_worse_movement'],
      requires: LEG_OR_BUTTOCK_PAIN,
    },
  ),
  e(
    ['leg_cramp_night'],
    [
      '(ب ليل|في ليل|ليلا) ~6 (شدة|شدات|شد) ~3 (سمانة|بطة|ربلة|رجل|رجلي|رجله|رجلها|ساقه|ساقها|قدمه|قدمها)',
      '(شدة|شد|تشنج) ~3 (بطة|سمانة|ربلة) ~4 (تصحيه|تصحيها|تصحيني|يصحيه|يصحيها|بتصحيه|بتصحيها)',
    ],
    'A cramp ("شدة") in the calf at night, of someone else ("بالليل تجيه شدة ببطة رجله تصحيه").',
    { overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee'] },
  ),
  e(
    ['weakness_both_legs'],
    [
      '{legs} ~2 (ما|مش|مو|لم) (عادت|عاد|بقت|تعد)? (تشيله|تشيلها|بتشيله|بتشيلها|شايلاه|شايلته|شايلاها|شايلتها|تحمله|تحملها|بتحمله|بتحملها|حاملاه|حاملته|حاملاها)',
      '{unable} ~1 (يوقف|توقف|أوقف|نوقف|يقف|تقف|أقف|نقف) (على|ع) {legs}',
    ],
    'Legs that no longer carry someone else ("رجليه ما عادت تشيله"), or not able to stand on the legs.',
    { alsoDenies: ['weakness_one_leg'], overrides: ['weakness_one_leg', 'pain_worse_movement'] },
  ),
  e(
    ['weakness_both_legs'],
    [
      // The teller's own: "رجليّ ضعيفة وما تشيلني" (my legs are weak and don't carry me). "رجلي" is
      // "my leg" or, in speech, "my legs"; carrying the whole body is both legs' work.
      '({legs}|رجلي|ريلي) (ضعيفة|ضعيفه|ضعيفين|ضعاف|تعبانة|تعبانه)? (و)? (ما|مش|مو|لم) (عادت|عاد|بقت|تعد)? (تشيلني|بتشيلني|تحملني|بتحملني|شايلتني|حاملتني|شايلاني|حاملاني)',
    ],
    'Legs that no longer carry the teller ("رجلي ما عادت تشيلني").',
    { alsoDenies: ['weakness_one_leg'], overrides: ['weakness_one_leg', 'pain_worse_movement'] },
  ),
  e(
    ['weakness_one_leg'],
    [
      '(رجلي|ريلي|ساقي) (يمين|يمنى|يسار|يسرى|شمال) ~2 (و)? (ما|مش|مو|لم) (عادت|عاد|بقت|تعد)? (تشيلني|بتشيلني|تحملني|بتحملني|شايلتني|حاملتني)',
    ],
    'One side\'s leg that no longer carries the teller ("رجلي اليمين ما تشيلني").',
    { overrides: ['weakness_both_legs'] },
  ),
  e(
    ['leg_pain_both_legs', 'leg_pain_below_knee'],
    ['({legs}|{leg}) ~3 (تشيلني|بتشيلني|تحملني|بتحملني|شايلتني|حاملتني|شايلاني|حاملاني) (من|بسبب) ~1 {pain}'],
    // The "ما" of "does not carry me" is no denial of the pain it gives as the reason; which leg hurts,
    // and where, is asked.
    'Legs that do not carry the teller because of the pain ("رجلي ما بتحملني من الوجع") are held back by pain, not weak: the leg pain is asked.',
    {
      says: 'unknown',
      overrides: [
        'weakness_both_legs',
        'weakness_one_leg',
        'leg_pain_above_knee',
        'leg_pain_below_knee',
        'leg_pain_both_legs',
      ],
    },
  ),
  e(
    ['weakness_one_leg'],
    [
      '{leg} ~2 (ما|مش|مو|لم) (عادت|عاد|بقت|تعد)? (تشيله|تشيلها|بتشيله|بتشيلها|شايلاه|شايلته|شايلاها|شايلتها|تحمله|تحملها|بتحمله|بتحملها|حاملاه|حاملته|حاملاها)',
    ],
    'A leg that no longer carries someone else ("رجله ما عادت تشيله").',
  ),
  e(
    [],
    ['(يوقف|توقف|أوقف|نوقف|يقف|تقف|أقف|نقف) (على|ع) {legs} ~2 (من|بسبب) ~1 {pain}'],
    'Not standing on the legs "for the pain" says the pain stops it, not that the legs are weak.',
    { overrides: ['weakness_both_legs', 'weakness_one_leg'] },
  ),
  e(
    ['incontinence'],
    [
      '{unable} ~2 (يمسك|تمسك|يتحكم|تتحكم|يحبس|تحبس|يسيطر|تسيطر) ~3 (بول|بوله|بولها|مثانة|مثانته|مثانتها|براز|نفسه|نفسها|حاله|حالها|روحه|روحها)',
      '(يبول|تبول|بيبول|بتبول|بال|بالت|أبول|ببول|نبول|بلت|يتبول|تتبول) ~1 (في|ب|على) (فراش|فرشة|مرتبة|فراشه|فراشها|فراشي)',
    ],
    'Someone else unable to hold the urine ("أمي ما تقدر تمسك البول"), or wetting the bed.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    ['incontinence'],
    [
      '(أبلل|ببلل|بلل|بللت|يبلل|تبلل|بتبلل|بيبلل|نبلل) ~1 (ملابسي|هدومي|نفسي|ملابسه|ملابسها|هدومه|هدومها|حوايجي|فراشي|سريري|فراش|سرير)',
      '(ما|مش|لم) (حسيت|أحسست|انتبهت|دريت) ~3 (لما|وقت|كي|من) (بلت|تبولت|بولت|عملتها|عملت حمام|نزل بول)',
    ],
    'Wetting one\'s clothes or bed ("صرت أبلل ملابسي"), or not having felt it as it happened ("ما حسيت بالحمام لما بلت").',
    { overrides: ['urinary_retention'] },
  ),
  e(
    ['weakness_one_leg'],
    ['{leg} ~1 (تسحب|بتسحب|تنسحب|تتجرجر|تجرجر|بتتجرجر|تتسحب)'],
    'A foot or leg that drags ("قدمي تسحب على الأرض").',
  ),
  e(
    ['urinary_retention'],
    ['(بول|بولي|بوله|بولها) (ما|مش|لا|مو) (يطلع|بيطلع|ينزل|بينزل|يخرج|بيخرج|عم يطلع|عم ينزل)'],
    'Urine that "does not come" ("البول ما يطلع"), the "ما" the phrase\'s own.',
  ),
  e(
    ['incontinence'],
    [
      '(ما|مش|مو) (تعرف|يعرف|بتعرف|بيعرف|تعرفش|يعرفش|عرفت|عرف) (تمسك|يمسك|تتحكم|يتحكم|تحبس|يحبس) ~3 (بول|بوله|بولها|مثانة|مثانته|مثانتها|براز|نفسه|نفسها|حاله|حالها)',
    ],
    'Someone else not managing to hold the urine ("ما تعرف تمسك البول").',
    { overrides: ['urinary_retention'] },
  ),
];
