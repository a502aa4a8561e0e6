import { describe, expect, it } from 'vitest';
import { TRIAGE_LEVELS } from '../../../src/contract/ids.ts';
import { LEVEL_TITLES } from '../../../src/report/format.ts';
import { DISCLAIMER } from '../../../src/report/summary.ts';
import en from '../i18n/en.json' with { type: 'json' };

const catalog = en as Record<string, string>;

// The printed page and the PDF are the same summary: in English they must say it in the same words.
describe('visit summary wording', () => {
  it('names the triage levels as the PDF does', () => {
    for (const level of TRIAGE_LEVELS) expect(catalog[`visit.level.${level}`]).toBe(LEVEL_TITLES[level]);
  });

  it('carries the report disclaimer word for word', () => {
    expect(catalog['visit.disclaimer']).toBe(DISCLAIMER);
  });
});
