/**
 * The knowledge base, validated once on first use. Every surface gets it from here.
 */
import { developerText } from '../contract/errors.ts';
import { advice } from './advice.ts';
import { causes } from './causes.ts';
import { findings } from './findings.ts';
import { type LoadedKnowledge, loadKnowledge } from './load.ts';
import { questions } from './questions.ts';
import { safetyNet } from './safety-net.ts';
import { safetyRules } from './safety-rules.ts';
import { seedClaims } from './seed-claims.ts';
import { sources } from './sources.ts';
import { SUSPECT_RATIO, triageRules } from './triage-rules.ts';
import type { Knowledge } from './types.ts';

export const KNOWLEDGE_VERSION = '2026-11-28.1';

export const knowledgeData: Knowledge = {
  version: KNOWLEDGE_VERSION,
  sources,
  findings,
  questions,
  triageRules,
  causes,
  advice,
  seedClaims,
  safetyRules,
  safetyNet,
  suspectRatio: SUSPECT_RATIO,
};

let cached: LoadedKnowledge | undefined;

/** The validated knowledge base; throws naming the bad entry if the data is inconsistent. */
export function getKnowledge(): LoadedKnowledge {
  if (!cached) {
    const r = loadKnowledge(knowledgeData);
    if (!r.ok)
      throw new Error(
        `Knowledge base is invalid:\n${r.issues.map((i) => `- ${developerText(i)}`).join('\n')}`,
      );
    cached = r.value;
  }
  return cached;
}

export type { LoadedKnowledge } from './load.ts';
