/**
 * The application shell over the memory store: error bodies, security headers, limits, logging without
 * personal data, the OpenAPI document and its page, and the web app's serving rules.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config/config.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { makeRecord } from '../store/testing/fixtures.ts';
import { API_ROUTES, buildApp, SLOW_REQUEST_MS } from './app.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-body.ts';
import { createLogger } from './logging.ts';
import { cacheControlFor } from './static.ts';
import { checkedApp, expectJsonError, type Harness, openHarness, signUp } from './testing/harness.ts';

describe('errors and limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('memory', { limits: { bodyBytes: 10_000, importBytes: 50_000 } });
  });
  afterAll(async () => h?.close());

  it('answers unknown API routes with a JSON 404', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nothing'],
      ['POST', '/api/v2/assess'],
      ['DELETE', '/api/v1/health'],
      ['GET', '/api'],
    ] as const) {
      expect(expectJsonError(await h.app.inject({ method, url }), 404)).toBe('not_found');
    }
  });

  it('answers a URL that cannot be decoded with a JSON 400, on a route or not', async () => {
    for (const url of ['/api/%', '/api/v1/episodes/%zz', '/api/v1/health%'])
      expect(expectJsonError(await h.app.inject({ url }), 400), url).toBe('invalid_value');
  });

  it('refuses bodies over the limit with 413, and allows the larger import limit on import only', async () => {
    const a = await signUp(h.app);
    const big = { ...makeRecord('checkIns'), notes: 'x'.repeat(20_000) };
    expect(expectJsonError(await a.call('POST', '/api/v1/checkins', big), 413)).toBe('payload_too_large');
    // 20 kB on import gets past the size check and fails validation instead.
    const res = await a.call('POST', '/api/v1/import', {
      format: 'backease-diary',
      notes: 'x'.repeat(20_000),
    });
    expect(expectJsonError(res, 400)).not.toBe('payload_too_large');
    const huge = await a.call('POST', '/api/v1/import', {
      format: 'backease-diary',
      notes: 'x'.repeat(60_000),
    });
    expect(expectJsonError(huge, 413)).toBe('payload_too_large');
  });

  it('refuses JSON nested deeper than any real request, even where the schema takes any JSON', async () => {
    const a = await signUp(h.app);
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    const record = JSON.stringify({ ...makeRecord('assessments'), input: 1 }).replace(
      '"input":1',
      `"input":${deep}`,
    );
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrfToken, 'content-type': 'application/json' },
      payload: record,
    });
    expect(expectJsonError(res, 400)).toBe('invalid_json');
    expect(nestsDeeperThan('{"a":"[[[[[["}', 2)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\"[[[", "b":[[1]]}', 2)).toBe(true);
  });

  it('answers an unexpected failure with a generic 500 JSON body and no stack trace', async () => {
    const store = new MemoryStore();
    store.getProfile = async () => {
      throw new Error('disk on fire at /var/lib/secret/path.ts:12');
    };
    const app = checkedApp(await buildApp(testConfig(), store));
    const a = await signUp(app);
    const res = await a.call('GET', '/api/v1/profile');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: {
        code: 'internal_error',
        message: 'Something went wrong on our side; nothing you sent was stored.',
        issues: [
          {
            code: 'internal_error',
            path: '',
            message: 'Something went wrong on our side; nothing you sent was stored.',
          },
        ],
      },
    });
    expect(res.body).not.toContain('disk on fire');
    await app.close();
  });
});

describe('security headers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('memory');
  });
  afterAll(async () => h?.close());

  it('sends a strict Content-Security-Policy and the usual hardening headers on pages and API answers', async () => {
    for (const url of ['/', '/api/v1/health', '/api/docs']) {
      const res = await h.app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['permissions-policy']).toContain('camera=()');
      // ASVS 3.4.1 at level 2: at least a year, and every subdomain.
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('sends the same security headers on error answers (made once, set before anything can fail)', async () => {
    const health = await h.app.inject({ url: '/api/v1/health' });
    const errors = [
      await h.app.inject({ url: '/api/v1/nothing-here' }),
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/assess',
        headers: { 'content-type': 'application/json' },
        payload: '{"age":',
      }),
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/assess',
        headers: { 'content-type': 'application/json' },
        payload: `${'['.repeat(100)}${']'.repeat(100)}`,
      }),
    ];
    for (const res of errors) {
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      for (const name of [
        'content-security-policy',
        'strict-transport-security',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
        'cross-origin-opener-policy',
      ])
        expect(res.headers[name], name).toBe(health.headers[name]);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('marks API answers no-store, so personal data stays out of caches', async () => {
    const a = await signUp(h.app);
    expect((await a.call('GET', '/api/v1/profile')).headers['cache-control']).toBe('no-store');
    expect((await h.app.inject({ url: '/api/v1/health' })).headers['cache-control']).toBe('no-store');
  });

  it('applies the per-process request limit when configured, with a JSON 429', async () => {
    const base = testConfig();
    const limited = await openHarness('memory', { rateLimits: { ...base.rateLimits, requestsPerMinute: 3 } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push((await limited.app.inject({ url: '/api/v1/health' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await limited.app.inject({ url: '/api/v1/health' });
      expect(expectJsonError(res, 429)).toBe('rate_limited');
      // The web app's files are not counted: a first visit fetches about 110 of them.
      for (let i = 0; i < 5; i++)
        expect((await limited.app.inject({ url: '/assets/app.js' })).statusCode).not.toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('logging', () => {
  it('logs requests and events without emails, passwords, cookies, tokens or diary text', async () => {
    const lines: string[] = [];
    // Debug: every request's own line too, which must not leak either.
    const logger = createLogger('debug', { write: (s: string) => lines.push(s) });
    const store = new MemoryStore();
    const app = checkedApp(await buildApp(testConfig(), store, { logger }));
    const email = 'Secret.Person@example.test';
    const password = 'my very secret passphrase 42';
    const note = 'SECRET-HEALTH-NOTE bladder numbness since Tuesday';
    const signup = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email, password },
    });
    const { csrfToken } = signup.json();
    const cookie = String(signup.headers['set-cookie']).split(';')[0] as string;
    const headers = { cookie, 'x-csrf-token': csrfToken };
    await app.inject({
      method: 'PUT',
      url: '/api/v1/profile',
      headers,
      payload: { age: 41, sex: 'female', evidence: [{ id: 'med_anticoagulant', state: 'present' }] },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/checkins',
      headers,
      payload: { at: '2026-11-28T08:00:00Z', pain: 7, notes: note },
    });
    // Rejected input: its error message quotes what was sent, so it must not reach the log.
    await app.inject({ method: 'POST', url: '/api/v1/checkins', headers, payload: { at: note, pain: 7 } });
    await app.inject({
      method: 'POST',
      url: '/api/v1/assess',
      payload: { age: 41, sex: 'female', evidence: [{ id: note, state: 'present' }] },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email, password: `${password}!` },
    });
    await app.inject({ method: 'POST', url: '/api/v1/auth/signin', payload: { email, password } });
    await app.inject({
      url: `/api/v1/checkins?from=2026-11-01T00:00:00Z&cursor=${encodeURIComponent(note)}`,
      headers,
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { currentPassword: password, newPassword: `${password}-new` },
    });
    store.getProfile = async () => {
      throw new Error('failure');
    };
    await app.inject({ url: '/api/v1/profile', headers });
    await app.close();

    const log = lines.join('');
    // The log is really there and says what happened...
    expect(log).toContain('"msg":"request completed"');
    expect(log).toContain('"event":"auth.signup"');
    expect(log).toContain('"event":"auth.signin_failed"');
    expect(log).toContain('"msg":"request failed"');
    // Security events say where from and who, as a pseudonymous account key, never the id or email.
    const events = lines.map((l) => JSON.parse(l)).filter((e) => e.security === true);
    const userId = signup.json().user.id as string;
    expect(events.map((e) => e.event)).toEqual([
      'auth.signup',
      'auth.signin_failed',
      'auth.signin',
      'auth.password_changed',
    ]);
    for (const e of events) {
      expect(e.ip).toBe('127.0.0.1');
      expect(e.account).toMatch(/^[0-9a-f]{32}$/);
      expect(e.account).toBe(events[0].account);
    }
    expect(log).not.toContain(userId);
    // ...and nothing personal.
    for (const secret of [
      email,
      email.toLowerCase(),
      password,
      'SECRET-HEALTH-NOTE',
      'bladder',
      'med_anticoagulant',
      cookie.split('=')[1] as string,
      csrfToken,
    ]) {
      expect(log, `log contains ${secret}`).not.toContain(secret);
    }
  });

  it('writes nothing at info for a request that went well and fast, and one line for a slow one', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (s: string) => lines.push(s) });
    const app = checkedApp(await buildApp(testConfig(), new MemoryStore(), { logger }));
    app.addHook('preHandler', async (req) => {
      if (req.headers['x-test-slow'])
        await new Promise((resolve) => setTimeout(resolve, SLOW_REQUEST_MS + 50));
    });
    for (let i = 0; i < 5; i++) expect((await app.inject({ url: '/api/v1/health' })).statusCode).toBe(200);
    expect(lines).toEqual([]);
    await app.inject({ url: '/api/v1/health', headers: { 'x-test-slow': '1' } });
    await app.close();
    expect(lines.map((l) => JSON.parse(l)).map((l) => [l.msg, l.req.url, l.res.statusCode])).toEqual([
      ['slow request', '/api/v1/health', 200],
    ]);
  });
});

describe('OpenAPI', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('memory');
  });
  afterAll(async () => h?.close());

  it('documents every API route, with request bodies generated from the validating schemas', async () => {
    const doc = (await h.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const r of API_ROUTES) {
      const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${path}`).toBeDefined();
    }
    const signup = doc.paths['/api/v1/auth/signup'].post.requestBody.content['application/json'].schema;
    expect(signup.properties.password.minLength).toBe(12);
    expect(doc.components.schemas.CheckIn.properties.pain).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 10,
    });
    expect(doc.components.schemas.CheckInNew.required).not.toContain('id');
    const list = doc.paths['/api/v1/episodes'].get.parameters.map((p: { name: string }) => p.name);
    expect(list).toEqual(['from', 'to', 'limit', 'cursor']);
    const put = doc.paths['/api/v1/episodes/{id}'].put;
    expect(put.parameters.map((p: { name: string }) => p.name)).toEqual(['id']);
    // The session cookie and the CSRF header are both needed: one security requirement with both.
    expect(put.security).toEqual([{ session: [], csrf: [] }]);
    expect(doc.components.securitySchemes.csrf).toMatchObject({ in: 'header', name: 'X-CSRF-Token' });
  });

  it('serves /api/docs as a page with no script and a same-origin stylesheet', async () => {
    const page = await h.app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).not.toMatch(/<script|style=|(src|href)="https?:/);
    expect(page.body).toContain('/api/v1/assess');
    expect(page.body).toContain('<link rel="stylesheet" href="/api/docs/docs.css">');
    const css = await h.app.inject({ url: '/api/docs/docs.css' });
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });
});

describe('web app serving', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'backease-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'sw.js'), 'self.x=1');
    // The build's compressed copies (web/scripts/precompress.ts), told apart from the plain file here.
    writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), 'brotli bytes');
    writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), 'gzip bytes');
    writeFileSync(join(dir, 'sw.js.br'), 'brotli sw');
    writeFileSync(join(dir, 'index.html.gz'), 'gzip index');
    writeFileSync(join(dir, 'manifest.webmanifest'), '{}');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, '.secret'), 'no');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves files with the right cache policy and falls back to index.html for app routes', async () => {
    const h = await openHarness('memory', { webDist: dir });
    try {
      const get = (url: string) => h.app.inject({ url });
      const index = await get('/');
      expect(index.statusCode).toBe(200);
      expect(index.headers['cache-control']).toBe('no-cache');
      expect((await get('/assets/index-abc123.js')).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
      expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache');
      expect((await get('/manifest.webmanifest')).headers['cache-control']).toBe('no-cache');
      expect((await get('/favicon.svg')).headers['cache-control']).toBe('public, max-age=3600');
      // Under /api/ nothing is the web app's, whatever the path looks like: a JSON 404.
      for (const url of ['/api/%5cx', '/api/x%5c..%5cy', '/api/v1/..%2f..%2findex.html', '/api/%2e/x'])
        expect(expectJsonError(await get(url), 404), url).toBe('not_found');
      const route = await get('/diary/today');
      expect(route.statusCode).toBe(200);
      expect(route.body).toContain('<title>app</title>');
      expect(route.headers['cache-control']).toBe('no-cache');
      expect((await get('/assets/missing.js')).statusCode).toBe(404);
      expect((await get('/.secret')).statusCode).toBe(404);
      expect((await get('/../package.json')).statusCode).toBe(404);
      expect((await get('/api/v1/unknown')).headers['content-type']).toMatch(/^application\/json/);
    } finally {
      await h.close();
    }
  });

  it('sends the build’s compressed copy the client accepts, with Content-Encoding and Vary', async () => {
    const h = await openHarness('memory', { webDist: dir });
    try {
      const get = (url: string, encoding?: string) =>
        h.app.inject({ url, headers: encoding ? { 'accept-encoding': encoding } : {} });
      const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
      expect(br.body).toBe('brotli bytes');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const gz = await get('/assets/index-abc123.js', 'gzip');
      expect([gz.body, gz.headers['content-encoding']]).toEqual(['gzip bytes', 'gzip']);
      const plain = await get('/assets/index-abc123.js');
      expect([plain.body, plain.headers['content-encoding']]).toEqual(['console.log(1)', undefined]);
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      // The service worker's copy keeps the service worker's cache policy.
      const sw = await get('/sw.js', 'br');
      expect([sw.body, sw.headers['content-encoding'], sw.headers['cache-control']]).toEqual([
        'brotli sw',
        'br',
        'no-cache',
      ]);
      // An app route gets index.html's compressed copy too.
      const route = await get('/diary/today', 'gzip');
      expect([route.body, route.headers['content-encoding']]).toEqual(['gzip index', 'gzip']);
      expect(route.headers['content-type']).toMatch(/^text\/html/);
    } finally {
      await h.close();
    }
  });

  it('serves a page saying how to build when the web app is missing', async () => {
    const h = await openHarness('memory', { webDist: join(dir, 'not-built') });
    try {
      const res = await h.app.inject({ url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('npm run build:web');
      expect((await h.app.inject({ url: '/api/v1/health' })).statusCode).toBe(200);
    } finally {
      await h.close();
    }
  });

  it('decides cache headers by file', () => {
    expect(cacheControlFor('/d', '/d/index.html')).toBe('no-cache');
    expect(cacheControlFor('/d', '/d/registerSW.js')).toBe('no-cache');
    expect(cacheControlFor('/d', '/d/workbox-6fc47aa9.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/d', '/d/assets/x-1.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/d', '/d/icons/icon-192.png')).toBe('public, max-age=3600');
  });
});

describe('unasked is unknown', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('memory');
  });
  afterAll(async () => h?.close());

  it('POST /api/v1/assess with no evidence is not self-care, and names the unanswered warning signs', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/assess',
      payload: { age: 40, sex: 'male', evidence: [] },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.triage.level).not.toBe('self_care');
    expect(body.triage.unanswered).toEqual(
      expect.arrayContaining(['saddle_numbness', 'fever', 'pain_chest']),
    );
    expect(body.triage.reasons[0].ruleId).toBe('unanswered_warning_signs');
    expect(body.triage.reasons[0].text).toMatch(/not asked about/);
  });
});
