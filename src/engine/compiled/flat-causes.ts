/**
 * Every cause's ratios laid end to end in a few program-wide lists, so one assessment scores all
 * thirty causes in one pass over contiguous memory. Scoring them one CauseVector at a time visited
 * about ten objects per cause (the vector, its marks, their lists), scattered over the heap; in a
 * whole assessment those visits, not the arithmetic, were most of the scoring's time.
 *
 * Each sum is causeScore's, term by term in the same order (a band's log at its place; the table gives
 * 0 at a band's position, which is skipped), so the scores are the same to the last bit.
 */
import type { FindingId } from '../../contract/ids.ts';
import type { CauseEvidence, CauseResult } from '../../contract/output.ts';
import { bandLogAt, type CauseProgram, type CauseVector } from './cause-program.ts';
import type { Facts } from './facts.ts';

export interface FlatCauses {
  /** Cause ci's ratios are at positions start[ci] up to start[ci + 1]. */
  readonly start: Int32Array;
  /** Per position: the finding's index (CauseVector.finding). */
  readonly finding: Int32Array;
  /** Per position and state (3 × position + state): the log (CauseVector.logByState) and the mark's bit. */
  readonly logs: Float64Array;
  readonly bit: Int32Array;
  /** Per position and state, the mark's word in the program-wide marks (markAt + word), for causes of several words. */
  readonly word: Int32Array;
  /** The positions of ratios with bands, in order, ending with the total (a sentinel no cause reaches). */
  readonly bandAt: Int32Array;
  /** Per cause: its id and kind, where its marks start and how many words they take (CauseVector.marks). */
  readonly id: readonly CauseResult['id'][];
  readonly kind: readonly CauseResult['kind'][];
  readonly markAt: Int32Array;
  readonly words: Int32Array;
  /**
   * Per cause, 1 when its explanation is its marked answers' shared entries as they stand: no number
   * band, and no answer that carries a value (CauseVector.explain.valued).
   */
  readonly answersOnly: Uint8Array;
  /** Per word of the program-wide marks, the bits of the answers that raise their cause (explain.raisesBits). */
  readonly raises: Int32Array;
  /**
   * Per mark (bit b of word w is mark 32 × w + b): the answer's shared entry and its finding's id
   * (CauseVector.explain.entry and .id), so an explanation reads them without visiting its cause.
   */
  readonly entry: readonly (CauseEvidence | undefined)[];
  readonly findingId: readonly (FindingId | undefined)[];
}

const cache = new WeakMap<CauseProgram, FlatCauses>();

export function flatCausesOf(p: CauseProgram): FlatCauses {
  let flat = cache.get(p);
  if (!flat) {
    flat = flatCauses(p.causes);
    cache.set(p, flat);
  }
  return flat;
}

function flatCauses(causes: readonly CauseVector[]): FlatCauses {
  const start = new Int32Array(causes.length + 1);
  let total = 0;
  causes.forEach((c, ci) => {
    start[ci] = total;
    total += c.finding.length;
  });
  start[causes.length] = total;
  const finding = new Int32Array(total);
  const logs = new Float64Array(3 * total);
  const bit = new Int32Array(3 * total);
  const word = new Int32Array(3 * total);
  const bandAt: number[] = [];
  causes.forEach((c, ci) => {
    const at = start[ci] as number;
    finding.set(c.finding, at);
    logs.set(c.logByState, 3 * at);
    bit.set(c.marks.bit, 3 * at);
    word.set(
      c.marks.word.map((w) => c.marks.markAt + w),
      3 * at,
    );
    for (const k of c.bandPositions) bandAt.push(at + k);
  });
  bandAt.push(total);
  const markWords = causes.reduce((sum, c) => sum + c.marks.words, 0);
  const raises = new Int32Array(markWords);
  const entry: (CauseEvidence | undefined)[] = Array.from({ length: 32 * markWords }, () => undefined);
  const findingId: (FindingId | undefined)[] = Array.from({ length: 32 * markWords }, () => undefined);
  for (const c of causes) {
    raises.set(c.explain.raisesBits, c.marks.markAt);
    c.explain.entry.forEach((e, j) => {
      entry[32 * c.marks.markAt + j] = e;
      findingId[32 * c.marks.markAt + j] = c.explain.id[j];
    });
  }
  return {
    start,
    finding,
    logs,
    bit,
    word,
    bandAt: Int32Array.from(bandAt),
    id: causes.map((c) => c.id),
    kind: causes.map((c) => c.kind),
    markAt: Int32Array.from(causes, (c) => c.marks.markAt),
    words: Int32Array.from(causes, (c) => c.marks.words),
    answersOnly: Uint8Array.from(causes, (c) => (c.bandPositions.length === 0 && !c.explain.valued ? 1 : 0)),
    raises,
    entry,
    findingId,
  };
}

/**
 * Each cause's log score into `scores`, from `first` (its log prior plus the fired rules' weight),
 * marking in `marks` the answers that move it (CauseVector.marks), for its explanation: the answer's
 * state is read once for both. Separate from causeScore so the interview's many scores do not pay
 * for the marks.
 */
export function scoreAllMarking(
  causes: readonly CauseVector[],
  flat: FlatCauses,
  f: Facts,
  first: Float64Array,
  scores: Float64Array,
  marks: Int32Array,
): void {
  const { start, finding, logs, bit, word, bandAt } = flat;
  const state = f.state;
  let nextBand = 0;
  for (let ci = 0; ci < causes.length; ci++) {
    let s = first[ci] as number;
    const lo = start[ci] as number;
    const hi = start[ci + 1] as number;
    const markAt = flat.markAt[ci] as number;
    const words = flat.words[ci] as number;
    // The usual cause has one word of marks, kept in a local rather than read back from the list.
    let m = 0;
    if (words > 1) for (let w = 0; w < words; w++) marks[markAt + w] = 0;
    let k = lo;
    // Runs of plain ratios read by the table, each band's log added at its place between them.
    while (k < hi) {
      const b = bandAt[nextBand] as number;
      const end = Math.min(b, hi);
      if (words === 1)
        for (; k < end; k++) {
          const x = 3 * k + (state[finding[k] as number] as number);
          s += logs[x] as number;
          m |= bit[x] as number;
        }
      else
        for (; k < end; k++) {
          const x = 3 * k + (state[finding[k] as number] as number);
          s += logs[x] as number;
          const at = word[x] as number;
          marks[at] = (marks[at] as number) | (bit[x] as number);
        }
      if (k < hi) {
        s += bandLogAt(causes[ci] as CauseVector, k - lo, f);
        k++;
        nextBand++;
      }
    }
    if (words === 1) marks[markAt] = m;
    scores[ci] = s;
  }
}
