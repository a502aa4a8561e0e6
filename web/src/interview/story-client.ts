/**
 * The story parser in the browser: the same pure core as `backease parse` and POST /api/v1/parse, with
 * the English lexicon. Loaded only when the person asks for their story to be read (a chunk of its own,
 * precached by the service worker, so it works offline and the first screen does not grow).
 */
import type { Sex } from '../../../src/contract/ids.ts';
import { getKnowledge } from '../../../src/knowledge/index.ts';
import { parseStory } from '../../../src/parse/index.ts';
import { type Chip, chipsOf, warningSigns } from '../../../src/parse/seed.ts';

/** The chips of a story: what it says is there or not, with the words that say so. */
export function readStory(text: string, age: number, sex: Sex, today: string): Chip[] {
  const parsed = parseStory({ text, age, sex, today });
  return chipsOf(parsed.evidence, warningSigns(getKnowledge()));
}
