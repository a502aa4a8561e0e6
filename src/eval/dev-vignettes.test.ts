/**
 * The development cases as a test with floors: CI fails when the engine gets worse on them.
 * The floors are the issue's acceptance bar (interview mode), not the current score, so improving the
 * engine never needs this file changed, and a regression below the bar fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../knowledge/index.ts';
import { parseCases } from './case.ts';
import { evaluate } from './evaluate.ts';

const file = new URL('../../vignettes/dev.json', import.meta.url);
const parsed = parseCases(JSON.parse(readFileSync(file, 'utf8')), 'vignettes/dev.json');
if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
const cases = parsed.value;
const kb = getKnowledge();

describe.each(['interview', 'one-shot'] as const)('dev vignettes, %s mode', (mode) => {
  const { metrics, results } = evaluate(kb, cases, mode);

  it('has no under-triage', () => {
    expect(
      results.filter((r) => r.underTriage).map((r) => `${r.id}: gold ${r.gold.join('|')}, got ${r.level}`),
    ).toEqual([]);
  });
  it('finds every emergency', () => {
    expect(metrics.emergencySensitivity).toBe(1);
  });
  it('gets the exact triage level in at least 90% of cases', () => {
    expect(metrics.triageAccuracy).toBeGreaterThanOrEqual(0.9);
  });
  it('has a gold cause in the top three in at least 90% of cases', () => {
    expect(metrics.top3).toBeGreaterThanOrEqual(0.9);
  });
  if (mode === 'interview') {
    it('asks a median of at most 15 questions', () => {
      expect(metrics.questionsMedian).toBeLessThanOrEqual(15);
    });
  }
});
