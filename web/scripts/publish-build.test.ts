import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentBuild, newBuildDir, publishBuild } from './publish-build.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A finished build in a new build folder: index.html naming its one script, and its manifest. */
function fakeBuild(dist: string, name: string, now: number): string {
  const dir = newBuildDir(dist, now);
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), `<script src="/assets/${name}.js"></script>`);
  writeFileSync(join(dir, 'sw.js'), `// ${name}`);
  writeFileSync(join(dir, 'assets', `${name}.js`), name);
  writeFileSync(
    join(dir, '.vite/manifest.json'),
    JSON.stringify({ 'src/main.tsx': { file: `assets/${name}.js`, isEntry: true } }),
  );
  return dir;
}

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'backease-publish-'));
  dirs.push(root);
  return join(root, 'dist');
}

describe('publishing a web build', () => {
  it('makes web/dist a link to the finished build, replaced in one step, keeping the last build’s scripts', () => {
    const dist = project();
    expect(currentBuild(dist)).toBeNull();
    const first = publishBuild(dist, fakeBuild(dist, 'one', 1_000_000_000_001), 1_000_000_000_001);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(currentBuild(dist)).toBe(first);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toBe('// one');

    const second = publishBuild(dist, fakeBuild(dist, 'two', 1_000_000_000_002), 1_000_000_000_002);
    expect(currentBuild(dist)).toBe(second);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('two.js');
    // A page loaded from the first build a moment ago still gets its script.
    expect(readFileSync(join(dist, 'assets/one.js'), 'utf8')).toBe('one');
    expect(readFileSync(join(dist, 'assets/two.js'), 'utf8')).toBe('two');
  });

  it('keeps the newest builds and the one served, and removes older and abandoned ones', () => {
    const dist = project();
    const stamps = [1, 2, 3, 4, 5].map((n) => 1_000_000_000_000 + n);
    for (const s of stamps) publishBuild(dist, fakeBuild(dist, `b${s}`, s), s);
    const abandoned = newBuildDir(dist, stamps[0] as number);
    const underway = newBuildDir(dist, 1_000_007_199_000);
    publishBuild(dist, fakeBuild(dist, 'last', 1_000_007_200_000), 1_000_007_200_000);
    const left = readdirSync(join(dist, '..', '.builds')).sort();
    expect(left).toHaveLength(4);
    expect(left).toContain(currentBuild(dist)?.split('/').at(-1));
    expect(existsSync(abandoned)).toBe(false);
    // Another build still being made is never touched.
    expect(existsSync(underway)).toBe(true);
  });

  it('replaces a plain web/dist folder left by an older build', () => {
    const dist = project();
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'old');
    publishBuild(dist, fakeBuild(dist, 'new', 1_000_000_000_001), 1_000_000_000_001);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('new.js');
  });
});
