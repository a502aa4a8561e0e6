/**
 * The evidence as arrays indexed by finding (finding-index.ts): built once per call from the input,
 * copied and changed in place when the interview asks "what if this were answered", never rebuilt
 * from the input for each such question.
 *
 * `state` is what the rules read: present, absent, or unknown (never mentioned, or "I don't know").
 * It includes the absences implied by questions that cannot apply (implied-absences.ts), so it is
 * only meaningful after `settle`; `mentioned`, `unsure` and `value` are the answers as given.
 */
import type { Sex } from '../../contract/ids.ts';
import type { AssessmentInput } from '../../contract/input.ts';
import { FINDING_COUNT, findingIndex } from './finding-index.ts';

export const UNKNOWN = 0;
export const PRESENT = 1;
export const ABSENT = 2;

export interface Facts {
  readonly age: number;
  readonly sex: Sex;
  /** All four arrays below, in one buffer: one allocation per set of facts, one copy to copy them. */
  readonly bytes: Uint8Array;
  readonly state: Uint8Array;
  /** 1 where the person answered "I don't know". */
  readonly unsure: Uint8Array;
  /** 1 where the input has an answer (any state, "I don't know" included). */
  readonly mentioned: Uint8Array;
  /** The value of a present number finding; NaN when there is none. */
  readonly value: Float64Array;
}

const N = FINDING_COUNT;

function over(age: number, sex: Sex, buffer: ArrayBuffer): ScratchFacts {
  return {
    age,
    sex,
    bytes: new Uint8Array(buffer),
    // The doubles first, so they are aligned.
    value: new Float64Array(buffer, 0, N),
    state: new Uint8Array(buffer, 8 * N, N),
    unsure: new Uint8Array(buffer, 9 * N, N),
    mentioned: new Uint8Array(buffer, 10 * N, N),
  };
}

function empty(age: number, sex: Sex): ScratchFacts {
  const f = over(age, sex, new ArrayBuffer(11 * N));
  f.value.fill(Number.NaN);
  return f;
}

/** Records one answer; a later answer to the same finding replaces an earlier one, as in a map. */
export function setAnswer(
  f: Facts,
  i: number,
  state: 'present' | 'absent' | 'unknown',
  value?: number,
): void {
  f.mentioned[i] = 1;
  f.state[i] = state === 'present' ? PRESENT : state === 'absent' ? ABSENT : UNKNOWN;
  f.unsure[i] = state === 'unknown' ? 1 : 0;
  f.value[i] = state === 'present' && value !== undefined ? value : Number.NaN;
}

/** Takes an answer back to "never mentioned". */
export function clearAnswer(f: Facts, i: number): void {
  f.mentioned[i] = 0;
  f.state[i] = UNKNOWN;
  f.unsure[i] = 0;
  f.value[i] = Number.NaN;
}

/** The answers of the input, before any implied absence. Ids the engine does not know are ignored. */
export function answersOf(input: AssessmentInput): Facts {
  const f = empty(input.age, input.sex);
  writeAnswers(f, input);
  return f;
}

/** Facts a synchronous caller fills again for each input (answersInto), rather than allocating a set. */
export interface ScratchFacts extends Facts {
  age: number;
  sex: Sex;
}

export function scratchFacts(): ScratchFacts {
  return empty(0, 'female');
}

/** The answers of the input written over `f`: answersOf without allocating. */
export function answersInto(f: ScratchFacts, input: AssessmentInput): Facts {
  f.age = input.age;
  f.sex = input.sex;
  f.bytes.fill(0, 8 * N);
  f.value.fill(Number.NaN);
  writeAnswers(f, input);
  return f;
}

// An answer's state and "I don't know" mark by the first letter of its state word (validated input
// has one of present, absent, unknown; five bits of the letter tell them apart): read from a table
// rather than branched on, since a list of answers mixes yeses and noes at random.
const STATE_BY_LETTER = new Uint8Array(32);
const UNSURE_BY_LETTER = new Uint8Array(32).fill(1);
for (const [word, state] of [
  ['present', PRESENT],
  ['absent', ABSENT],
] as const) {
  STATE_BY_LETTER[word.charCodeAt(0) & 31] = state;
  UNSURE_BY_LETTER[word.charCodeAt(0) & 31] = 0;
}

/** Records every answer of the input on empty facts (setAnswer, one answer after another). */
function writeAnswers(f: Facts, input: AssessmentInput): void {
  const { state, unsure, mentioned, value } = f;
  for (const e of input.evidence) {
    const i = findingIndex(e.id);
    if (i < 0) continue;
    const letter = e.state.charCodeAt(0) & 31;
    const s = STATE_BY_LETTER[letter] as number;
    mentioned[i] = 1;
    state[i] = s;
    unsure[i] = UNSURE_BY_LETTER[letter] as number;
    const v = e.value;
    value[i] = v !== undefined && s === PRESENT ? v : Number.NaN;
  }
}

export function copyFacts(f: Facts): Facts {
  return over(f.age, f.sex, f.bytes.slice().buffer);
}

/** Overwrites `to` with `from` (same person), without allocating. */
export function copyInto(to: Facts, from: Facts): void {
  to.bytes.set(from.bytes);
}
