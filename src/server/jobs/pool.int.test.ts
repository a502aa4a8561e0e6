/**
 * The heavy jobs in worker threads give exactly what they give on the calling thread: the same export
 * bytes, the same FHIR Bundle, the same PDF, the same import, the same refusals of bad input. Two apps
 * over one SQLite file, one with worker threads (as the server runs) and one without.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../config/config.ts';
import { openSqliteStore } from '../../store/sql/sqlite.ts';
import type { Store } from '../../store/store.ts';
import { makeDiary } from '../../store/testing/fixtures.ts';
import { buildApp } from '../app.ts';
import { type Client, checkedApp, clientFor, signUp } from '../testing/harness.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
let dir: string;
let store: Store;
let threads: FastifyInstance;
let inline: FastifyInstance;
let owner: Client;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backease-jobs-'));
  const file = join(dir, 'jobs.sqlite');
  store = await openSqliteStore(file);
  const config = testConfig();
  threads = checkedApp(
    await buildApp(config, store, { now: () => NOW, jobDatabase: { kind: 'sqlite', file } }),
  );
  inline = checkedApp(await buildApp(config, store, { now: () => NOW }));
  owner = await signUp(threads);
  const imported = await owner.call('POST', '/api/v1/import', {
    format: 'backease-diary',
    version: 1,
    exportedAt: '2026-11-30T00:00:00Z',
    ...makeDiary(),
  });
  expect(imported.statusCode, imported.body).toBe(200);
}, 60_000);

afterAll(async () => {
  await threads?.close();
  await inline?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const both = async (url: string) => {
  const there = clientFor(inline, owner);
  const [a, b] = [await owner.call('GET', url), await there.call('GET', url)];
  expect(a.statusCode, a.body).toBe(200);
  expect(b.statusCode, b.body).toBe(200);
  return [a, b] as const;
};

describe('jobs in worker threads', () => {
  it('runs in worker threads in one app and on this thread in the other', () => {
    expect(threads.jobs.where).toBe('worker threads');
    expect(inline.jobs.where).toBe('this thread');
  });

  it('exports the same bytes', async () => {
    const [a, b] = await both('/api/v1/export');
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    expect(a.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(a.json().checkIns.length).toBeGreaterThan(0);
  });

  it('makes the same FHIR Bundle and the same PDF', async () => {
    const [fa, fb] = await both('/api/v1/fhir');
    expect(fa.body).toBe(fb.body);
    const [pa, pb] = await both('/api/v1/report.pdf?from=2026-01-01&to=2026-12-01');
    expect(pa.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pa.rawPayload.equals(pb.rawPayload)).toBe(true);
    expect(pa.headers['content-disposition']).toBe(pb.headers['content-disposition']);
  }, 60_000);

  it('imports in a worker what the export holds, and refuses bad files as this thread does', async () => {
    const file = (await owner.call('GET', '/api/v1/export')).json();
    const other = await signUp(threads);
    const res = await other.call('POST', '/api/v1/import', file);
    expect(res.statusCode, res.body).toBe(200);
    const again = (await other.call('GET', '/api/v1/export')).json();
    expect({ ...again, exportedAt: null }).toEqual({ ...file, exportedAt: null });

    const twice = { ...file, checkIns: [file.checkIns[0], file.checkIns[0]] };
    const refusals = [
      JSON.stringify(twice),
      '{"format":"backease-diary","__proto__":{"x":1}}',
      '{"format":',
      '[',
      JSON.stringify({ ...file, version: 2 }),
    ];
    for (const payload of refusals) {
      const send = (app: FastifyInstance) =>
        app
          .inject({
            method: 'POST',
            url: '/api/v1/import',
            headers: {
              cookie: other.cookie,
              'x-csrf-token': other.csrfToken,
              'content-type': 'application/json',
            },
            payload,
          })
          .then((r) => ({ status: r.statusCode, body: r.json() }));
      const [a, b] = [await send(threads), await send(inline)];
      expect(a.status, JSON.stringify(a.body)).toBe(400);
      expect(a).toEqual(b);
    }
  }, 60_000);
});
