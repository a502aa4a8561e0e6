/**
 * POST /api/v1/feedback over the memory store: a report reaches the store apart from any account (even
 * when sent signed in), bad input is a 400 naming the problem, the route is rate-limited more tightly
 * than the rest, the report's words never reach the log, and the route is in the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config/config.ts';
import { FEEDBACK_TEXT_MAX } from '../contract/vocabulary.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { buildApp } from './app.ts';
import { createLogger } from './logging.ts';
import { expectJsonError, type Harness, openHarness, signUp } from './testing/harness.ts';

const REPORT = {
  problem: 'unsafe',
  item: { kind: 'advice', id: 'stay_active' },
  text: 'The heat advice did not mention my neuropathy.',
  lang: 'en',
} as const;

describe('POST /api/v1/feedback', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('memory');
  });
  afterAll(async () => h?.close());

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    h.app.inject({ method: 'POST', url: '/api/v1/feedback', headers, payload: payload as object });

  it('stores a report without an account, and answers its id', async () => {
    const res = await post(REPORT);
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json() as { id: string };
    const stored = (await h.store.feedback.list({ limit: 1000 })).find((r) => r.id === id);
    expect(stored).toMatchObject({ ...REPORT, answers: null });
  });

  it('keeps the answers only when they are sent, validated as a check input', async () => {
    const answers = { age: 52, sex: 'male', evidence: [{ id: 'pain_lower_back', state: 'present' }] };
    const res = await post({ problem: 'wrong', item: { kind: 'triage', id: 'self_care' }, answers });
    expect(res.statusCode, res.body).toBe(201);
    const stored = (await h.store.feedback.list({ limit: 1000 })).find((r) => r.id === res.json().id);
    expect(stored).toMatchObject({ problem: 'wrong', text: null, lang: null, answers });
  });

  it('links no account even when the person is signed in (and needs no CSRF token)', async () => {
    const client = await signUp(h.app);
    const res = await post(
      { problem: 'unclear', item: { kind: 'cause', id: 'muscle_strain' } },
      { cookie: client.cookie },
    );
    expect(res.statusCode, res.body).toBe(201);
    const stored = (await h.store.feedback.list({ limit: 1000 })).find((r) => r.id === res.json().id);
    expect(JSON.stringify(stored)).not.toContain(client.userId);
    expect(Object.keys(stored ?? {}).sort()).toEqual(
      ['answers', 'id', 'item', 'lang', 'problem', 'receivedAt', 'text'].sort(),
    );
  });

  it.each([
    ['an unknown problem', { ...REPORT, problem: 'meh' }, 'invalid_value', 'problem'],
    ['an unknown kind of card', { ...REPORT, item: { kind: 'page', id: 'x' } }, 'invalid_value', 'item.kind'],
    [
      'an advice id that does not exist',
      { ...REPORT, item: { kind: 'advice', id: 'nope' } },
      'invalid_value',
      'item.id',
    ],
    [
      'a triage level that does not exist',
      { ...REPORT, item: { kind: 'triage', id: 'soon' } },
      'invalid_value',
      'item.id',
    ],
    ['no card', { problem: 'wrong' }, 'missing_field', 'item'],
    [
      'a text over the limit',
      { ...REPORT, text: 'x'.repeat(FEEDBACK_TEXT_MAX + 1) },
      'invalid_value',
      'text',
    ],
    ['a text with control characters', { ...REPORT, text: 'bell \u0007' }, 'invalid_value', 'text'],
    ['an unknown field', { ...REPORT, email: 'a@example.org' }, 'unknown_field', ''],
    [
      'answers naming an unknown finding',
      { ...REPORT, answers: { age: 40, sex: 'female', evidence: [{ id: 'fevr', state: 'present' }] } },
      'unknown_finding',
      'answers.evidence[0].id',
    ],
  ])('refuses %s with 400, naming the problem, and stores nothing', async (_name, body, code, path) => {
    const before = (await h.store.feedback.list({ limit: 100_000 })).length;
    const res = await post(body);
    expect(expectJsonError(res, 400)).toBe(code);
    expect(res.json().error.issues[0].path).toBe(path);
    expect((await h.store.feedback.list({ limit: 100_000 })).length).toBe(before);
  });

  it('is in the API document as a public operation with its 429', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/v1/feedback'].post;
    expect(op.security).toEqual([]);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['201', '400', '413', '415', '429']));
  });
});

describe('POST /api/v1/feedback rate limit', () => {
  it('allows a few reports per address per window, then answers 429 with Retry-After', async () => {
    const base = testConfig();
    const h = await openHarness('memory', {
      rateLimits: { ...base.rateLimits, feedbackPerIp: 3, feedbackWindowMs: 60 * 60_000 },
    });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await h.app.inject({ method: 'POST', url: '/api/v1/feedback', payload: REPORT });
        expect(res.statusCode, res.body).toBe(201);
      }
      const res = await h.app.inject({ method: 'POST', url: '/api/v1/feedback', payload: REPORT });
      expect(expectJsonError(res, 429)).toBe('rate_limited');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect((await h.store.feedback.list({ limit: 100 })).length).toBe(3);
      // Tighter than the limit every route has.
      expect(h.config.rateLimits.feedbackPerIp).toBeLessThan(base.rateLimits.signinPerIp);
      expect(testConfig().rateLimits.feedbackWindowMs).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });
});

describe('POST /api/v1/feedback and the log', () => {
  it('never logs the report’s words, whether it is stored or refused', async () => {
    const lines: string[] = [];
    // Debug: each request's own line is written too (at info a quick request writes none).
    const app = await buildApp(testConfig(), new MemoryStore(), {
      logger: createLogger('debug', { write: (s: string) => lines.push(s) }),
    });
    const marker = 'MARKER-7f3a my sciatica felt like Zanzibar';
    const send = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/feedback', payload });
    expect((await send({ ...REPORT, text: marker })).statusCode).toBe(201);
    expect((await send({ ...REPORT, text: `${marker} ${'x'.repeat(FEEDBACK_TEXT_MAX)}` })).statusCode).toBe(
      400,
    );
    expect((await send({ ...REPORT, problem: marker })).statusCode).toBe(400);
    expect((await send({ ...REPORT, item: { kind: 'advice', id: marker } })).statusCode).toBe(400);
    await app.close();
    const log = lines.join('');
    expect(log).toContain('"url":"/api/v1/feedback"');
    for (const word of ['MARKER-7f3a', 'Zanzibar', 'sciatica']) expect(log).not.toContain(word);
  });
});
