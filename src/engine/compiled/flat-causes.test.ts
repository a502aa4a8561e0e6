/**
 * Scoring every cause in one pass (flat-causes.ts) against scoring each on its own (causeScore): the
 * same sums to the last bit, for every dev and extra case and for number answers in every band.
 */
import { describe, expect, it } from 'vitest';
import { fullInput } from '../../eval/case.ts';
import { getKnowledge } from '../../knowledge/index.ts';
import { readCaseFiles } from '../testing/golden-files.ts';
import { causeProgram, causeScore, logPriorOf } from './cause-program.ts';
import { answersOf } from './facts.ts';
import { flatCausesOf, scoreAllMarking } from './flat-causes.ts';

const p = causeProgram(getKnowledge());

describe('flat scoring', () => {
  it('gives every cause the score causeScore gives it, to the last bit', () => {
    const inputs = readCaseFiles().flatMap(({ cases }) => cases.map(fullInput));
    for (const value of [0, 3, 6, 8, 10, 14, 30, 90])
      for (const id of ['pain_severity', 'duration_days'] as const)
        inputs.push({ age: 50, sex: 'male', evidence: [{ id, state: 'present', value }] });
    const scores = new Float64Array(p.causes.length);
    const marks = new Int32Array(p.markWords);
    // A weight per cause, as fired rules would add.
    const weight = (ci: number) => (ci % 3) / 7;
    for (const input of inputs) {
      const f = answersOf(input);
      const first = Float64Array.from(p.causes, (c, ci) => logPriorOf(c, f) + weight(ci));
      scoreAllMarking(p.causes, flatCausesOf(p), f, first, scores, marks);
      expect([...scores]).toEqual(p.causes.map((c, ci) => causeScore(c, f, weight(ci))));
    }
  });
});
