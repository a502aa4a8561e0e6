/**
 * Small builders that keep the rule tables readable: `p('fever')` is "fever is present".
 */
import type { NumberFindingId } from '../contract/ids.ts';
import type { Cond } from './types.ts';

export const p = (id: string): Cond => ({ present: id });
export const no = (id: string): Cond => ({ absent: id });
export const maybe = (id: string): Cond => ({ notAbsent: id });
export const unsure = (id: string): Cond => ({ unsure: id });
export const all = (...conds: Cond[]): Cond => ({ all: conds });
export const any = (...conds: Cond[]): Cond => ({ any: conds });
export const not = (cond: Cond): Cond => ({ not: cond });
export const anyOf = (...ids: string[]): Cond => ({ any: ids.map(p) });
export const num = (
  id: NumberFindingId,
  range: { gte?: number; gt?: number; lte?: number; lt?: number; orUnknown?: boolean },
): Cond => ({ num: id, ...range });
export const age = (range: { gte?: number; lt?: number }): Cond => ({ age: range });

/** At least `k` of the conditions hold. */
export function atLeast(k: number, conds: readonly Cond[]): Cond {
  if (k <= 0) return all();
  if (k > conds.length) return any();
  if (k === 1) return { any: conds };
  const [head, ...rest] = conds as [Cond, ...Cond[]];
  return any(all(head, atLeast(k - 1, rest)), atLeast(k, rest));
}
