/**
 * Evaluates knowledge-base conditions against the evidence, and names the findings that made a
 * condition true so a triage reason can say which answers led to it.
 */
import type { Cond } from '../knowledge/types.ts';
import type { Evidence } from './evidence.ts';

export function holds(cond: Cond, ev: Evidence): boolean {
  if ('present' in cond) return ev.state(cond.present) === 'present';
  if ('absent' in cond) return ev.state(cond.absent) === 'absent';
  if ('notAbsent' in cond) return ev.state(cond.notAbsent) !== 'absent';
  if ('unsure' in cond) return ev.unsure(cond.unsure);
  if ('num' in cond) {
    const v = ev.value(cond.num);
    if (v === undefined) return cond.orUnknown === true && ev.state(cond.num) !== 'absent';
    return inRange(v, cond);
  }
  if ('age' in cond) return inRange(ev.age, cond.age);
  if ('sex' in cond) return ev.sex === cond.sex;
  if ('all' in cond) return cond.all.every((c) => holds(c, ev));
  if ('any' in cond) return cond.any.some((c) => holds(c, ev));
  return !holds(cond.not, ev);
}

function inRange(v: number, r: { gte?: number; gt?: number; lte?: number; lt?: number }): boolean {
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
export function witnesses(cond: Cond, ev: Evidence): string[] {
  const out = new Set<string>();
  collect(cond, ev, out);
  return [...out];
}

function collect(cond: Cond, ev: Evidence, out: Set<string>): void {
  if ('present' in cond) {
    if (ev.state(cond.present) === 'present') out.add(cond.present);
  } else if ('notAbsent' in cond) {
    if (ev.state(cond.notAbsent) === 'present') out.add(cond.notAbsent);
  } else if ('unsure' in cond) {
    if (ev.unsure(cond.unsure)) out.add(cond.unsure);
  } else if ('num' in cond) {
    if (ev.value(cond.num) !== undefined) out.add(cond.num);
  } else if ('all' in cond) {
    for (const c of cond.all) collect(c, ev, out);
  } else if ('any' in cond) {
    const first = cond.any.find((c) => holds(c, ev));
    if (first) collect(first, ev, out);
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
  if ('present' in cond) return tri(ev.state(cond.present), 'present');
  if ('absent' in cond) return tri(ev.state(cond.absent), 'absent');
  if ('notAbsent' in cond)
    return ev.state(cond.notAbsent) === 'absent'
      ? 'false'
      : ev.state(cond.notAbsent) === 'present'
        ? 'true'
        : 'unknown';
  if ('num' in cond) {
    if (ev.value(cond.num) !== undefined) return holds(cond, ev) ? 'true' : 'false';
    if (ev.state(cond.num) === 'absent') return 'false';
    return 'unknown';
  }
  if ('age' in cond || 'sex' in cond || 'unsure' in cond) return holds(cond, ev) ? 'true' : 'false';
  if ('all' in cond) {
    let out: Truth = 'true';
    for (const c of cond.all) {
      const t = truth(c, ev);
      if (t === 'false') return 'false';
      if (t === 'unknown') out = 'unknown';
    }
    return out;
  }
  if ('any' in cond) {
    let out: Truth = 'false';
    for (const c of cond.any) {
      const t = truth(c, ev);
      if (t === 'true') return 'true';
      if (t === 'unknown') out = 'unknown';
    }
    return out;
  }
  const t = truth(cond.not, ev);
  return t === 'unknown' ? 'unknown' : t === 'true' ? 'false' : 'true';
}
