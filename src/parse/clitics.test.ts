/**
 * The Arabic lexicon and the tokeniser must cut words the same way. The tokeniser drops the article
 * "ال" from a word it does not know when the rest is a word it does ("الظهر" is read as "ظهر"), but
 * keeps a word the lexicon lists whole. So a lexicon that wrote both "الظهر" and "ظهر" would read
 * "الظهر" only where it wrote that form. This test holds the lexicon to writing words without the
 * article, except the few whose article is part of the word or changes its meaning.
 */
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../knowledge/lexicon/index.ts';
import { fold, foldData } from './fold.ts';

/** Words whose first letters only look like the article, or whose article changes the meaning. */
const WHOLE = new Set(
  [
    'اليوم', // today, not "day"
    'الاثنين', // Monday, not "two"
    'الأحد', // Sunday, not "one"
    'الجمعة', // Friday, not (Levantine) "a week"
    'الآن', // now
    'البارحة', // yesterday
    'الصبح', // this morning
    'آلام', // pains
    'ألمي', // my pain
    'ألبس', // I get dressed
  ].map(fold),
);

function words(value: unknown, key = '', out = new Set<string>()): Set<string> {
  if (key === 'meaning') return out;
  if (typeof value === 'string') for (const w of value.match(/\p{L}+/gu) ?? []) out.add(w);
  else if (Array.isArray(value)) for (const v of value) words(v, '', out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'proclitics') continue;
      words(k, '', out);
      words(v, k, out);
    }
  return out;
}

describe('the Arabic lexicon and the tokeniser cut words alike', () => {
  it('writes no word with the article when the word without it is also in the lexicon', () => {
    const lex = LEXICONS.ar;
    expect(lex?.proclitics?.ال).toBe('');
    const all = words(foldData(lex));
    const doubled = [...all].filter(
      (w) => w.startsWith('ال') && w.length >= 4 && all.has(w.slice(2)) && !WHOLE.has(w),
    );
    expect(doubled).toEqual([]);
  });
});
