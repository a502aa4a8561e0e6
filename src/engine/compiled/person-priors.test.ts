/**
 * The table of priors per kind of person against each cause's own prior for that person: every age
 * from 0 to 120 in steps of a quarter year (so every threshold and both sides of it), both sexes, and
 * random ages; the same to the last bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEXES } from '../../contract/ids.ts';
import { getKnowledge } from '../../knowledge/index.ts';
import { causeProgram, logPriorOf } from './cause-program.ts';
import { answersOf } from './facts.ts';
import { ageCell, personRow, readsOnlyPerson } from './person-priors.ts';

const p = causeProgram(getKnowledge());
const { inTable, logPrior, thresholds } = p.personPriors;

function agrees(age: number, sex: (typeof SEXES)[number]): void {
  const f = answersOf({ age, sex, evidence: [] });
  const row = personRow(p.personPriors, f);
  p.causes.forEach((c, ci) => {
    if (inTable[ci] === 1)
      expect(logPrior[row + ci], `${c.cause.id} at ${age}, ${sex}`).toBe(logPriorOf(c, f));
  });
}

describe('person priors', () => {
  it('holds every cause whose modifiers read only age and sex, and only those', () => {
    p.causes.forEach((c, ci) => {
      const personOnly = (c.cause.prior.modifiers ?? []).every((m) => readsOnlyPerson(m.when));
      expect(inTable[ci]).toBe(personOnly ? 1 : 0);
    });
  });

  it('gives each cause its own prior at every quarter year and both sexes', () => {
    for (const sex of SEXES) for (let q = 0; q <= 480; q++) agrees(q / 4, sex);
  });

  it('gives each cause its own prior at random ages', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 120, noNaN: true }), fc.constantFrom(...SEXES), (age, sex) => {
        agrees(age, sex);
      }),
    );
  });

  it('puts a threshold in a cell of its own, between the cells either side of it', () => {
    const t = thresholds[0] as number;
    expect(ageCell(thresholds, t - 0.5)).toBe(0);
    expect(ageCell(thresholds, t)).toBe(1);
    expect(ageCell(thresholds, t + 1e-9)).toBe(2);
  });
});
