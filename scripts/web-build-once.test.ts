import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWebOnce } from './web-build-once.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A web folder, and a "build" command that writes dist/index.html and leaves a mark that it ran. */
function setup() {
  const web = mkdtempSync(join(tmpdir(), 'backease-once-'));
  dirs.push(web);
  const webDist = join(web, 'dist');
  const mark = join(web, 'built-by-me');
  const script = `const fs=require('fs');fs.mkdirSync(${JSON.stringify(webDist)},{recursive:true});fs.writeFileSync(${JSON.stringify(join(webDist, 'index.html'))},'x');fs.writeFileSync(${JSON.stringify(mark)},'')`;
  return {
    webDist,
    mark,
    lock: join(web, '.build.lock'),
    options: { webDist, command: [process.execPath, '-e', script], cwd: web, log: () => {}, waitMs: 20_000 },
  };
}

describe('building the web app once for processes started together', () => {
  it('builds when nothing is built, and not again once it is', async () => {
    const t = setup();
    expect(await buildWebOnce(t.options)).toBe(true);
    expect(existsSync(t.mark)).toBe(true);
    expect(existsSync(t.lock)).toBe(false);
    rmSync(t.mark);
    expect(await buildWebOnce(t.options)).toBe(true);
    expect(existsSync(t.mark)).toBe(false);
  });

  it('waits for the build of a process that holds the lock, and does not build itself', async () => {
    const t = setup();
    // This very process stands for another one that is alive and building.
    writeFileSync(t.lock, String(process.pid));
    const waiting = buildWebOnce(t.options);
    await new Promise((r) => setTimeout(r, 500));
    mkdirSync(t.webDist);
    writeFileSync(join(t.webDist, 'index.html'), 'built by the other');
    rmSync(t.lock);
    expect(await waiting).toBe(true);
    expect(existsSync(t.mark)).toBe(false);
  });

  it('takes over a lock whose process is gone, and builds', async () => {
    const t = setup();
    // Far above any pid the system gives out (pid_max is at most 2^22).
    writeFileSync(t.lock, '99999999');
    expect(await buildWebOnce(t.options)).toBe(true);
    expect(existsSync(t.mark)).toBe(true);
    expect(existsSync(t.lock)).toBe(false);
  });
});
