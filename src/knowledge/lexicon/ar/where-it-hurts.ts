/**
 * Where and how it hurts, in Arabic. A pain word and a place within a few words make a located pain
 * ("ألم في أسفل الظهر", "ظهري يوجعني", "وجع بالضهر"). "ظهر" is also noon ("بعد الظهر") and the verb
 * "appeared": those uses are blocked first.
 */
import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

export const whereItHurts: readonly LexEntry[] = [
  e(
    [],
    [
      'بعد ظهر',
      'قبل ظهر',
      'وقت ظهر',
      'ظهر اليوم',
      'صلاة ظهر',
      'على ظهري',
      'على ظهره',
      'على ظهرها',
      'مستلقي على ظهري',
      'نايم على ظهري',
    ],
    '"بعد ظهر" (afternoon), "صلاة ظهر" (the noon prayer) and lying "على ظهري" (on my back) are not back pain.',
    { overrides: ['pain_lower_back', 'pain_upper_back', 'pain_through_to_back'] },
  ),
  e(
    [],
    [
      'أعراض جانبية',
      'آثار جانبية',
      'على جنبي',
      'على جنب',
      'أنام على جنبي',
      'نايم على جنبي',
      'جانب ظهري',
      'جنب ظهري',
      'على جانبي',
    ],
    'Side effects ("أعراض جانبية") and lying on one side are not flank pain.',
    { overrides: ['pain_flank'] },
  ),
  e(
    ['pain_lower_back'],
    [
      '{pain} ~6 {lowback}',
      '{lowback} ~6 {pain}',
      '{pain} ~6 {back}',
      '{back} ~6 {pain}',
      'ألم ظهر',
      // "يشتكي من ظهره" (complains of his back).
      '(يشتكي|بيشتكي|تشتكي|بتشتكي|أشتكي|بشتكي|اشتكى|اشتكت|يشكو|تشكو|أشكو) من ~1 {back}',
      'ام ظهر',
      'وجع ظهر',
      'ظهري|ظهره|ظهرها ~3 {went}',
      '{went} ~3 ظهري|ظهره|ظهرها',
      'لقطة ظهر',
      'لقطة في ظهري',
      'انكسر ظهري',
      'انقطع ظهري',
    ],
    'Pain, stiffness or spasm in the back ("ألم في أسفل ظهر", "ظهري يوجعني", "وجع ب ضهر", "لقطة في ظهري"). A person who says "ظهري" means the lower back unless they name another part.',
  ),
  e(
    ['pain_lower_back'],
    ['{lowback}', 'ظهري'],
    'In a story about back pain, the lower back (or "ظهري") is named because it hurts; "ظهري سليم" is the plain denial.',
  ),
  e(
    ['pain_upper_back'],
    ['{upperback}', '{pain} ~6 {upperback}', '{upperback} ~6 {pain}'],
    'Pain between or around the shoulder blades ("بين كتفين", "لوح كتف") or in the middle of the back is upper back pain.',
    { overrides: ['pain_lower_back'] },
  ),
  e(
    ['pain_flank'],
    ['{pain} ~5 {flank}', '{flank} ~5 {pain}', 'مغص كلوي', 'ألم كلوي', 'من ظهري ~3 إلى|ل|لحد ~2 جنبي|خاصرتي'],
    'Pain in one side between the ribs and the hip ("خاصرة", "جنب", "كلى") is flank pain.',
  ),
  e(
    ['pain_buttock'],
    ['{pain} ~6 {buttock}', '{buttock} ~6 {pain}'],
    'Pain in the buttocks ("مؤخرة", "أرداف", "مقعدة").',
  ),
  e(
    ['pain_after_meals'],
    [
      '(بعد|عقب) ~1 (أكل|وجبة|وجبات|غدا|غداء|عشا|عشاء|فطور|ما آكل|ما أكلت|ما باكل) ~4 {pain}|يزيد|بيزيد|يشتد|بيشتد|يجي|بيجي|يبدأ',
      '{pain} ~6 (بعد|عقب) ~1 (أكل|وجبة|وجبات|غدا|غداء|عشا|عشاء|ما آكل|ما أكلت|ما باكل)',
      '(أكل|أكلات) (دسم|دسمة|مقلي|مقلية)',
    ],
    'The pain comes on after eating, especially fatty meals.',
    { overrides: ['getting_worse'] },
  ),
  e(
    ['pain_radiates_groin'],
    [
      '{pain} ~6 (خصية|خصيتين|خصيتي|أعضاء تناسلية|عانة|مغبن|منطقة مغبن)',
      'ينزل|نازل|يمتد|ممتد|يروح|رايح|لحد|إلى ~4 (خصية|خصيتين|خصيتي|أعضاء تناسلية|عانة|مغبن)',
    ],
    'Pain that spreads into the groin or genitals ("مغبن", "خصية").',
  ),
  e(
    [],
    [
      'حموضة معدة',
      'حرقة معدة',
      'عسر هضم',
      'معدتي فاضية',
      '{tummy} ~3 غير (مؤلم|مؤلمة|موجع)',
      'غير مؤلم|مؤلمة',
    ],
    'Heartburn or indigestion is not tummy pain of the kind asked about; a note\'s "البطن لين غير مؤلم" is an examination that found no tenderness.',
    { overrides: ['pain_abdomen'] },
  ),
  e(
    ['pain_abdomen'],
    ['{pain} ~5 {tummy}', '{tummy} ~5 {pain}', 'مغص', 'ألم بطن', 'وجع بطن', 'تقلصات ~3 {tummy}'],
    'Pain in the tummy ("بطن", "معدة", "مغص") as well as, or instead of, the back.',
  ),
  e(
    ['pain_through_to_back'],
    [
      '{tummy}|{chest} ~6 (ينفذ|نافذ|يخترق|يمتد|ممتد|يطلع|طالع|يروح|رايح|إلى|ل|لحد) ~3 {back}',
      '(ينفذ|نافذ|يخترق|يخترقني) ~3 {back}',
      'من قدام ل ورا',
      'من أمام إلى خلف',
    ],
    'Pain in the chest or tummy that goes through to the back.',
  ),
  e(
    ['pain_chest'],
    [
      '{pain} ~5 {chest}',
      '{chest} ~5 {pain}',
      'ضيق ~2 {chest}',
      'ضغط ~2 {chest}',
      'ثقل ~2 {chest}',
      'ألم صدري',
      '{chest} ~1 (مقبوض|مضغوط|مكتوم|مشدود|ثقيل)',
      '(كتمة|قبضة|انقباض) ~2 {chest}',
    ],
    'Chest pain, pressure or tightness.',
    // "ضغط على صدري" is a pressure felt, not blood pressure.
    { overrides: ['high_blood_pressure'] },
  ),
  e(
    ['pain_spreads_arm_jaw'],
    [
      '{pain} ~6 ذراعي|ذراع|دراعي|دراع|يدي|إيدي|فكي|فك|رقبتي',
      // Of someone else: "والألم يروح لذراعه اليسار".
      '{pain} ~6 ذراعه|ذراعها|دراعه|دراعها|إيده|إيدها|فكه|فكها',
      '(ينزل|يمتد|يروح|بينزل|بيمتد|بيروح|يمشي|بيمشي|يطلع|بيطلع|ينتشر|بينتشر) ~4 (ذراعي|ذراع|دراعي|دراع|فكي|فك|إيدي|ايدي)',
    ],
    'Pain spreading to the arm, jaw or neck.',
    { requires: ['pain_chest', 'pain_upper_back', 'pain_lower_back', 'pain_through_to_back'] },
  ),
  e(
    ['pain_tearing_severe_sudden'],
    [
      'تمزق',
      'تمزيق',
      'يمزق',
      'يمزقني',
      'ك أنه يتمزق',
      'كأن شيئا يتمزق',
      'ك أنه بيتقطع',
      'يقطع',
      // "كأن أحد يشقه", "زي ما يكون بيتشق": being split open.
      '(كأن|ك أن|زي|مثل|متل) ~3 (يشقه|يشقني|يشق|بيشق|بيتشق|ينشق|انشق|بينشق)',
    ],
    'Sudden, very severe, tearing or ripping pain ("كأنه يتمزق", "أسوأ ألم في حياتي").',
  ),
  e(
    ['muscle_knot_tight'],
    [
      'تشنج',
      'تشنجات',
      // "ظهري متشنج" (my back is in spasm).
      '{back} ~2 (متشنج|متشنجة|مشدود|مشدودة|مقفول|مقفل|مسكّر|مسكر|ماسك|ماسكني)',
      'شد عضلي',
      'شد في ~2 عضل*',
      'شد ~3 {back}',
      'عضل* ~4 (مشدود|مشدودة|متشنج|متشنجة|قاسي|قاسية|ناشف|ناشفة|متحجر|متحجرة|زي حجر|مثل حجر|ك حجر|مشدودين|عقدة)',
      'عقدة|عقد ~3 عضل*',
      'عضل* ~6 (تشد|يشد|بتشد|عم تشد|تتقلص|يتقلص|تتشنج|تصير قاسية|تشنج|تشنجات|تقلصات)',
      '(شد|تشنج|تقلصات|تقلص) ~3 عضل*',
      'تقلص|تقلصات ~3 عضل*',
      'متخشب',
      'متخشبة',
      'قاسي زي حجر',
    ],
    'The painful muscle feels tight, hard or knotted ("شد عضلي", "عضلة زي حجر", "تشنج"); a spasm can be felt.',
  ),
  e(
    ['onset_sudden', 'muscle_knot_tight'],
    ['{went}', 'لقطة'],
    'A back that "caught" or locked ("انقفل", "لقطة") started suddenly, and the muscle is in spasm.',
  ),
  e(
    ['pain_worse_movement'],
    [
      '{pain} ~6 (مع|عند|لما|وقت|أثناء|كل ما|ك لما) ~2 {move}',
      '(مع|عند|لما|وقت|أثناء) ~2 {move} ~5 {pain}|يزيد|يشتد|أسوأ|يسوء',
      '{move} ~4 (يزيد|يزداد|يشتد|أسوأ|يسوء|يزيده)',
      '(يزيد|يزداد|يشتد|يسوء) ~4 (مع|عند|لما) ~2 {move}',
      'كل حركة',
      'أي حركة',
      'أقل حركة',
      'ب صعوبة ~3 {move}',
      'صعوبة ~2 {move}',
      '{unable} ~2 {move}',
      // Levantine "I can't walk", with no gap: "ما فيني شي" is "nothing is wrong with me".
      '(ما فيني|مافيني|ما فيي|ما فينيش|مش فيني) {move}',
      'حسب وضعية',
      'يتغير ~3 وضعية',
    ],
    'The pain changes with movement or position (worse when moving, bending or getting up).',
  ),
  e(
    ['pain_eases_stretch_rest'],
    [
      '{remedy} ~6 (يخف|يخفف|تخف|تخفف|يرتاح|ارتاح|يهدأ|يهدى|تهدأ|يريحني|تريحني|يساعد|تساعد|يفك|ينفك|يروح|بيخف|بيروح)',
      // The verb with its object ("الدش الساخن يفكها", "يريحه").
      '{remedy} ~6 (يفكها|يفكه|بيفكها|بيفكه|تفكها|تفكه|يريحه|يريحها|يخففه|يخففها|يهديه|يهديها|بيهديه|بيهديها)',
      '(يخف|يخفف|تخف|يرتاح|أرتاح|ارتاح|يهدأ|يهدى|يريحني|يساعد|يفك|ينفك|بيخف|بيروح) ~6 {remedy}',
      '(يخف|يرتاح|أرتاح|يهدأ|يهدى|يفك|ينفك|بيخف|بيروح|تفك|بتفك|تنفك|تخف|بتخف|ترتخي) ~4 (بعد|خلال|في) ~2 (دقائق|دقايق|دقيقة|شوي|شوية)',
    ],
    'The spasm eases within minutes with gentle stretching, heat or rest.',
  ),
  e(
    ['pain_constant_unrelenting'],
    [
      'مستمر',
      'مستمرة',
      'باستمرار',
      // Only of a pain: "تعبان جدا طول الوقت" is tiredness all the time.
      '(طول|طوال) وقت && {pain}',
      'ليل نهار',
      'ليل و نهار',
      'لا يتوقف',
      'ما يوقف',
      'ما بيوقف',
      'لا يهدأ',
      'ما يهدأ',
      'ما بيهدى',
      'لا يزول',
      'ما يروح',
      'ما بيروح',
      'لا شيء ~3 (يخففه|يريحه|يساعد|يخفف)',
      'ما في شي ~3 (يخففه|يريحه|يساعد|يخفف|يريحني)',
      'و لا وضعية',
      'ما في وضعية',
      'لا توجد وضعية',
      'حتى ~3 (راحة|استلقاء|نايم|ممدد|مستلقي) ~3 (يوجع|يؤلم|موجود|ما يخف|لا يخف)',
      'و لا حتى ~3 (راحة|استلقاء|نوم)',
    ],
    'The pain is constant and unrelenting: no position or rest eases it.',
    { overrides: ['pain_eases_stretch_rest', 'pain_worse_movement'] },
  ),
  e(
    ['night_pain'],
    [
      '{ache} ~6 (ب ليل|في ليل|ليلا|ليلًا|أثناء نوم|في نوم)',
      '(ألم|وجع|آلام|أوجاع) (ليلي|ليلية)',
      '(ب ليل|في ليل|ليلا|أثناء نوم) ~6 {ache}|يزيد|أسوأ',
      '(يصحيني|يوقظني|يصحيني من نوم|صحاني|أيقظني|بيصحيني|أصحى|أستيقظ) ~6 {ache}',
      '{ache} ~6 (يصحيني|يوقظني|صحاني|أيقظني|بيصحيني|أصحى|أستيقظ)',
      'ما يخليني أنام',
      '(يصحيني|بيصحيني|يوقظني|صحاني|بيقومني|يقومني) ~2 (ب ليل|في ليل|من نوم|ليلا)',
      // "مش قادر أنام من الوجع": the pain keeps the person awake.
      '{unable} (أنام|نوم) ~2 (من|بسبب) ~2 {pain}',
      'ما بيخليني أنام',
      'لا يتركني أنام',
      'لا أستطيع نوم',
      'ما أقدر أنام',
      'ما بقدر نام',
      // Levantine "ما فيني نام من الوجع" (I can't sleep for the pain).
      '(ما فيني|مافيني) (نام|أنام) ~2 (من|بسبب) ~2 {pain}',
    ],
    'The pain is worse at night or wakes the person from sleep.',
  ),
  e(
    ['pain_worse_cough_sneeze'],
    [
      '(كحة|سعال|أكح|أسعل|عطس|أعطس|عطسة) ~6 {pain}|يزيد|يشتد',
      '{pain} ~6 (مع|عند|لما) ~2 (كحة|سعال|أكح|عطس|أعطس|عطسة)',
      // "الألم يزيد إذا كحيت": a past-tense cough after "if".
      '{pain} ~6 (إذا|اذا|لو|لما|كل ما) ~1 (كحيت|عطست|سعلت|كحيت أو عطست)',
      '(لما|عند|مع) (أكح|أعطس|أكحكح|كحة|عطسة) ~3 (بشوف النجوم|بموت|بتقطع|بصرخ)',
    ],
    'The pain is made worse by coughing, sneezing or straining.',
  ),
  e(
    ['pain_colicky_waves'],
    ['(ما بقدر|ما أقدر|مش قادر|مش قادرة|ما عم بقدر) (أقعد|اقعد) (مرتاح|مرتاحة)'],
    '"ما بقدر أقعد مرتاح" (cannot sit at ease) is the restlessness of a colic, not pain on moving.',
    { overrides: ['pain_worse_movement'] },
  ),
  e(
    ['pain_colicky_waves'],
    [
      'موجات',
      'على شكل موجات',
      // "بيجي وبيروح متل الموج" (like the waves): the article is cut off "الموج".
      '(مثل|متل|زي|ك أنه|ك) (موج|موجة|أمواج)',
      'مغص متقطع',
      '(متقطع|يجي ويروح) ~3 (نوبات|موجات)',
      'على شكل نوبات',
      '(ما أقدر|لا أستطيع|ما بقدر|مش قادر|ما يقدر|لا يستطيع) (أقعد|أثبت|أرتاح|يثبت|يقعد|أبقى) ~2 (مكان|مكاني|ساكن|ساكنا|ساكنة)',
      'لا أستطيع بقاء ساكنا|ساكنة',
      'أتقلب من ألم',
      // Egyptian "مش لاقي وضعية" (can't find a position): the restlessness of a colic.
      '(مش|ما|مو) (لاقي|لاقية|لاقيه|لاقى|لقيت) (وضعية|وضع|وضعيه)',
    ],
    'The pain comes in waves ("يجي ويروح", "مغص") and makes it impossible to keep still.',
  ),
  e(
    ['widespread_pain'],
    [
      'كل جسمي ~3 {pain}',
      '{pain} ~3 (كل جسمي كله|كل جسم|في كل مكان)',
      'جسمي كله ~3 {pain}',
      'ألم ~2 عام|منتشر',
      'فيبروميالجيا',
      'ألم عضلي ليفي',
    ],
    'Aching and pain in many parts of the body, not only the back.',
  ),
  e(
    ['muscle_pain_tender_swollen'],
    [
      'عضلات ~4 (متورمة|منتفخة|تؤلم عند لمس|مؤلمة جدا|توجع جدا)',
      '(عضلاتي|عضلات|فخادي|فخاذي|أفخاذي) ~5 (وارمة|وارمين|منفوخة|متورمة|منتفخة)',
      'فخذي|فخذيا|كتفي|كتفيا ~4 (متورم|منتفخ|يؤلم|توجع)',
      'ألم عضلي شديد',
      'ام عضلية شديدة',
    ],
    'Severe pain, tenderness or swelling in large muscles beyond the back.',
  ),
  e(
    ['neck_stiffness_headache'],
    [
      'تيبس ~2 رقبة|رقبتي',
      'رقبتي|رقبة ~4 (متيبسة|متخشبة|ناشفة|ما أقدر أحركها|لا أستطيع تحريكها|متصلبة)',
      'تصلب ~2 رقبة|رقبتي',
      '(صلابة|تيبس|تصلب|تشنج) (رقبة|نقرة)',
      'صداع ~8 رقبة|رقبتي',
      'رقبتي ~8 صداع',
    ],
    'Severe headache with a stiff neck.',
  ),
  e(
    ['rash_band_one_side'],
    [
      'حزام ناري',
      'هربس نطاقي',
      'طفح|حبوب|فقاعات|بثور ~6 (جهة وحدة|جانب واحد|خط|شريط|حزام|جنب واحد|جنب وحد|جهة واحدة|ناحية وحدة|ناحية واحدة)',
      'شريط ~4 (طفح|حبوب|فقاعات|بثور)',
      // The band named first: "حزام من الحبوب المية على الجنب".
      'حزام ~3 (طفح|حبوب|فقاعات|بثور)',
      '(حبوب|فقاعات|بثور) (مية|ماء|مائية|فيها مية) ~4 (جنب واحد|جهة واحدة|ناحية وحدة|ناحية واحدة|جنب وحد)',
    ],
    'A blistering rash in a band on one side of the body (shingles, "حزام ناري").',
  ),
  e(
    ['yellow_skin_eyes'],
    [
      'اصفرار',
      'صفار',
      'يرقان',
      'أبو صفار',
      '(جلدي|عيوني|عيني|بياض عين|بشرتي) ~3 (صفراء|أصفر|مصفرة|صفرا)',
      '(صفراء|أصفر|مصفرة|صفرا) ~3 (جلدي|عيوني|عيني|بياض عين|بشرتي)',
    ],
    'Yellow skin or yellow whites of the eyes ("اصفرار", "يرقان", "أبو صفار").',
  ),
  e(
    ['lump_or_shape_change'],
    [
      'كتلة ~4 {back}',
      'نتوء ~4 {back}',
      'تورم ~4 {back}',
      '{back} ~4 (تغير شكله|صار أعوج|انحنى|معووج|معوج|أعوج|محدب|مقوس)',
      // "طلع لي ورم في ظهري": a swelling that came up is a lump, not a known cancer.
      '(طلع|طلعت|ظهر|ظهرت|بان) (لي|عندي)? (ورم|كتلة|كورة|انتفاخ|نتوء|بروز) ~3 {back}',
    ],
    'A new lump or swelling on the back, or the back has changed shape.',
    { overrides: ['history_cancer'] },
  ),
  e(
    ['yellow_skin_eyes'],
    [
      'اصفر ~2 (بياض|عين|عيني|عينيه|عينيها|عيوني|جلدي|وجهي)',
      'اصفرت ~2 (عين|عيني|عينيه|عينيها|عيوني)',
      '(عيني|عينيه|عينيها|عيوني) ~2 (اصفرت|صفرا|صفراء)',
      // Maghrebi "عينيه ولاو صفرين" (his eyes turned yellow), the plural adjective.
      '(عيني|عينيه|عينيها|عيوني|عينيا|عينيك|جلده|جلدها|وجهه|وجهها) ~2 (صفرين|صفر|مصفرين|مصفرة|صفرا|صفراء)',
      // Maghrebi "ولاو"/"ولات" (became) is written whole: cut as "و ل او" it would read an "or".
      '(عيني|عينيه|عينيها|عيوني|عينيا|جلده|جلدها|جلدي|وجهه|وجهها|وجهي) (ولاو|ولات|ولّاو) (صفرين|صفر|صفرا|صفراء|مصفرين|مصفرة)',
    ],
    'Eyes or skin that have turned yellow ("اصفر بياض عينيه").',
  ),
  e(
    ['pain_abdomen'],
    ['{pain} ~3 تحت ~2 (أضلاع|ضلوع|ضلوعي|أضلاعي)'],
    'Pain under the ribs (at the front) is tummy pain.',
  ),
  e(
    ['night_pain'],
    ['(أسوأ|أسوء|يزيد|يشتد) ~3 (ب ليل|في ليل|ليلا|ليلًا)'],
    'Worst at night ("أسوأ شي بالليل").',
  ),
  e(
    ['muscle_knot_tight'],
    [
      'عضل* ~6 (مشدود|مشدودة|مشدودين|متشنجة|قاسية) ~2 (زي|مثل) ~1 (حبل|حجر)?',
      'فيه|فيها عقد',
      'زي حبل',
      'مثل حبل',
    ],
    'Muscles tight as a rope, or knots in them.',
  ),
  e(
    ['pain_eases_stretch_rest'],
    [
      '(بيهدى|بيهدا|تهدأ|بتهدى|يهدا|بتخف|يروح|بيروح|يفك|بيفك) ~4 (بعد|خلال|في) ~2 (دقائق|دقايق|دقيقة|شوي|شوية)',
    ],
    'The spasm settles within minutes.',
  ),
  e(
    ['pain_flank'],
    ['(يلف|بيلف|لافف|لافة) ~3 (لحد|إلى|ل|حول)'],
    'Pain that wraps round the side ("يلف لحد السرة") is in the flank.',
  ),
  e(
    ['pain_abdomen'],
    ['(يلف|بيلف|لافف|يمتد|ممتد) ~3 (لحد|إلى|ل) ~2 (سرة|بطني|بطن)'],
    'Pain that wraps round to the belly button reaches the tummy.',
  ),
  e(
    ['pain_constant_unrelenting'],
    ['{pain} ~3 (موجود|معي|معايا) ~1 (طول وقت|طوال وقت|على طول|باستمرار|دايما|دائما)'],
    'Pain that is there all the time.',
  ),
  e(
    ['pain_lower_back'],
    ['{back} (و|،|,) ~1 (رقبة|رقبتي|كتف|كتفي|كتفين|ورك|وركين|ذراعين|ذراعي)'],
    'The back named in a list of aching places is back pain too.',
  ),
  e(
    ['widespread_pain'],
    ['{back} (و|،|,) ~1 (رقبتي|رقبة|كتفي|كتفيا|كتفين) ~3 (و|،|,) ~1 (ذراعي|ذراعيا|ذراعين|وركين|وركي)'],
    'Pain in the back, shoulders and arms together is pain in many places.',
  ),
  e(
    ['muscle_pain_tender_swollen'],
    ['عضلات && (عند لمس|تؤلم عند لمس|توجع عند لمس)'],
    'Muscles painful when touched are tender.',
  ),
  // Found by the third blind Arabic set (src/parse/testing/stories-blind3.ar.json).
  e(
    ['pain_tearing_severe_sudden'],
    ['ممزق', 'ممزقة', '{pain} (تمزيقي|ممزق)'],
    'A tearing pain described by its adjective ("ألم ممزق شديد").',
  ),
  e(
    ['pain_worse_cough_sneeze'],
    [
      '(يزيد|يزداد|بيزيد|يشتد|بيشتد|تزيد|بتزيد|يكثر|بيكتر) ~3 (من|مع|عند|لما|وقت|لو|إذا|اذا|كل ما) ~1 (كحة|سعال|أكح|أسعل|عطس|أعطس|عطسة|كحيت|عطست|أكحكح)',
    ],
    'The pain worse with a cough or sneeze, said after "يزيد" ("الوجع يزيد من اكح او اعطس", "يزيد مع الكحة").',
  ),
  e(
    ['pain_lower_back'],
    ['(كيشكي|كتشكي|كاتشكي|كايشكي|كنشكي|يشكي|تشكي|بيشكي|بتشكي|بشكي) (من|ب)? ~1 {back}'],
    'Complaining of the back with the dialects\' "يشكي" (Levantine "عم تشكي من ضهرها", Maghrebi "كاتشكي بالضهر").',
  ),
  e(
    ['rash_band_one_side'],
    [
      '(حارق|حرقة|حرقان|حريق) ~5 (جانب واحد|جهة واحدة|جهة وحدة|جنب واحد|جنب وحد|ناحية وحدة|ناحية واحدة) && (طفح|فقاعات|بثور|فقاقيع)',
    ],
    'A burning pain on one side, then a blistering rash in the same sentence ("ألم حارق في جانب واحد … ثم ظهر طفح فيه فقاعات").',
  ),
  // Found by the fourth blind Arabic set (src/parse/testing/stories-blind4.ar.json).
  e(
    ['night_pain'],
    [
      '(ما|مش|مو|لا) (يخليني|بيخليني|يخليه|بيخليه|يخليها|بيخليها|تخليني|بتخليني|تخليه|بتخليه|تخليها|بتخليها|خلاني|خلاه|خلاها|مخليني|مخليه|مخليها|يتركه|يتركها|تتركني) ~1 (أنام|نام|ينام|تنام|بنام|نوم|أنوم|ننوم|ينوم|تنوم|أرقد|نرقد|يرقد|ترقد)',
    ],
    'The pain keeps someone from sleep, of any person and in the Sudanese and Gulf "تنوم" ("ما بيخليها تنوم بالليل"); the "ما" is the phrase\'s own.',
  ),
  e(
    ['night_pain'],
    ['(يزداد|تزداد|بيزداد|بيزيد|بتزيد|يكثر|يكتر|بيكتر) ~3 (ب ليل|في ليل|ليلا|ليلًا)'],
    'Worse at night, with the other verbs of increase ("يزداد ليلاً").',
    { overrides: ['getting_worse'] },
  ),
  e(
    ['pain_worse_cough_sneeze'],
    [
      '(يزيد|يزداد|بيزيد|يشتد|بيشتد|تزيد|بتزيد|يكثر|يكتر) ~3 (كي|من|مع|عند|لما|وقت|لو|إذا|اذا|كل ما) ~1 (نكح|نعطس|نسعل|يكح|يعطس|تكح|تعطس|نكحكح)',
    ],
    'Worse on coughing or sneezing, in the Maghrebi first person and of someone else ("يزيد كي نكح ولا نعطس").',
  ),
  e(
    ['pain_tearing_severe_sudden'],
    ['(ك أنه|ك أنها) ~3 (يشقه|يشقني|يشق|بيشق|بيتشق|ينشق|انشق|بينشق|يتمزق|يتقطع|بيتقطع)'],
    'Being split or torn "as if", said with "كأنه" ("كأنه شي ينشق بداخله"); "كأنه" is written split, as the tokeniser cuts it.',
  ),
  e(
    ['widespread_pain'],
    [
      '(عضلاتي|عضلاته|عضلاتها|عضلات جسمي) (ك لها|كلهم|جميعها) ~2 {pain}',
      '{pain} ~2 (عضلاتي|عضلاته|عضلاتها) (ك لها|كلهم|جميعها)',
    ],
    'All the muscles aching ("عضلاتي كلها تعورني") is pain in many places; "كلها" is written as the tokeniser cuts it.',
  ),
  e(
    ['muscle_pain_tender_swollen'],
    ['(عضلاتي|عضلاته|عضلاتها) ~3 {pain} ~4 (فخوذ|فخوذي|فخاذي|فخادي|أفخاذي|فخذين|فخذيا|أكتافي|كتافي|كتفيا)'],
    'Aching muscles, named in the thighs or shoulders ("عضلاتي تعورني وخصوصاً الفخوذ"): pain in large muscles beyond the back.',
  ),
  e(
    ['muscle_knot_tight'],
    ['شدات ~3 {back}', '{back} ~2 (اتشنج|اتشنجت|تشنج|تشنجت|انشد|انشدت|اتقفل|انقفل|اتخشب|تخشب)'],
    'Cramps in the back ("شدات في ظهرها"), or the back that went into spasm ("ضهري اتشنج").',
  ),
  e(
    ['pain_eases_stretch_rest'],
    [
      '{remedy} ~6 (يتحسن|تتحسن|بتتحسن|تتهنى|يتهنى|نتهنى|نرتاح)',
      '(يتحسن|تتحسن|بتتحسن|تتهنى|يتهنى) (ب|مع) {remedy}',
      '(أخير|أحسن|أخف) (شوية|شوي|شويه) ~6 {remedy}',
    ],
    'Better with heat, stretching or rest, with the verbs of getting better ("يتحسن بالكمادات", Tunisian "تتهنى", Sudanese "أخير شوية").',
  ),
  e(
    ['jaw_stiffness'],
    ['(تصلب|تيبس|شد|تشنج|تخشب) (في|ب)? (فك|فكي|فكه|فكها)'],
    'A stiff jaw in a note ("تصلب في الفك") is lockjaw, not pain spreading to the jaw or a sudden start.',
    { overrides: ['pain_spreads_arm_jaw', 'onset_sudden'] },
  ),
  e(
    ['calf_swollen_red_one_side'],
    [
      // Swollen or red and hot: a leg merely named within a few words of "سخونة" is no warm calf ("الوجع في
      // رجلي اليمين وجالي سخونة امبارح" is leg pain and a fever).
      '(سمانة|بطة|ربلة|ساق|ساقي|رجل|رجلي|ساقها|ساقه|رجله|رجلها) ~3 (منتفخة|منتفخ|منفوخة|منفوخ|وارمة|وارم|متورمة|متورم|حمراء|حمرا|محمرة|محمر) ~5 (سخونة|سخونية|سخون)',
    ],
    'A leg that is swollen or red and hot ("الساق منتفخة وحمراء وسخونة") is a warm calf, not a fever.',
    { overrides: ['fever'] },
  ),
  e(
    [],
    ['(سمانة|بطة|ربلة|ساق|ساقي|رجل|رجلي|ساقها|ساقه|رجله|رجلها) (فيها|فيه|فيو)? (سخونة|سخونية|سخون)'],
    'A leg said to be hot ("رجلي فيها سخونة") is warm itself, not a fever.',
    { overrides: ['fever'] },
  ),
  e(
    ['night_pain'],
    [
      '(ما|مش|مو|لا) (نرقدش|نرقد|ننعس|ننعسش|ينام|تنام|أنام|بنام|بينام|بتنام|نام|أرقد|يرقد|ترقد|يرقدش|ترقدش|نمت|رقدت|نعست|ننام|ننامش|نمتش) ~3 (من|بسبب|ب) ~1 {pain}',
      '{unable} ~1 (ينام|تنام|نرقد|أرقد|يرقد|ترقد|ننعس|أنوم|تنوم|ينوم|ننام) ~3 (من|بسبب|ب) ~1 {pain}',
    ],
    'Not sleeping "for the pain", of any person and in the Maghrebi "ما نرقدش بالليل من الوجيعة"; the "ما" is the phrase\'s own.',
  ),
  e(
    ['lump_or_shape_change'],
    ['{back} ~2 (فيه|فيها) (نتوء|كتلة|بروز|انتفاخ|كورة)'],
    'The back said to have a lump in it ("ظهري صار فيه نتوء").',
  ),
  e(
    ['pain_colicky_waves'],
    ['(أتلوى|اتلوى|يتلوى|تتلوى|بتلوى|بيتلوى|بتتلوى|نتلوى|متلوي|متلوية)'],
    'Writhing with the pain ("يخليني أتلوى"): it makes keeping still impossible.',
    { overrides: ['pain_worse_movement'] },
  ),
];
