/**
 * The tokeniser in any script: Arabic-Indic digits are numbers, Arabic punctuation ends sentences and
 * clauses, and attached words listed by a lexicon ("و", "ال", "بال") are split off a word the lexicon
 * does not know when what is left is one it does. English tokens are as before.
 */
import { describe, expect, it } from 'vitest';
import { getCompiledLexicon } from './index.ts';
import { tokenise } from './tokenise.ts';

const words = (text: string, lang: string) =>
  tokenise(text, getCompiledLexicon(lang)).tokens.map((t) => t.norm);

describe('tokenise', () => {
  it('reads Arabic-Indic digits as numbers, with their places in the text', () => {
    const { tokens } = tokenise('الألم ٧/١٠', getCompiledLexicon('ar'));
    const seven = tokens.find((t) => t.kind === 'num');
    expect(seven).toMatchObject({ kind: 'num', value: 7, text: '٧' });
    expect(tokens.filter((t) => t.kind === 'num').map((t) => t.value)).toEqual([7, 10]);
    expect('الألم ٧/١٠'.slice(seven?.start, seven?.end)).toBe('٧');
  });

  it('ends sentences at "؟" and clauses at "،"', () => {
    const t = tokenise('عندي ألم؟ نعم، لا حمى', getCompiledLexicon('ar'));
    expect(t.sentences).toHaveLength(2);
    const comma = t.tokens.find((x) => x.text === '،');
    expect(comma?.norm).toBe(',');
  });

  it('splits attached words off an unknown word when the rest is a lexicon word', () => {
    expect(words('والظهر', 'ar')).toEqual(['و', 'ظهر']);
    expect(words('بالظهر', 'ar')).toEqual(['ب', 'ظهر']);
    expect(words('الظهر', 'ar')).toEqual(['ظهر']);
    expect(words('وما في حمى', 'ar')).toEqual(['و', 'ما', 'في', 'حمي']);
  });

  it('keeps a word whole when the lexicon knows it, or when the rest is not a word it knows', () => {
    // "وجع" (pain) starts with "و" but is a word of its own; "اليوم" (today) is not "day".
    expect(words('وجع', 'ar')).toEqual(['وجع']);
    expect(words('اليوم', 'ar')).toEqual(['اليوم']);
    expect(words('وزارة', 'ar')).toEqual(['وزاره']);
  });

  it('keeps the span of each part of a split word in the text as written, marks included', () => {
    // The article stands for no word: its letters go with the attached "و" before it.
    const text = 'وَالظَّهْر';
    const { tokens } = tokenise(text, getCompiledLexicon('ar'));
    expect(tokens.map((t) => t.norm)).toEqual(['و', 'ظهر']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['وَال', 'ظَّهْر']);
  });

  it('compares Spanish words without the accents a writer may leave out', () => {
    expect(words('Días', 'es')).toEqual(['dias']);
    expect(words('dias', 'es')).toEqual(['dias']);
  });

  it('splits nothing in English, which lists no attached words', () => {
    expect(words("I can't pee, and my back hurts.", 'en')).toEqual([
      'i',
      "can't",
      'pee',
      ',',
      'and',
      'my',
      'back',
      'hurts',
      '.',
    ]);
  });
});
