/**
 * Every finding the engine knows (the contract's and its own) numbered once, so evidence is a few
 * typed arrays indexed by finding rather than maps keyed by strings. The numbering is the order of
 * ALL_FINDINGS and is fixed for the life of the process; nothing outside src/engine/compiled sees it.
 */
import { ALL_FINDINGS, type FindingId, NUMBER_FINDINGS } from '../../contract/ids.ts';

export const FINDING_COUNT = ALL_FINDINGS.length;

const INDEX: ReadonlyMap<string, number> = new Map(ALL_FINDINGS.map((f, i) => [f.id, i]));
const IDS: readonly FindingId[] = ALL_FINDINGS.map((f) => f.id as FindingId);

/** The index of a finding id, or -1 for an id the engine does not know (it can then mean nothing). */
export function findingIndex(id: string): number {
  return INDEX.get(id) ?? -1;
}

export function findingAt(index: number): FindingId {
  return IDS[index] as FindingId;
}

/** The index of a known finding id (a knowledge-base id, checked when the knowledge base loads). */
export function indexOfKnown(id: string): number {
  const i = INDEX.get(id);
  if (i === undefined) throw new Error(`The knowledge base names the unknown finding "${id}".`);
  return i;
}

export const DURATION = indexOfKnown('duration_days');
export const PAIN = indexOfKnown('pain_severity');

export function isNumberFinding(id: string): boolean {
  return id in NUMBER_FINDINGS;
}
