/**
 * The knowledge base's semantics written the plain way, over maps keyed by finding id: how conditions
 * hold, their three-valued truth, their witnesses, and the absences implied by questions that cannot
 * apply. Tests hold the compiled engine (src/engine/compiled) to it; nothing ships it.
 */
import type { EvidenceState, FindingId } from '../../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../../contract/input.ts';
import { type Cond, type FindingKnowledge, type NumRange, unreachable } from '../../knowledge/types.ts';

export interface RefEvidence {
  readonly age: number;
  readonly sex: 'female' | 'male';
  state(id: string): EvidenceState;
  value(id: string): number | undefined;
  unsure(id: string): boolean;
}

function lookup(input: AssessmentInput, implied: ReadonlySet<string>): RefEvidence {
  const byId = new Map<string, EvidenceItem>();
  for (const e of input.evidence) byId.set(e.id, e);
  return {
    age: input.age,
    sex: input.sex,
    state: (id) => {
      const s = byId.get(id)?.state ?? 'unknown';
      return s === 'unknown' && implied.has(id) ? 'absent' : s;
    },
    value: (id) => {
      const e = byId.get(id);
      return e?.state === 'present' ? e.value : undefined;
    },
    unsure: (id) => byId.get(id)?.state === 'unknown',
  };
}

/** The evidence with the absences implied by questions that cannot apply, repeated until nothing changes. */
export function refEvidence(input: AssessmentInput, findings: readonly FindingKnowledge[]): RefEvidence {
  const mentioned = new Set(input.evidence.map((e) => e.id));
  let implied = new Set<string>();
  for (let pass = 0; pass <= findings.length; pass++) {
    const ev = lookup(input, implied);
    const next = new Set<string>();
    for (const f of findings)
      if (f.askIf && !mentioned.has(f.id) && refTruth(f.askIf, ev) === 'false') next.add(f.id);
    if (next.size === implied.size && [...next].every((id) => implied.has(id))) break;
    implied = next;
  }
  return lookup(input, implied);
}

function inRange(v: number, r: NumRange): boolean {
  if (r.gte !== undefined && !(v >= r.gte)) return false;
  if (r.gt !== undefined && !(v > r.gt)) return false;
  if (r.lte !== undefined && !(v <= r.lte)) return false;
  if (r.lt !== undefined && !(v < r.lt)) return false;
  return true;
}

export function refHolds(cond: Cond, ev: RefEvidence): boolean {
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
      return cond.of.every((c) => refHolds(c, ev));
    case 'any':
      return cond.of.some((c) => refHolds(c, ev));
    case 'not':
      return !refHolds(cond.cond, ev);
    default:
      return unreachable(cond);
  }
}

export function refTruth(cond: Cond, ev: RefEvidence): 'true' | 'false' | 'unknown' {
  const tri = (s: EvidenceState, want: 'present' | 'absent') =>
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
      if (ev.value(cond.id) !== undefined) return refHolds(cond, ev) ? 'true' : 'false';
      return ev.state(cond.id) === 'absent' ? 'false' : 'unknown';
    case 'age':
    case 'sex':
    case 'unsure':
      return refHolds(cond, ev) ? 'true' : 'false';
    case 'all': {
      let out: 'true' | 'unknown' = 'true';
      for (const c of cond.of) {
        const t = refTruth(c, ev);
        if (t === 'false') return 'false';
        if (t === 'unknown') out = 'unknown';
      }
      return out;
    }
    case 'any': {
      let out: 'false' | 'unknown' = 'false';
      for (const c of cond.of) {
        const t = refTruth(c, ev);
        if (t === 'true') return 'true';
        if (t === 'unknown') out = 'unknown';
      }
      return out;
    }
    case 'not': {
      const t = refTruth(cond.cond, ev);
      return t === 'unknown' ? 'unknown' : t === 'true' ? 'false' : 'true';
    }
    default:
      return unreachable(cond);
  }
}

/** Present findings and known numbers under `all`, the first true branch of `any`; negations name nothing. */
export function refWitnesses(cond: Cond, ev: RefEvidence, out = new Set<FindingId>()): FindingId[] {
  switch (cond.op) {
    case 'present':
    case 'notAbsent':
      if (ev.state(cond.id) === 'present') out.add(cond.id);
      break;
    case 'unsure':
      if (ev.unsure(cond.id)) out.add(cond.id);
      break;
    case 'num':
      if (ev.value(cond.id) !== undefined) out.add(cond.id);
      break;
    case 'all':
      for (const c of cond.of) refWitnesses(c, ev, out);
      break;
    case 'any': {
      const first = cond.of.find((c) => refHolds(c, ev));
      if (first) refWitnesses(first, ev, out);
      break;
    }
    case 'absent':
    case 'age':
    case 'sex':
    case 'not':
      break;
    default:
      unreachable(cond);
  }
  return [...out];
}
