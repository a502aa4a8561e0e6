/**
 * The compiled conditions and the settled facts against the knowledge base's semantics written the
 * plain way (testing/reference-semantics.ts): for every condition in the knowledge base and random
 * people (answers present, absent, "I don't know" or missing, numbers on both sides of thresholds),
 * whether it holds, its three-valued truth, its witnesses and the implied absences all agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_FINDINGS } from '../../contract/ids.ts';
import type { AssessmentInput, EvidenceItem } from '../../contract/input.ts';
import { getKnowledge } from '../../knowledge/index.ts';
import type { Cond } from '../../knowledge/types.ts';
import { factsFor } from '../evidence.ts';
import { refEvidence, refHolds, refTruth, refWitnesses } from '../testing/reference-semantics.ts';
import { compileCond, condSet, FALSE, holdsIn, TRUE, witnessIds } from './conditions.ts';
import { ABSENT, PRESENT, UNKNOWN } from './facts.ts';
import { FINDING_COUNT, findingAt } from './finding-index.ts';

const kb = getKnowledge();

const conditions: { where: string; cond: Cond }[] = [
  ...kb.triageRules.map((r) => ({ where: `triage ${r.id}`, cond: r.when })),
  ...kb.safetyRules.map((r) => ({ where: `safety ${r.id}`, cond: r.when })),
  ...kb.advice.flatMap((a) => (a.showIf ? [{ where: `advice ${a.id}`, cond: a.showIf }] : [])),
  ...kb.safetyNet.flatMap((s) => (s.showIf ? [{ where: `safety net ${s.id}`, cond: s.showIf }] : [])),
  ...kb.findings.flatMap((f) => (f.askIf ? [{ where: `askIf ${f.id}`, cond: f.askIf }] : [])),
  ...kb.causes.flatMap((c) =>
    (c.prior.modifiers ?? []).map((m, i) => ({ where: `prior ${c.id}[${i}]`, cond: m.when })),
  ),
];

/** Random people: each finding answered present, absent or "I don't know", or not at all. */
const people: fc.Arbitrary<AssessmentInput> = fc
  .record({
    age: fc.integer({ min: 0, max: 120 }),
    sex: fc.constantFrom('female' as const, 'male' as const),
    answers: fc.array(fc.constantFrom('present', 'absent', 'unknown', 'none', 'none', 'absent'), {
      minLength: ALL_FINDINGS.length,
      maxLength: ALL_FINDINGS.length,
    }),
    pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    duration: fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: undefined }),
  })
  .map(({ age, sex, answers, pain, duration }) => {
    const evidence: EvidenceItem[] = [];
    ALL_FINDINGS.forEach((f, i) => {
      const a = answers[i];
      if (a === undefined || a === 'none') return;
      if (f.kind === 'number') {
        const value = f.id === 'pain_severity' ? pain : duration;
        if (a === 'present' && value !== undefined) evidence.push({ id: f.id, state: 'present', value });
        else if (a !== 'present') evidence.push({ id: f.id, state: a === 'absent' ? 'absent' : 'unknown' });
        return;
      }
      evidence.push({ id: f.id, state: a as EvidenceItem['state'] });
    });
    return { age, sex, evidence };
  });

// Each property compares whole snapshots (one assertion per person, naming what differs) rather than
// asserting per condition or per finding: tens of thousands of assertions took seconds on a busy
// machine. The limits catch a hang, not a busy machine.
const PROPERTY_TIMEOUT_MS = 60_000;

describe('compiled conditions', () => {
  it(
    `agree with the plain semantics on all ${conditions.length} conditions of the knowledge base`,
    () => {
      fc.assert(
        fc.property(people, (input) => {
          const facts = factsFor(input, kb.findings);
          const ev = refEvidence(input, kb.findings);
          const compiled: string[] = [];
          const plain: string[] = [];
          for (const { where, cond } of conditions) {
            const c = compileCond(cond);
            const t = c.truth(facts);
            const held = c.holds(facts);
            const truth = t === TRUE ? 'true' : t === FALSE ? 'false' : 'unknown';
            compiled.push(`${where}: ${held} ${truth} ${held ? witnessIds(c, facts).join(',') : ''}`);
            const refHeld = refHolds(cond, ev);
            plain.push(
              `${where}: ${refHeld} ${refTruth(cond, ev)} ${refHeld ? refWitnesses(cond, ev).join(',') : ''}`,
            );
          }
          expect(compiled).toEqual(plain);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('a set of conditions (CondSet)', () => {
  const set = condSet(conditions.map(({ cond }) => compileCond(cond)));

  it(
    'says whether each holds, from its gate and its closure or in line, as the plain semantics do',
    () => {
      fc.assert(
        fc.property(people, (input) => {
          const facts = factsFor(input, kb.findings);
          const ev = refEvidence(input, kb.findings);
          const compiled = conditions.map(({ where }, k) => `${where}: ${holdsIn(set, k, facts)}`);
          const plain = conditions.map(({ where, cond }) => `${where}: ${refHolds(cond, ev)}`);
          expect(compiled).toEqual(plain);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('checks the simple shapes in line (an age range, not absent, unsure of any) and holds without a condition', () => {
    const shapes: Cond[] = [
      { op: 'age', gte: 65 },
      { op: 'notAbsent', id: 'fever' },
      {
        op: 'any',
        of: [
          { op: 'unsure', id: 'fever' },
          { op: 'unsure', id: 'diabetes' },
        ],
      },
    ];
    expect(shapes.map((c) => compileCond(c).simple?.kind)).toEqual([1, 2, 3]);
    const s = condSet([...shapes.map(compileCond), undefined]);
    const at = (age: number, evidence: EvidenceItem[]) =>
      [0, 1, 2, 3].map((k) => holdsIn(s, k, factsFor({ age, sex: 'female', evidence })));
    expect(at(64.9, [])).toEqual([false, true, false, true]);
    expect(at(65, [{ id: 'fever', state: 'absent' }])).toEqual([true, false, false, true]);
    expect(at(30, [{ id: 'diabetes', state: 'unknown' }])).toEqual([false, true, true, true]);
  });
});

describe('settled facts', () => {
  it(
    'hold the same states, values and "I don\'t know"s as the plain evidence, implied absences included',
    () => {
      fc.assert(
        fc.property(people, (input) => {
          const facts = factsFor(input, kb.findings);
          const ev = refEvidence(input, kb.findings);
          const compiled: string[] = [];
          const plain: string[] = [];
          for (let i = 0; i < FINDING_COUNT; i++) {
            const id = findingAt(i);
            const s = facts.state[i];
            const state =
              s === PRESENT ? 'present' : s === ABSENT ? 'absent' : s === UNKNOWN ? 'unknown' : `bad ${s}`;
            const v = facts.value[i] as number;
            compiled.push(`${id}: ${state} ${facts.unsure[i] === 1} ${Number.isNaN(v) ? undefined : v}`);
            plain.push(`${id}: ${ev.state(id)} ${ev.unsure(id)} ${ev.value(id)}`);
          }
          expect(compiled).toEqual(plain);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('take the last answer when a finding is answered twice, as a map would', () => {
    const facts = factsFor({
      age: 40,
      sex: 'male',
      evidence: [
        { id: 'fever', state: 'unknown' },
        { id: 'fever', state: 'present' },
        { id: 'pain_severity', state: 'present', value: 7 },
        { id: 'pain_severity', state: 'absent' },
      ],
    });
    const fever = ALL_FINDINGS.findIndex((f) => f.id === 'fever');
    const pain = ALL_FINDINGS.findIndex((f) => f.id === 'pain_severity');
    expect([facts.state[fever], facts.unsure[fever]]).toEqual([PRESENT, 0]);
    expect([facts.state[pain], Number.isNaN(facts.value[pain] as number)]).toEqual([ABSENT, true]);
  });
});
