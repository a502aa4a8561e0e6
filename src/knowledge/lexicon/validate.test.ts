/**
 * The lexicon is validated when it is loaded: the English one is valid, and each kind of mistake is
 * named with where it is.
 */
import { describe, expect, it } from 'vitest';
import { developerText } from '../../contract/errors.ts';
import type { FindingId } from '../../contract/ids.ts';
import { english } from './en/index.ts';
import { getLexicon, LEXICONS } from './index.ts';
import { parsePattern } from './syntax.ts';
import type { LexEntry, Lexicon } from './types.ts';
import { validateLexicon } from './validate.ts';

const entry = (over: Partial<LexEntry>): LexEntry => ({
  ids: ['fever'],
  patterns: ['feverish'],
  meaning: 'A test entry that means fever.',
  ...over,
});

function problems(lex: Lexicon): string[] {
  const r = validateLexicon(lex);
  return r.ok ? [] : r.issues.map(developerText);
}

describe('the English lexicon', () => {
  it('is valid, and every entry says the meaning it relies on', () => {
    expect(problems(english)).toEqual([]);
    expect(getLexicon('en').entries.length).toBeGreaterThan(150);
    for (const e of english.entries) expect(e.meaning.length, e.patterns[0]).toBeGreaterThan(10);
  });

  it('is the only language so far, and an unknown language is refused by name', () => {
    expect(Object.keys(LEXICONS)).toEqual(['en']);
    expect(() => getLexicon('xx')).toThrow(/No story lexicon for the language "xx"/);
  });
});

describe('validation names each mistake', () => {
  const withEntries = (...entries: LexEntry[]): Lexicon => ({ ...english, entries });

  it('a finding id that is not in the contract', () => {
    // A lexicon written as data (not TypeScript) can hold any string; the validator is what catches it.
    expect(problems(withEntries(entry({ ids: ['fevr' as FindingId] })))).toEqual([
      'lexicon[en].entries[0] (fevr): "fevr" is not a finding of the contract',
    ]);
  });

  it('a number finding, which has rules of its own', () => {
    expect(problems(withEntries(entry({ ids: ['pain_severity'] }))).join()).toMatch(/is a number finding/);
  });

  it('an entry without patterns, an empty pattern, a pattern that starts with an option', () => {
    expect(problems(withEntries(entry({ patterns: [] }))).join()).toMatch(/has no patterns/);
    expect(problems(withEntries(entry({ patterns: ['  '] }))).join()).toMatch(/the pattern is empty/);
    expect(problems(withEntries(entry({ patterns: ['hot?'] }))).join()).toMatch(
      /cannot start with an optional/,
    );
  });

  it('a pattern given twice, naming both entries', () => {
    const p = problems(withEntries(entry({}), entry({ ids: ['chills_rigors'] })));
    expect(p).toEqual([
      'lexicon[en].entries[1] (chills_rigors): repeats the pattern "feverish" of entries[0] (fever)',
    ]);
  });

  it('a class that does not exist, or contains itself', () => {
    expect(problems(withEntries(entry({ patterns: ['{nosuch} fever'] }))).join()).toMatch(
      /names the unknown class \{nosuch\}/,
    );
    const loop = { ...english, classes: { ...english.classes, a: ['{b}'], b: ['x {a}'] } };
    expect(problems(loop).join()).toMatch(/contains itself \(a → b → a\)/);
  });

  it('a meaning missing, a number rule without a number, a blocker that blocks nothing', () => {
    expect(problems(withEntries(entry({ meaning: '' }))).join()).toMatch(/needs the meaning/);
    expect(problems(withEntries(entry({ number: { present: { gte: 38 } } }))).join()).toMatch(/has no #/);
    expect(problems(withEntries(entry({ ids: [] }))).join()).toMatch(/overrides nothing/);
  });

  it('a cue in two lists', () => {
    const bad = {
      ...english,
      cues: { ...english.cues, hedgeBefore: [...english.cues.hedgeBefore, 'denies'] },
    };
    expect(problems(bad).join()).toMatch(/"denies" is (also )?in cues/);
  });
});

describe('pattern syntax', () => {
  it.each([
    ['pain ~4 {back}', null],
    ['(lets go|eases) ~2 heat?', null],
    ['a|an # $', null],
    ['stiff* && morning', null],
    ['~2 pain', /cannot start with a gap/],
    ['pain ~2', /cannot end with a gap/],
    ['pain ~20 back', /a gap is ~1 to ~12/],
    ['Pain', /lower case/],
    ['pa*in', /a "\*" goes at the start or the end/],
    ['(lets go', /has no "\)"/],
    ['x && ', /empty/],
  ])('reads "%s"', (source, error) => {
    const p = parsePattern(source);
    if (error === null) expect(typeof p).not.toBe('string');
    else expect(p).toMatch(error);
  });
});
