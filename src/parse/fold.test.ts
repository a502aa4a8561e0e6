/**
 * Folding: the same word written with or without accents, Arabic vowel marks, tatweel or letter
 * variants is one word; the tilde of "año" is kept; digits and punctuation of other scripts read as
 * their Latin twins.
 */
import { describe, expect, it } from 'vitest';
import { asciiDigits, fold, foldData, foldPunct } from './fold.ts';

describe('fold', () => {
  it('drops the accents a writer may leave out, and keeps the tilde', () => {
    expect(fold('días')).toBe('dias');
    expect(fold('también')).toBe('tambien');
    expect(fold('pingüino')).toBe('pinguino');
    expect(fold('año')).toBe('año');
    expect(fold('año')).not.toBe(fold('ano'));
  });

  it('leaves plain ASCII alone, case included', () => {
    expect(fold('SOB')).toBe('SOB');
    expect(fold("can't pee")).toBe("can't pee");
  });

  it('reads Arabic alef, teh marbuta and alef maqsura variants as one letter', () => {
    expect(fold('أستطيع')).toBe(fold('استطيع'));
    expect(fold('إبرة')).toBe('ابره');
    expect(fold('آلام')).toBe('الام');
    expect(fold('حمى')).toBe('حمي');
    expect(fold('مؤلم')).toBe('مولم');
  });

  it('drops Arabic vowel marks and the tatweel that stretches a word', () => {
    expect(fold('أَلَمٌ')).toBe(fold('ألم'));
    expect(fold('ألـــم')).toBe(fold('ألم'));
    expect(fold('جدًا')).toBe('جدا');
  });

  it('folds a lexicon’s strings but not its meanings', () => {
    const data = foldData({ patterns: ['días', 'ألم'], meaning: 'Días de dolor' });
    expect(data).toEqual({ patterns: ['dias', 'الم'], meaning: 'Días de dolor' });
  });
});

describe('asciiDigits and foldPunct', () => {
  it('reads Arabic-Indic and Persian digits and the Arabic decimal separator', () => {
    expect(asciiDigits('٧/١٠')).toBe('7/10');
    expect(asciiDigits('۳۸٫۵')).toBe('38.5');
    expect(asciiDigits('38.5')).toBe('38.5');
  });

  it('reads the Arabic comma, semicolon and question mark, and « », as their Latin twins', () => {
    expect(['،', '؛', '؟', '«', '»'].map(foldPunct)).toEqual([',', ';', '?', '"', '"']);
    expect(foldPunct('.')).toBe('.');
  });
});
