/**
 * One whole assessment from validated input: triage first, then the likely causes, then the plan.
 */
import type { AssessmentInput } from '../contract/input.ts';
import type { Assessment } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { differential } from './differential.ts';
import { toEvidence } from './evidence.ts';
import { buildPlan } from './plan.ts';
import { triage } from './triage.ts';

export function assess(kb: LoadedKnowledge, input: AssessmentInput): Assessment {
  const ev = toEvidence(input, kb.findings);
  const tri = triage(kb, ev);
  return {
    triage: tri,
    causes: differential(kb, ev),
    plan: buildPlan(kb, ev, tri),
    knowledgeVersion: kb.version,
  };
}
