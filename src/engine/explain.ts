/**
 * Why a cause stands where it does: every finding that moved it, strongest first (the knowledge base's
 * order between equals, as a stable sort would leave them). The yes/no answers come in the order worked
 * out when the causes were compiled (CauseVector.explain), with their entries made then; scoring marked
 * which of them this person gave, as bits in that order (scoreAllMarking), so only those are visited.
 * A number's band, whose strength depends on the value, is merged in at its place.
 */
import type { FindingId } from '../contract/ids.ts';
import type { CauseEvidence, CauseResult } from '../contract/output.ts';
import { bandAt, type CauseVector } from './compiled/cause-program.ts';
import { type Facts, PRESENT } from './compiled/facts.ts';
import { findingAt } from './compiled/finding-index.ts';
import type { FlatCauses } from './compiled/flat-causes.ts';
import { listOrNone } from './compiled/list.ts';

/**
 * The explanation of cause `ci` (in the knowledge base's order). `marks`: the marks scoring left
 * (CauseVector.marks). Most causes are explained from the program-wide lists alone (FlatCauses), without
 * visiting the cause's own objects.
 */
export function explain(
  flat: FlatCauses,
  causes: readonly CauseVector[],
  ci: number,
  f: Facts,
  marks: Int32Array,
  probability: number,
  suspectedBy: string[],
): CauseResult {
  const markAt = flat.markAt[ci] as number;
  const words = flat.words[ci] as number;
  const plain = flat.answersOnly[ci] === 1;
  const c = causes[ci] as CauseVector;
  const bands = plain || c.bandPositions.length === 0 ? 0 : bandMoves(c, f);
  // Counted first, so each list is made at its size rather than grown.
  let n = 0;
  let ups = 0;
  for (let w = markAt; w < markAt + words; w++) {
    const m = marks[w] as number;
    n += bitCount(m);
    ups += bitCount(m & (flat.raises[w] as number));
  }
  for (let b = 0; b < bands; b++) if ((BAND_RATIO[b] as number) > 1) ups++;
  const evidence = listOrNone<CauseEvidence>(n + bands);
  const up = listOrNone<FindingId>(ups);
  const down = listOrNone<FindingId>(n + bands - ups);
  if (plain) answersOnly(flat, marks, markAt, words, evidence, up, down);
  else withBands(c, f, marks, bands, evidence, up, down);
  return {
    id: flat.id[ci] as CauseResult['id'],
    kind: flat.kind[ci] as CauseResult['kind'],
    probability,
    for: up,
    against: down,
    evidence,
    suspectedBy,
  };
}

/**
 * Most causes: the lists are the marked answers' shared entries as they stand. Each list is filled
 * from its own bits (the raising ones, the others), so nothing branches on which way an answer moves.
 */
function answersOnly(
  flat: FlatCauses,
  marks: Int32Array,
  markAt: number,
  words: number,
  evidence: CauseEvidence[],
  up: FindingId[],
  down: FindingId[],
): void {
  const { entry, findingId: id, raises } = flat;
  let e = 0;
  let u = 0;
  let d = 0;
  for (let w = markAt; w < markAt + words; w++) {
    const m = marks[w] as number;
    const r = raises[w] as number;
    const base = w << 5;
    for (let x = m; x !== 0; x &= x - 1) evidence[e++] = entry[base + lowBit(x)] as CauseEvidence;
    for (let x = m & r; x !== 0; x &= x - 1) up[u++] = id[base + lowBit(x)] as FindingId;
    for (let x = m & ~r; x !== 0; x &= x - 1) down[d++] = id[base + lowBit(x)] as FindingId;
  }
}

/** The marked answers, in order, with the cause's moving bands (BAND_*) merged in, and values given. */
function withBands(
  c: CauseVector,
  f: Facts,
  marks: Int32Array,
  bands: number,
  evidence: CauseEvidence[],
  up: FindingId[],
  down: FindingId[],
): void {
  const ex = c.explain;
  const { markAt, words } = c.marks;
  const { raises, strength, k: position, entry } = ex;
  let e = 0;
  let u = 0;
  let d = 0;
  let b = 0;
  for (let w = 0; w < words; w++)
    for (let x = marks[markAt + w] as number; x !== 0; x &= x - 1) {
      const j = (w << 5) + lowBit(x);
      if (b < bands) {
        const here = strength[j] as number;
        const k = position[j] as number;
        for (; b < bands; b++) {
          const mine = BAND_STRENGTH[b] as number;
          if (mine < here || (mine === here && (BAND_K[b] as number) > k)) break;
          const band = bandEntry(c, b, f);
          evidence[e++] = band;
          if (band.ratio > 1) up[u++] = band.finding;
          else down[d++] = band.finding;
        }
      }
      const shared = entry[j] as CauseEvidence;
      const v = ex.valued ? (f.value[ex.finding[j] as number] as number) : Number.NaN;
      evidence[e++] = Number.isNaN(v)
        ? shared
        : { finding: shared.finding, ratio: shared.ratio, answer: shared.answer, value: v };
      if (raises[j] === 1) up[u++] = shared.finding;
      else down[d++] = shared.finding;
    }
  for (; b < bands; b++) {
    const band = bandEntry(c, b, f);
    evidence[e++] = band;
    if (band.ratio > 1) up[u++] = band.finding;
    else down[d++] = band.finding;
  }
}

/** The position of the lowest set bit of a non-zero word. */
function lowBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/** How many bits of a word are set. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

function bandEntry(c: CauseVector, b: number, f: Facts): CauseEvidence {
  return evidenceEntry(c.finding[BAND_K[b] as number] as number, BAND_RATIO[b] as number, f);
}

// Scratch for bandMoves: the bands that move the cause at hand, strongest first. The engine is
// synchronous, so one set serves every call; a cause has a handful of number findings at most.
const MAX_BANDS = 16;
const BAND_K = new Int32Array(MAX_BANDS);
const BAND_RATIO = new Float64Array(MAX_BANDS);
const BAND_STRENGTH = new Float64Array(MAX_BANDS);

/**
 * The cause's number bands that move it for this person, strongest first (then in the cause's order),
 * into BAND_*; returns how many. The strengths were taken when the causes were compiled.
 */
function bandMoves(c: CauseVector, f: Facts): number {
  let n = 0;
  for (const k of c.bandPositions) {
    const j = bandAt(c, k, f);
    if (j < 0) continue;
    const ratio = (c.bandRatio[k] as Float64Array)[j] as number;
    if (ratio === 1) continue;
    if (n === MAX_BANDS) throw new Error(`A cause has more than ${MAX_BANDS} number findings with bands.`);
    const strength = (c.bandStrength[k] as Float64Array)[j] as number;
    // Insertion: after every stronger band and every equal one before it in the cause's list.
    let at = n;
    while (at > 0 && (BAND_STRENGTH[at - 1] as number) < strength) {
      BAND_K[at] = BAND_K[at - 1] as number;
      BAND_RATIO[at] = BAND_RATIO[at - 1] as number;
      BAND_STRENGTH[at] = BAND_STRENGTH[at - 1] as number;
      at--;
    }
    BAND_K[at] = k;
    BAND_RATIO[at] = ratio;
    BAND_STRENGTH[at] = strength;
    n++;
  }
  return n;
}

function evidenceEntry(i: number, ratio: number, f: Facts): CauseEvidence {
  const finding = findingAt(i);
  if (f.state[i] !== PRESENT) return { finding, ratio, answer: 'absent' };
  const value = f.value[i] as number;
  return Number.isNaN(value)
    ? { finding, ratio, answer: 'present' }
    : { finding, ratio, answer: 'present', value };
}
