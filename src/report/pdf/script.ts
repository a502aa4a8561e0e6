/**
 * What the PDF layout needs to know about a character: which font family should draw it, whether it
 * draws anything at all, and where a line may break. Pure: regular-expression Unicode properties only.
 */

/** The font families of the PDF. `cjk` is loaded only when a document needs it (it is 10 MB). */
export type Family = 'latin' | 'arabic' | 'hebrew' | 'cjk';

/** Tried in this order for a character that no script claims, after the neighbours' fonts. */
export const FAMILY_ORDER: readonly Family[] = ['latin', 'arabic', 'hebrew', 'cjk'];

const ARABIC = /^\p{Script=Arabic}$/u;
const HEBREW = /^\p{Script=Hebrew}$/u;
/** Han, kana, Bopomofo, Hangul, and the CJK punctuation and full-width forms that go with them. */
const CJK =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u;
/** Digits, punctuation, spaces and combining marks: they take the font of the text around them. */
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

/** The family a character's script asks for, or null for a neutral character. */
export function scriptFamily(ch: string): Family | null {
  if (ARABIC.test(ch)) return 'arabic';
  if (HEBREW.test(ch)) return 'hebrew';
  if (CJK.test(ch)) return 'cjk';
  if (NEUTRAL.test(ch)) return null;
  return 'latin';
}

/**
 * Characters that steer the layout but draw nothing: bidi controls (MessageFormat's isolates U+2066-2069
 * show as boxes in a PDF), zero-width joiners and spaces, the byte-order mark, variation selectors and
 * other control characters. They are kept for the bidi algorithm and left out when drawing, and are
 * never reported as missing from the fonts.
 */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x61c, 0x61c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

export function isInvisible(ch: string): boolean {
  const cp = ch.codePointAt(0) as number;
  return ch !== '\n' && INVISIBLE.some(([from, to]) => cp >= from && cp <= to);
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u3000';
}

/** Ideographs and kana: a line may break before or after each one, since these scripts use no spaces. */
const BREAKS_AROUND = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
/** Punctuation that must not start a line (CJK and Latin closing marks). */
const NO_BREAK_BEFORE = /^[、。，．：；！？）」』】〉》〕｝…‥・ー\u3005,.:;!?)\]}]$/u;
/** Punctuation that must not end a line. */
const NO_BREAK_AFTER = /^[（「『【〈《〔｛([{]$/u;

/** Whether a line may break between `before` and `after` (spaces are handled by the caller). */
export function mayBreakBetween(before: string, after: string): boolean {
  if (NO_BREAK_BEFORE.test(after) || NO_BREAK_AFTER.test(before)) return false;
  if (BREAKS_AROUND.test(before) || BREAKS_AROUND.test(after)) return true;
  // After a hyphen or slash inside a word ("self-care", "and/or").
  return (before === '-' || before === '/') && /^\p{L}$/u.test(after);
}

/** Scripts written right to left: fontkit lays out a run that starts with one of them backwards. */
const RTL_SCRIPT =
  /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]$/u;
const NO_SCRIPT = /^[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]$/u;

/**
 * Whether fontkit will lay this text out right to left: it takes the script of the first character
 * that has one and reverses the glyphs when that script is written right to left.
 */
export function shapedRightToLeft(text: string): boolean {
  for (const ch of text) if (!NO_SCRIPT.test(ch)) return RTL_SCRIPT.test(ch);
  return false;
}

/** "U+1F600" */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
