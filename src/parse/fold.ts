/**
 * Folding: the form of a word that the lexicon and the story are compared in, so the same word written
 * in several ways is one word. Language-neutral, applied alike to the lexicon (once, when compiled) and
 * to each word of a story:
 * - accents a writer may leave out: "también" and "tambien", "días" and "dias" (acute, grave,
 *   circumflex, diaeresis); the tilde stays, since "año" (year) and "ano" (anus) are different words;
 * - Arabic vowel marks (harakat, shadda, sukun) and the tatweel that stretches a word ("ألـــم");
 * - Arabic letter variants that writers use interchangeably: alef with hamza or madda (أ إ آ) as
 *   bare alef, hamza on waw or yeh (ؤ ئ) as the bare letter, teh marbuta (ة) as heh, alef maqsura (ى)
 *   as yeh, and the Persian forms of yeh and kaf.
 * Case is not changed here (abbreviations are case-sensitive); the tokeniser lower-cases first.
 */

/** Combining marks to drop after canonical decomposition: Latin accents except the tilde, Arabic marks. */
const MARKS =
  /[\u0300-\u0302\u0304-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g;
const TATWEEL = /\u0640/g;
const LETTERS: Readonly<Record<string, string>> = {
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064a', // ى → ي
  '\u06cc': '\u064a', // Persian yeh → ي
  '\u06a9': '\u0643', // Persian kaf → ك
  '\u0671': '\u0627', // alef wasla → ا
};
const LETTER_RE = /[\u0629\u0649\u06cc\u06a9\u0671]/g;
const PLAIN = /^[ -~\t\n\r]*$/;

export function fold(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .normalize('NFC');
}

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII digits; the Arabic decimal separator as ".". */
export function asciiDigits(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b) return '.';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Punctuation of other scripts as the punctuation the lexicon and the sentence splitter use. */
const PUNCT: Readonly<Record<string, string>> = {
  '\u060c': ',', // Arabic comma
  '\u061b': ';', // Arabic semicolon
  '\u061f': '?', // Arabic question mark
  '\u06d4': '.', // Arabic full stop
  '\u066a': '%', // Arabic percent sign
  '«': '"',
  '»': '"',
};

export function foldPunct(p: string): string {
  return PUNCT[p] ?? p;
}

/** Every pattern, cue and word of a lexicon, folded; meanings stay as written. */
export function foldData<T>(value: T, skip: ReadonlySet<string> = new Set(['meaning', 'language'])): T {
  if (typeof value === 'string') return fold(value) as T;
  if (Array.isArray(value)) return value.map((v) => foldData(v, skip)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[fold(k)] = skip.has(k) ? v : foldData(v, skip);
    return out as T;
  }
  return value;
}
