/**
 * Publishing a web build atomically. Each build is made in a folder of its own under web/.builds, and
 * web/dist is a symbolic link to the current one, replaced by one rename(2) when a build is complete: a
 * server that is running (or starting) sees the old build or the new one, never a half-written or empty
 * web/dist. The previous build's hashed files are carried into the new one, so a page loaded a moment
 * before still finds its scripts. The newest few builds are kept; older ones are removed.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** Builds kept besides the one being served (older ones are removed by the next publish). */
const KEEP = 3;
/** An unfinished build folder older than this was left by a build that died: removed. */
const ABANDONED_MS = 60 * 60 * 1000;

/** A new, empty folder to build into: `tmp-…` until published, so no cleanup touches it meanwhile. */
export function newBuildDir(dist: string, now: number = Date.now()): string {
  const builds = join(dirname(dist), '.builds');
  mkdirSync(builds, { recursive: true });
  const dir = join(builds, `tmp-${now}-${process.pid}`);
  mkdirSync(dir);
  return dir;
}

/** The build web/dist points at now, or null (not built, or a plain folder from before). */
export function currentBuild(dist: string): string | null {
  try {
    if (!lstatSync(dist).isSymbolicLink()) return null;
    return resolve(dirname(dist), readlinkSync(dist));
  } catch {
    return null;
  }
}

interface ManifestEntry {
  readonly file: string;
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}

/** The hashed files a build made itself, from its Vite manifest. */
function ownFiles(build: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(build, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      ManifestEntry
    >;
    return [
      ...new Set(Object.values(manifest).flatMap((e) => [e.file, ...(e.css ?? []), ...(e.assets ?? [])])),
    ];
  } catch {
    return [];
  }
}

/** Copies the previous build's own hashed files into the new one (hard links where possible). */
function carryOver(previous: string, next: string): void {
  for (const file of ownFiles(previous)) {
    const from = join(previous, file);
    const to = join(next, file);
    if (existsSync(to) || !existsSync(from)) continue;
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

/**
 * Makes `build` (a folder from newBuildDir, complete) the one web/dist serves, in one rename. A plain
 * web/dist folder left by a build from before this scheme is moved aside first: that once, for an
 * instant, there is no web/dist.
 */
export function publishBuild(dist: string, build: string, now: number = Date.now()): string {
  const builds = dirname(build);
  const previous = currentBuild(dist);
  const done = join(builds, basename(build).replace(/^tmp-/, ''));
  renameSync(build, done);
  if (previous) carryOver(previous, done);
  const link = join(dirname(dist), `.dist-link-${process.pid}-${now}`);
  symlinkSync(relative(dirname(dist), done), link);
  if (existsSync(dist) && !lstatSync(dist).isSymbolicLink()) renameSync(dist, join(builds, `legacy-${now}`));
  renameSync(link, dist);
  removeOld(builds, dist, now);
  return done;
}

/** Removes builds beyond the newest KEEP (never the one served), abandoned unfinished ones, and legacy folders. */
function removeOld(builds: string, dist: string, now: number): void {
  const served = currentBuild(dist);
  const stamp = (name: string) => Number(/(?:^|-)(\d{13})-/.exec(name)?.[1] ?? 0);
  const names = readdirSync(builds);
  const finished = names.filter((n) => /^\d+-\d+$/.test(n)).sort((a, b) => stamp(b) - stamp(a));
  const old = [
    ...finished.slice(KEEP),
    ...names.filter((n) => n.startsWith('tmp-') && now - stamp(n) > ABANDONED_MS),
    ...names.filter((n) => n.startsWith('legacy-')),
  ];
  for (const name of old) {
    const path = join(builds, name);
    if (path !== served) rmSync(path, { recursive: true, force: true });
  }
}
