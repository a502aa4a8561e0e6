/**
 * Knowledge-base conditions against an Evidence, for code and tests that hold one: whether a condition
 * holds, its three-valued truth, and the findings that made it true. The engine itself calls the
 * compiled closures (compiled/conditions.ts) on the facts directly.
 */
import type { FindingId } from '../contract/ids.generated.ts';
import type { Cond } from '../knowledge/types.ts';
import { compileCond, FALSE, TRUE, witnessIds } from './compiled/conditions.ts';
import { type Evidence, factsOf } from './evidence.ts';

export function holds(cond: Cond, ev: Evidence): boolean {
  return compileCond(cond).holds(factsOf(ev));
}

/**
 * The findings that made a true condition true: present findings and known numbers under `all`
 * and the first true branch of `any`. Negated parts are not named (they are the absence of something).
 */
export function witnesses(cond: Cond, ev: Evidence): FindingId[] {
  return witnessIds(compileCond(cond), factsOf(ev));
}

export type Truth = 'true' | 'false' | 'unknown';

/**
 * Three-valued (Kleene) evaluation: `unknown` when the answer depends on findings not yet known.
 * Used to tell a question that cannot apply (its condition is already false) from one not yet decided.
 */
export function truth(cond: Cond, ev: Evidence): Truth {
  const t = compileCond(cond).truth(factsOf(ev));
  return t === TRUE ? 'true' : t === FALSE ? 'false' : 'unknown';
}
