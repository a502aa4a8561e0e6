/**
 * Diary listing benchmark: one person with 100,000 check-ins (one every 15 minutes for 2.9 years: far
 * more than anyone writes, which is the point), listed over HTTP from the real app on SQLite and on
 * PostgreSQL (a throwaway cluster with durable default settings). Prints p50/p99 latency per query shape
 * and the query plan that serves it. Prints numbers; asserts nothing.
 *
 *   node bench/server-diary-list.ts [--entries 100000] [--repeat 200]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { testConfig } from '../src/config/config.ts';
import type { CheckIn } from '../src/diary/model.ts';
import { buildApp } from '../src/server/app.ts';
import { openPostgresStore } from '../src/store/sql/postgres.ts';
import type { SqlStore } from '../src/store/sql/sql-store.ts';
import { openSqliteStore } from '../src/store/sql/sqlite.ts';
import { startPostgresCluster } from '../src/store/testing/postgres-cluster.ts';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: '100000' }, repeat: { type: 'string', default: '200' } },
});
const ENTRIES = Number(values.entries);
const REPEAT = Number(values.repeat);
const PASSWORD = 'benchmark passphrase';
const START = Date.parse('2024-01-01T00:00:00Z');
const STEP = 15 * 60_000; // a check-in every 15 minutes: 100,000 of them span about 2.9 years

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

async function bench(kind: 'sqlite' | 'postgres', store: SqlStore): Promise<void> {
  const app = await buildApp(testConfig({ logLevel: 'silent' }), store);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const signup = await fetch(`${address}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${randomUUID()}@bench.test`, password: PASSWORD }),
    });
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { user } = (await signup.json()) as { user: { id: string } };

    // Another person's diary in the same tables, so the index has to separate owners.
    const other = await fetch(`${address}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${randomUUID()}@bench.test`, password: PASSWORD }),
    });
    const otherId = ((await other.json()) as { user: { id: string } }).user.id;

    const checkIns = (n: number): CheckIn[] =>
      Array.from({ length: n }, (_, i) => ({
        id: randomUUID(),
        episodeId: null,
        at: new Date(START + i * STEP).toISOString(),
        pain: i % 11,
        notes: i % 7 === 0 ? 'stiff after sitting; heat helped' : '',
      }));
    const empty = {
      profile: { age: 40, sex: 'female' as const, evidence: [], country: null, language: null },
      episodes: [],
      remedySessions: [],
      assessments: [],
      doctorQuestions: [],
    };
    let t = performance.now();
    await store.importDiary(user.id, { ...empty, checkIns: checkIns(ENTRIES) }, Date.now());
    const seedMs = performance.now() - t;
    await store.importDiary(otherId, { ...empty, checkIns: checkIns(ENTRIES / 10) }, Date.now());
    if (kind === 'postgres') await sql`analyze`.execute(store.db);

    const get = async (path: string) => {
      const res = await fetch(`${address}${path}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ items: unknown[]; nextCursor: string | null }>;
    };

    // A cursor from the middle of the diary, for "page 1,000" of 50 (with the default 100,000 entries):
    // halfway through in pages of 500, so a smaller --entries still has a middle.
    const halfway = Math.max(1, Math.floor(ENTRIES / 2 / 500));
    let cursor: string | null = null;
    let middle = '';
    for (let i = 0; i < halfway; i++) {
      const page: { nextCursor: string | null } = await get(
        `/api/v1/checkins?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
      );
      cursor = page.nextCursor;
      if (i === halfway - 1 && cursor) middle = cursor;
    }
    if (!middle)
      throw new Error(`--entries ${ENTRIES} is too few for a cursor from the middle (at least 1,000)`);

    const shapes: [string, string][] = [
      ['newest 50 (first page)', '/api/v1/checkins?limit=50'],
      ['50 from the middle (cursor)', `/api/v1/checkins?limit=50&cursor=${middle}`],
      [
        'one month by date (2,880 match), first 500',
        '/api/v1/checkins?from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z&limit=500',
      ],
      [
        'one week by date (672 match), first 500',
        '/api/v1/checkins?from=2025-06-01T00:00:00Z&to=2025-06-08T00:00:00Z&limit=500',
      ],
    ];
    console.log(
      `\n${kind}: ${ENTRIES.toLocaleString('en')} check-ins for one user (+${(ENTRIES / 10).toLocaleString('en')} for another), seeded in ${(seedMs / 1000).toFixed(1)} s in one transaction`,
    );
    for (const [name, path] of shapes) {
      for (let i = 0; i < 10; i++) await get(path); // warm-up
      const times: number[] = [];
      let count = 0;
      for (let i = 0; i < REPEAT; i++) {
        t = performance.now();
        count = (await get(path)).items.length;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(
        `  ${name.padEnd(40)} ${String(count).padStart(4)} items   p50 ${quantile(times, 0.5).toFixed(2).padStart(7)} ms   p99 ${quantile(times, 0.99).toFixed(2).padStart(7)} ms`,
      );
    }

    // Paging through everything, 500 at a time, as a full sync would.
    t = performance.now();
    let pages = 0;
    cursor = null;
    do {
      const page: { nextCursor: string | null } = await get(
        `/api/v1/checkins?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
      );
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    console.log(
      `  ${`all ${ENTRIES.toLocaleString('en')} in pages of 500`.padEnd(40)} ${String(pages).padStart(4)} pages   total ${(performance.now() - t).toFixed(0)} ms`,
    );

    t = performance.now();
    const exported = await fetch(`${address}/api/v1/export`, { headers: { cookie } });
    const bytes = (await exported.arrayBuffer()).byteLength;
    console.log(
      `  ${'GET /api/v1/export (whole diary)'.padEnd(40)} ${(bytes / 1e6).toFixed(1).padStart(4)} MB    once  ${(performance.now() - t).toFixed(0)} ms`,
    );

    // The plan of the listing query, to show it walks the (user_id, kind, at, id) index.
    if (kind === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan select at, id, data from diary_entries
        where user_id = ${user.id} and kind = 'checkIns' and (at, id) < (${Date.now()}, 'z') order by at desc, id desc limit 51`.execute(
        store.db,
      );
      console.log(`  plan: ${plan.rows.map((r) => r.detail).join(' | ')}`);
    } else {
      const plan = await sql<{ 'QUERY PLAN': string }>`explain select at, id, data from diary_entries
        where user_id = ${user.id} and kind = 'checkIns' and (at, id) < (${Date.now()}, 'z') order by at desc, id desc limit 51`.execute(
        store.db,
      );
      console.log(`  plan: ${plan.rows.map((r) => r['QUERY PLAN'].trim()).join(' | ')}`);
    }
  } finally {
    await app.close();
  }
}

console.log(
  `diary listing over HTTP (fetch, keep-alive, one request at a time, ${REPEAT} repeats per shape), Node ${process.version}`,
);

const dir = mkdtempSync(join(tmpdir(), 'backease-bench-'));
try {
  const sqlite = await openSqliteStore(join(dir, 'bench.sqlite'));
  await bench('sqlite', sqlite);
  await sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const cluster = await startPostgresCluster();
try {
  const pg = await openPostgresStore({ url: cluster.url, poolSize: 10 });
  await bench('postgres', pg);
  await pg.close();
} finally {
  await cluster.stop();
}
