/**
 * The story parser's floors (issue 11) in Spanish and Arabic, on the dev cases translated by the team
 * (src/eval/testing/dev.es.json and dev.ar.json: the same findings as vignettes/dev.json, the stories
 * retold in lay and clinical wording): precision >= 90% and recall >= 85% of present findings,
 * warning-sign recall >= 97%, no wrong absent, and no under-triage in the seeded interview. The
 * lexicons were written with these texts in view, so this holds the floor, not an estimate of unseen
 * text (docs/parse.md, "How well it reads").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developerText } from '../contract/errors.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { parseStory } from '../parse/index.ts';
import { parseCases } from './case.ts';
import { evaluateText } from './text.ts';

const kb = getKnowledge();

function cases(lang: string) {
  const file = `testing/dev.${lang}.json`;
  const parsed = parseCases(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')), file);
  if (!parsed.ok) throw new Error(parsed.issues.map(developerText).join('\n'));
  return parsed.value;
}

describe.each(['es', 'ar'])('the parser in %s on the translated dev cases', (lang) => {
  const all = cases(lang);
  const { metrics, results } = evaluateText(kb, all, (input) => parseStory(input, lang));

  it('holds the same cases and findings as vignettes/dev.json', () => {
    const dev = JSON.parse(readFileSync(new URL('../../vignettes/dev.json', import.meta.url), 'utf8')) as {
      id: string;
      present: string[];
    }[];
    const gold = new Map(dev.map((c) => [c.id, c.present]));
    expect(all.length).toBeGreaterThanOrEqual(30);
    for (const c of all) expect(c.present, c.id).toEqual(gold.get(c.id));
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
    expect(results.filter((r) => r.seeded.underTriage).map((r) => r.id)).toEqual([]);
  });
});

/**
 * Twelve extra cases per language, translated after the lexicons were written and scored once before
 * any change (docs/parse.md gives that first score). Their recall is below the floor, as unseen text is
 * expected to be; what is held here is what must never slip: no present finding read as absent, and no
 * under-triage when the interview starts from the story.
 */
describe.each(['es', 'ar'])('the parser in %s on held-out translated extra cases', (lang) => {
  const file = `testing/extra-heldout.${lang}.json`;
  const parsed = parseCases(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')), file);
  if (!parsed.ok) throw new Error(parsed.issues.map(developerText).join('\n'));
  const { results } = evaluateText(kb, parsed.value, (input) => parseStory(input, lang));

  it('never reads a present finding as absent', () => {
    expect(
      results.filter((r) => r.wrongAbsents.length > 0).map((r) => `${r.id}: ${r.wrongAbsents.join(', ')}`),
    ).toEqual([]);
  });
  it('has no under-triage when the interview starts from the story', () => {
    expect(results.filter((r) => r.seeded.underTriage).map((r) => r.id)).toEqual([]);
  });
});
