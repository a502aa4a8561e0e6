/**
 * A finding whose question cannot apply to this person (its `askIf` is already false: pregnancy for a
 * man, "is the weakness spreading?" after no weakness) counts as absent unless the person answered it:
 * the interview never asks it, and an unasked question must not hold a level up or down.
 *
 * `settle` writes those absences into `facts.state`, repeating until nothing changes so chains of
 * follow-ups settle (no pregnancy, so no "more than 20 weeks"). Each pass decides every candidate from
 * the previous pass's absences, as the first implementation did; the passes are bounded by the number
 * of findings.
 */
import type { FindingKnowledge } from '../../knowledge/types.ts';
import { type CompiledCond, compileCond, FALSE } from './conditions.ts';
import { ABSENT, type Facts, UNKNOWN } from './facts.ts';
import { indexOfKnown } from './finding-index.ts';

export interface AskIfs {
  /** Finding indexes with an `askIf`, in the knowledge base's order. */
  readonly index: Int32Array;
  readonly cond: readonly CompiledCond[];
  readonly passes: number;
  /** Scratch for settle: which candidates the pass at hand finds absent (settle is synchronous). */
  readonly next: Uint8Array;
}

const cache = new WeakMap<readonly FindingKnowledge[], AskIfs>();

export function askIfsOf(findings: readonly FindingKnowledge[]): AskIfs {
  let a = cache.get(findings);
  if (!a) {
    const withAskIf = findings.filter((f) => f.askIf);
    a = {
      index: Int32Array.from(withAskIf.map((f) => indexOfKnown(f.id))),
      cond: withAskIf.map((f) => compileCond(f.askIf as NonNullable<FindingKnowledge['askIf']>)),
      passes: findings.length,
      next: new Uint8Array(withAskIf.length),
    };
    cache.set(findings, a);
  }
  return a;
}

/** Recomputes the implied absences of `f` in place from its answers. */
export function settle(f: Facts, askIfs: AskIfs): void {
  const { index, cond } = askIfs;
  const n = index.length;
  // Start from the answers alone: forget absences implied by an earlier settle.
  let unanswered = 0;
  for (let k = 0; k < n; k++) {
    const i = index[k] as number;
    if (f.mentioned[i] === 0) {
      f.state[i] = UNKNOWN;
      unanswered++;
    }
  }
  // Every follow-up answered (as in a full check): nothing is implied.
  if (unanswered === 0) return;
  const next = askIfs.next;
  for (let pass = 0; pass <= askIfs.passes; pass++) {
    let changed = false;
    for (let k = 0; k < n; k++) {
      const i = index[k] as number;
      next[k] = f.mentioned[i] === 0 && (cond[k] as CompiledCond).truth(f) === FALSE ? 1 : 0;
    }
    for (let k = 0; k < n; k++) {
      const i = index[k] as number;
      if (f.mentioned[i] === 1) continue;
      const s = next[k] === 1 ? ABSENT : UNKNOWN;
      if (f.state[i] !== s) {
        f.state[i] = s;
        changed = true;
      }
    }
    if (!changed) return;
  }
}
