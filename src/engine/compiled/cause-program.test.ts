/**
 * The compiled bands of number findings against the knowledge base's bands read the plain way: the
 * first band whose bounds hold, for values on both sides of every bound and the infinities.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../../knowledge/index.ts';
import type { NumberBand } from '../../knowledge/types.ts';
import { bandAt, causeProgram } from './cause-program.ts';
import { answersOf } from './facts.ts';
import { findingAt } from './finding-index.ts';

const p = causeProgram(getKnowledge());

const plainBand = (bands: readonly NumberBand[], v: number) =>
  bands.findIndex((b) => (b.gte === undefined || v >= b.gte) && (b.lt === undefined || v < b.lt));

describe('compiled bands', () => {
  it('place every value in the band the plain reading gives', () => {
    const checked: string[] = [];
    const plain: string[] = [];
    for (const c of p.causes)
      for (const k of c.bandPositions) {
        const bands = c.bands[k] as readonly NumberBand[];
        const bounds = bands.flatMap((b) => [b.gte, b.lt]).filter((x): x is number => x !== undefined);
        const values = [
          Number.NEGATIVE_INFINITY,
          Number.POSITIVE_INFINITY,
          -1,
          0,
          ...bounds.flatMap((x) => [x - 0.5, x, x + 0.5]),
        ];
        for (const v of values) {
          const id = findingAt(c.finding[k] as number);
          const f = answersOf({ age: 40, sex: 'female', evidence: [{ id, state: 'present', value: v }] });
          checked.push(`${c.cause.id} ${id} ${v}: ${bandAt(c, k, f)}`);
          plain.push(`${c.cause.id} ${id} ${v}: ${plainBand(bands, v)}`);
        }
      }
    expect(checked.length).toBeGreaterThan(0);
    expect(checked).toEqual(plain);
  });
});
