/**
 * The exact-JSON fast path (exact-json.ts) must never change a byte: wherever its check passes,
 * JSON.stringify's text is fast-json-stringify's text through the same schema. Checked on the real
 * answers (every development vignette's assessment in both views and every language, and the
 * interview steps it passes through), on those answers bent in the ways that must fall back to the
 * schema's serialiser (an undeclared field, a field out of order, a value needing coercion), and on
 * small schemas that pin down each rule.
 */
import { describe, expect, it } from 'vitest';
import { assessRaw, interviewRaw } from '../engine/api.ts';
import { readCaseFile } from '../engine/testing/golden-files.ts';
import { fullInput } from '../eval/case.ts';
import { runInterview } from '../eval/evaluate.ts';
import { LANGUAGES, renderer } from '../i18n/catalogs.ts';
import { localiseAssessment, localiseStep } from '../i18n/localise.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { API_ROUTES, apiDocument } from './app.ts';
import { exactCheck, withExactFastPath } from './exact-json.ts';
import { answerCheck, fastifyResponseSchemas, schemaSerialiser, serialiserCompiler } from './openapi.ts';

const cases = readCaseFile('dev');
const kb = getKnowledge();
const doc = apiDocument();

function answerSchema(url: string): unknown {
  const route = API_ROUTES.find((r) => r.url === url);
  if (!route) throw new Error(url);
  return fastifyResponseSchemas(doc, route)['200'];
}

const ASSESS = answerSchema('/api/v1/assess');
const INTERVIEW = answerSchema('/api/v1/interview');

/** Both serialisers' text, or the error each throws. */
function outcome(f: (v: unknown) => string, v: unknown): string {
  try {
    return f(v);
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}

interface Answer {
  readonly view: 'compact' | 'full';
  readonly answer: unknown;
}

function assessments(): Answer[] {
  const out: Answer[] = [];
  for (const c of cases) {
    const result = assessRaw(fullInput(c));
    if (!result.ok) throw new Error(c.id);
    for (const lang of LANGUAGES)
      for (const view of ['compact', 'full'] as const)
        out.push({ view, answer: localiseAssessment(result.value, renderer(lang), kb, view) });
  }
  return out;
}

function steps(): Answer[] {
  const out: Answer[] = [];
  for (const c of cases) {
    const { input } = runInterview(kb, c);
    const n = input.evidence.length;
    for (const f of [0, 0.5, 1]) {
      const step = interviewRaw({ ...input, evidence: input.evidence.slice(0, Math.floor(n * f)) });
      if (!step.ok) throw new Error(c.id);
      for (const view of ['compact', 'full'] as const)
        out.push({ view, answer: localiseStep(step.value, renderer('en'), kb, view) });
    }
  }
  return out;
}

/** Every object and array inside `v` (itself included), with a way to put a changed copy in its place. */
function* places(
  v: unknown,
  replace: (x: unknown) => unknown = (x) => x,
): Generator<{
  value: object;
  replace: (x: unknown) => unknown;
}> {
  if (!v || typeof v !== 'object') return;
  yield { value: v, replace };
  if (Array.isArray(v))
    for (const [i, item] of v.entries())
      yield* places(item, (x) => replace(v.map((old, j) => (j === i ? x : old))));
  else
    for (const [k, item] of Object.entries(v))
      yield* places(item, (x) => replace({ ...(v as object), [k]: x }));
}

/** Ways to bend an object or array so that it is no longer exactly what its schema describes. */
const bends: ReadonlyArray<readonly [string, (o: object) => unknown]> = [
  ['an undeclared field', (o) => (Array.isArray(o) ? o : { ...o, undeclared: 'secret' })],
  [
    'fields in reverse order',
    (o) => (Array.isArray(o) ? [...o].reverse() : Object.fromEntries(Object.entries(o).reverse())),
  ],
  ['a toJSON', (o) => (Array.isArray(o) ? o : { ...o, toJSON: () => 'other' })],
  ['a Date', () => new Date(0)],
  ['null', () => null],
  [
    'NaN in each field',
    (o) =>
      Array.isArray(o)
        ? [...o, Number.NaN]
        : Object.fromEntries(Object.entries(o).map(([k]) => [k, Number.NaN])),
  ],
  [
    'numbers as strings',
    (o) =>
      Array.isArray(o)
        ? o.map(String)
        : Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v])),
  ],
  [
    'strings as numbers',
    (o) =>
      Array.isArray(o)
        ? o.map(() => 1)
        : Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? 1 : v])),
  ],
  ['a hole', (o) => (Array.isArray(o) ? [...o, undefined] : o)],
];

describe('the exact-JSON fast path', () => {
  const fast = serialiserCompiler(doc);

  it.each([
    ['assessment', ASSESS, assessments],
    ['interview step', INTERVIEW, steps],
  ] as const)(
    'takes every real %s, and writes what the schema’s serialiser writes',
    (_name, schema, make) => {
      const check = answerCheck(doc, schema);
      expect(check).not.toBeNull();
      const reference = schemaSerialiser(doc, schema);
      const serialise = fast({ schema });
      const answers = make();
      expect(answers.length).toBeGreaterThan(100);
      for (const { view, answer } of answers) {
        // The default (compact) view takes the fast path, else it saves nothing; the full view's
        // objects are not all built in the schema's order, and the schema's serialiser writes them.
        // The text is the reference's, byte for byte, either way.
        if (view === 'compact') {
          expect(check?.(answer)).toBe(true);
          expect(JSON.stringify(answer)).toBe(reference(answer));
        }
        expect(serialise(answer)).toBe(reference(answer));
      }
    },
  );

  it.each([
    ['assessment', ASSESS, assessments],
    ['interview step', INTERVIEW, steps],
  ] as const)(
    'writes what the schema’s serialiser writes for a bent %s, leaving out what is undeclared',
    (_n, schema, make) => {
      const check = answerCheck(doc, schema);
      const reference = schemaSerialiser(doc, schema);
      const serialise = fast({ schema });
      // A few answers, every object and array in them, every bend: thousands of variants.
      const sample = make()
        .filter((a, i) => a.view === 'compact' && i % 40 === 0)
        .map((a) => a.answer);
      let variants = 0;
      let refused = 0;
      for (const a of sample)
        for (const { value, replace } of places(a))
          for (const [, bend] of bends) {
            const variant = replace(bend(value));
            variants++;
            if (!check?.(variant)) refused++;
            expect(outcome(serialise, variant)).toBe(outcome(reference, variant));
          }
      expect(variants).toBeGreaterThan(1000);
      // Most bends leave the fast path: the schema's serialiser wrote those.
      expect(refused).toBeGreaterThan(variants / 2);
      // An undeclared field is never sent.
      for (const a of sample)
        expect(outcome(serialise, { ...(a as object), undeclared: 'secret' })).not.toContain('secret');
    },
    120_000,
  );
});

describe('exactCheck on small schemas', () => {
  const none = () => {
    throw new Error('no $ref here');
  };
  const object = {
    type: 'object',
    properties: { a: { type: 'string' }, b: { type: 'integer' }, c: { type: ['number', 'null'] } },
    required: ['b'],
    additionalProperties: false,
  };

  it('wants the required properties first, then the optional ones, each in schema order', () => {
    const check = exactCheck(object, none);
    expect(check?.({ b: 1, a: 'x', c: 2.5 })).toBe(true);
    expect(check?.({ b: 1, c: null })).toBe(true);
    expect(check?.({ a: 'x', b: 1 })).toBe(false);
    expect(check?.({ b: 1, c: 1, a: 'x' })).toBe(false);
    expect(check?.({ a: 'x' })).toBe(false);
    expect(check?.({ b: 1, a: undefined })).toBe(true);
  });

  it('refuses what the serialiser would coerce or leave out', () => {
    const check = exactCheck(object, none);
    expect(check?.({ b: 1.5 })).toBe(false);
    expect(check?.({ b: '1' })).toBe(false);
    expect(check?.({ b: 1, c: Number.POSITIVE_INFINITY })).toBe(false);
    expect(check?.({ b: 1, d: 1 })).toBe(false);
    expect(check?.({ b: 1, toJSON: () => ({}) })).toBe(false);
    expect(check?.(Object.assign(Object.create({ inherited: 1 }), { b: 1 }))).toBe(false);
  });

  it('takes a record’s keys in the object’s own order, and refuses a toJSON or a Date', () => {
    const check = exactCheck({ type: 'object', additionalProperties: { type: 'number' } }, none);
    expect(check?.({ z: 1, a: 2 })).toBe(true);
    expect(check?.({ z: 'no' })).toBe(false);
    expect(check?.(new Date(0))).toBe(false);
  });

  it('tells oneOf branches apart by a const every branch requires, through $refs', () => {
    const schemas: Record<string, unknown> = {
      Yes: {
        type: 'object',
        properties: { done: { type: 'boolean', const: true }, n: { type: 'integer' } },
        required: ['done', 'n'],
        additionalProperties: false,
      },
      No: {
        type: 'object',
        properties: { done: { type: 'boolean', const: false }, q: { type: 'string' } },
        required: ['done', 'q'],
        additionalProperties: false,
      },
    };
    const resolve = (ref: string) => schemas[ref.slice('#/'.length)];
    const check = exactCheck({ oneOf: [{ $ref: '#/No' }, { $ref: '#/Yes' }] }, resolve);
    expect(check?.({ done: true, n: 1 })).toBe(true);
    expect(check?.({ done: false, q: 'x' })).toBe(true);
    expect(check?.({ done: false, n: 1 })).toBe(false);
    expect(check?.({ done: 'yes', n: 1 })).toBe(false);
    const undiscriminated = exactCheck({ oneOf: [{ type: 'string' }, { type: 'integer' }] }, none);
    expect(undiscriminated).toBeNull();
  });

  it('has no check for a schema outside what it knows, and then the serialiser alone writes', () => {
    for (const schema of [
      { type: 'string', format: 'date-time' },
      { type: 'object', patternProperties: { '^x': { type: 'string' } } },
      { type: ['integer', 'number'] },
      { type: 'array', items: [{ type: 'string' }] },
      { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'string' } },
    ])
      expect(exactCheck(schema, none)).toBeNull();
    const serialise = (v: unknown) => `schema's ${String(v)}`;
    expect(withExactFastPath({ type: 'string', format: 'x' }, none, serialise)('a')).toBe("schema's a");
    expect(withExactFastPath({ type: 'string' }, none, serialise)('a')).toBe('"a"');
    expect(withExactFastPath({ type: 'string' }, none, serialise)(1)).toBe("schema's 1");
  });

  it('follows a schema that refers to itself', () => {
    const schemas: Record<string, unknown> = {
      Tree: {
        type: 'object',
        properties: { kids: { type: 'array', items: { $ref: '#/Tree' } } },
        required: ['kids'],
        additionalProperties: false,
      },
    };
    const check = exactCheck({ $ref: '#/Tree' }, (ref) => schemas[ref.slice(2)]);
    expect(check?.({ kids: [{ kids: [] }, { kids: [{ kids: [] }] }] })).toBe(true);
    expect(check?.({ kids: [{ kids: [{}] }] })).toBe(false);
  });
});
