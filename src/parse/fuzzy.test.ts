/**
 * The misspelling corrector: close misspellings of lexicon words are read as those words; real words and
 * short words are left alone; memory stays bounded.
 */
import { describe, expect, it } from 'vitest';
import { Corrector, editDistance } from './fuzzy.ts';
import { getCompiledLexicon } from './index.ts';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('numbess', 'numbness', 2)).toBe(1);
    expect(editDistance('ibuprofin', 'ibuprofen', 2)).toBe(1);
    expect(editDistance('tinlging', 'tingling', 2)).toBe(1);
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
  });
});

describe('the corrector of the English lexicon', () => {
  const lex = getCompiledLexicon('en');
  it.each([
    ['ibuprofin', 'ibuprofen'],
    ['paracetemol', 'paracetamol'],
    ['sciatia', 'sciatica'],
    ['nurofin', 'nurofen'],
    ['temprature', 'temperature'],
  ])('reads %s as %s', (typo, word) => {
    expect(lex.correct(typo)).toBe(word);
  });

  it.each(['scabbing', 'dealing', 'swinging', 'peeling', 'numbers', 'back', 'pain'])(
    'leaves the real word %s alone',
    (w) => {
      expect(lex.correct(w)).toBe(w);
    },
  );
});

describe('a corrector of its own words', () => {
  it('does not guess between two equally close words of the same length', () => {
    const c = new Corrector(new Set(['lifting', 'sifting']));
    expect(c.correct('gifting')).toBe('gifting');
    expect(c.correct('liftinq')).toBe('lifting');
  });

  it('keeps words that start like a word family of the lexicon', () => {
    const c = new Corrector(new Set(['continence']), ['incontinen']);
    expect(c.correct('incontinence')).toBe('incontinence');
  });
});
