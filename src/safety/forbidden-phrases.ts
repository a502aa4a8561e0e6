/**
 * Claims BackEase must never make, in any language it ships, each with the reason. A test scans every
 * catalog entry a person can see, in every language directory under src/i18n/catalogs, so a new
 * language is picked up as soon as its files exist, and fails until it has its own list here.
 *
 * Each entry has an example it must catch, so the check is known to work, and may allow a context (a
 * negation such as "not a diagnosis"), with the reason. Texts and patterns are compared after
 * `normaliseForPhrases`: case-folded by the regular expression, curly quotes made straight, and for
 * Arabic the short vowels, tatweel and alef forms unified. `⟨` and `⟩` in a pattern are word edges that
 * work for every script (JavaScript's \b only knows ASCII letters).
 */

export type ClaimKind = 'cure' | 'guarantee' | 'certainty' | 'no_doctor' | 'safe_for_all' | 'diagnosis';

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'cure',
  'guarantee',
  'certainty',
  'no_doctor',
  'safe_for_all',
  'diagnosis',
];

export interface AllowedContext {
  /** Matched against the whole sentence that holds the forbidden words. */
  readonly pattern: string;
  readonly reason: string;
  /** A sentence the allowance must let through. */
  readonly example: string;
}

export interface ForbiddenPhrase {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly pattern: string;
  readonly reason: string;
  /** A sentence the pattern must catch. */
  readonly example: string;
  readonly allowed?: readonly AllowedContext[];
}

const REASONS: Readonly<Record<ClaimKind, string>> = {
  cure: 'Nothing BackEase suggests cures back pain or its causes; the evidence grades say how much each item helps, and a cure claim would make a person stop looking for care.',
  guarantee:
    'No self-care advice has a guaranteed effect; a guarantee overrides the evidence grade the person is shown.',
  certainty:
    'BackEase estimates from self-reported answers; certainty words turn an estimate into a fact (the safety rule: nothing unsupported is shown as fact).',
  no_doctor:
    'Telling a person they need no doctor is false reassurance: every result says when to get help, and a self-care result can change.',
  safe_for_all:
    'No remedy or medicine is safe for everyone: the safety rules exist because conditions and medicines make items unsafe.',
  diagnosis:
    'BackEase gives general information, not a diagnosis: causes are estimates with evidence for and against, and only a clinician diagnoses.',
};

/** English negations before a forbidden word: "neither cause nor cure", "does not cure", "no guarantee". */
const EN_NEGATED = (word: string, example: string): AllowedContext => ({
  pattern: `⟨(?:no|not|nor|never|neither|cannot|can't|won't|doesn't|don't|isn't)⟩[^.!?]{0,40}${word}`,
  reason:
    'Negated, it is the honest claim the rule asks for (for example "sports drinks neither cause nor cure").',
  example,
});

const EN_CAUSES =
  '(?:cauda equina(?: syndrome)?|sciatica|shingles|(?:a )?slipped disc|(?:a )?herniated disc|(?:a )?(?:spinal )?fracture|(?:a )?broken (?:back|bone|vertebra)|cancer|(?:an? )?(?:aortic )?aneurysm|(?:a )?heart attack|sepsis|meningitis|tetanus|(?:a )?blood clot|(?:a )?dvt|pancreatitis|gallstones|rhabdomyolysis|(?:a )?(?:kidney|bladder|urine|urinary|spinal) infection|(?:a )?kidney stone|(?:a )?(?:muscle )?strain|(?:a )?pulled muscle|(?:a )?back spasm|(?:ankylosing )?spondylitis|arthritis|(?:spinal )?stenosis)';

const en: readonly ForbiddenPhrase[] = [
  {
    id: 'en-cure',
    kind: 'cure',
    pattern: '⟨cur(?:e|es|ed|ing)⟩',
    reason: REASONS.cure,
    example: 'A warm bath will cure your back spasm.',
    allowed: [EN_NEGATED('cur', 'Sports drinks neither cause nor cure back spasms.')],
  },
  {
    id: 'en-miracle',
    kind: 'cure',
    pattern:
      '⟨(?:miracle|instant relief|permanent(?:ly)? (?:fix|relief)|always works|works every time|works for everyone)⟩',
    reason: REASONS.cure,
    example: 'This stretch always works.',
  },
  {
    id: 'en-guarantee',
    kind: 'guarantee',
    pattern: '⟨guarantee(?:s|d)?⟩',
    reason: REASONS.guarantee,
    example: 'Relief is guaranteed within a day.',
    allowed: [EN_NEGATED('guarantee', 'No remedy can guarantee relief.')],
  },
  {
    id: 'en-certainty',
    kind: 'certainty',
    pattern: '(?:⟨(?:definitely|certainly|undoubtedly|for certain|without (?:a|any) doubt|no doubt)⟩|100 ?%)',
    reason: REASONS.certainty,
    example: 'This is definitely a muscle problem.',
  },
  {
    id: 'en-no-doctor',
    kind: 'no_doctor',
    pattern:
      "⟨(?:no need|(?:do not|don't|never) need|needn't|no reason) (?:to )?(?:see|call|visit|contact|bother|for)? ?(?:a |an |your |the )?(?:doctor|gp|pharmacist|nurse|physio(?:therapist)?|999|111|emergency|a&e|hospital|medical help)",
    reason: REASONS.no_doctor,
    example: 'There is no need to see a doctor.',
  },
  {
    id: 'en-no-doctor-you',
    kind: 'no_doctor',
    pattern: "⟨you (?:do not|don't) need (?:a |an |to see a )?(?:doctor|gp|medical help)⟩",
    reason: REASONS.no_doctor,
    example: "You don't need a doctor for this.",
  },
  {
    id: 'en-safe-for-all',
    kind: 'safe_for_all',
    pattern:
      '⟨(?:safe for (?:everyone|everybody|all|anyone)|(?:completely|totally|perfectly|entirely|100 ?%) safe|harmless|no side effects|risk[- ]free|no risks?)⟩',
    reason: REASONS.safe_for_all,
    example: 'Ibuprofen gel is safe for everyone.',
  },
  {
    id: 'en-you-have',
    kind: 'diagnosis',
    pattern: `⟨you(?:'ve| have)(?: got)? ${EN_CAUSES}⟩`,
    reason: REASONS.diagnosis,
    example: 'You have sciatica.',
  },
  {
    id: 'en-this-is',
    kind: 'diagnosis',
    pattern: `⟨(?:this|it|that|your (?:back )?pain) is (?:definitely |certainly |probably |likely |just )?${EN_CAUSES}⟩`,
    reason: REASONS.diagnosis,
    example: 'This is a kidney stone.',
    allowed: [
      {
        pattern: '⟨(?:if|whether|in case|unless)⟩ (?:it|this|that) is',
        reason:
          'A condition ("if it is a heart attack") names what a doctor checks for and does next, not what the person has.',
        example: 'Blood tests at once, and treatment to reopen a blocked artery if it is a heart attack.',
      },
    ],
  },
  {
    id: 'en-diagnosed',
    kind: 'diagnosis',
    pattern:
      '⟨(?:we (?:have )?diagnosed|backease (?:has )?diagnosed|your diagnosis (?:is|of)|the diagnosis is)⟩',
    reason: REASONS.diagnosis,
    example: 'Your diagnosis is a muscle strain.',
  },
];

const ES_NEGATED = (word: string, example: string): AllowedContext => ({
  pattern: `⟨(?:no|ni|nunca|tampoco|sin)⟩[^.!?]{0,40}${word}`,
  reason: 'Negado, es la afirmación honesta que pide la regla ("ni causan ni curan").',
  example,
});

const ES_CAUSES =
  '(?:(?:el |la |una? )?(?:síndrome de (?:la )?)?cola de caballo|(?:la |una )?ciática|(?:el |un )?herpes zóster|(?:la )?culebrilla|(?:una )?hernia discal|(?:una )?fractura|(?:un )?cáncer|(?:un )?aneurisma|(?:un )?infarto|(?:una )?sepsis|(?:una )?meningitis|(?:el )?tétanos|(?:un )?coágulo|(?:una )?pancreatitis|(?:un |unos )?cálculos? (?:renal(?:es)?|biliar(?:es)?)|(?:una )?piedra en el riñón|(?:una )?infección (?:renal|de orina|urinaria|de la columna)|(?:una )?rabdomiólisis|(?:una )?(?:distensión|contractura) muscular|(?:una )?artritis|(?:una )?estenosis)';

const es: readonly ForbiddenPhrase[] = [
  {
    id: 'es-cure',
    kind: 'cure',
    pattern: '⟨(?:cura|curan|curará|curarán|curar|curación (?:definitiva|total|completa))⟩',
    reason: REASONS.cure,
    example: 'Un baño caliente cura el espasmo.',
    allowed: [ES_NEGATED('cur', 'Las bebidas deportivas ni causan ni curan los espasmos.')],
  },
  {
    id: 'es-miracle',
    kind: 'cure',
    pattern: '⟨(?:milagros[oa]|alivio (?:inmediato|permanente)|siempre funciona|funciona para todos)⟩',
    reason: REASONS.cure,
    example: 'Este estiramiento siempre funciona.',
  },
  {
    id: 'es-guarantee',
    kind: 'guarantee',
    pattern: '⟨(?:garantiza|garantizan|garantizado|garantizada|garantía)⟩',
    reason: REASONS.guarantee,
    example: 'El alivio está garantizado.',
    allowed: [
      ES_NEGATED('garant', 'Ningún remedio casero tiene el alivio garantizado: no lo garantiza nadie.'),
    ],
  },
  {
    id: 'es-certainty',
    kind: 'certainty',
    pattern: '(?:⟨(?:definitivamente|sin (?:ninguna )?duda|con (?:total )?seguridad|seguramente es)⟩|100 ?%)',
    reason: REASONS.certainty,
    example: 'Es definitivamente un problema muscular.',
  },
  {
    id: 'es-no-doctor',
    kind: 'no_doctor',
    pattern:
      '⟨no (?:hace falta|es necesario|necesita|necesitas|tiene que|tienes que) (?:ver|ir|llamar|consultar|acudir)? ?(?:a |al )?(?:un |una |su |tu )?(?:médico|médica|doctor|doctora|farmacéutico|farmacia|urgencias|112|hospital)',
    reason: REASONS.no_doctor,
    example: 'No hace falta ver a un médico.',
  },
  {
    id: 'es-safe-for-all',
    kind: 'safe_for_all',
    pattern:
      '⟨(?:segur[oa]s? para (?:todos|todo el mundo|cualquiera|cualquier persona)|(?:totalmente|completamente|100 ?%) segur[oa]s?|inofensiv[oa]s?|sin efectos secundarios|sin ningún riesgo|sin riesgos?)⟩',
    reason: REASONS.safe_for_all,
    example: 'Este gel es seguro para todos.',
  },
  {
    id: 'es-you-have',
    kind: 'diagnosis',
    pattern: `⟨(?:usted tiene|tienes|padece|padeces|sufre de|sufres de) ${ES_CAUSES}⟩`,
    reason: REASONS.diagnosis,
    example: 'Usted tiene ciática.',
  },
  {
    id: 'es-this-is',
    kind: 'diagnosis',
    pattern: `⟨(?:esto|eso|su dolor|tu dolor) es (?:claramente |seguramente |probablemente )?${ES_CAUSES}⟩`,
    reason: REASONS.diagnosis,
    example: 'Esto es un cálculo renal.',
  },
  {
    id: 'es-diagnosed',
    kind: 'diagnosis',
    pattern:
      '⟨(?:le diagnosticamos|te diagnosticamos|su diagnóstico es|tu diagnóstico es|el diagnóstico es)⟩',
    reason: REASONS.diagnosis,
    example: 'Su diagnóstico es una contractura muscular.',
  },
];

/** Arabic is written without the word-start edge: prefixes (و، ب، ل، ال) attach to the word. */
const AR_NEGATED = (word: string, example: string): AllowedContext => ({
  pattern: `(?:لا|ليس|ليست|لن|لم|ولا|بدون)[^.!?؟]{0,40}${word}`,
  reason: 'منفيّة، فهي العبارة الصادقة التي تطلبها القاعدة (مثل "لا تشفي").',
  example,
});

const AR_CAUSES =
  '(?:ذنب الفرس|متلازمه ذيل الفرس|عرق النسا|الحزام الناري|الهربس النطاقي|انزلاق غضروفي|الانزلاق الغضروفي|كسر|سرطان|السرطان|تمدد الاوعيه|تمدد الشريان|نوبه قلبيه|جلطه|تعفن الدم|الانتان|التهاب السحايا|الكزاز|التهاب البنكرياس|حصوه|حصى|التهاب الكلي|التهاب المسالك|انحلال الربيدات|شد عضلي|تشنج عضلي|التهاب المفاصل|تضيق)';

const ar: readonly ForbiddenPhrase[] = [
  {
    id: 'ar-cure',
    kind: 'cure',
    pattern: '(?:يشفي|تشفي|يشفيك|تشفيك|شفاء تام|شفاء نهائي|علاج نهائي|يعالج نهائيا)',
    reason: REASONS.cure,
    example: 'الحمام الدافئ يشفي التشنج.',
    allowed: [AR_NEGATED('(?:يشفي|تشفي|شفاء)', 'المشروبات الرياضية لا تسبب التشنج ولا تشفيه.')],
  },
  {
    id: 'ar-miracle',
    kind: 'cure',
    pattern: '(?:معجزه|سحري|سحريه|راحه فوريه|راحه دائمه|ينجح دائما|يفيد الجميع)',
    reason: REASONS.cure,
    example: 'هذا التمرين ينجح دائما.',
  },
  {
    id: 'ar-guarantee',
    kind: 'guarantee',
    pattern: '(?:مضمون|مضمونه|نضمن|يضمن|تضمن|ضمان)',
    reason: REASONS.guarantee,
    example: 'الراحة مضمونة خلال يوم.',
    allowed: [AR_NEGATED('(?:مضمون|نضمن|يضمن|تضمن|ضمان)', 'لا يوجد علاج منزلي مضمون.')],
  },
  {
    id: 'ar-certainty',
    kind: 'certainty',
    // حتمًا only as a word of its own (with و at most): the same letters sit inside احتمال, the word for
    // likelihood, which the honest texts use everywhere.
    pattern: '(?:بالتاكيد|بكل تاكيد|⟨و?حتما⟩|قطعا|بلا شك|دون شك|بلا ادني شك|100 ?%|١٠٠ ?٪|100 ?٪)',
    reason: REASONS.certainty,
    example: 'هذه بالتأكيد مشكلة عضلية.',
  },
  {
    id: 'ar-no-doctor',
    kind: 'no_doctor',
    pattern:
      '(?:لا داعي|لا حاجه|لست بحاجه|لا تحتاج|لا يلزم)[^.!?؟]{0,15}(?:الطبيب|طبيب|الصيدلي|صيدلي|الطوارئ|المستشفي|مستشفي)',
    reason: REASONS.no_doctor,
    example: 'لا داعي لزيارة الطبيب.',
  },
  {
    id: 'ar-safe-for-all',
    kind: 'safe_for_all',
    pattern:
      '(?:امن للجميع|امن لكل|امن تماما|امن كليا|امن 100|لا ضرر منه|غير ضار|بدون اثار جانبيه|بلا اثار جانبيه|دون اي مخاطر|بلا مخاطر|خال من المخاطر)',
    reason: REASONS.safe_for_all,
    example: 'هذا الجل آمن للجميع.',
  },
  {
    id: 'ar-you-have',
    kind: 'diagnosis',
    pattern: `(?:انت مصاب ب|انت مصابه ب|انك مصاب ب|لديك|عندك|تعاني من) ?${AR_CAUSES}`,
    reason: REASONS.diagnosis,
    example: 'أنت مصاب بعرق النسا.',
  },
  {
    id: 'ar-this-is',
    kind: 'diagnosis',
    pattern: `(?:هذا هو|هذه هي|هذا|هذه|المك هو) (?:بالتاكيد |غالبا )?${AR_CAUSES}`,
    reason: REASONS.diagnosis,
    example: 'هذا التهاب الكلى.',
  },
  {
    id: 'ar-diagnosed',
    kind: 'diagnosis',
    pattern: '(?:شخصنا|تشخيصك هو|التشخيص هو|نشخص حالتك)',
    reason: REASONS.diagnosis,
    example: 'تشخيصك هو شد عضلي.',
  },
];

/** The list for each language: a language with catalogs and no list here fails the test. */
export const FORBIDDEN_PHRASES: Readonly<Record<string, readonly ForbiddenPhrase[]>> = { en, es, ar };

/** Text and pattern made comparable: NFC, straight quotes, and Arabic without short vowels or alef variants. */
export function normaliseForPhrases(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u00A0/g, ' ');
}

const EDGE_START = '(?<![\\p{L}\\p{N}_])';
const EDGE_END = '(?![\\p{L}\\p{N}_])';

function compile(pattern: string): RegExp {
  const source = normaliseForPhrases(pattern).replaceAll('⟨', EDGE_START).replaceAll('⟩', EDGE_END);
  return new RegExp(source, 'giu');
}

export interface ClaimFound {
  readonly phrase: ForbiddenPhrase;
  readonly match: string;
  readonly sentence: string;
}

/** The sentence around a match: from the last sentence end before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), -1) + 1;
  const rest = text.slice(end).search(/[.!?؟](?:\s|$)/);
  return text.slice(from, rest === -1 ? text.length : end + rest + 1).trim();
}

/** The forbidden claims a text makes in a language, with the sentence each is in. */
export function findClaims(text: string, phrases: readonly ForbiddenPhrase[]): ClaimFound[] {
  const normal = normaliseForPhrases(text);
  const found: ClaimFound[] = [];
  for (const phrase of phrases) {
    for (const m of normal.matchAll(compile(phrase.pattern))) {
      const sentence = sentenceAround(normal, m.index, m.index + m[0].length);
      const allowed = (phrase.allowed ?? []).some((a) => compile(a.pattern).test(sentence));
      if (!allowed) found.push({ phrase, match: m[0], sentence });
    }
  }
  return found;
}
