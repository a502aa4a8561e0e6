// Both ways the tests get a PostgreSQL: the machine's own when it has one, the npm package's otherwise.
// The npm path is started here even on a machine that has its own, so it cannot quietly rot.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  findMachinePostgres,
  findPostgresBin,
  npmPostgresBin,
  type PostgresCluster,
  startPostgresCluster,
  userToRunAs,
} from './postgres-cluster.ts';

const scratch = mkdtempSync(join(tmpdir(), 'backease-pg-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeInitdb(root: string, version: string, mode = 0o755): void {
  mkdirSync(join(root, version, 'bin'), { recursive: true });
  writeFileSync(join(root, version, 'bin', 'initdb'), '#!/bin/sh\n');
  chmodSync(join(root, version, 'bin', 'initdb'), mode);
}

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Starts a cluster, writes and reads a row, stops it, and checks nothing is left behind. */
async function roundTrip(cluster: PostgresCluster): Promise<void> {
  try {
    await query(cluster.url, 'create table t (id int primary key, note text)');
    await query(cluster.url, "insert into t values (1, 'spasm ✓')");
    expect(await query(cluster.url, 'select note from t')).toEqual([{ note: 'spasm ✓' }]);
    const [row] = await query(cluster.url, 'show server_version');
    expect(String(row?.server_version)).toMatch(new RegExp(`^${cluster.version.replace('.', '\\.')}`));
  } finally {
    await cluster.stop();
  }
  expect(existsSync(cluster.dir)).toBe(false);
}

describe('finding PostgreSQL', () => {
  it("takes the machine's newest version, of any number", () => {
    const root = join(scratch, 'debian');
    fakeInitdb(root, '15');
    fakeInitdb(root, '17');
    fakeInitdb(root, '9');
    expect(findMachinePostgres([root])).toBe(join(root, '17', 'bin'));
    expect(findPostgresBin([root])).toEqual({ bin: join(root, '17', 'bin'), source: 'machine' });
  });

  it('falls back to the npm package when the machine has none, or only one that cannot run', () => {
    const plain = join(scratch, 'plain');
    fakeInitdb(plain, '16', 0o644);
    for (const dirs of [[], [join(scratch, 'missing')], [plain]]) {
      expect(findMachinePostgres(dirs)).toBeUndefined();
      expect(findPostgresBin(dirs)).toEqual({ bin: npmPostgresBin(), source: 'npm' });
    }
    for (const tool of ['initdb', 'pg_ctl', 'postgres'])
      expect(existsSync(join(npmPostgresBin(), tool)), tool).toBe(true);
  });

  it('runs as the postgres user when root and it exists, else as nobody', () => {
    expect(userToRunAs((u) => u === 'postgres')).toBe('postgres');
    expect(userToRunAs(() => false)).toBe('nobody');
  });
});

describe('a throwaway cluster', () => {
  it('starts from the npm binaries even where the machine has its own', async () => {
    const cluster = await startPostgresCluster({
      fast: true,
      binaries: { bin: npmPostgresBin(), source: 'npm' },
    });
    expect(cluster.binaries.source).toBe('npm');
    await roundTrip(cluster);
  });

  it('runs from a checkout that other users cannot enter (as root: as nobody, from a copy)', async () => {
    // Like a checkout under /root, on a machine without a postgres user.
    const closed = join(scratch, 'closed');
    mkdirSync(closed, { mode: 0o700 });
    cpSync(join(npmPostgresBin(), '..'), join(closed, 'native'), { recursive: true, verbatimSymlinks: true });
    const root = process.getuid?.() === 0;
    const cluster = await startPostgresCluster({
      fast: true,
      binaries: { bin: join(closed, 'native', 'bin'), source: 'npm' },
      user: 'nobody',
    });
    const owner = execFileSync('stat', ['-c', '%U', join(cluster.dir, 'data')], { encoding: 'utf8' }).trim();
    expect(owner).toBe(root ? 'nobody' : userInfo().username);
    // As root the user could not reach the binaries, so the cluster runs a copy of its own.
    expect(existsSync(join(cluster.dir, 'pg', 'bin', 'postgres'))).toBe(root);
    await roundTrip(cluster);
  });

  it('the run itself uses the PostgreSQL that findPostgresBin picks', async () => {
    const expected = findPostgresBin();
    const version = execFileSync(join(expected.bin, 'postgres'), ['--version'], { encoding: 'utf8' });
    const [row] = await query(inject('postgresUrl'), 'show server_version');
    expect(version).toContain(String(row?.server_version).split(' ')[0]);
  });
});
