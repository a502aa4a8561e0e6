/**
 * The assessment answers of the API: words in the language asked for beside their codes, small by
 * default (what depends on the person inline, the rest by id from the cacheable knowledge bundle), and
 * everything inline when asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentAnswerSchema } from '../contract/output.ts';
import { readCaseFile } from '../engine/testing/golden-files.ts';
import { type Case, fullInput } from '../eval/case.ts';
import { knowledgeBundleSchema } from '../i18n/knowledge-bundle.ts';
import { expectJsonError, type Harness, openHarness } from './testing/harness.ts';

const cases: readonly Case[] = readCaseFile('dev');

let h: Harness;
beforeAll(async () => {
  h = await openHarness('memory');
});
afterAll(async () => h?.close());

const assess = (body: unknown, query = '', headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'POST', url: `/api/v1/assess${query}`, payload: body as object, headers });

describe('POST /api/v1/assess answers', () => {
  it('are at most 10 KB for a typical dev case (the median), in the compact view, and fit the schema', async () => {
    const sizes: number[] = [];
    for (const c of cases) {
      const res = await assess(fullInput(c));
      expect(res.statusCode).toBe(200);
      expect(assessmentAnswerSchema.safeParse(res.json()).success).toBe(true);
      sizes.push(res.rawPayload.byteLength);
    }
    sizes.sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(10 * 1024);
  });

  it('carry codes beside the words, and the static words only in the full view', async () => {
    const c = cases[0] as Case;
    const compact = (await assess(fullInput(c))).json();
    expect(compact.view).toBe('compact');
    expect(compact.triage.reasons[0]).toMatchObject({
      code: expect.stringMatching(/^triage\./),
      text: expect.any(String),
    });
    expect(compact.triage).toMatchObject({ actionCode: expect.any(String), action: expect.any(String) });
    expect(compact.plan.actions[0]).toMatchObject({
      id: expect.any(String),
      grade: expect.any(String),
      title: expect.any(String),
    });
    expect(compact.plan.actions[0].text).toBeUndefined();
    expect(compact.plan.seedClaims[0].verdict).toBeUndefined();
    const full = (await assess(fullInput(c), '?view=full')).json();
    expect(full.view).toBe('full');
    expect(full.causes).toHaveLength(30);
    expect(full.causesLeftOut).toBe(0);
    expect(full.plan.actions[0].text).toEqual(expect.any(String));
    expect(full.plan.seedClaims[0].verdict).toEqual(expect.any(String));
    expect(full.causes[0].summary).toEqual(expect.any(String));
    // The compact view leaves out only very unlikely causes, and says how many.
    expect(compact.causes.length + compact.causesLeftOut).toBe(30);
    expect(compact.causes.map((x: { id: string }) => x.id)).toEqual(
      full.causes.slice(0, compact.causes.length).map((x: { id: string }) => x.id),
    );
  });

  it('say which language served them, follow ?lang= and Accept-Language, and refuse a language not shipped', async () => {
    const c = cases[0] as Case;
    const byHeader = await assess(fullInput(c), '', { 'accept-language': 'xx-YY, en;q=0.5' });
    expect(byHeader.headers['content-language']).toBe('en');
    expect(byHeader.headers.vary).toContain('accept-language');
    expect(byHeader.json().lang).toBe('en');
    expect(expectJsonError(await assess(fullInput(c), '?lang=xx'), 400)).toBe('invalid_value');
    expect(expectJsonError(await assess(fullInput(c), '?view=huge'), 400)).toBe('invalid_value');
  });
});

describe('GET /api/v1/knowledge', () => {
  it('has the words and facts a compact answer names by id, cacheable with an ETag', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/knowledge?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('en');
    expect(res.headers['cache-control']).toContain('public');
    const bundle = knowledgeBundleSchema.parse(res.json());
    const answer = (await assess(fullInput(cases[0] as Case))).json();
    for (const a of answer.plan.actions) {
      expect(bundle.messages[`advice.${a.id}.text`]).toEqual(expect.any(String));
      expect(bundle.advice[a.id]?.sources.length).toBeGreaterThan(0);
    }
    for (const s of answer.plan.seedClaims)
      expect(bundle.messages[`seed.${s.id}.verdict`]).toEqual(expect.any(String));
    for (const g of answer.plan.safetyNet.getHelpIf)
      expect(bundle.messages[`safetyNet.${g.id}.text`]).toEqual(expect.any(String));
    expect(bundle.messages[answer.plan.safetyNet.reviewAfterCode]).toEqual(expect.any(String));
    const again = await h.app.inject({
      method: 'GET',
      url: '/api/v1/knowledge?lang=en',
      headers: { 'if-none-match': res.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});
