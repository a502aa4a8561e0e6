/** .ci/run installs PostgreSQL only when no version of it is there, whatever the version. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = new URL('../.ci/postgres-installed', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'backease-ci-pg-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function installed(dir: string): number | null {
  return spawnSync(script, [dir]).status;
}

function fakeInitdb(dir: string, version: string, mode = 0o755): void {
  mkdirSync(join(dir, version, 'bin'), { recursive: true });
  writeFileSync(join(dir, version, 'bin', 'initdb'), '#!/bin/sh\n');
  chmodSync(join(dir, version, 'bin', 'initdb'), mode);
}

describe('.ci/postgres-installed', () => {
  it('finds an initdb of any version, not only 15', () => {
    const dir = join(root, 'v17');
    fakeInitdb(dir, '17');
    expect(installed(dir)).toBe(0);
  });

  it('says no when there is none, or only one that cannot be run', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(installed(empty)).toBe(1);
    expect(installed(join(root, 'missing'))).toBe(1);
    const notExecutable = join(root, 'plain');
    fakeInitdb(notExecutable, '16', 0o644);
    expect(installed(notExecutable)).toBe(1);
  });

  it('is what .ci/run asks, with no PostgreSQL version written into it', () => {
    const run = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(run).toContain('.ci/postgres-installed || need+=(postgresql)');
    expect(run).not.toMatch(/postgresql\/\d+\//);
  });
});
