/**
 * One whole assessment from validated input: triage first, then the likely causes, then the plan.
 * The evidence is built once and read by all three, and the triage rules are checked once.
 */
import type { AssessmentInput } from '../contract/input.ts';
import type { Assessment } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { answersInto, type Facts, scratchFacts } from './compiled/facts.ts';
import { askIfsOf, settle } from './compiled/implied-absences.ts';
import { firedRuleMask, triageProgram } from './compiled/triage-program.ts';
import { differentialOfFacts } from './differential.ts';
import { planOfFacts } from './plan.ts';
import { triageOfFacts } from './triage.ts';

export function assess(kb: LoadedKnowledge, input: AssessmentInput): Assessment {
  const f = answersInto(SCRATCH, input);
  settle(f, askIfsOf(kb.findings));
  return assessFacts(kb, f);
}

// The facts of the assessment at hand. Assessing is synchronous and its answer keeps nothing of its
// facts, so one set serves every call (no buffer to allocate and collect per call).
const SCRATCH = scratchFacts();

/** The assessment of facts already settled (the interview has them when it finishes). */
export function assessFacts(kb: LoadedKnowledge, f: Facts): Assessment {
  // Which triage rules fire is worked out once: the triage gives their reasons, the differential
  // weighs the causes they suspect.
  const fired = firedRuleMask(triageProgram(kb.triageRules), f);
  const tri = triageOfFacts(kb, f, fired);
  return {
    triage: tri,
    causes: differentialOfFacts(kb, f, fired),
    plan: planOfFacts(kb, f, tri),
    knowledgeVersion: kb.version,
  };
}
