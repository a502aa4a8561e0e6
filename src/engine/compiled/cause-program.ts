/**
 * The causes compiled once: each cause's prior and its likelihood ratios as vectors over finding
 * indexes, with the logs of the ratios taken once here rather than on every score; and the triage
 * rules that suspect causes, with the log ratio their firing is worth.
 *
 * Scores are summed in the knowledge base's order of ratios, as the first implementation did, so the
 * probabilities are the same to the last bit and near-ties between causes keep their order.
 */
import { CONTRACT_CAUSES, type FindingId } from '../../contract/ids.ts';
import type { CauseEvidence, CauseResult } from '../../contract/output.ts';
import { mentions } from '../../knowledge/conditions.ts';
import type { LoadedKnowledge } from '../../knowledge/load.ts';
import type { CauseKnowledge, NumberBand } from '../../knowledge/types.ts';
import { type CompiledCond, type CondSet, compileCond, condSet, holdsIn } from './conditions.ts';
import { ABSENT, answersOf, type Facts, PRESENT, UNKNOWN } from './facts.ts';
import { FINDING_COUNT, findingAt, indexOfKnown, isNumberFinding } from './finding-index.ts';
import { type PersonPriors, personPriors } from './person-priors.ts';

export interface CauseVector {
  readonly cause: CauseKnowledge;
  /** The cause's id, kept here so an explanation reads it without visiting the knowledge base's object. */
  readonly id: CauseResult['id'];
  readonly kind: CauseResult['kind'];
  /** The prior's modifiers' conditions, in their order. */
  readonly modifierConds: CondSet;
  /**
   * The log of the prior for each combination of modifiers that hold (bit j: the j-th holds), the
   * product taken in the modifiers' order as the first implementation did, so it is the same to the
   * last bit: scoring looks it up rather than multiplying and taking a log per call.
   */
  readonly logPriorBy: Float64Array;
  /** Per ratio, in the knowledge base's order: the finding's index... */
  readonly finding: Int32Array;
  /** ...the ratio when present and when absent (1 where the knowledge base gives none)... */
  readonly present: Float64Array;
  readonly absent: Float64Array;
  /**
   * ...their logs (at a band's position, the absent log is 0: a number with bands moves the cause only
   * when present with a value, by its band)...
   */
  readonly logPresent: Float64Array;
  readonly logAbsent: Float64Array;
  /** ...and, for a number finding, its bands, with the log and the strength (|log|) of each band's ratio. */
  readonly bands: readonly (readonly NumberBand[] | undefined)[];
  /** Each band's ratio, read by explanations rather than the band's object. */
  readonly bandRatio: readonly (Float64Array | undefined)[];
  readonly bandLog: readonly (Float64Array | undefined)[];
  readonly bandStrength: readonly (Float64Array | undefined)[];
  /**
   * ...and each band's bounds as numbers (an open bound as NaN, which no comparison meets), read by
   * bandAt rather than each band's object.
   */
  readonly bandGte: readonly (Float64Array | undefined)[];
  readonly bandLt: readonly (Float64Array | undefined)[];
  /** 1 at the positions of ratios with bands. */
  readonly isBand: Uint8Array;
  /**
   * The log each answer adds, three entries per ratio indexed by the finding's state (unknown 0, then
   * the present and absent logs; all 0 at a band's position, whose log is its band's): a cause is
   * scored by one read per ratio, no branch, plus one look-up per band.
   */
  readonly logByState: Float64Array;
  /**
   * Every answer to a yes/no finding that moves the cause (ratio other than 1), strongest first and in
   * the knowledge base's order between equals: the order an explanation lists them in, worked out once.
   */
  readonly explain: ExplainOrder;
  /** The positions of the ratios that have bands (their strength depends on the value given). */
  readonly bandPositions: readonly number[];
  /**
   * Where scoring marks the answers that move the cause, for its explanation: as bits, bit j of
   * word j >>> 5 for the j-th entry of the explain order, in `words` words of a program-wide list of
   * marks from `markAt`. Per ratio and state (3 × k + state, as logByState): the word and the bit
   * that answer sets (bit 0 when it moves nothing).
   */
  readonly marks: {
    readonly markAt: number;
    readonly words: number;
    readonly word: Int32Array;
    readonly bit: Int32Array;
  };
}

/** Parallel arrays, one entry per answer that moves the cause. */
export interface ExplainOrder {
  /** The ratio's position in the cause's list. */
  readonly k: Int32Array;
  readonly finding: Int32Array;
  /** The answer it takes (PRESENT or ABSENT). */
  readonly state: Uint8Array;
  readonly ratio: Float64Array;
  /** |log ratio|: how far it moves the cause. */
  readonly strength: Float64Array;
  /**
   * The explanation's entry for that answer, made once and frozen: every assessment that lists it shares
   * it (a number finding given with a value gets an entry of its own, with the value).
   */
  readonly entry: readonly CauseEvidence[];
  /** 1 where the answer raises the cause (ratio above 1). */
  readonly raises: Uint8Array;
  /** The same as bits, in the words of the cause's marks. */
  readonly raisesBits: Int32Array;
  /** The finding's id, as the cause's for/against lists name it. */
  readonly id: readonly FindingId[];
  /**
   * Whether some entry is a number finding answered present, whose explanation then carries the value
   * given (the contract refuses a value on a yes/no finding): only such causes need values read.
   */
  readonly valued: boolean;
}

export interface SuspectRule {
  readonly ruleId: string;
  /** Its position among the knowledge base's triage rules. */
  readonly position: number;
  readonly when: CompiledCond;
  /** The log of the ratio a fired rule of this level is worth to each cause it suspects. */
  readonly worth: number;
  /** Positions in `causes` of the causes it suspects. */
  readonly causes: Int32Array;
  /**
   * Per cause it suspects (as `causes`), the positions of the cause's ratios whose finding the rule
   * mentions, in the cause's order: the only ratios that can be the rule's witnesses, so the ratios
   * counted toward the rule's worth are looked for among these few rather than all of them.
   */
  readonly mentionedAt: readonly Int32Array[];
}

export interface CauseProgram {
  /** In the knowledge base's order. */
  readonly causes: readonly CauseVector[];
  /** The fired urgent or emergency rules with suspects, in the knowledge base's order. */
  readonly suspectRules: readonly SuspectRule[];
  /** Their positions among the triage rules (SuspectRule.position), as one list. */
  readonly suspectPositions: Int32Array;
  /** Per finding index: the positions of the causes whose score reads it (a ratio or a prior modifier). */
  readonly causesReading: readonly Int32Array[];
  /** Per finding index, 1 when a rule that suspects causes reads it. */
  readonly suspectRulesRead: Uint8Array;
  /** How many words of marks all the causes take (CauseVector.marks). */
  readonly markWords: number;
  /** The log priors of the causes whose modifiers read only age and sex, per kind of person. */
  readonly personPriors: PersonPriors;
}

const KIND: ReadonlyMap<string, CauseResult['kind']> = new Map(CONTRACT_CAUSES.map((c) => [c.id, c.kind]));

const cache = new WeakMap<LoadedKnowledge, CauseProgram>();

export function causeProgram(kb: LoadedKnowledge): CauseProgram {
  const cached = cache.get(kb);
  if (cached) return cached;
  let markWords = 0;
  const causes = kb.causes.map((cause): CauseVector => {
    const present = Float64Array.from(cause.ratios.map((r) => r.present ?? 1));
    const absent = Float64Array.from(cause.ratios.map((r) => r.absent ?? 1));
    const moves = cause.ratios
      .flatMap((r, k) =>
        r.bands
          ? []
          : [
              { k, state: PRESENT, ratio: present[k] as number },
              { k, state: ABSENT, ratio: absent[k] as number },
            ].filter((e) => e.ratio !== 1),
      )
      .map((e) => ({ ...e, strength: Math.abs(Math.log(e.ratio)) }))
      .sort((a, b) => b.strength - a.strength || a.k - b.k);
    const finding = Int32Array.from(cause.ratios.map((r) => indexOfKnown(r.finding)));
    const words = Math.max(1, Math.ceil(moves.length / 32));
    const marks = { markAt: markWords, words, ...markBits(moves, cause.ratios.length) };
    markWords += words;
    return {
      cause,
      id: cause.id,
      kind: KIND.get(cause.id) ?? 'common',
      modifierConds: condSet((cause.prior.modifiers ?? []).map((m) => compileCond(m.when))),
      logPriorBy: logPriors(cause),
      finding,
      present,
      absent,
      logPresent: present.map(Math.log),
      logAbsent: absent.map((x, k) => (cause.ratios[k]?.bands ? 0 : Math.log(x))),
      bands: cause.ratios.map((r) => r.bands),
      bandRatio: cause.ratios.map((r) => (r.bands ? Float64Array.from(r.bands, (b) => b.ratio) : undefined)),
      bandLog: cause.ratios.map((r) =>
        r.bands ? Float64Array.from(r.bands, (b) => Math.log(b.ratio)) : undefined,
      ),
      bandGte: cause.ratios.map((r) =>
        r.bands ? Float64Array.from(r.bands, (b) => b.gte ?? Number.NaN) : undefined,
      ),
      bandLt: cause.ratios.map((r) =>
        r.bands ? Float64Array.from(r.bands, (b) => b.lt ?? Number.NaN) : undefined,
      ),
      bandStrength: cause.ratios.map((r) =>
        r.bands ? Float64Array.from(r.bands, (b) => Math.abs(Math.log(b.ratio))) : undefined,
      ),
      isBand: Uint8Array.from(cause.ratios, (r) => (r.bands ? 1 : 0)),
      logByState: Float64Array.from(
        cause.ratios.flatMap((r, k) => (r.bands ? [0, 0, 0] : logsByState(present, absent, k))),
      ),
      explain: {
        k: Int32Array.from(moves, (e) => e.k),
        finding: Int32Array.from(moves, (e) => finding[e.k] as number),
        state: Uint8Array.from(moves, (e) => e.state),
        ratio: Float64Array.from(moves, (e) => e.ratio),
        strength: Float64Array.from(moves, (e) => e.strength),
        raises: Uint8Array.from(moves, (e) => (e.ratio > 1 ? 1 : 0)),
        raisesBits: bitsOf(
          moves.flatMap((e, j) => (e.ratio > 1 ? [j] : [])),
          words,
        ),
        id: moves.map((e) => findingAt(finding[e.k] as number)),
        valued: moves.some((e) => e.state === PRESENT && isNumberFinding(findingAt(finding[e.k] as number))),
        entry: moves.map(
          (e): CauseEvidence =>
            Object.freeze({
              finding: findingAt(finding[e.k] as number),
              ratio: e.ratio,
              answer: e.state === PRESENT ? 'present' : 'absent',
            }),
        ),
      },
      bandPositions: cause.ratios.flatMap((r, k) => (r.bands ? [k] : [])),
      marks,
    };
  });
  const position = new Map(kb.causes.map((c, i) => [c.id as string, i]));
  const suspectRules = kb.triageRules.flatMap((r, at): SuspectRule[] => {
    if (!r.suspects || (r.level !== 'emergency' && r.level !== 'urgent')) return [];
    const suspected = r.suspects.flatMap((id) => position.get(id) ?? []);
    const mentioned = mentions(r.when);
    return [
      {
        ruleId: r.id,
        position: at,
        when: compileCond(r.when),
        worth: Math.log(kb.suspectRatio.ratio[r.level]),
        causes: Int32Array.from(suspected),
        mentionedAt: suspected.map((ci) =>
          Int32Array.from(
            (kb.causes[ci] as CauseKnowledge).ratios.flatMap((ratio, k) =>
              mentioned.has(ratio.finding) ? [k] : [],
            ),
          ),
        ),
      },
    ];
  });
  const causesReading = Array.from({ length: FINDING_COUNT }, (_, i) =>
    Int32Array.from(
      kb.causes.flatMap((c, ci) => {
        const read = [
          ...c.ratios.map((r) => r.finding),
          ...(c.prior.modifiers ?? []).flatMap((m) => [...mentions(m.when).keys()]),
        ];
        return read.some((id) => indexOfKnown(id) === i) ? [ci] : [];
      }),
    ),
  );
  const suspectRulesRead = new Uint8Array(FINDING_COUNT);
  for (const r of kb.triageRules)
    if (r.suspects && (r.level === 'emergency' || r.level === 'urgent'))
      for (const id of mentions(r.when).keys()) suspectRulesRead[indexOfKnown(id)] = 1;
  const program = {
    causes,
    suspectRules,
    suspectPositions: Int32Array.from(suspectRules, (r) => r.position),
    causesReading,
    suspectRulesRead,
    markWords,
    personPriors: personPriors(
      kb.causes.map((c) => c.prior.modifiers ?? []),
      (ci, f) => logPriorOf(causes[ci] as CauseVector, f),
      (age, sex) => answersOf({ age, sex, evidence: [] }),
    ),
  };
  cache.set(kb, program);
  return program;
}

/** Per ratio and state, the word and bit of the explain entry that answer is (bit 0 for none). */
function markBits(
  moves: readonly { readonly k: number; readonly state: number }[],
  ratios: number,
): { word: Int32Array; bit: Int32Array } {
  const word = new Int32Array(3 * ratios);
  const bit = new Int32Array(3 * ratios);
  moves.forEach((e, j) => {
    word[3 * e.k + e.state] = j >>> 5;
    bit[3 * e.k + e.state] = 1 << (j & 31);
  });
  return { word, bit };
}

function bitsOf(positions: readonly number[], words: number): Int32Array {
  const bits = new Int32Array(words);
  for (const j of positions) bits[j >>> 5] = (bits[j >>> 5] as number) | (1 << (j & 31));
  return bits;
}

function logsByState(present: Float64Array, absent: Float64Array, k: number): number[] {
  const logs = [0, 0, 0];
  logs[PRESENT] = Math.log(present[k] as number);
  logs[ABSENT] = Math.log(absent[k] as number);
  return logs;
}

/**
 * The position in `c.bands[k]` of the band the person's value falls in, or -1 when no band applies (the
 * finding is not present, has no value, or the value is in no band): the first band that holds.
 */
export function bandAt(c: CauseVector, k: number, f: Facts): number {
  const gte = c.bandGte[k];
  const lt = c.bandLt[k] as Float64Array;
  const i = c.finding[k] as number;
  if (!gte || f.state[i] !== PRESENT) return -1;
  const v = f.value[i] as number;
  if (Number.isNaN(v)) return -1;
  // "Not below the lower bound and not at or above the upper one": for a value that is a number, the
  // same as `v >= gte && v < lt`, and an open bound (NaN) fails its comparison, so it never excludes.
  for (let j = 0; j < gte.length; j++) if (!(v < (gte[j] as number)) && !(v >= (lt[j] as number))) return j;
  return -1;
}

/**
 * The log of the ratio the k-th finding applies to the cause (0 when unknown or not informative), from
 * the logs taken once.
 */
export function logRatioAt(c: CauseVector, k: number, f: Facts): number {
  const i = c.finding[k] as number;
  const s = f.state[i];
  if (s === UNKNOWN) return 0;
  if (c.isBand[k] === 1) return bandLogAt(c, k, f);
  return (s === PRESENT ? c.logPresent[k] : c.logAbsent[k]) as number;
}

export function bandLogAt(c: CauseVector, k: number, f: Facts): number {
  const j = bandAt(c, k, f);
  return j < 0 ? 0 : ((c.bandLog[k] as Float64Array)[j] as number);
}

/**
 * A cause's log score: its prior, what the fired rules add (`weight`), and its ratios in the knowledge
 * base's order (a band's absent log is 0, so only a present band needs its own look-up).
 */
export function causeScore(c: CauseVector, f: Facts, weight: number): number {
  let s = logPriorOf(c, f) + weight;
  const { finding, logPresent, logAbsent, isBand } = c;
  const state = f.state;
  if (c.bandPositions.length === 0) {
    // An unknown finding adds 0, which leaves the sum as it was.
    const logs = c.logByState;
    for (let k = 0; k < finding.length; k++)
      s += logs[3 * k + (state[finding[k] as number] as number)] as number;
    return s;
  }
  for (let k = 0; k < finding.length; k++) {
    const x = state[finding[k] as number];
    if (x === PRESENT) s += isBand[k] === 1 ? bandLogAt(c, k, f) : (logPresent[k] as number);
    else if (x === ABSENT) s += logAbsent[k] as number;
  }
  return s;
}

/**
 * The log of the cause's prior for this person, from the logs taken once (logPriorBy; its entry 0, no
 * modifier holding, is the log of the base prior).
 */
export function logPriorOf(c: CauseVector, f: Facts): number {
  const n = c.modifierConds.kind.length;
  let held = 0;
  for (let j = 0; j < n; j++) if (holdsIn(c.modifierConds, j, f)) held |= 1 << j;
  return c.logPriorBy[held] as number;
}

/** Most modifiers a cause may have: its table of logs has 2^n entries. */
const MAX_MODIFIERS = 10;

/** logPriorBy of a cause: per combination of its modifiers, the log of its prior multiplied by them in order. */
function logPriors(cause: CauseKnowledge): Float64Array {
  const modifiers = cause.prior.modifiers ?? [];
  if (modifiers.length > MAX_MODIFIERS)
    throw new Error(`Cause "${cause.id}" has more than ${MAX_MODIFIERS} prior modifiers.`);
  return Float64Array.from({ length: 1 << modifiers.length }, (_, held) => {
    let p = cause.prior.base;
    modifiers.forEach((m, j) => {
      if ((held & (1 << j)) !== 0) p *= m.multiply;
    });
    return Math.log(p);
  });
}
