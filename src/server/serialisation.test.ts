/**
 * Answers are serialised through the document's schemas (fast-json-stringify), so nothing may be lost or
 * changed on the way: the JSON received equals the engine's output put into words (src/i18n/localise.ts),
 * in both views, for every development vignette and every interview step.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessRaw, interviewRaw } from '../engine/api.ts';
import { renderer } from '../i18n/catalogs.ts';
import { localiseAssessment, localiseStep } from '../i18n/localise.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { type Harness, openHarness } from './testing/harness.ts';

interface Vignette {
  readonly id: string;
  readonly age: number;
  readonly sex: string;
  readonly present: readonly string[];
  readonly absent?: readonly string[];
  readonly values?: Readonly<Record<string, number>>;
}

const vignettes = JSON.parse(
  readFileSync(new URL('../../vignettes/dev.json', import.meta.url), 'utf8'),
) as Vignette[];

function inputOf(v: Vignette) {
  return {
    age: v.age,
    sex: v.sex,
    evidence: [
      ...v.present.map((id) => ({
        id,
        state: 'present',
        ...(v.values?.[id] === undefined ? {} : { value: v.values[id] }),
      })),
      ...(v.absent ?? []).map((id) => ({ id, state: 'absent' })),
    ],
  };
}

/** The engine's output as JSON would carry it (undefined fields dropped, numbers as JSON writes them). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

const en = renderer('en');
const kb = getKnowledge();

let h: Harness;
beforeAll(async () => {
  h = await openHarness('memory');
});
afterAll(async () => h?.close());

describe('the engine’s answers, sent through their schemas', () => {
  it.each(vignettes.map((v) => [v.id, v] as const))(
    '%s: assess and interview answers are whole',
    async (_id, v) => {
      const input = inputOf(v);
      const expected = assessRaw(input);
      if (!expected.ok) throw new Error(`${v.id}: ${JSON.stringify(expected.issues)}`);
      for (const view of ['compact', 'full'] as const) {
        const res = await h.app.inject({
          method: 'POST',
          url: `/api/v1/assess?view=${view}`,
          payload: input,
        });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual(asJson(localiseAssessment(expected.value, en, kb, view)));
      }

      const step = interviewRaw(input);
      if (!step.ok) throw new Error(v.id);
      const interview = await h.app.inject({ method: 'POST', url: '/api/v1/interview', payload: input });
      expect(interview.json()).toEqual(asJson(localiseStep(step.value, en, kb)));
    },
    // Two assessments and an interview step per case, each compared whole: on a busy two-core machine
    // one case was seen taking more than the default 5 s.
    60_000,
  );

  it('keeps the first interview step whole too (a question, not an assessment)', async () => {
    const input = { age: 40, sex: 'female', evidence: [] };
    const step = interviewRaw(input);
    if (!step.ok || step.value.done) throw new Error('expected a question');
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/interview', payload: input });
    expect(res.json()).toEqual(asJson(localiseStep(step.value, en, kb)));
  });
});
