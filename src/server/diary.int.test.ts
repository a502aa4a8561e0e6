/**
 * The contract endpoints, the profile, every diary collection, export/import and account deletion,
 * against real SQLite and PostgreSQL databases.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRIAGE_LEVELS } from '../contract/ids.ts';
import { diaryExportSchema } from '../diary/model.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../store/collections.ts';
import { HOSTILE_TEXT, makeDiary, makeRecord } from '../store/testing/fixtures.ts';
import { expectJsonError, type Harness, openHarness, PASSWORD, signUp } from './testing/harness.ts';

const KINDS = ['sqlite', 'postgres'] as const;

/** A record as the API takes it (what makeRecord gives, minus nothing). */
function body(c: CollectionName, at?: string, id?: string) {
  return makeRecord(c, at, id) as unknown as Record<string, unknown>;
}

describe.each(KINDS)('API on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(kind);
  });
  afterAll(async () => h?.close());

  describe('contract endpoints', () => {
    it('GET /api/v1/health is 200 {"status":"ok"}', async () => {
      const res = await h.app.inject({ url: '/api/v1/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok' });
    });

    it('POST /api/v1/assess returns a triage level and causes sorted by probability', async () => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/assess',
        payload: {
          age: 38,
          sex: 'male',
          evidence: [
            { id: 'pain_lower_back', state: 'present' },
            { id: 'pain_severity', state: 'present', value: 6 },
            { id: 'fever', state: 'absent' },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json();
      expect(TRIAGE_LEVELS).toContain(out.triage.level);
      const p = out.causes.map((c: { probability: number }) => c.probability);
      expect(p.length).toBeGreaterThan(0);
      expect(p).toEqual([...p].sort((a: number, b: number) => b - a));
    });

    it('POST /api/v1/assess answers bad input with 400 naming the problem', async () => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/assess',
        payload: { age: 38, sex: 'male', evidence: [{ id: 'no_such_finding', state: 'present' }] },
      });
      expect(expectJsonError(res, 400)).toBe('unknown_finding');
      expect(res.json().error.issues[0].path).toBe('evidence[0].id');
      expect(res.json().error.message).toContain('no_such_finding');
    });

    it('POST /api/v1/interview returns the next question or the assessment; bad input 400', async () => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/interview',
        payload: { age: 38, sex: 'female' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const step = res.json();
      if (step.done) expect(TRIAGE_LEVELS).toContain(step.assessment.triage.level);
      else expect(typeof step.question.id).toBe('string');
      const bad = await h.app.inject({
        method: 'POST',
        url: '/api/v1/interview',
        payload: { age: 300, sex: 'male' },
      });
      expect(expectJsonError(bad, 400)).toBe('age_invalid');
    });
  });

  describe('profile', () => {
    it('has defaults until set, then stores and returns exactly what was put', async () => {
      const a = await signUp(h.app);
      const empty = await a.call('GET', '/api/v1/profile');
      expect(empty.json()).toEqual({ age: null, sex: null, evidence: [], country: null, language: null });
      const profile = {
        age: 52,
        sex: 'female',
        evidence: [{ id: 'med_anticoagulant', state: 'present' }],
        country: 'DE',
        language: 'ar',
      };
      const put = await a.call('PUT', '/api/v1/profile', profile);
      expect(put.statusCode, put.body).toBe(200);
      expect((await a.call('GET', '/api/v1/profile')).json()).toEqual(profile);
      const bad = await a.call('PUT', '/api/v1/profile', {
        ...profile,
        evidence: [{ id: 'fever', state: 'present' }],
      });
      expectJsonError(bad, 400);
      expect((await a.call('GET', '/api/v1/profile')).json()).toEqual(profile);
      // The language is one the app ships, so every device can show it.
      const unknown = await a.call('PUT', '/api/v1/profile', { ...profile, language: 'fr' });
      expectJsonError(unknown, 400);
      expect(unknown.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['language']);
      expect((await a.call('GET', '/api/v1/profile')).json()).toEqual(profile);
    });

    it('reads a profile stored before it had a language as language null', async () => {
      const a = await signUp(h.app);
      const before = { age: 40, sex: 'male', evidence: [], country: 'ES' };
      await h.store.putProfile(a.userId, before as never, Date.now());
      expect((await a.call('GET', '/api/v1/profile')).json()).toEqual({ ...before, language: null });
    });
  });

  describe.each(COLLECTION_NAMES)('collection %s', (c) => {
    const url = `/api/v1/${COLLECTIONS[c].segment}`;

    it('creates (server-made id), reads, replaces, deletes, one version at a time', async () => {
      const a = await signUp(h.app);
      const { id: _drop, ...withoutId } = body(c);
      const created = await a.call('POST', url, withoutId);
      expect(created.statusCode, created.body).toBe(201);
      const record = created.json();
      expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(record.version).toBe(1);
      expect((await a.call('GET', `${url}/${record.id}`)).json()).toEqual(record);

      const { version: _v, ...plain } = record;
      const dup = await a.call('POST', url, plain);
      expect(expectJsonError(dup, 409)).toBe('conflict');

      const replacement = body(c, '2026-11-29T10:00:00Z', record.id as string);
      const replaced = await a.call('PUT', `${url}/${record.id}`, { ...replacement, version: 1 });
      expect(replaced.statusCode, replaced.body).toBe(200);
      expect(replaced.json()).toEqual({ ...replacement, version: 2 });
      expect((await a.call('GET', `${url}/${record.id}`)).json()).toEqual({ ...replacement, version: 2 });

      const mismatch = await a.call('PUT', `${url}/${randomUUID()}`, replacement);
      expect(expectJsonError(mismatch, 400)).toBe('invalid_value');

      // A deletion names the version it deletes.
      expect(expectJsonError(await a.call('DELETE', `${url}/${record.id}`, {}), 400)).toBe('missing_field');
      const del = await a.call('DELETE', `${url}/${record.id}`, { version: 2 });
      expect(del.statusCode).toBe(204);
      expectJsonError(await a.call('GET', `${url}/${record.id}`), 404);
      // Deleting it again is what the caller wanted: done already.
      expect((await a.call('DELETE', `${url}/${record.id}`, { version: 2 })).statusCode).toBe(204);
      expectJsonError(await a.call('DELETE', `${url}/${randomUUID()}`, { version: 1 }), 404);
      expect(expectJsonError(await a.call('POST', url, plain), 409)).toBe('conflict');
    });

    it('PUT creates a record with a client-made id (offline sync), idempotently', async () => {
      const a = await signUp(h.app);
      const record = body(c);
      const first = await a.call('PUT', `${url}/${record.id}`, record);
      expect(first.statusCode, first.body).toBe(201);
      // The answer was lost and the device sends it again: the same content is no conflict.
      const second = await a.call('PUT', `${url}/${record.id}`, record);
      expect(second.statusCode).toBe(200);
      expect(second.json()).toEqual({ ...record, version: 1 });
      const list = await a.call('GET', url);
      expect(list.json().items).toEqual([{ ...record, version: 1 }]);
    });

    it('answers a stale write 409 version_conflict with the record as it is now, and keeps it', async () => {
      const a = await signUp(h.app);
      const record = body(c);
      await a.call('PUT', `${url}/${record.id}`, record);
      const laptop = body(c, '2026-11-29T10:00:00Z', record.id as string);
      expect((await a.call('PUT', `${url}/${record.id}`, { ...laptop, version: 1 })).statusCode).toBe(200);
      const phone = body(c, '2026-11-30T10:00:00Z', record.id as string);
      for (const stale of [{ ...phone, version: 1 }, phone]) {
        const res = await a.call('PUT', `${url}/${record.id}`, stale);
        expect(expectJsonError(res, 409)).toBe('version_conflict');
        expect(res.json().current).toEqual({ ...laptop, version: 2 });
        expect(res.json().deleted).toBeNull();
      }
      const del = await a.call('DELETE', `${url}/${record.id}`, { version: 1 });
      expect(expectJsonError(del, 409)).toBe('version_conflict');
      expect(del.json().current).toEqual({ ...laptop, version: 2 });
      expect((await a.call('GET', `${url}/${record.id}`)).json()).toEqual({ ...laptop, version: 2 });
      for (const version of [0, 1.5, '2', -1]) {
        const bad = await a.call('PUT', `${url}/${record.id}`, { ...phone, version });
        expectJsonError(bad, 400);
        expect(bad.json().error.issues[0].path).toBe('version');
      }
    });

    it('keeps a tombstone: other devices learn of the deletion, a stale one cannot undo it unawares', async () => {
      const a = await signUp(h.app);
      const record = body(c);
      await a.call('PUT', `${url}/${record.id}`, record);
      expect((await a.call('DELETE', `${url}/${record.id}`, { version: 1 })).statusCode).toBe(204);
      const deleted = await a.call('GET', '/api/v1/deleted');
      expect(deleted.statusCode, deleted.body).toBe(200);
      const tombstone = { collection: c, id: record.id, version: 2, deletedAt: expect.any(String) };
      expect(deleted.json()).toEqual({ items: [tombstone], nextCursor: null });
      const edited = body(c, '2026-11-30T10:00:00Z', record.id as string);
      for (const stale of [edited, { ...edited, version: 1 }]) {
        const res = await a.call('PUT', `${url}/${record.id}`, stale);
        expect(expectJsonError(res, 409)).toBe('version_conflict');
        expect(res.json()).toMatchObject({ current: null, deleted: tombstone });
      }
      // Knowing of the deletion (naming its version), a device may bring the record back.
      const back = await a.call('PUT', `${url}/${record.id}`, { ...edited, version: 2 });
      expect(back.statusCode, back.body).toBe(201);
      expect(back.json()).toEqual({ ...edited, version: 3 });
      expect((await a.call('GET', '/api/v1/deleted')).json().items).toEqual([]);
    });

    it('stores hostile text verbatim and returns it unchanged', async () => {
      const a = await signUp(h.app);
      // Saved assessments have no free text; their output is arbitrary JSON, so the text goes there.
      const field = c === 'doctorQuestions' ? 'text' : c === 'assessments' ? 'output' : 'notes';
      const value =
        c === 'assessments' ? { note: HOSTILE_TEXT, [HOSTILE_TEXT]: [HOSTILE_TEXT] } : HOSTILE_TEXT.trim();
      const record = { ...body(c), [field]: value };
      expect((await a.call('POST', url, record)).statusCode).toBe(201);
      const back = await a.call('GET', `${url}/${record.id}`);
      expect(back.json()[field]).toEqual(value);
    });

    it('refuses a non-UUID id in the path with 400', async () => {
      const a = await signUp(h.app);
      expect(expectJsonError(await a.call('GET', `${url}/1%20OR%201=1`), 400)).toBe('invalid_value');
    });
  });

  describe('listing', () => {
    it('pages newest first through a date range with a cursor', async () => {
      const a = await signUp(h.app);
      const days = Array.from(
        { length: 12 },
        (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}T09:00:00Z`,
      );
      for (const d of days)
        expect((await a.call('POST', '/api/v1/checkins', body('checkIns', d))).statusCode).toBe(201);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const q: string = `from=2026-11-03T00:00:00Z&to=2026-11-11T00:00:00Z&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await a.call('GET', `/api/v1/checkins?${q}`);
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as { items: { at: string }[]; nextCursor: string | null };
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((r) => r.at));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(days.slice(2, 10).reverse());
    });

    it('refuses bad query parameters: limit out of range, a made-up cursor, from after to, unknown keys', async () => {
      const a = await signUp(h.app);
      for (const q of [
        'limit=0',
        'limit=501',
        'limit=ten',
        'cursor=bm90LWEtY3Vyc29y',
        'from=2026-11-10T00:00:00Z&to=2026-11-01T00:00:00Z',
        'from=yesterday',
        'sort=asc',
      ]) {
        expectJsonError(await a.call('GET', `/api/v1/episodes?${q}`), 400);
      }
    });
  });

  describe('export and import', () => {
    it('exports everything as diaryExportSchema JSON that imports back losslessly into another account', async () => {
      const a = await signUp(h.app);
      const diary = makeDiary();
      // Through the API, record by record.
      await a.call('PUT', '/api/v1/profile', diary.profile);
      for (const c of COLLECTION_NAMES) {
        for (const r of diary[c])
          expect((await a.call('POST', `/api/v1/${COLLECTIONS[c].segment}`, r)).statusCode).toBe(201);
      }
      const exported = await a.call('GET', '/api/v1/export');
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-disposition']).toMatch(/^attachment; filename="backease-diary-/);
      const data = exported.json();
      expect(diaryExportSchema.safeParse(data).success).toBe(true);
      for (const c of COLLECTION_NAMES) expect(data[c]).toHaveLength(diary[c].length);

      const b = await signUp(h.app);
      const imported = await b.call('POST', '/api/v1/import', data);
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json().imported.episodes).toBe(2);
      const again = (await b.call('GET', '/api/v1/export')).json();
      expect({ ...again, exportedAt: 'x' }).toEqual({ ...data, exportedAt: 'x' });
      // Byte for byte, hostile text included.
      expect(JSON.stringify({ ...again, exportedAt: 'x' })).toBe(
        JSON.stringify({ ...data, exportedAt: 'x' }),
      );
    });

    it('imports all or nothing: one bad record, or a repeated id, and nothing is stored', async () => {
      const a = await signUp(h.app);
      const good = {
        format: 'backease-diary',
        version: 1,
        exportedAt: '2026-11-28T00:00:00Z',
        ...makeDiary(),
      };
      const before = await h.store.countRows();
      const badRecord = { ...good, doctorQuestions: [{ ...good.doctorQuestions[0], text: '' }] };
      expectJsonError(await a.call('POST', '/api/v1/import', badRecord), 400);
      const episode = good.episodes[0];
      const repeated = { ...good, episodes: [episode, { ...episode, pain: 1 }] };
      const res = await a.call('POST', '/api/v1/import', repeated);
      expectJsonError(res, 400);
      expect(res.json().error.issues[0].path).toBe('episodes[1].id');
      expect(await h.store.countRows()).toEqual(before);
      expect((await a.call('GET', '/api/v1/profile')).json().age).toBeNull();
    });
  });

  describe('account deletion', () => {
    it('needs the password, then deletes the account with everything in it and signs out', async () => {
      const a = await signUp(h.app);
      const b = await signUp(h.app);
      const diary = {
        format: 'backease-diary',
        version: 1,
        exportedAt: '2026-11-28T00:00:00Z',
        ...makeDiary(),
      };
      expect((await a.call('POST', '/api/v1/import', diary)).statusCode).toBe(200);
      expect((await b.call('POST', '/api/v1/import', diary)).statusCode).toBe(200);
      // A deletion of A's (a tombstone), which account deletion must take too; B deletes the same id.
      const episodeId = diary.episodes[0]?.id as string;
      for (const c of [a, b])
        expect((await c.call('DELETE', `/api/v1/episodes/${episodeId}`, { version: 1 })).statusCode).toBe(
          204,
        );
      const bBefore = (await b.call('GET', '/api/v1/export')).json();
      const before = await h.store.countRows();

      const wrong = await a.call('DELETE', '/api/v1/account', { password: 'not my password' });
      expect(expectJsonError(wrong, 401)).toBe('invalid_credentials');
      expect(await h.store.countRows()).toEqual(before);

      const res = await a.call('DELETE', '/api/v1/account', { password: PASSWORD });
      expect(res.statusCode).toBe(204);
      expect(String(res.headers['set-cookie'])).toContain('backease_session=;');
      expectJsonError(await a.call('GET', '/api/v1/auth/session'), 401);
      expect(await h.store.findUserById(a.userId)).toBeNull();
      const left = await h.store.exportDiary(a.userId);
      expect(left.profile).toBeNull();
      for (const c of COLLECTION_NAMES) expect(left[c]).toEqual([]);
      const entries = COLLECTION_NAMES.reduce((n, c) => n + diary[c].length, 0) - 1;
      expect(await h.store.countRows()).toEqual({
        users: before.users - 1,
        sessions: before.sessions - 1,
        profiles: before.profiles - 1,
        entries: before.entries - entries,
        tombstones: before.tombstones - 1,
      });
      expect((await b.call('GET', '/api/v1/deleted')).json().items).toHaveLength(1);
      expect({ ...(await b.call('GET', '/api/v1/export')).json(), exportedAt: 'x' }).toEqual({
        ...bBefore,
        exportedAt: 'x',
      });
      const signin = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: a.email, password: PASSWORD },
      });
      expectJsonError(signin, 401);
    });
  });
});
