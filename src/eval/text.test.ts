/**
 * The story parser's floors (issue 11), on the case files' texts and on the parser's own stories:
 * precision >= 90% and recall >= 85% of present findings, warning-sign recall >= 97%, no wrong absent,
 * and an interview seeded from the story with no under-triage. The floors are the acceptance bar, not
 * the current score. The seeded interview must also cost fewer questions and words in all than the
 * one from nothing; its median words read (issue 11 asks for at most 350) is measured, not held here:
 * it is bounded by the warning-sign screens the interview asks whatever the story says
 * (docs/parse.md, "How well it reads").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developerText } from '../contract/errors.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { parseStory } from '../parse/index.ts';
import { parseCases } from './case.ts';
import { parseStories, scoreStories } from './stories.ts';
import { evaluateText, seedFrom, warningSigns } from './text.ts';

const kb = getKnowledge();
const parse = (input: Parameters<typeof parseStory>[0]) => parseStory(input);

function cases(name: string) {
  const parsed = parseCases(
    JSON.parse(readFileSync(new URL(`../../vignettes/${name}`, import.meta.url), 'utf8')),
    `vignettes/${name}`,
  );
  if (!parsed.ok) throw new Error(parsed.issues.map(developerText).join('\n'));
  return parsed.value;
}

describe.each(['dev.json', 'extra.json'])('the parser on %s', (file) => {
  const { metrics, results } = evaluateText(kb, cases(file), parse);

  it('reads every case that has a text', () => {
    expect(metrics.cases).toBe(cases(file).length);
  });
  it('has precision of at least 90% and recall of at least 85% of present findings', () => {
    expect(metrics.precision).toBeGreaterThanOrEqual(0.9);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.85);
  });
  it('finds at least 97% of the warning signs', () => {
    expect(metrics.warningRecall).toBeGreaterThanOrEqual(0.97);
  });
  it('never reads a present finding as absent', () => {
    expect(
      results.filter((r) => r.wrongAbsents.length > 0).map((r) => `${r.id}: ${r.wrongAbsents.join(', ')}`),
    ).toEqual([]);
  });
  it('has no under-triage when the interview starts from the story', () => {
    expect(
      results
        .filter((r) => r.seeded.underTriage)
        .map((r) => `${r.id}: gold ${r.seeded.gold.join('|')}, got ${r.seeded.level}`),
    ).toEqual([]);
  });
  it('asks fewer questions and words when it starts from the story than when it starts from nothing', () => {
    const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    expect(total(results.map((r) => r.seeded.questions))).toBeLessThan(
      total(results.map((r) => r.plain.questions)),
    );
    expect(total(results.map((r) => r.seeded.words))).toBeLessThan(total(results.map((r) => r.plain.words)));
  });
});

describe("the parser's own stories", () => {
  const raw = JSON.parse(readFileSync(new URL('../parse/testing/stories.json', import.meta.url), 'utf8'));
  const stories = parseStories(raw, 'stories.json');
  if (!stories.ok) throw new Error(stories.issues.map(developerText).join('\n'));
  const { metrics, results } = scoreStories(stories.value, parse, warningSigns(kb));

  it('meet the same floors', () => {
    expect(metrics.stories).toBeGreaterThanOrEqual(20);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.9);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.85);
    expect(metrics.warningRecall).toBeGreaterThanOrEqual(0.97);
    expect(results.filter((r) => r.wrongAbsents.length > 0).map((r) => r.id)).toEqual([]);
  });
  it('never read a finding a story leaves open as absent', () => {
    expect(results.filter((r) => r.openReadAsAbsent.length > 0).map((r) => r.id)).toEqual([]);
  });
});

describe('seeding', () => {
  it('seeds the interview with what the story settled; what it left open is asked again', () => {
    const out = parseStory({ text: 'My lower back hurts, maybe a fever. No numbness.' });
    const seed = seedFrom(out);
    expect(seed.map((e) => e.id).sort()).toEqual([
      'numbness_both_legs',
      'numbness_one_leg',
      'pain_lower_back',
      'saddle_numbness',
    ]);
    expect(out.evidence.find((e) => e.id === 'fever')?.state).toBe('unknown');
  });
});
