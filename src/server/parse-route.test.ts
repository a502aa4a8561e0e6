/**
 * POST /api/v1/parse over the memory store: a story becomes evidence the interview accepts, with each
 * finding's words in the language asked for; a story with no symptoms gives empty evidence; bad input is
 * a 400 naming the problem by code and path; the text never reaches the log; and the route is in the
 * OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config/config.ts';
import { renderIssue } from '../contract/errors.ts';
import { findingLabel } from '../i18n/assessment-messages.ts';
import { renderer } from '../i18n/catalogs.ts';
import { parseParseInput } from '../parse/input.ts';
import { parseAnswerSchema } from '../parse/output.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { buildApp } from './app.ts';
import { createLogger } from './logging.ts';
import { expectJsonError, type Harness, openHarness } from './testing/harness.ts';

const story =
  "I hurt my lower back lifting a box yesterday, about 7/10. Since this morning I can't pee, and my bum feels numb. I take warfarin.";

describe('POST /api/v1/parse', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('memory');
  });
  afterAll(async () => h?.close());

  const post = (payload: unknown, url = '/api/v1/parse') =>
    h.app.inject({ method: 'POST', url, payload: payload as object });

  it('reads a story into evidence with spans, in the documented shape', async () => {
    const res = await post({ text: story, age: 40, sex: 'male' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(parseAnswerSchema.safeParse(body).success).toBe(true);
    const byId = new Map(body.evidence.map((e: { id: string }) => [e.id, e]));
    for (const id of [
      'pain_lower_back',
      'onset_lifting_twisting',
      'urinary_retention',
      'saddle_numbness',
      'med_anticoagulant',
    ])
      expect(byId.get(id), id).toMatchObject({ state: 'present' });
    expect(byId.get('pain_severity')).toMatchObject({ state: 'present', value: 7 });
    expect(byId.get('duration_days')).toMatchObject({ state: 'present', value: 1 });
    const retention = byId.get('urinary_retention') as { spans: [number, number][] };
    expect(retention.spans.map(([s, e]) => story.slice(s, e))).toContain("can't pee");
  });

  it('puts each finding in words beside its id, in the language asked for', async () => {
    const en = renderer('en');
    for (const [url, headers] of [
      ['/api/v1/parse?lang=en', {}],
      ['/api/v1/parse', { 'accept-language': 'en-GB,en;q=0.8' }],
    ] as const) {
      const res = await h.app.inject({ method: 'POST', url, headers, payload: { text: story } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-language']).toBe('en');
      const body = res.json() as { lang: string; evidence: { id: string; label: string }[] };
      expect(body.lang).toBe('en');
      expect(body.evidence.length).toBeGreaterThan(0);
      for (const e of body.evidence) expect(e.label).toBe(en.render(findingLabel(e.id)));
    }
  });

  it('refuses a language that is not shipped, naming lang', async () => {
    const res = await post({ text: story }, '/api/v1/parse?lang=xx');
    expect(expectJsonError(res, 400)).toBe('invalid_value');
    expect(res.json().error.issues[0].path).toBe('lang');
  });

  it('gives evidence the interview accepts as it is', async () => {
    const parsed = (await post({ text: story })).json();
    const evidence = parsed.evidence
      .filter((e: { state: string }) => e.state !== 'unknown')
      .map(({ id, state, value }: { id: string; state: string; value?: number }) => ({
        id,
        state,
        ...(value === undefined ? {} : { value }),
      }));
    const step = await h.app.inject({
      method: 'POST',
      url: '/api/v1/interview',
      payload: { age: 40, sex: 'male', evidence },
    });
    expect(step.statusCode, step.body).toBe(200);
    // Saddle numbness and being unable to pee settle the level: no question is needed.
    expect(step.json()).toMatchObject({ done: true, assessment: { triage: { level: 'emergency' } } });
  });

  it('answers a story with no symptoms with empty evidence, not an error', async () => {
    const res = await post({ text: 'Hello, what time does the clinic open on Saturday?' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ lang: 'en', evidence: [], unrecognised: [] });
  });

  it('places "since Tuesday" only with today, and lists it as not understood without', async () => {
    const text = 'My back has hurt since Tuesday.';
    const without = (await post({ text })).json();
    expect(without.evidence.find((e: { id: string }) => e.id === 'duration_days')).toBeUndefined();
    expect(without.unrecognised.map((u: { text: string }) => u.text)).toContain('since Tuesday');
    const withToday = (await post({ text, today: '2026-12-03' })).json();
    expect(withToday.evidence.find((e: { id: string }) => e.id === 'duration_days')).toMatchObject({
      value: 2,
    });
  });

  it.each([
    ['no text', { age: 40 }, 'text_invalid', 'text'],
    ['an empty text', { text: '' }, 'text_invalid', 'text'],
    ['a text over 5,000 characters', { text: 'a'.repeat(5001) }, 'text_invalid', 'text'],
    ['a text that is not a string', { text: 42 }, 'text_invalid', 'text'],
    ['an unknown sex', { text: 'back pain', sex: 'f' }, 'sex_invalid', 'sex'],
    ['an impossible age', { text: 'back pain', age: 300 }, 'age_invalid', 'age'],
    ['an impossible date', { text: 'back pain', today: '2026-02-30' }, 'invalid_value', 'today'],
    ['an unknown field', { text: 'back pain', story: 'x' }, 'unknown_field', ''],
    ['a list', ['back pain'], 'invalid_type', ''],
  ])('refuses %s with a 400 naming the problem', async (_name, payload, code, path) => {
    const res = await post(payload);
    expect(expectJsonError(res, 400)).toBe(code);
    const issues = res.json().error.issues as { code: string; path: string; message: string }[];
    expect(issues[0]).toMatchObject({ code, path });
    // The words are the core's own issue, rendered in the language of the request.
    const core = parseParseInput(payload);
    expect(core.ok).toBe(false);
    if (!core.ok) expect(issues).toEqual(core.issues.map((i) => renderIssue(i, renderer('en'))));
  });

  it('is in the OpenAPI document with its request and answer', async () => {
    const doc = (await h.app.inject({ url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/v1/parse'].post;
    const component = (ref: { $ref: string }) => doc.components.schemas[ref.$ref.split('/').at(-1) ?? ''];
    const body = component(op.requestBody.content['application/json'].schema);
    expect(body.properties.text).toMatchObject({ type: 'string', minLength: 1, maxLength: 5000 });
    expect(body.required).toEqual(['text']);
    const answer = component(op.responses['200'].content['application/json'].schema);
    expect(Object.keys(answer.properties).sort()).toEqual(['evidence', 'lang', 'unrecognised']);
    expect(op.parameters.map((p: { name: string }) => p.name)).toContain('lang');
    expect(op.security).toEqual([]);
  });
});

describe('POST /api/v1/parse and the log', () => {
  it('never logs the text, whether it is read or refused', async () => {
    const lines: string[] = [];
    const app = await buildApp(testConfig(), new MemoryStore(), {
      logger: createLogger('info', { write: (s: string) => lines.push(s) }),
    });
    const secret = 'SECRET-STORY my bladder went numb after Zanzibar';
    await app.inject({ method: 'POST', url: '/api/v1/parse', payload: { text: secret } });
    await app.inject({ method: 'POST', url: '/api/v1/parse', payload: { text: secret, sex: secret } });
    await app.inject({
      method: 'POST',
      url: '/api/v1/parse',
      payload: { text: `${secret} ${'x'.repeat(5000)}` },
    });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('"url":"/api/v1/parse"');
    for (const word of ['SECRET-STORY', 'Zanzibar', 'bladder']) expect(log).not.toContain(word);
  });
});
