/**
 * Property tests: malformed and hostile requests to every route that takes input — wrong types, huge
 * strings, unknown ids, SQL and script fragments, prototype-pollution keys, deep nesting, wrong content
 * types, broken JSON. Every answer must be a 4xx with the catalogue's JSON error body (never a 5xx), and
 * afterwards the database must hold exactly what it held before.
 *
 * Bodies a route would accept are filtered out with the route's own schema, so every generated request
 * is one the server must refuse.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../contract/errors.ts';
import { parseAssessmentInput } from '../contract/input.ts';
import { diaryExportSchema, profileSchema } from '../diary/model.ts';
import { parseOpenPeriod, reportPeriod } from '../insights/period.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../store/collections.ts';
import { makeDiary, makeRecord } from '../store/testing/fixtures.ts';
import { signupSchema } from './routes/auth.ts';
import { decodeCursor, listQuerySchema } from './routes/diary.ts';
import { fhirQuerySchema, reportQuerySchema } from './routes/reports.ts';
import { type Client, type Harness, type Method, openHarness, signUp } from './testing/harness.ts';

const KINDS = ['sqlite', 'postgres'] as const;
const RUNS = 40;

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '1; DELETE FROM diary_entries',
  "' UNION SELECT password_hash, email FROM users --",
  "admin'--",
  '%27%20OR%201%3D1',
];
const SCRIPT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  // A template-injection probe, deliberately a plain string.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the probe
  '${process.exit(1)}',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

const hostileString = fc.oneof(
  fc.constantFrom(...SQL, ...SCRIPT, '', ' ', '\u0000', '\ud800', 'x'.repeat(5_000), '9'.repeat(400), 'NaN'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, 0.5),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** Raw bodies that are not (acceptable) JSON. */
const rawHostile = fc.oneof(
  fc.constantFrom(
    '{bad',
    "{'single': 'quotes'}",
    '{"a":1,}',
    '[1,2',
    'null',
    '"just a string"',
    '{"__proto__":{"isAdmin":true}}',
    '{"a":{"constructor":{"prototype":{"polluted":true}}}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    `{"a":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
    '\u0000',
    '\ufeff{}',
  ),
  fc.string({ maxLength: 60 }),
);

interface Req {
  readonly contentType?: string;
  readonly payload?: string;
}

/** What the server's parser makes of a body: it skips a leading byte-order mark, as JSON parsers may. */
function parsedOrUndefined(raw: string | undefined): { ok: boolean; value: unknown } {
  if (raw === undefined || raw.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw.replace(/^\ufeff/, '')) };
  } catch {
    return { ok: false, value: undefined };
  }
}

/**
 * Request bodies for a route: mutations of a valid template, arbitrary JSON, objects with prototype keys,
 * raw broken JSON, the template under a non-JSON content type, and one body past the size limit.
 * `accepts` (the route's own validity test) removes anything the route would take.
 */
function bodies(template: Record<string, unknown>, accepts: (body: unknown) => boolean): fc.Arbitrary<Req> {
  const keys = [...Object.keys(template), 'unexpected', ...PROTO_KEYS];
  const mutated = fc
    .tuple(fc.constantFrom(...keys), hostileValue)
    .map(([k, v]) => ({ ...template, [k]: v }) as unknown);
  const json = fc
    .oneof(mutated, fc.jsonValue({ maxDepth: 3 }), fc.dictionary(hostileString, hostileValue, { maxKeys: 5 }))
    .map((v): Req => ({ contentType: 'application/json', payload: JSON.stringify(v) ?? '' }));
  const raw = rawHostile.map((payload): Req => ({ contentType: 'application/json', payload }));
  const wrongType = fc
    .constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/octet-stream',
      undefined,
    )
    .map(
      (contentType): Req => ({ ...(contentType ? { contentType } : {}), payload: JSON.stringify(template) }),
    );
  const huge = fc.constant<Req>({
    contentType: 'application/json',
    payload: JSON.stringify({ ...template, notes: 'x'.repeat(300_000) }),
  });
  return fc.oneof(json, raw, wrongType, huge).filter((req) => {
    if (req.contentType !== 'application/json') return true;
    const parsed = parsedOrUndefined(req.payload);
    return !parsed.ok || !accepts(parsed.value);
  });
}

/** Path ids: random (unknown) UUIDs and hostile strings. */
const hostileId = fc.oneof(
  fc.uuid().map((u) => u),
  hostileString.filter((s) => s.length > 0 && s.length < 150),
  fc.constantFrom('..%2F..%2Fetc%2Fpasswd', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1"),
);

/** Percent-encodes the UTF-8 bytes of any string (encodeURIComponent throws on lone surrogates). */
function enc(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, '0')}`,
    )
    .join('');
}

function expectRefused(status: number, body: string, headers: Record<string, unknown>, what: string): void {
  if (status < 400 || status >= 500) throw new Error(`${what}: status ${status}: ${body.slice(0, 300)}`);
  const type = String(headers['content-type']);
  // The FHIR route answers errors as an OperationOutcome carrying the same codes.
  expect(type).toMatch(/^application\/(fhir\+)?json/);
  const code = type.startsWith('application/fhir+json')
    ? (JSON.parse(body) as { issue: { details: { coding: { code: string }[] } }[] }).issue[0]?.details
        .coding[0]?.code
    : (JSON.parse(body) as { error: { code: string } }).error.code;
  expect(Object.keys(ERROR_CODES)).toContain(code);
  expect(body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
}

describe.each(KINDS)('hostile input on %s', (kind) => {
  let h: Harness;
  let me: Client;
  let victim: Client;
  let before: { rows: unknown; mine: unknown; victims: unknown };

  const snapshot = async () => ({
    rows: await h.store.countRows(),
    mine: { ...(await me.call('GET', '/api/v1/export')).json(), exportedAt: 'x' },
    victims: { ...(await victim.call('GET', '/api/v1/export')).json(), exportedAt: 'x' },
  });

  beforeAll(async () => {
    h = await openHarness(kind);
    me = await signUp(h.app);
    victim = await signUp(h.app);
    const file = { format: 'backease-diary', version: 1, exportedAt: '2026-11-28T00:00:00Z', ...makeDiary() };
    expect((await me.call('POST', '/api/v1/import', file)).statusCode).toBe(200);
    expect((await victim.call('POST', '/api/v1/import', file)).statusCode).toBe(200);
    before = await snapshot();
  });
  afterAll(async () => {
    // Nothing any property sent was stored, and nobody's data changed.
    if (!h) return;
    try {
      expect(await snapshot()).toEqual(before);
    } finally {
      await h.close();
    }
  });

  async function send(method: Method, url: string, req: Req, signedIn = true) {
    return h.app.inject({
      method,
      url,
      headers: {
        ...(signedIn ? { cookie: me.cookie, 'x-csrf-token': me.csrfToken } : {}),
        ...(req.contentType ? { 'content-type': req.contentType } : {}),
      },
      ...(req.payload === undefined ? {} : { payload: req.payload }),
    });
  }

  async function checkBodies(
    method: Method,
    url: fc.Arbitrary<string>,
    template: Record<string, unknown>,
    accepts: (body: unknown) => boolean,
    signedIn = true,
  ) {
    await fc.assert(
      fc.asyncProperty(url, bodies(template, accepts), async (u, req) => {
        const res = await send(method, u, req, signedIn);
        expectRefused(
          res.statusCode,
          res.body,
          res.headers,
          `${method} ${u} ${String(req.payload).slice(0, 80)}`,
        );
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toEqual(before);
  }

  const assessTemplate = { age: 38, sex: 'male', evidence: [{ id: 'pain_lower_back', state: 'present' }] };
  const assessAccepts = (b: unknown) => parseAssessmentInput(b).ok;

  it('POST /api/v1/assess', () =>
    checkBodies('POST', fc.constant('/api/v1/assess'), assessTemplate, assessAccepts, false));
  it('POST /api/v1/interview', () =>
    checkBodies('POST', fc.constant('/api/v1/interview'), assessTemplate, assessAccepts, false));
  it('POST /api/v1/auth/signup', () =>
    checkBodies(
      'POST',
      fc.constant('/api/v1/auth/signup'),
      { email: 'fuzz@example.test', password: 'a long enough password' },
      (b) => signupSchema.safeParse(b).success,
      false,
    ));
  it('POST /api/v1/auth/signin (well-formed hostile credentials are 401/429)', () =>
    checkBodies(
      'POST',
      fc.constant('/api/v1/auth/signin'),
      { email: 'fuzz@example.test', password: "' OR '1'='1", code: '123456' },
      () => false,
      false,
    ));
  // Two-step sign-in is off for this person and the password is never the right one: every request is
  // refused (401, 409 or 429), and nothing is stored.
  it('POST /api/v1/auth/two-factor/setup (a wrong password is 401/429)', () =>
    checkBodies(
      'POST',
      fc.constant('/api/v1/auth/two-factor/setup'),
      { password: "' OR '1'='1" },
      () => false,
    ));
  it('POST /api/v1/auth/two-factor/confirm (not started: 409)', () =>
    checkBodies('POST', fc.constant('/api/v1/auth/two-factor/confirm'), { code: '123456' }, () => false));
  it('DELETE /api/v1/auth/two-factor (not on: 409)', () =>
    checkBodies(
      'DELETE',
      fc.constant('/api/v1/auth/two-factor'),
      { password: '<script>alert(1)</script>', code: "1' OR '1'='1" },
      () => false,
    ));
  it('DELETE /api/v1/auth/sessions/:id with unknown and hostile ids', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, async (id) => {
        const res = await send('DELETE', `/api/v1/auth/sessions/${enc(id)}`, {});
        expectRefused(res.statusCode, res.body, res.headers, `DELETE session ${id}`);
      }),
      { numRuns: RUNS },
    );
    // This person's own session is still there (the snapshot reads with it), and nobody else's changed.
    expect(await snapshot()).toEqual(before);
  });
  it('POST /api/v1/auth/signout', () =>
    checkBodies(
      'POST',
      fc.constant('/api/v1/auth/signout'),
      {},
      (b) =>
        b === undefined ||
        (typeof b === 'object' && b !== null && !Array.isArray(b) && Object.keys(b).length === 0),
    ));
  it('POST /api/v1/auth/password (a wrong current password is 401/429)', () =>
    checkBodies(
      'POST',
      fc.constant('/api/v1/auth/password'),
      { currentPassword: "'; DROP TABLE users; --", newPassword: '<script>alert(1)</script>' },
      () => false,
    ));
  it('PUT /api/v1/profile', () =>
    checkBodies(
      'PUT',
      fc.constant('/api/v1/profile'),
      { ...makeDiary().profile },
      (b) => profileSchema.safeParse(b).success,
    ));
  it('POST /api/v1/import', () =>
    checkBodies(
      'POST',
      fc.constant('/api/v1/import'),
      { format: 'backease-diary', version: 1, exportedAt: '2026-11-28T00:00:00Z', ...makeDiary() },
      (b) => diaryExportSchema.safeParse(b).success,
    ));
  it('DELETE /api/v1/account (a wrong password is 401/429)', () =>
    checkBodies('DELETE', fc.constant('/api/v1/account'), { password: "' OR '1'='1" }, () => false));

  describe.each(COLLECTION_NAMES)('collection %s', (c) => {
    const def = COLLECTIONS[c];
    const base = `/api/v1/${def.segment}`;
    const template = makeRecord(c) as unknown as Record<string, unknown>;
    const acceptsNew = (b: unknown) =>
      def.schema.safeParse(
        b !== null && typeof b === 'object' && !Array.isArray(b) && !('id' in b)
          ? { ...b, id: randomUUID() }
          : b,
      ).success;

    it(`POST ${base}`, () => checkBodies('POST', fc.constant(base), template, acceptsNew));

    it(`PUT ${base}/:id`, () =>
      // A body without an id takes the path's id and may then be valid; a body with an id is accepted only
      // if that id equals the path's, which the template's fixed id never does.
      checkBodies(
        'PUT',
        hostileId.map((id) => `${base}/${enc(id)}`),
        template,
        (b) => b !== null && typeof b === 'object' && !Array.isArray(b) && !('id' in b) && acceptsNew(b),
      ));

    it(`GET and DELETE ${base}/:id with unknown and hostile ids`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileId, fc.constantFrom<Method>('GET', 'DELETE'), async (id, method) => {
          const res = await send(method, `${base}/${enc(id)}`, {});
          expectRefused(res.statusCode, res.body, res.headers, `${method} ${id}`);
        }),
        { numRuns: RUNS },
      );
      expect(await snapshot()).toEqual(before);
    });

    it(`GET ${base} with hostile query strings`, async () => {
      const key = fc.oneof(
        fc.constantFrom('from', 'to', 'limit', 'cursor'),
        hostileString.filter((s) => s.length > 0),
      );
      const query = fc.dictionary(key, fc.oneof(hostileString, fc.integer().map(String)), {
        minKeys: 1,
        maxKeys: 4,
      });
      const accepted = (q: Record<string, string>) => {
        const parsed = listQuerySchema.safeParse(q);
        if (!parsed.success) return false;
        const { from, to, cursor } = parsed.data;
        if (from && to && Date.parse(from) > Date.parse(to)) return false;
        try {
          if (cursor !== undefined) decodeCursor(cursor);
          return true;
        } catch {
          return false;
        }
      };
      await fc.assert(
        fc.asyncProperty(
          query.filter((q) => !accepted(q)),
          async (q) => {
            const qs = Object.entries(q)
              .map(([k, v]) => `${enc(k)}=${enc(v)}`)
              .join('&');
            const res = await send('GET', `${base}?${qs}`, {});
            expectRefused(res.statusCode, res.body, res.headers, `GET ?${qs}`);
          },
        ),
        { numRuns: RUNS },
      );
    });
  });

  /**
   * The report routes take only a query. Values mix hostile strings with near-valid dates (rolled-over
   * days, zone-less times, reversed or too-long periods) and the paper sizes, so the period checks are
   * reached, not just the schema; queries the route would answer are filtered out with its own checks.
   */
  describe.each([
    {
      url: '/api/v1/report.pdf',
      keys: ['from', 'to', 'paper'],
      accepts: (q: Record<string, string>) => {
        const parsed = reportQuerySchema.safeParse(q);
        return parsed.success && reportPeriod(parsed.data.from, parsed.data.to).ok;
      },
    },
    {
      url: '/api/v1/fhir',
      keys: ['from', 'to'],
      accepts: (q: Record<string, string>) => {
        const parsed = fhirQuerySchema.safeParse(q);
        return parsed.success && parseOpenPeriod(parsed.data.from, parsed.data.to).ok;
      },
    },
  ])('GET $url', ({ url, keys, accepts }) => {
    const nearDates = fc.constantFrom(
      '2026-11-01',
      '2026-11-30',
      '2026-02-31',
      '2026-13-01',
      '0099-01-01',
      '1900-01-01',
      '9999-12-31',
      '2026-11-01T00:00',
      '2026-11-01T00:00:00Z',
      '2026-11-01T00:00:00+25:00',
      '2026-11-01 ',
      '+2026-11-01',
      'a4',
      'letter',
      'A4',
    );

    it('with hostile query strings', async () => {
      const key = fc.oneof(
        fc.constantFrom(...keys),
        hostileString.filter((s) => s.length > 0),
      );
      const query = fc.dictionary(key, fc.oneof(nearDates, hostileString, fc.integer().map(String)), {
        minKeys: 1,
        maxKeys: 4,
      });
      await fc.assert(
        fc.asyncProperty(
          query.filter((q) => !accepts(q)),
          async (q) => {
            const qs = Object.entries(q)
              .map(([k, v]) => `${enc(k)}=${enc(v)}`)
              .join('&');
            const res = await send('GET', `${url}?${qs}`, {});
            expectRefused(res.statusCode, res.body, res.headers, `GET ${url}?${qs}`);
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('without a session, whatever the query', async () => {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), nearDates), async (q) => {
          const qs = Object.entries(q)
            .map(([k, v]) => `${enc(k)}=${enc(v)}`)
            .join('&');
          const res = await send('GET', `${url}?${qs}`, {}, false);
          expect(res.statusCode).toBe(401);
          expectRefused(res.statusCode, res.body, res.headers, `GET ${url}?${qs} signed out`);
        }),
        { numRuns: RUNS },
      );
    });
  });

  it('unknown routes and methods under /api answer a JSON 404', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Method>('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        fc.oneof(hostileString, fc.constantFrom('v2/assess', 'v1/users', 'v1/admin', 'v1/episodes/x/y')),
        async (method, tail) => {
          const res = await send(method, `/api/${enc(tail)}x`, {
            contentType: 'application/json',
            payload: '{}',
          });
          expectRefused(res.statusCode, res.body, res.headers, `${method} /api/${tail}`);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
