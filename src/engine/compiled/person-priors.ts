/**
 * The causes' priors for a person, worked out once per kind of person rather than per call. Every prior
 * modifier of the knowledge base reads only age and sex, so a cause's prior depends on the person only
 * through which side of each age threshold they are on and their sex: ages are split into cells at the
 * thresholds (each threshold a cell of its own, since bounds may include it or not), and the log prior
 * of each such cause is taken for every cell and sex when the causes are compiled. Scoring then reads
 * one entry per cause instead of checking each modifier (about 26 conditions per assessment).
 *
 * The entries are the causes' own `logPriorOf` at a representative age of the cell, so they are the same
 * to the last bit. A cause with a modifier that reads a finding is not in the table (`inTable` 0).
 */
import { SEXES, type Sex } from '../../contract/ids.ts';
import type { Cond } from '../../knowledge/types.ts';
import type { Facts } from './facts.ts';

export interface PersonPriors {
  /** The distinct age thresholds of the modifiers, ascending. */
  readonly thresholds: Float64Array;
  /** 1 for the causes whose prior is in the table. */
  readonly inTable: Uint8Array;
  /** Entry (sex × cells + cell) × causes + cause: the cause's log prior (0 when not in the table). */
  readonly logPrior: Float64Array;
}

/** Whether a condition reads only the person's age and sex. */
export function readsOnlyPerson(cond: Cond): boolean {
  switch (cond.op) {
    case 'age':
    case 'sex':
      return true;
    case 'all':
    case 'any':
      return cond.of.every(readsOnlyPerson);
    case 'not':
      return readsOnlyPerson(cond.cond);
    default:
      return false;
  }
}

function thresholdsOf(cond: Cond, out: Set<number>): void {
  if (cond.op === 'age') {
    for (const t of [cond.gte, cond.lt]) if (t !== undefined) out.add(t);
  } else if (cond.op === 'all' || cond.op === 'any') for (const c of cond.of) thresholdsOf(c, out);
  else if (cond.op === 'not') thresholdsOf(cond.cond, out);
}

/**
 * The cell of an age: 2k for the ages between the k-th threshold and the one before it (k thresholds
 * below), 2k + 1 for the k-th threshold itself.
 */
export function ageCell(thresholds: Float64Array, age: number): number {
  let k = 0;
  while (k < thresholds.length && (thresholds[k] as number) < age) k++;
  return k < thresholds.length && thresholds[k] === age ? 2 * k + 1 : 2 * k;
}

/** An age in the cell (any age in it meets the same conditions). */
function ageIn(thresholds: Float64Array, cell: number): number {
  const k = cell >> 1;
  if (cell % 2 === 1) return thresholds[k] as number;
  const below = k > 0 ? (thresholds[k - 1] as number) : undefined;
  const above = k < thresholds.length ? (thresholds[k] as number) : undefined;
  if (below === undefined) return above === undefined ? 0 : above - 1;
  return above === undefined ? below + 1 : (below + above) / 2;
}

/**
 * The table for causes with these modifiers. `logPriorOf` is the cause's own scoring of its prior for
 * the facts, called here once per cell and sex with facts that only carry the age and sex.
 */
export function personPriors(
  modifiers: readonly (readonly { readonly when: Cond }[])[],
  logPriorOf: (cause: number, f: Facts) => number,
  blank: (age: number, sex: Sex) => Facts,
): PersonPriors {
  const inTable = Uint8Array.from(modifiers, (ms) => (ms.every((m) => readsOnlyPerson(m.when)) ? 1 : 0));
  const found = new Set<number>();
  modifiers.forEach((ms, ci) => {
    if (inTable[ci] === 1) for (const m of ms) thresholdsOf(m.when, found);
  });
  const thresholds = Float64Array.from([...found].sort((a, b) => a - b));
  const cells = 2 * thresholds.length + 1;
  const n = modifiers.length;
  const logPrior = new Float64Array(SEXES.length * cells * n);
  SEXES.forEach((sex, s) => {
    for (let cell = 0; cell < cells; cell++) {
      const f = blank(ageIn(thresholds, cell), sex);
      for (let ci = 0; ci < n; ci++)
        if (inTable[ci] === 1) logPrior[(s * cells + cell) * n + ci] = logPriorOf(ci, f);
    }
  });
  return { thresholds, inTable, logPrior };
}

/** Where this person's row of the table starts. */
export function personRow(p: PersonPriors, f: Facts): number {
  const cells = 2 * p.thresholds.length + 1;
  return (SEXES.indexOf(f.sex) * cells + ageCell(p.thresholds, f.age)) * p.inTable.length;
}
