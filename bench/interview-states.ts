/**
 * Every interview state the given cases pass through, by depth (questions answered so far): the states
 * a server or the web app sees, each case answering as its simulated patient does. Shared by the Node
 * and the browser benchmarks, so both time the same states.
 */
import type { AssessmentInput } from '../src/contract/input.ts';
import { nextStep } from '../src/engine/interview.ts';
import { answer, type Case } from '../src/eval/case.ts';
import type { LoadedKnowledge } from '../src/knowledge/load.ts';

export function interviewStatesByDepth(kb: LoadedKnowledge, cases: readonly Case[]): AssessmentInput[][] {
  const byDepth: AssessmentInput[][] = [];
  for (const c of cases) {
    let input: AssessmentInput = { age: c.age, sex: c.sex, evidence: [] };
    for (let depth = 0; depth < 80; depth++) {
      const here = byDepth[depth] ?? [];
      byDepth[depth] = here;
      here.push(input);
      const s = nextStep(kb, input);
      if (s.done) break;
      input = {
        ...input,
        evidence: [...input.evidence, ...s.question.items.map((it) => answer(c, it.findingId))],
      };
    }
  }
  return byDepth;
}
