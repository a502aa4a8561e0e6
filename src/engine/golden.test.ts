/**
 * The engine against its golden record (src/engine/testing/golden.json): for every dev and extra case,
 * the one-shot assessment and every interview state the simulated patient passes through give the same
 * level, service, reasons, unanswered signs, cause order, probabilities (to 1e-9), plan, and next
 * question as when the record was made. Each state is rebuilt from the record's own questions, so one
 * changed step is reported alone. If this fails after a change that was meant to change outputs, see
 * golden-record.ts for when regenerating is legitimate.
 */
import { describe, expect, it } from 'vitest';
import { type Case, fullInput } from '../eval/case.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { assess } from './assess.ts';
import { nextStep } from './interview.ts';
import { readCaseFiles, readGolden } from './testing/golden-files.ts';
import {
  answered,
  type GoldenAssessment,
  goldenAssessment,
  goldenStep,
  startOf,
} from './testing/golden-record.ts';

const kb = getKnowledge();
const golden = readGolden();
const cases = new Map<string, Case>(
  readCaseFiles().flatMap(({ file, cases }) => cases.map((c) => [`${file}/${c.id}`, c] as const)),
);

const TOLERANCE = 1e-9;

/** The differences between two assessments: exact everywhere but the probabilities. */
function differences(got: GoldenAssessment, want: GoldenAssessment): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ['level', 'service', 'reasons', 'unanswered', 'actions', 'withheld'] as const)
    if (!same(got[key], want[key]))
      out.push(`${key}: ${JSON.stringify(got[key])} ≠ ${JSON.stringify(want[key])}`);
  const order = (a: GoldenAssessment) => a.causes.map(([id]) => id);
  if (!same(order(got), order(want))) out.push(`cause order: ${order(got)} ≠ ${order(want)}`);
  want.causes.forEach(([id, p], i) => {
    const q = got.causes[i]?.[1];
    if (q === undefined || !(Math.abs(q - p) <= TOLERANCE)) out.push(`p(${id}): ${q} ≠ ${p}`);
  });
  return out;
}

describe('the golden record', () => {
  it('covers every dev and extra case, with their interviews', () => {
    expect(golden.knowledgeVersion).toBe(kb.version);
    expect(golden.cases.map((c) => `${c.file}/${c.id}`).sort()).toEqual([...cases.keys()].sort());
    for (const c of golden.cases) expect('done' in (c.steps.at(-1) ?? {}), c.id).toBe(true);
  });
});

describe.each(golden.cases)('golden: $file/$id', (g) => {
  const c = cases.get(`${g.file}/${g.id}`) as Case;

  it('one-shot assessment', () => {
    expect(differences(goldenAssessment(assess(kb, fullInput(c))), g.oneShot)).toEqual([]);
  });

  it('every interview state', () => {
    const problems: string[] = [];
    let input = startOf(c);
    g.steps.forEach((want, k) => {
      const got = goldenStep(nextStep(kb, input));
      if ('q' in want) {
        if (JSON.stringify(got) !== JSON.stringify(want))
          problems.push(`step ${k}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
        input = answered(c, input, want.q);
      } else if (!('done' in got))
        problems.push(`step ${k}: asked ${JSON.stringify(got)}, expected the result`);
      else problems.push(...differences(got.done, want.done).map((d) => `step ${k} (result): ${d}`));
    });
    expect(problems).toEqual([]);
  });
});
