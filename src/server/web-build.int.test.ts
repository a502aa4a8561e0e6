/**
 * The web build under several processes (issue 14): `npm start` processes started at once, or one a
 * moment after another, build the web app once and never serve half of it; and a rebuild while a server
 * runs never leaves it without web/dist. Before the build was atomic, a process started a second after
 * another saw a half-written web/dist, skipped its build and answered 404 for /sw.js; and every build
 * emptied web/dist under the servers already running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from './testing/spawn-server.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'backease-webbuild-'));
const webDist = join(dir, 'dist');
const servers: ServerProcess[] = [];
const children: ChildProcess[] = [];

const env = (n: number) => ({
  HOME: process.env.HOME ?? dir,
  DATA_DIR: join(dir, `data-${n}`),
  WEB_DIST: webDist,
  LOG_LEVEL: 'info',
  REQUEST_LIMIT_PER_MINUTE: '0',
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const s of servers)
    if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  await Promise.all(servers.map((s) => s.exited()));
  rmSync(dir, { recursive: true, force: true });
});

/** The files a browser fetches for the app: the page, what it names, the service worker and the manifest. */
async function appFiles(url: string): Promise<string[]> {
  const html = await (await fetch(url)).text();
  const named = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1] as string);
  return ['', 'sw.js', 'manifest.webmanifest', ...named];
}

/** Every app file's status, asked at once; the paths that did not answer 200. */
async function missing(url: string, files: readonly string[]): Promise<string[]> {
  const statuses = await Promise.all(
    files.map(async (f) => {
      const res = await fetch(`${url}${f}`);
      await res.arrayBuffer();
      return [f, res.status] as const;
    }),
  );
  return statuses.filter(([, s]) => s !== 200).map(([f, s]) => `/${f} ${s}`);
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the web build to begin');
    await sleep(20);
  }
}

const buildsDir = () => (existsSync(join(dir, '.builds')) ? readdirSync(join(dir, '.builds')) : []);
const building = () =>
  buildsDir().some((n) => n.startsWith('tmp-') && existsSync(join(dir, '.builds', n, 'index.html')));

const finishedBuilds = () => readdirSync(join(dir, '.builds')).filter((n) => /^\d+-\d+$/.test(n));

describe('the web build under several processes', () => {
  it('is built once and served whole by processes started at once and a moment apart', async () => {
    const start = (n: number) =>
      spawnServer(env(n), { entry: 'start', startTimeoutMs: 240_000 }).then(async (s) => {
        servers.push(s);
        // Asked the moment the server says it is up: nothing may be missing, not even for an instant.
        return { s, missing: await missing(s.url, await appFiles(s.url)) };
      });
    const together = [start(1), start(2)];
    // The third starts while the first build is under way: the moment a build has begun to write.
    await until(() => existsSync(join(webDist, 'index.html')) || building());
    const later = start(3);
    const results = await Promise.all([...together, later]);
    for (const r of results) expect(r.missing, r.s.url).toEqual([]);
    expect(finishedBuilds()).toHaveLength(1);
  });

  it('never leaves a running server without the app while it is built again', async () => {
    const server = servers[0] as ServerProcess;
    const before = readlinkSync(webDist);
    const files = await appFiles(server.url);
    const build = spawn(process.execPath, [join(ROOT, 'web/scripts/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, WEB_DIST: webDist },
      stdio: 'ignore',
    });
    children.push(build);
    const exited = new Promise<number | null>((r) => build.once('exit', r));
    let done = false;
    void exited.then(() => {
      done = true;
    });
    const failures: string[] = [];
    let rounds = 0;
    while (!done) {
      failures.push(...(await missing(server.url, files)));
      rounds++;
    }
    expect(await exited).toBe(0);
    failures.push(...(await missing(server.url, files)));
    expect(failures).toEqual([]);
    // The requests really ran while the build did, and the build really replaced the one served.
    expect(rounds).toBeGreaterThan(10);
    expect(readlinkSync(webDist)).not.toBe(before);
    expect(await missing(server.url, await appFiles(server.url))).toEqual([]);
  });
});
