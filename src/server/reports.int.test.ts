/**
 * The report routes on SQLite and PostgreSQL: GET /api/v1/report.pdf read back with pdf.js (src/report/testing/read-pdf.ts), and
 * GET /api/v1/fhir checked against the official FHIR R4 JSON schema. Two people write distinct diaries
 * through the API; each report must hold its owner's data and nothing of the other's.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiled, fhirSchemaErrors } from '../fhir/testing/official-schema.ts';
import type { Bundle } from '../fhir/types.ts';
import { PAPER_SIZES } from '../report/pdf/writer.ts';
import { pdfInfo, pdfPages } from '../report/testing/read-pdf.ts';
import { patientPseudonym } from './routes/reports.ts';
import { type Client, expectJsonError, type Harness, openHarness, signUp } from './testing/harness.ts';

const KINDS = ['sqlite', 'postgres'] as const;

/** The server's clock: a week after the report period, so "prepared" and the Bundle timestamp are known. */
const NOW = Date.UTC(2026, 11, 7, 9);
const PERIOD = 'from=2026-11-01&to=2026-11-30';

// Compiling the official schema takes seconds; do it once, outside any test's time limit.
beforeAll(() => {
  compiled();
}, 120_000);

interface Person {
  readonly profile: { age: number; sex: 'female' | 'male' };
  /** [at, pain]; the last one of A's is after the period. */
  readonly checkIns: readonly (readonly [string, number])[];
  readonly episodeNote: string;
  readonly checkInNote: string;
  readonly question: string;
}

const A: Person = {
  profile: { age: 46, sex: 'female' },
  checkIns: [
    ['2026-11-02T08:00:00Z', 7],
    ['2026-11-05T08:00:00Z', 5],
    ['2026-11-09T08:00:00Z', 3],
    ['2026-11-14T08:00:00Z', 2],
    // The last day counts whole: 30 November 23:30 UTC is inside "to=2026-11-30".
    ['2026-11-30T23:30:00Z', 1],
    ['2026-12-03T08:00:00Z', 10],
  ],
  episodeNote: 'Carried the wardrobe upstairs',
  checkInNote: 'Stiff after the wardrobe',
  question: 'Could the wardrobe lifting explain the spasms?',
};

const B: Person = {
  profile: { age: 71, sex: 'male' },
  checkIns: [
    ['2026-11-03T08:00:00Z', 9],
    ['2026-11-10T08:00:00Z', 9],
    ['2026-11-20T08:00:00Z', 9],
  ],
  episodeNote: 'Fell off the zebra ladder',
  checkInNote: 'Zebra ladder still aches',
  question: 'Should I see a zebra specialist?',
};

/** Writes a person's diary through the API and returns the ids of their check-ins, in order. */
async function writeDiary(client: Client, h: Harness, p: Person) {
  const put = await client.call('PUT', '/api/v1/profile', { ...p.profile, evidence: [], country: 'GB' });
  expect(put.statusCode, put.body).toBe(200);
  const episode = await client.call('POST', '/api/v1/episodes', {
    startedAt: p.checkIns[0]?.[0],
    endedAt: null,
    areas: ['lower_back'],
    pain: 8,
    triggers: ['lifting'],
    notes: p.episodeNote,
  });
  expect(episode.statusCode, episode.body).toBe(201);
  const checkInIds: string[] = [];
  for (const [at, pain] of p.checkIns) {
    const res = await client.call('POST', '/api/v1/checkins', { at, pain, notes: p.checkInNote });
    expect(res.statusCode, res.body).toBe(201);
    checkInIds.push(res.json().id);
  }
  const question = await client.call('POST', '/api/v1/doctor-questions', {
    createdAt: '2026-11-04T12:00:00Z',
    text: p.question,
  });
  expect(question.statusCode, question.body).toBe(201);
  // A real engine assessment, saved as the web app saves it.
  const input = {
    ...p.profile,
    evidence: [
      { id: 'pain_lower_back', state: 'present' },
      { id: 'pain_severity', state: 'present', value: 6 },
      { id: 'fever', state: 'absent' },
    ],
  };
  const assessed = await h.app.inject({ method: 'POST', url: '/api/v1/assess', payload: input });
  expect(assessed.statusCode, assessed.body).toBe(200);
  const saved = await client.call('POST', '/api/v1/assessments', {
    at: '2026-11-03T10:00:00Z',
    input,
    output: assessed.json(),
  });
  expect(saved.statusCode, saved.body).toBe(201);
  return { checkInIds, assessmentId: saved.json().id as string };
}

/** Page text with runs of whitespace as one space, so wrapped sentences read whole. */
async function pdfText(res: LightMyRequestResponse): Promise<string> {
  return (await pdfPages(res.rawPayload)).join(' ').replace(/\s+/g, ' ');
}

function resources<T = Record<string, unknown>>(bundle: Bundle, type: string): T[] {
  return bundle.entry
    .map((e) => e.resource as unknown as { resourceType: string })
    .filter((r) => r.resourceType === type) as T[];
}

describe.each(KINDS)('reports on %s', (kind) => {
  let h: Harness;
  let a: Client;
  let b: Client;
  let aIds: { checkInIds: string[]; assessmentId: string };
  let bIds: { checkInIds: string[]; assessmentId: string };

  beforeAll(async () => {
    h = await openHarness(kind, {}, { now: () => NOW });
    a = await signUp(h.app);
    b = await signUp(h.app);
    aIds = await writeDiary(a, h, A);
    bIds = await writeDiary(b, h, B);
  });
  afterAll(async () => h?.close());

  describe('GET /api/v1/report.pdf', () => {
    it("is a real PDF of the caller's diary for the period, and nothing of anyone else's", async () => {
      const res = await a.call('GET', `/api/v1/report.pdf?${PERIOD}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="backease-summary-2026-11-01-to-2026-11-30.pdf"',
      );
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const info = await pdfInfo(res.rawPayload);
      expect(info.title).toBe('BackEase summary 2026-11-01 to 2026-11-30');
      expect([info.width, info.height]).toEqual([...PAPER_SIZES.a4]);
      expect(info.pages).toBeGreaterThanOrEqual(1);

      const text = await pdfText(res);
      for (const expected of [
        '1 Nov 2026 to 30 Nov 2026',
        'Woman, 46',
        'prepared 7 Dec 2026',
        A.question,
        A.episodeNote,
        // The five check-ins inside the period; the one of 3 December (pain 10) is outside it.
        '5 check-ins: lowest 1, highest 7, average 3.6 out of 10.',
        'Latest check (3 Nov 2026)',
        `Page ${info.pages} of ${info.pages}`,
      ])
        expect(text).toContain(expected);
      for (const other of ['Man, 71', B.question, B.episodeNote, 'zebra', 'highest 9', 'highest 10'])
        expect(text).not.toContain(other);
    });

    it("gives B B's own report, never A's", async () => {
      const res = await b.call('GET', `/api/v1/report.pdf?${PERIOD}`);
      expect(res.statusCode, res.body).toBe(200);
      const text = await pdfText(res);
      expect(text).toContain('Man, 71');
      expect(text).toContain(B.question);
      expect(text).toContain('3 check-ins: lowest 9, highest 9, average 9 out of 10.');
      for (const other of ['Woman, 46', A.question, A.episodeNote, 'wardrobe'])
        expect(text).not.toContain(other);
    });

    it('asking for another user by parameter is refused, not answered', async () => {
      for (const extra of [`userId=${a.userId}`, `user=${encodeURIComponent(a.email)}`]) {
        const res = await b.call('GET', `/api/v1/report.pdf?${PERIOD}&${extra}`);
        expect(expectJsonError(res, 400)).toBe('unknown_field');
      }
    });

    it('prints on Letter paper when asked', async () => {
      const res = await a.call('GET', `/api/v1/report.pdf?${PERIOD}&paper=letter`);
      expect(res.statusCode, res.body).toBe(200);
      const info = await pdfInfo(res.rawPayload);
      expect([info.width, info.height]).toEqual([...PAPER_SIZES.letter]);
      expect(await pdfText(res)).toContain(A.question);
    });

    it('sets the PDF language from lang, says it in Content-Language, and lists no uncovered characters for plain text', async () => {
      const res = await a.call('GET', `/api/v1/report.pdf?${PERIOD}&lang=en`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-language']).toBe('en');
      expect(res.rawPayload.toString('latin1')).toContain('/Lang (en-GB)');
      expect(res.headers['x-backease-uncovered-characters']).toBeUndefined();
      expect(await pdfText(res)).toContain(A.question);
    });

    it('is an honest one-page report for a period with nothing in it', async () => {
      const res = await a.call('GET', '/api/v1/report.pdf?from=2020-01-01&to=2020-01-31');
      expect(res.statusCode, res.body).toBe(200);
      const text = await pdfText(res);
      expect(text).toContain('No pain check-ins in this period');
      expect(text).not.toContain(A.episodeNote);
    });

    it('answers bad, missing or reversed dates and a bad paper with 400 naming the parameter', async () => {
      const cases: [string, string, string][] = [
        ['to=2026-11-30', 'missing_field', 'from'],
        ['from=2026-11-01', 'missing_field', 'to'],
        ['from=2026-02-31&to=2026-03-31', 'invalid_value', 'from'],
        ['from=2026-11-01&to=30/11/2026', 'invalid_value', 'to'],
        ['from=2026-11-01T00:00&to=2026-11-30', 'invalid_value', 'from'],
        ['from=2026-11-30&to=2026-11-01', 'invalid_value', 'to'],
        ['from=1900-01-01&to=2026-11-30', 'invalid_value', 'to'],
        [`${PERIOD}&paper=a5`, 'invalid_value', 'paper'],
        [`${PERIOD}&lang=fr`, 'invalid_value', 'lang'],
        [`${PERIOD}&from=2026-10-01`, 'invalid_type', 'from'],
      ];
      for (const [query, code, path] of cases) {
        const res = await a.call('GET', `/api/v1/report.pdf?${query}`);
        expect(expectJsonError(res, 400), query).toBe(code);
        expect(res.json().error.issues[0].path, query).toBe(path);
        expect(res.headers['content-disposition'], query).toBeUndefined();
      }
    });
  });

  describe('GET /api/v1/fhir', () => {
    async function bundleOf(client: Client, query = ''): Promise<Bundle> {
      const res = await client.call('GET', `/api/v1/fhir${query ? `?${query}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      return res.json() as Bundle;
    }
    const observationIds = (bundle: Bundle) =>
      resources<{ id: string; valueInteger: number }>(bundle, 'Observation')
        .filter((o) => typeof o.valueInteger === 'number')
        .map((o) => o.id)
        .sort();

    it("is a Bundle valid against the official R4 schema with the caller's check-ins in the period only", async () => {
      const bundle = await bundleOf(a, PERIOD);
      expect(fhirSchemaErrors(bundle)).toEqual([]);
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      expect(bundle.timestamp).toBe(new Date(NOW).toISOString());
      expect(observationIds(bundle)).toEqual(aIds.checkInIds.slice(0, 5).sort());
      expect(resources<{ id: string }>(bundle, 'QuestionnaireResponse').map((r) => r.id)).toEqual([
        aIds.assessmentId,
      ]);
      const text = JSON.stringify(bundle);
      expect(text).toContain(A.checkInNote);
      for (const id of [...bIds.checkInIds, bIds.assessmentId]) expect(text).not.toContain(id);
      expect(text).not.toContain(B.checkInNote);
    });

    it('leaves either end open, and exports the whole diary without a period', async () => {
      const all = await bundleOf(a);
      expect(fhirSchemaErrors(all)).toEqual([]);
      expect(observationIds(all)).toEqual([...aIds.checkInIds].sort());
      expect(observationIds(await bundleOf(a, 'from=2026-12-01'))).toEqual([aIds.checkInIds[5]]);
      // A zoned date-time as the one end is that instant: 30 November 23:30 UTC and 3 December.
      expect(observationIds(await bundleOf(a, 'from=2026-12-01T00:00:00%2B01:00'))).toEqual(
        aIds.checkInIds.slice(4).sort(),
      );
      expect(observationIds(await bundleOf(a, 'to=2026-11-05'))).toEqual(aIds.checkInIds.slice(0, 2).sort());
    });

    it('names the Patient by a stable pseudonym: not the account id, not the email, not B’s', async () => {
      const patients = async (client: Client) => {
        const found = resources<{ id: string; gender?: string }>(await bundleOf(client), 'Patient');
        expect(found).toHaveLength(1);
        return found[0] as { id: string; gender?: string };
      };
      const first = await patients(a);
      const again = await patients(a);
      expect(first.id).toBe(again.id);
      expect(first.id).toBe(patientPseudonym(a.userId));
      expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(first.gender).toBe('female');
      const other = await patients(b);
      expect(other.id).not.toBe(first.id);
      expect(other.gender).toBe('male');
      const text = JSON.stringify(await bundleOf(a));
      expect(text).not.toContain(a.userId);
      expect(text).not.toContain(a.email);
      expect(text).not.toContain(a.email.split('@')[0]);
    });

    it("gives B B's own Bundle, never A's", async () => {
      const bundle = await bundleOf(b);
      expect(fhirSchemaErrors(bundle)).toEqual([]);
      expect(observationIds(bundle)).toEqual([...bIds.checkInIds].sort());
      const text = JSON.stringify(bundle);
      for (const id of [...aIds.checkInIds, aIds.assessmentId]) expect(text).not.toContain(id);
      expect(text).not.toContain(A.checkInNote);
      expectJsonError(await b.call('GET', `/api/v1/fhir?userId=${a.userId}`), 400);
    });

    it('answers bad or reversed dates with 400 naming the parameter', async () => {
      const cases: [string, string, string][] = [
        ['from=2026-13-01', 'invalid_value', 'from'],
        ['to=yesterday', 'invalid_value', 'to'],
        ['from=2026-11-30&to=2026-11-01', 'invalid_value', 'to'],
        ['from=2026-11-01T10:00', 'invalid_value', 'from'],
        ['paper=a4', 'unknown_field', ''],
      ];
      for (const [query, code, path] of cases) {
        const res = await a.call('GET', `/api/v1/fhir?${query}`);
        expect(expectJsonError(res, 400), query).toBe(code);
        expect(res.json().error.issues[0].path, query).toBe(path);
      }
    });
  });

  it('without a session (or with a made-up one) both are 401, before the query is looked at', async () => {
    for (const url of [`/api/v1/report.pdf?${PERIOD}`, '/api/v1/fhir', '/api/v1/report.pdf?from=x']) {
      expect(expectJsonError(await h.app.inject({ url }), 401), url).toBe('unauthenticated');
      const forged = await h.app.inject({
        url,
        headers: { cookie: `backease_session=${randomUUID().replaceAll('-', '')}` },
      });
      expect(expectJsonError(forged, 401), url).toBe('unauthenticated');
    }
  });

  it('are in the OpenAPI document with their parameters and media types', async () => {
    const doc = (await h.app.inject({ url: '/api/openapi.json' })).json();
    const pdf = doc.paths['/api/v1/report.pdf'].get;
    expect(pdf.parameters.map((p: { name: string; required: boolean }) => [p.name, p.required])).toEqual([
      ['from', true],
      ['to', true],
      ['paper', false],
      ['lang', false],
    ]);
    expect(pdf.security).toEqual([{ session: [] }]);
    expect(Object.keys(pdf.responses[200].content)).toEqual(['application/pdf']);
    expect(pdf.responses[400].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    const fhir = doc.paths['/api/v1/fhir'].get;
    expect(fhir.parameters.map((p: { name: string; required: boolean }) => [p.name, p.required])).toEqual([
      ['from', false],
      ['to', false],
    ]);
    expect(Object.keys(fhir.responses[200].content)).toEqual(['application/fhir+json']);
    const page = (await h.app.inject({ url: '/api/docs' })).body;
    expect(page).toContain('/api/v1/report.pdf');
    expect(page).toContain('<code>application/fhir+json</code>');
  });
});
