/**
 * Whether a knowledge-base condition holds for an Evidence, for code and tests that hold one. The
 * engine itself calls the compiled closures (compiled/conditions.ts) on the facts directly.
 */
import type { Cond } from '../knowledge/types.ts';
import { compileCond } from './compiled/conditions.ts';
import { type Evidence, factsOf } from './evidence.ts';

export function holds(cond: Cond, ev: Evidence): boolean {
  return compileCond(cond).holds(factsOf(ev));
}
