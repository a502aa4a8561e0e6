/**
 * Knowledge-base conditions compiled once into closures over finding indexes: whether a condition
 * holds, its three-valued truth, and the findings that made it true (its witnesses, for reasons and
 * withholdings). Each Cond object is compiled once and cached, so the triage rules, the safety rules,
 * the cause priors and the questions all share one compiled form.
 *
 * The semantics are the knowledge base's (types.ts): unknown is neither present nor absent; a number
 * with no value is unknown unless the person said it is absent.
 */
import type { FindingId } from '../../contract/ids.ts';
import { type Cond, type NumRange, unreachable } from '../../knowledge/types.ts';
import { ABSENT, type Facts, PRESENT } from './facts.ts';
import { findingAt, indexOfKnown } from './finding-index.ts';

export const FALSE = 0;
export const TRUE = 1;
/** Depends on findings not known yet. */
export const MAYBE = 2;
export type Truth3 = typeof FALSE | typeof TRUE | typeof MAYBE;

export interface CompiledCond {
  readonly holds: (f: Facts) => boolean;
  /**
   * Findings one of which must be present for the condition to hold (empty when there is no such
   * list). Most conditions name warning signs or medicines that most people do not have: `holds`
   * (the function below) reads those few entries before calling the closure.
   */
  readonly gate: Int32Array;
  readonly truth: (f: Facts) => Truth3;
  /** Adds the indexes of the findings that made a true condition true to `out`, each once, in order. */
  readonly witness: (f: Facts, out: number[]) => void;
  /** The condition as data, when it is one of the few shapes a CondSet checks without its closure. */
  readonly simple: Simple | undefined;
}

/**
 * Shapes common among the rules that have no gate, checked in line by a CondSet: an age range (the
 * safety rules for children and older people), a finding not absent, and "unsure of any of these".
 */
type Simple =
  | { readonly kind: typeof AGE; readonly lo: number; readonly hi: number }
  | { readonly kind: typeof NOT_ABSENT | typeof ANY_UNSURE; readonly at: readonly number[] };

const GATED = 0;
const AGE = 1;
const NOT_ABSENT = 2;
const ANY_UNSURE = 3;

function simpleOf(cond: Cond): Simple | undefined {
  // An age with no bound holds even for an age that is not a number; the closure keeps that case.
  if (cond.op === 'age' && (cond.gte !== undefined || cond.lt !== undefined))
    return { kind: AGE, lo: cond.gte ?? Number.NEGATIVE_INFINITY, hi: cond.lt ?? Number.POSITIVE_INFINITY };
  if (cond.op === 'notAbsent') return { kind: NOT_ABSENT, at: [indexOfKnown(cond.id)] };
  if (cond.op === 'any' && cond.of.length > 0 && cond.of.every((c) => c.op === 'unsure'))
    return { kind: ANY_UNSURE, at: cond.of.map((c) => indexOfKnown((c as { id: string }).id)) };
  return undefined;
}

const cache = new WeakMap<Cond, CompiledCond>();

export function compileCond(cond: Cond): CompiledCond {
  let c = cache.get(cond);
  if (!c) {
    c = {
      holds: holdsOf(cond),
      gate: Int32Array.from(gateOf(cond) ?? []),
      truth: truthOf(cond),
      witness: witnessOf(cond),
      simple: simpleOf(cond),
    };
    cache.set(cond, c);
  }
  return c;
}

/**
 * Whether `c` holds for `f`: the same answer as `c.holds(f)`, but a condition none of whose gate
 * findings is present is ruled out by a few reads here, without calling its closure (calls through
 * many different closures cannot be inlined, and most conditions are false).
 */
export function holds(c: CompiledCond, f: Facts): boolean {
  const gate = c.gate;
  if (gate.length > 0) {
    const state = f.state;
    let k = 0;
    while (k < gate.length && state[gate[k] as number] !== PRESENT) k++;
    if (k === gate.length) return false;
  }
  return c.holds(f);
}

/**
 * Conditions a program checks one after another (its rules, its advice items), with their gates laid
 * out end to end in one list. Checking a condition through `holds` visits the condition and its gate,
 * two objects apart in the heap; most are ruled out by their gate, and reading the gates from one
 * list, with the closures beside them, halved the time of checking all the triage rules.
 */
export interface CondSet {
  /** Per condition, its closure (undefined: a condition that always holds, such as an absent `showIf`). */
  readonly fn: readonly (((f: Facts) => boolean) | undefined)[];
  /**
   * Per condition, how it is checked: GATED (its gate, then its closure), or one of the simple shapes
   * (AGE, NOT_ABSENT, ANY_UNSURE), checked here from `lo`/`hi` or its findings in `gateIdx`.
   */
  readonly kind: Uint8Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /**
   * Condition k's findings are gateIdx[gateStart[k]] up to gateIdx[gateStart[k + 1]]: its gate (empty:
   * no gate), or the findings of its simple shape.
   */
  readonly gateStart: Int32Array;
  readonly gateIdx: Int32Array;
}

export function condSet(conds: readonly (CompiledCond | undefined)[]): CondSet {
  const n = conds.length;
  const gateStart = new Int32Array(n + 1);
  const gateIdx: number[] = [];
  const kind = new Uint8Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  conds.forEach((c, k) => {
    gateStart[k] = gateIdx.length;
    const simple = c?.simple;
    if (!simple) {
      if (c) gateIdx.push(...c.gate);
      return;
    }
    kind[k] = simple.kind;
    if (simple.kind === AGE) {
      lo[k] = simple.lo;
      hi[k] = simple.hi;
    } else gateIdx.push(...simple.at);
  });
  gateStart[n] = gateIdx.length;
  return { fn: conds.map((c) => c?.holds), kind, lo, hi, gateStart, gateIdx: Int32Array.from(gateIdx) };
}

/** Whether the k-th condition of `s` holds for `f`: `holds` of it, read from the set's lists. */
export function holdsIn(s: CondSet, k: number, f: Facts): boolean {
  const start = s.gateStart[k] as number;
  const end = s.gateStart[k + 1] as number;
  const kind = s.kind[k] as number;
  if (kind !== GATED) return holdsSimple(s, kind, k, start, end, f);
  if (start !== end) {
    const { state } = f;
    const gate = s.gateIdx;
    let j = start;
    while (j < end && state[gate[j] as number] !== PRESENT) j++;
    if (j === end) return false;
  }
  const fn = s.fn[k];
  return fn === undefined || fn(f);
}

/** A condition of one of the simple shapes (CondSet.kind): the same answer as its closure. */
function holdsSimple(s: CondSet, kind: number, k: number, start: number, end: number, f: Facts): boolean {
  if (kind === AGE) return f.age >= (s.lo[k] as number) && f.age < (s.hi[k] as number);
  if (kind === NOT_ABSENT) return f.state[s.gateIdx[start] as number] !== ABSENT;
  for (let j = start; j < end; j++) if (f.unsure[s.gateIdx[j] as number] === 1) return true;
  return false;
}

/**
 * Findings one of which must be present for `cond` to hold, or undefined when the condition can hold
 * without any present finding: a present finding itself; for `all`, the shortest list of its parts;
 * for `any`, every part's list together (when every part has one).
 */
function gateOf(cond: Cond): number[] | undefined {
  if (cond.op === 'present') return [indexOfKnown(cond.id)];
  if (cond.op === 'all') {
    let best: number[] | undefined;
    for (const part of cond.of) {
      const g = gateOf(part);
      if (g && (!best || g.length < best.length)) best = g;
    }
    return best;
  }
  if (cond.op === 'any') {
    const all: number[] = [];
    for (const part of cond.of) {
      const g = gateOf(part);
      if (!g) return undefined;
      for (const i of g) if (!all.includes(i)) all.push(i);
    }
    // An empty `any` never holds; it has no gate to read, so its closure says so.
    return all.length > 0 ? all : undefined;
  }
  return undefined;
}

/** A range with every bound present (undefined when absent), so `within` reads one shape. */
interface Range {
  readonly gte: number | undefined;
  readonly gt: number | undefined;
  readonly lte: number | undefined;
  readonly lt: number | undefined;
}

const rangeOf = (r: NumRange): Range => ({ gte: r.gte, gt: r.gt, lte: r.lte, lt: r.lt });

/** A plain function rather than a closure per range, so the conditions that call it can inline it. */
function within(r: Range, v: number): boolean {
  // NaN never passes a comparison, as a missing value never meets a threshold.
  return (
    (r.gte === undefined || v >= r.gte) &&
    (r.gt === undefined || v > r.gt) &&
    (r.lte === undefined || v <= r.lte) &&
    (r.lt === undefined || v < r.lt)
  );
}

// The parts of an `all` or `any` that only read a finding's state (present, absent, not absent) are
// checked in one loop over their indexes rather than each through a call: most conditions are lists
// of findings. Whether a list holds, and its three-valued truth, do not depend on the order its parts
// are checked in; the witnesses do (the first true branch of an `any`), so they keep the written order.
const PRESENT_OP = 0;
const ABSENT_OP = 1;
const NOT_ABSENT_OP = 2;

interface Leaves {
  readonly index: Int32Array;
  /** Per leaf, its row in the tables below: op × 3, to which the finding's state is added. */
  readonly row: Uint8Array;
}

// Per op and state (unknown, present, absent, as in facts.ts): whether the leaf holds, and its truth
// as a bit (false 1, maybe 2, true 4). A list's leaves are combined with | and & of these rather than a
// branch per leaf: whether a finding is present or absent is as good as random to the processor.
const HOLDS_BY = Uint8Array.of(0, 1, 0, 0, 0, 1, 1, 1, 0);
const F_BIT = 1;
const M_BIT = 2;
const T_BIT = 4;
const TRUTH_BITS = Uint8Array.of(M_BIT, T_BIT, F_BIT, M_BIT, F_BIT, T_BIT, M_BIT, T_BIT, F_BIT);

/** How many of the leaves hold for these states (one plain function, so the closures inline it). */
function leavesHolding(leaves: Leaves, st: Uint8Array): number {
  const { index, row } = leaves;
  let n = 0;
  for (let j = 0; j < index.length; j++)
    n += HOLDS_BY[(row[j] as number) + (st[index[j] as number] as number)] as number;
  return n;
}

/** The leaves' truths as bits, or-ed together: F_BIT when one is false, T_BIT when one is true, M_BIT when one is not known. */
function leafTruthBits(leaves: Leaves, st: Uint8Array): number {
  const { index, row } = leaves;
  let bits = 0;
  for (let j = 0; j < index.length; j++)
    bits |= TRUTH_BITS[(row[j] as number) + (st[index[j] as number] as number)] as number;
  return bits;
}

function split(parts: readonly Cond[]): { leaves: Leaves; others: Cond[] } {
  const index: number[] = [];
  const op: number[] = [];
  const others: Cond[] = [];
  for (const c of parts) {
    if (c.op === 'present' || c.op === 'absent' || c.op === 'notAbsent') {
      index.push(indexOfKnown(c.id));
      op.push(c.op === 'present' ? PRESENT_OP : c.op === 'absent' ? ABSENT_OP : NOT_ABSENT_OP);
    } else others.push(c);
  }
  return { leaves: { index: Int32Array.from(index), row: Uint8Array.from(op, (o) => 3 * o) }, others };
}

function holdsOf(cond: Cond): (f: Facts) => boolean {
  switch (cond.op) {
    case 'present': {
      const i = indexOfKnown(cond.id);
      return (f) => f.state[i] === PRESENT;
    }
    case 'absent': {
      const i = indexOfKnown(cond.id);
      return (f) => f.state[i] === ABSENT;
    }
    case 'notAbsent': {
      const i = indexOfKnown(cond.id);
      return (f) => f.state[i] !== ABSENT;
    }
    case 'unsure': {
      const i = indexOfKnown(cond.id);
      return (f) => f.unsure[i] === 1;
    }
    case 'num': {
      const i = indexOfKnown(cond.id);
      const range = rangeOf(cond);
      const orUnknown = cond.orUnknown === true;
      return (f) => {
        const v = f.value[i] as number;
        if (Number.isNaN(v)) return orUnknown && f.state[i] !== ABSENT;
        return within(range, v);
      };
    }
    case 'age': {
      const range = rangeOf(cond);
      return (f) => within(range, f.age);
    }
    case 'sex': {
      const sex = cond.sex;
      return (f) => f.sex === sex;
    }
    case 'all': {
      const { leaves, others } = split(cond.of);
      const parts = others.map(holdsOf);
      const count = leaves.index.length;
      return (f) => {
        if (leavesHolding(leaves, f.state) < count) return false;
        for (const p of parts) if (!p(f)) return false;
        return true;
      };
    }
    case 'any': {
      const { leaves, others } = split(cond.of);
      const parts = others.map(holdsOf);
      return (f) => {
        if (leavesHolding(leaves, f.state) > 0) return true;
        for (const p of parts) if (p(f)) return true;
        return false;
      };
    }
    case 'not': {
      const inner = holdsOf(cond.cond);
      return (f) => !inner(f);
    }
    default:
      return unreachable(cond);
  }
}

function truthOf(cond: Cond): (f: Facts) => Truth3 {
  switch (cond.op) {
    case 'present':
    case 'absent': {
      const i = indexOfKnown(cond.id);
      const want = cond.op === 'present' ? PRESENT : ABSENT;
      return (f) => {
        const s = f.state[i];
        return s === PRESENT || s === ABSENT ? (s === want ? TRUE : FALSE) : MAYBE;
      };
    }
    case 'notAbsent': {
      const i = indexOfKnown(cond.id);
      return (f) => {
        const s = f.state[i];
        return s === ABSENT ? FALSE : s === PRESENT ? TRUE : MAYBE;
      };
    }
    case 'num': {
      const i = indexOfKnown(cond.id);
      const holds = holdsOf(cond);
      return (f) => {
        if (!Number.isNaN(f.value[i] as number)) return holds(f) ? TRUE : FALSE;
        return f.state[i] === ABSENT ? FALSE : MAYBE;
      };
    }
    case 'age':
    case 'sex':
    case 'unsure': {
      const holds = holdsOf(cond);
      return (f) => (holds(f) ? TRUE : FALSE);
    }
    case 'all': {
      const { leaves, others } = split(cond.of);
      const parts = others.map(truthOf);
      return (f) => {
        const bits = leafTruthBits(leaves, f.state);
        if ((bits & F_BIT) !== 0) return FALSE;
        let out: Truth3 = (bits & M_BIT) !== 0 ? MAYBE : TRUE;
        for (const p of parts) {
          const t = p(f);
          if (t === FALSE) return FALSE;
          if (t === MAYBE) out = MAYBE;
        }
        return out;
      };
    }
    case 'any': {
      const { leaves, others } = split(cond.of);
      const parts = others.map(truthOf);
      return (f) => {
        const bits = leafTruthBits(leaves, f.state);
        if ((bits & T_BIT) !== 0) return TRUE;
        let out: Truth3 = (bits & M_BIT) !== 0 ? MAYBE : FALSE;
        for (const p of parts) {
          const t = p(f);
          if (t === TRUE) return TRUE;
          if (t === MAYBE) out = MAYBE;
        }
        return out;
      };
    }
    case 'not': {
      const inner = truthOf(cond.cond);
      return (f) => {
        const t = inner(f);
        return t === MAYBE ? MAYBE : t === TRUE ? FALSE : TRUE;
      };
    }
    default:
      return unreachable(cond);
  }
}

/** Whether one of the gate's findings is present (an empty gate rules nothing out). */
function gateOpen(gate: Int32Array, f: Facts): boolean {
  if (gate.length === 0) return true;
  const state = f.state;
  for (let k = 0; k < gate.length; k++) if (state[gate[k] as number] === PRESENT) return true;
  return false;
}

const add = (out: number[], i: number) => {
  if (!out.includes(i)) out.push(i);
};

/** The ids of the findings that made a true condition true. */
export function witnessIds(c: CompiledCond, f: Facts): FindingId[] {
  const out: number[] = [];
  c.witness(f, out);
  return out.map(findingAt);
}

/**
 * Present findings and known numbers under `all`, and the first true branch of `any`. Negated parts
 * are not named: they are the absence of something.
 */
function witnessOf(cond: Cond): (f: Facts, out: number[]) => void {
  const none = () => {};
  switch (cond.op) {
    case 'present':
    case 'notAbsent': {
      const i = indexOfKnown(cond.id);
      return (f, out) => {
        if (f.state[i] === PRESENT) add(out, i);
      };
    }
    case 'unsure': {
      const i = indexOfKnown(cond.id);
      return (f, out) => {
        if (f.unsure[i] === 1) add(out, i);
      };
    }
    case 'num': {
      const i = indexOfKnown(cond.id);
      return (f, out) => {
        if (!Number.isNaN(f.value[i] as number)) add(out, i);
      };
    }
    case 'all': {
      const parts = cond.of.map(witnessOf);
      return (f, out) => {
        for (const p of parts) p(f, out);
      };
    }
    case 'any': {
      // Each branch with its gate (gateOf), read before its closure: a rule's branches are mostly
      // pictures of findings this person does not have, ruled out by a read or two.
      const parts = cond.of.map((c) => ({
        gate: Int32Array.from(gateOf(c) ?? []),
        holds: holdsOf(c),
        witness: witnessOf(c),
      }));
      return (f, out) => {
        for (const p of parts)
          if (gateOpen(p.gate, f) && p.holds(f)) {
            p.witness(f, out);
            return;
          }
      };
    }
    case 'absent':
    case 'age':
    case 'sex':
    case 'not':
      return none;
    default:
      return unreachable(cond);
  }
}
