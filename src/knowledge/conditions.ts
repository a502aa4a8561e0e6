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

/** Every finding id a condition mentions, with whether it is mentioned positively, negatively or both. */
export function mentions(
  cond: Cond,
  negated = false,
  out = new Map<string, Set<'pos' | 'neg'>>(),
): Map<string, Set<'pos' | 'neg'>> {
  const add = (id: string, sign: 'pos' | 'neg') => {
    const s = out.get(id) ?? new Set();
    s.add(sign);
    out.set(id, s);
  };
  if ('present' in cond || 'notAbsent' in cond || 'unsure' in cond) {
    add(
      'present' in cond ? cond.present : 'notAbsent' in cond ? cond.notAbsent : cond.unsure,
      negated ? 'neg' : 'pos',
    );
  } else if ('absent' in cond) {
    add(cond.absent, negated ? 'pos' : 'neg');
  } else if ('num' in cond) {
    add(cond.num, negated ? 'neg' : 'pos');
  } else if ('all' in cond) {
    for (const c of cond.all) mentions(c, negated, out);
  } else if ('any' in cond) {
    for (const c of cond.any) mentions(c, negated, out);
  } else if ('not' in cond) {
    mentions(cond.not, !negated, out);
  }
  return out;
}
