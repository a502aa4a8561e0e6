/**
 * The English words of the check and the plan read at US grade 8 or below (readability.ts explains what
 * is measured and why), except the passages listed with their reasons in readability-exceptions.ts.
 */
import { describe, expect, it } from 'vitest';
import { catalog, SOURCE_LANGUAGE } from '../i18n/catalogs.ts';
import { knowledgeData } from '../knowledge/index.ts';
import {
  checkAndPlanPassages,
  gradeLevel,
  MIN_WORDS,
  plainText,
  scorePassages,
  TARGET_GRADE,
} from './readability.ts';
import { NAMED_TERMS, PASSAGE_EXCEPTIONS } from './readability-exceptions.ts';

const messages = catalog(SOURCE_LANGUAGE).messages;
const passages = checkAndPlanPassages(knowledgeData, Object.keys(messages));
const scores = scorePassages(passages, messages, NAMED_TERMS).filter((s) => s.words >= MIN_WORDS);

describe('plain language in the check and the plan', () => {
  it('measures what it says: an ICU message is read as its words, and hard text scores higher', () => {
    expect(plainText('{count, plural, one {One sign was} other {# signs were}} not asked.')).toBe(
      '3 signs were not asked.',
    );
    const none = new Set<string>();
    expect(gradeLevel(['Keep moving. Walk a bit each day. It helps.'], none)).toBeLessThan(TARGET_GRADE);
    expect(
      gradeLevel(
        [
          'Nonsteroidal anti-inflammatory pharmacotherapy necessitates individualised gastrointestinal risk stratification.',
        ],
        none,
      ),
    ).toBeGreaterThan(TARGET_GRADE);
  });

  it('every English passage of the check and the plan reads at US grade 8 or below, except the listed ones', () => {
    expect(scores.length).toBeGreaterThan(250);
    const over = scores
      .filter((s) => s.grade > TARGET_GRADE && !(s.id in PASSAGE_EXCEPTIONS))
      .map((s) => `${s.id}: grade ${s.grade.toFixed(1)}`);
    expect(over).toEqual([]);
  });

  it('every listed exception is still needed and gives a reason', () => {
    const byId = new Map(scores.map((s) => [s.id, s]));
    for (const [id, reason] of Object.entries(PASSAGE_EXCEPTIONS)) {
      expect(reason.length, id).toBeGreaterThan(30);
      expect(
        byId.get(id)?.grade ?? 0,
        `${id} now reads at grade ${TARGET_GRADE} or below: remove its exception`,
      ).toBeGreaterThan(TARGET_GRADE);
    }
  });
});
