/** A compact way to write lexicon entries: ids, patterns, the meaning relied on, then options. */
import type { FindingId } from '../../../contract/ids.ts';
import type { LexEntry } from '../types.ts';

export function e(
  ids: readonly FindingId[],
  patterns: readonly string[],
  meaning: string,
  options: Omit<LexEntry, 'ids' | 'patterns' | 'meaning'> = {},
): LexEntry {
  return { ids, patterns, meaning, ...options };
}
