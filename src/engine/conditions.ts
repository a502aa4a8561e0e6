/**
 * Evaluates knowledge-base conditions against the evidence, and names the findings that made a
 * condition true so a triage reason can say which answers led to it.
 */
import type { FindingId } from '../contract/ids.generated.ts';
import { type Cond, type NumRange, unreachable } from '../knowledge/types.ts';
import type { Evidence } from './evidence.ts';

export function holds(cond: Cond, ev: Evidence): boolean {
  switch (cond.op) {
    case 'present':
      return ev.state(cond.id) === 'present';
    case 'absent':
      return ev.state(cond.id) === 'absent';
    case 'notAbsent':
      return ev.state(cond.id) !== 'absent';
    case 'unsure':
      return ev.unsure(cond.id);
    case 'num': {
      const v = ev.value(cond.id);
      if (v === undefined) return cond.orUnknown === true && ev.state(cond.id) !== 'absent';
      return inRange(v, cond);
    }
    case 'age':
      return inRange(ev.age, cond);
    case 'sex':
      return ev.sex === cond.sex;
    case 'all':
      return cond.of.every((c) => holds(c, ev));
    case 'any':
      return cond.of.some((c) => holds(c, ev));
    case 'not':
      return !holds(cond.cond, ev);
    default:
      return unreachable(cond);
  }
}

function inRange(v: number, r: NumRange): boolean {
  if (r.gte !== undefined && !(v >= r.gte)) return false;
  if (r.gt !== undefined && !(v > r.gt)) return false;
  if (r.lte !== undefined && !(v <= r.lte)) return false;
  if (r.lt !== undefined && !(v < r.lt)) return false;
  return true;
}

/**
 * The findings that made a true condition true: present findings and known numbers under `all`
 * and the first true branch of `any`. Negated parts are not named (they are the absence of something).
 */
export function witnesses(cond: Cond, ev: Evidence): FindingId[] {
  const out = new Set<FindingId>();
  collect(cond, ev, out);
  return [...out];
}

function collect(cond: Cond, ev: Evidence, out: Set<FindingId>): void {
  switch (cond.op) {
    case 'present':
    case 'notAbsent':
      if (ev.state(cond.id) === 'present') out.add(cond.id);
      return;
    case 'unsure':
      if (ev.unsure(cond.id)) out.add(cond.id);
      return;
    case 'num':
      if (ev.value(cond.id) !== undefined) out.add(cond.id);
      return;
    case 'all':
      for (const c of cond.of) collect(c, ev, out);
      return;
    case 'any': {
      const first = cond.of.find((c) => holds(c, ev));
      if (first) collect(first, ev, out);
      return;
    }
    case 'absent':
    case 'age':
    case 'sex':
    case 'not':
      return;
    default:
      unreachable(cond);
  }
}

export type Truth = 'true' | 'false' | 'unknown';

/**
 * Three-valued (Kleene) evaluation: `unknown` when the answer depends on findings not yet known.
 * Used to tell a question that cannot apply (its condition is already false) from one not yet decided.
 */
export function truth(cond: Cond, ev: Evidence): Truth {
  const tri = (s: 'present' | 'absent' | 'unknown', want: 'present' | 'absent'): Truth =>
    s === 'unknown' ? 'unknown' : s === want ? 'true' : 'false';
  switch (cond.op) {
    case 'present':
      return tri(ev.state(cond.id), 'present');
    case 'absent':
      return tri(ev.state(cond.id), 'absent');
    case 'notAbsent': {
      const s = ev.state(cond.id);
      return s === 'absent' ? 'false' : s === 'present' ? 'true' : 'unknown';
    }
    case 'num':
      if (ev.value(cond.id) !== undefined) return holds(cond, ev) ? 'true' : 'false';
      if (ev.state(cond.id) === 'absent') return 'false';
      return 'unknown';
    case 'age':
    case 'sex':
    case 'unsure':
      return holds(cond, ev) ? 'true' : 'false';
    case 'all': {
      let out: Truth = 'true';
      for (const c of cond.of) {
        const t = truth(c, ev);
        if (t === 'false') return 'false';
        if (t === 'unknown') out = 'unknown';
      }
      return out;
    }
    case 'any': {
      let out: Truth = 'false';
      for (const c of cond.of) {
        const t = truth(c, ev);
        if (t === 'true') return 'true';
        if (t === 'unknown') out = 'unknown';
      }
      return out;
    }
    case 'not': {
      const t = truth(cond.cond, ev);
      return t === 'unknown' ? 'unknown' : t === 'true' ? 'false' : 'true';
    }
    default:
      return unreachable(cond);
  }
}
