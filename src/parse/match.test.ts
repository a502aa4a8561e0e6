/**
 * The pattern matcher on a small lexicon of its own: gaps stop at clause boundaries, groups take
 * phrases, options and numbers, the longest match wins, and "&&" needs both parts in the sentence.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../knowledge/lexicon/en/index.ts';
import type { LexEntry } from '../knowledge/lexicon/types.ts';
import { compileLexicon } from './compile.ts';
import { findPatterns } from './match.ts';
import { tokenise } from './tokenise.ts';

function hits(patterns: string[], text: string): string[] {
  const entries: LexEntry[] = patterns.map((p) => ({
    ids: ['fever'],
    patterns: [p],
    meaning: 'test pattern',
  }));
  const lex = compileLexicon({ ...english, entries, realWords: [] });
  const { tokens, sentences } = tokenise(text, lex);
  return sentences.flatMap((s) =>
    findPatterns(lex.entryPatterns, tokens, s, lex).map((h) =>
      h.parts
        .map((p) =>
          text.slice(
            (tokens[p.start] as { start: number }).start,
            (tokens[p.end - 1] as { end: number }).end,
          ),
        )
        .join(' && '),
    ),
  );
}

describe('pattern matching', () => {
  it('tries a pattern only where its second word can follow, and still finds every match', () => {
    // The second element is a fixed list: only "fever" or "temperature" right after "no".
    expect(hits(['no fever|temperature'], 'no fever today')).toEqual(['no fever']);
    expect(hits(['no fever|temperature'], 'no, fever')).toEqual([]);
    expect(hits(['no fever|temperature'], 'it was no')).toEqual([]);
    // A first element of several words, or a gap after it: the word after the first is no guide.
    expect(hits(['(no problems|no problem) with ~1 bladder'], 'no problems with my bladder')).toEqual([
      'no problems with my bladder',
    ]);
    expect(hits(['no fever? temperature'], 'no temperature')).toEqual(['no temperature']);
    expect(hits(['no ~2 fever'], 'no real fever')).toEqual(['no real fever']);
  });

  it('lets a gap skip words but not a clause boundary', () => {
    expect(hits(['pain ~3 leg'], 'pain down my leg')).toEqual(['pain down my leg']);
    expect(hits(['pain ~3 leg'], 'pain, but my leg')).toEqual([]);
    expect(hits(['pain ~3 leg'], 'pain. My leg')).toEqual([]);
    expect(hits(['pain ~2 leg'], 'pain going down my leg')).toEqual([]);
  });

  it('reads a comma as a boundary only before a new clause', () => {
    expect(hits(['back ~4 painful'], 'my back, shoulders and arms are painful')).toEqual([
      'back, shoulders and arms are painful',
    ]);
    expect(hits(['fever ~4 pain'], 'no fever, my back pain is bad')).toEqual([]);
  });

  it('takes phrases in a group, and options', () => {
    expect(hits(['(lets go|goes away) after'], 'it goes away after a while')).toEqual(['goes away after']);
    expect(hits(['hot water? bottle'], 'a hot bottle')).toEqual(['hot bottle']);
    expect(hits(['hot water? bottle'], 'a hot water bottle')).toEqual(['hot water bottle']);
  });

  it('captures numbers in digits and words, and counts', () => {
    // Each position has its own match; where they overlap, the parser takes the longest.
    expect(hits(['# weeks'], 'twenty one weeks')[0]).toBe('twenty one weeks');
    expect(hits(['#c weeks ago'], 'a couple of weeks ago')[0]).toBe('a couple of weeks ago');
    expect(hits(['# out of 10|ten'], 'about a 7 out of 10')).toEqual(['7 out of 10']);
  });

  it('matches word starts and ends', () => {
    expect(hits(['tingl*'], 'tingling and tingly')).toEqual(['tingling', 'tingly']);
    expect(hits(['*pril'], 'I take ramipril')).toEqual(['ramipril']);
  });

  it('needs both parts of "&&" in the same sentence', () => {
    expect(hits(['stiff && morning'], 'Mornings are bad. I am stiff.')).toEqual([]);
    expect(hits(['stiff && morning*'], 'I am stiff every morning.')).toEqual(['stiff && morning']);
  });
});
