/**
 * The red-team cases (src/eval/testing/redteam.json): 50 cases written from research/clinical.md on
 * what dev.json and extra.json cover thinly (a red flag inside a benign story, the elderly, pregnancy,
 * blood thinners with a fall, past cancer, fever with injecting drugs or a weak immune system, aneurysm
 * risk, incomplete cauda equina, medicines and minerals…). Under-triage is the worst error, so the
 * floor is none at all, in both modes and from the story; emergencies must all be found. Like
 * vignettes.test.ts, the cause floors are the bar, not today's score.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developerText } from '../contract/errors.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { parseStory } from '../parse/index.ts';
import { parseCases } from './case.ts';
import { evaluate } from './evaluate.ts';
import { evaluateText } from './text.ts';

const kb = getKnowledge();

const cases = (() => {
  const parsed = parseCases(
    JSON.parse(readFileSync(new URL('./testing/redteam.json', import.meta.url), 'utf8')),
    'src/eval/testing/redteam.json',
  );
  if (!parsed.ok) throw new Error(parsed.issues.map(developerText).join('\n'));
  return parsed.value;
})();

describe.each(['one-shot', 'interview'] as const)('red-team cases, %s mode', (mode) => {
  const { metrics, results } = evaluate(kb, cases, mode);

  it('has no under-triage', () => {
    expect(
      results.filter((r) => r.underTriage).map((r) => `${r.id}: gold ${r.gold.join('|')}, got ${r.level}`),
    ).toEqual([]);
  });
  it('finds every emergency', () => {
    expect(metrics.emergencySensitivity).toBe(1);
  });
  it('has a gold cause in the top three in at least 95% of cases', () => {
    expect(metrics.top3).toBeGreaterThanOrEqual(0.95);
  });
});

describe('red-team cases, from the story', () => {
  const { results } = evaluateText(kb, cases, (input) => parseStory(input));

  it('reads every case', () => {
    expect(results.length).toBe(cases.length);
  });
  it('has no under-triage when the interview starts from the story', () => {
    expect(
      results
        .filter((r) => r.seeded.underTriage)
        .map((r) => `${r.id}: gold ${r.seeded.gold.join('|')}, got ${r.seeded.level}`),
    ).toEqual([]);
  });
});
