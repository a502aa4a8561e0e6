/**
 * Small builders that keep the rule tables readable: `p('fever')` is "fever is present".
 */
import type { FindingId } from '../contract/ids.generated.ts';
import type { NumberFindingId, Sex } from '../contract/ids.ts';
import { type Cond, type NumRange, unreachable } from './types.ts';

export const p = (id: FindingId): Cond => ({ op: 'present', id });
export const no = (id: FindingId): Cond => ({ op: 'absent', id });
export const maybe = (id: FindingId): Cond => ({ op: 'notAbsent', id });
export const unsure = (id: FindingId): Cond => ({ op: 'unsure', id });
export const all = (...conds: Cond[]): Cond => ({ op: 'all', of: conds });
export const any = (...conds: Cond[]): Cond => ({ op: 'any', of: conds });
export const not = (cond: Cond): Cond => ({ op: 'not', cond });
export const anyOf = (...ids: FindingId[]): Cond => ({ op: 'any', of: ids.map(p) });
export const num = (id: NumberFindingId, range: NumRange & { orUnknown?: boolean }): Cond => ({
  op: 'num',
  id,
  ...range,
});
export const age = (range: { gte?: number; lt?: number }): Cond => ({ op: 'age', ...range });
export const sex = (s: Sex): Cond => ({ op: 'sex', sex: s });

/** At least `k` of the conditions hold. */
export function atLeast(k: number, conds: readonly Cond[]): Cond {
  if (k <= 0) return all();
  if (k > conds.length) return any();
  if (k === 1) return { op: 'any', of: conds };
  const [head, ...rest] = conds as [Cond, ...Cond[]];
  return any(all(head, atLeast(k - 1, rest)), atLeast(k, rest));
}

/** Every finding id a condition mentions, with whether it is mentioned positively, negatively or both. */
export function mentions(
  cond: Cond,
  negated = false,
  out = new Map<FindingId, Set<'pos' | 'neg'>>(),
): Map<FindingId, Set<'pos' | 'neg'>> {
  const add = (id: FindingId, sign: 'pos' | 'neg') => {
    const s = out.get(id) ?? new Set();
    s.add(sign);
    out.set(id, s);
  };
  switch (cond.op) {
    case 'present':
    case 'notAbsent':
    case 'unsure':
      add(cond.id, negated ? 'neg' : 'pos');
      break;
    case 'absent':
      add(cond.id, negated ? 'pos' : 'neg');
      break;
    case 'num':
      add(cond.id, negated ? 'neg' : 'pos');
      break;
    case 'all':
    case 'any':
      for (const c of cond.of) mentions(c, negated, out);
      break;
    case 'not':
      mentions(cond.cond, !negated, out);
      break;
    case 'age':
    case 'sex':
      break;
    default:
      unreachable(cond);
  }
  return out;
}

/** Calls `visit` on a condition and every condition inside it. */
export function walkCond(cond: Cond, visit: (c: Cond) => void): void {
  visit(cond);
  switch (cond.op) {
    case 'all':
    case 'any':
      for (const c of cond.of) walkCond(c, visit);
      break;
    case 'not':
      walkCond(cond.cond, visit);
      break;
    case 'present':
    case 'absent':
    case 'notAbsent':
    case 'unsure':
    case 'num':
    case 'age':
    case 'sex':
      break;
    default:
      unreachable(cond);
  }
}
