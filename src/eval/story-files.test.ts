/**
 * Every story file the team has written (src/parse/testing), blind sets included, in its language: a
 * wrong absent (a finding the story states, read as denied) is the one error the parser must never make,
 * so no later change to the lexicon may bring one back on any of them. The sets' other figures are
 * estimates (README, docs/parse.md), not floors: the blind ones were written to find misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developerText } from '../contract/errors.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { parseStory } from '../parse/index.ts';
import { parseStories, scoreStories } from './stories.ts';
import { warningSigns } from './text.ts';

const dir = new URL('../parse/testing/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^stories.*\.json$/.test(f));
const languageOf = (file: string) => /\.(es|ar)\.json$/.exec(file)?.[1] ?? 'en';
const warning = warningSigns(getKnowledge());

it('finds the story files', () => {
  expect(files.length).toBeGreaterThanOrEqual(12);
  expect(files).toEqual(
    expect.arrayContaining([
      'stories-blind-lay.json',
      'stories-blind-lay-2.json',
      'stories-blind-lay-3.json',
      'stories-blind-notes.json',
      'stories-blind-notes-2.json',
      'stories-blind-notes-3.json',
      'stories-blind-notes-4.json',
      'stories-blind-lay-4.json',
    ]),
  );
  expect(files.map(languageOf)).toEqual(expect.arrayContaining(['en', 'es', 'ar']));
  // The blind sets of Spanish and Arabic, the third of each written before its lexicon was read
  // (docs/parse.md).
  expect(files).toEqual(
    expect.arrayContaining(
      ['', '2', '3'].flatMap((n) => [`stories-blind${n}.es.json`, `stories-blind${n}.ar.json`]),
    ),
  );
  // The fourth Spanish set (branch es4), also written before the lexicon was read.
  expect(files).toContain('stories-blind4.es.json');
  // The fourth Arabic set (branch ar4): dialects less covered before, carers, notes and dictation.
  expect(files).toContain('stories-blind4.ar.json');
});

describe.each(files)('%s', (file) => {
  it('has no wrong absent', () => {
    const raw = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    const stories = parseStories(raw, file);
    if (!stories.ok) throw new Error(stories.issues.map(developerText).join('\n'));
    const lang = languageOf(file);
    const { results } = scoreStories(stories.value, (input) => parseStory(input, lang), warning);
    expect(results.filter((r) => r.wrongAbsents.length > 0).map((r) => `${r.id}: ${r.wrongAbsents}`)).toEqual(
      [],
    );
  });
});
