/**
 * `backease backup`: the backup drill (issue 14) and the command's errors. The drill backs up the real
 * server's SQLite database while 16 writers keep writing, restores the copy as the docs say (a server
 * started on it), and finds there every write acknowledged before the backup began, exactly as sent.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from '../server/testing/spawn-server.ts';
import { openSqliteStore } from '../store/sql/sqlite.ts';

const bin = new URL('../../bin/backease.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'backease-backup-'));
const servers: ServerProcess[] = [];

afterAll(async () => {
  for (const s of servers)
    if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  await Promise.all(servers.map((s) => s.exited()));
  rmSync(dir, { recursive: true, force: true });
});

/** The environment of the command: only what it needs, so the test machine's own settings do not leak in. */
const cliEnv = (extra: Record<string, string>) => ({ PATH: process.env.PATH ?? '', NO_COLOR: '1', ...extra });

function backupSync(extra: Record<string, string>, out: string) {
  const r = spawnSync(process.execPath, [bin, 'backup', '--out', out], {
    encoding: 'utf8',
    env: cliEnv(extra),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const startServer = (dataDir: string) =>
  spawnServer({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    REQUEST_LIMIT_PER_MINUTE: '0',
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
  });

describe('backease backup', () => {
  it('is a drill that works: backed up under write load, restored, every acknowledged write is there', async () => {
    const live = join(dir, 'live');
    const first = await startServer(live);
    servers.push(first);
    const signup = await fetch(`${first.url}api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'drill@example.test', password: 'correct horse battery staple' }),
    });
    expect(signup.status).toBe(201);
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await signup.json()) as { csrfToken: string };

    // Each acknowledged write with the moment its answer came.
    const acknowledged = new Map<string, { record: object; at: number }>();
    const sent = new Set<string>();
    let stop = false;
    const writer = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const record = {
          id: randomUUID(),
          episodeId: null,
          at: new Date(Date.UTC(2026, 10, 1) + n * 1_000_000 + i * 1000).toISOString(),
          pain: (n + i) % 11,
          notes: `writer ${n} write ${i}`,
        };
        sent.add(record.id);
        const res = await fetch(`${first.url}api/v1/checkins/${record.id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify(record),
        });
        if (res.status === 201) acknowledged.set(record.id, { record, at: Date.now() });
        else throw new Error(`write answered ${res.status}: ${await res.text()}`);
      }
    };
    const writers = Array.from({ length: 16 }, (_, n) => writer(n));
    while (acknowledged.size < 300) await new Promise((r) => setTimeout(r, 5));

    const out = join(dir, 'backup.sqlite');
    // The writes acknowledged before the backup starts, taken as a set rather than by time: a write
    // answered in the same millisecond as the start would fail "at < began" (seen: 299 of 300).
    const ackedBefore = new Set(acknowledged.keys());
    const began = Date.now();
    const backup = spawn(process.execPath, [bin, 'backup', '--out', out], {
      env: cliEnv({ DATA_DIR: live }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let said = '';
    backup.stdout.on('data', (d) => {
      said += d;
    });
    backup.stderr.on('data', (d) => {
      said += d;
    });
    const code = await new Promise<number | null>((r) => backup.once('exit', r));
    const ended = Date.now();
    // Writes kept coming while it ran, and after.
    while ([...acknowledged.values()].filter((a) => a.at > ended).length < 50)
      await new Promise((r) => setTimeout(r, 5));
    stop = true;
    await Promise.all(writers);
    expect(code, said).toBe(0);
    expect(said).toMatch(/^Backed up .*backease\.sqlite to .*backup\.sqlite \(\d+ KB\), checked/);
    expect([...acknowledged.values()].some((a) => a.at > began && a.at < ended)).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(existsSync(`${out}-wal`)).toBe(false);

    // Restore as docs/server.md says: the copy becomes backease.sqlite of a stopped (here: new) server.
    const restored = join(dir, 'restored');
    mkdirSync(restored);
    copyFileSync(out, join(restored, 'backease.sqlite'));
    const second = await startServer(restored);
    servers.push(second);
    const before = [...acknowledged].filter(([id]) => ackedBefore.has(id));
    expect(before.length).toBeGreaterThanOrEqual(300);
    for (const [id, a] of before) {
      const res = await fetch(`${second.url}api/v1/checkins/${id}`, { headers: { cookie } });
      expect(res.status, `acknowledged write ${id} is missing from the restored backup`).toBe(200);
      expect(await res.json()).toEqual({ ...a.record, version: 1 });
    }
    // Nothing in the copy that was never written, and nothing written after the backup ended.
    const store = await openSqliteStore(join(restored, 'backease.sqlite'));
    const rows = (await store.exportDiary((await store.findUserByEmail('drill@example.test'))?.id as string))
      .checkIns;
    expect(rows.filter((r) => !sent.has(r.id))).toEqual([]);
    const afterEnd = new Set([...acknowledged].filter(([, a]) => a.at > ended + 1000).map(([id]) => id));
    expect(rows.filter((r) => afterEnd.has(r.id))).toEqual([]);
    const during = [...acknowledged.values()].filter((a) => a.at >= began && a.at <= ended).length;
    console.log(
      `backup drill: ${before.length} writes acknowledged before the backup, ${during} while it ran ` +
        `(${ended - began} ms, the command included); ${rows.length} in the restored copy`,
    );
    await store.close();
  });

  it('says why it cannot back up, exits 2 and writes nothing', async () => {
    const data = join(dir, 'errors');
    await (await openSqliteStore(join(data, 'backease.sqlite'))).close();
    const notADatabase = join(dir, 'not-a-database');
    mkdirSync(notADatabase);
    writeFileSync(join(notADatabase, 'backease.sqlite'), 'this is not a database\n');
    const taken = join(dir, 'taken.sqlite');
    writeFileSync(taken, 'something precious');
    const cases: [string, Record<string, string>, string, RegExp][] = [
      [
        'no database there',
        { DATA_DIR: join(dir, 'empty') },
        join(dir, 'a.sqlite'),
        /DATA_DIR: There is no SQLite database at ".*empty\/backease\.sqlite"/,
      ],
      ['not a database', { DATA_DIR: notADatabase }, join(dir, 'b.sqlite'), /is not a SQLite database/],
      ['the file exists', { DATA_DIR: data }, taken, /already exists: a backup never overwrites a file/],
      [
        'no such folder',
        { DATA_DIR: data },
        join(dir, 'no', 'such', 'c.sqlite'),
        /Cannot write ".*c\.sqlite": the folder does not exist/,
      ],
      [
        'PostgreSQL',
        { DATABASE_URL: 'postgres://backease@db.example:5432/backease' },
        join(dir, 'd.sqlite'),
        /pg_dump --format=custom --file=FILE "\$DATABASE_URL"/,
      ],
    ];
    for (const [name, env, out, message] of cases) {
      const r = backupSync(env, out);
      expect(r.code, name).toBe(2);
      expect(r.out, name).toBe('');
      expect(r.err, name).toMatch(message);
      expect(r.err.trim().split('\n'), name).toHaveLength(1);
      if (out !== taken) expect(existsSync(out), name).toBe(false);
    }
    // And with what it needs, it works.
    expect(backupSync({ DATA_DIR: data }, join(dir, 'e.sqlite')).code).toBe(0);
  });
});
