/**
 * `npm start`'s web build: when the web app is not built, build it once, however many processes start
 * together. A lock file next to the build (taken with O_EXCL, holding the builder's pid) makes the others
 * wait for that build instead of starting their own; a lock whose process is gone is taken over. The build
 * itself is published in one step (web/scripts/publish-build.ts), so no process ever sees half of it.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BuildOnceOptions {
  /** The folder the server serves (config.webDist). */
  readonly webDist: string;
  /** The command that builds it, run in `cwd`. */
  readonly command: readonly string[];
  readonly cwd: string;
  readonly log: (line: string) => void;
  /** How long to wait for another process's build before building anyway. */
  readonly waitMs?: number;
}

const built = (webDist: string) => existsSync(join(webDist, 'index.html'));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Takes the lock, or says who holds it (0: the lock file has no pid in it). */
function tryLock(lock: string): true | number {
  try {
    const fd = openSync(lock, 'wx', 0o600);
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    let text: string;
    try {
      text = readFileSync(lock, 'utf8');
    } catch (r) {
      // Released between the attempt above and this read (its holder finished): free, so try again.
      if ((r as NodeJS.ErrnoException).code === 'ENOENT') return tryLock(lock);
      throw r;
    }
    const pid = Number(text.trim());
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  }
}

/** Builds the web app unless it is built; true when it is built at the end. */
export async function buildWebOnce(o: BuildOnceOptions): Promise<boolean> {
  if (built(o.webDist)) return true;
  const lock = join(dirname(o.webDist), '.build.lock');
  const deadline = Date.now() + (o.waitMs ?? 10 * 60_000);
  let said = false;
  for (;;) {
    const holder = tryLock(lock);
    if (holder === true) break;
    // A lock with no pid yet is being written this instant; one that stays so was left half-made.
    const gone = holder === 0 ? ageMs(lock) > 10_000 : !alive(holder);
    if (gone || Date.now() > deadline) {
      rmSync(lock, { force: true });
      continue;
    }
    if (!said) o.log(`web app being built by process ${holder}: waiting for it`);
    said = true;
    await sleep(200);
  }
  try {
    // Built by the process that held the lock before us.
    if (built(o.webDist)) return true;
    o.log(`web app not built yet: running ${o.command.join(' ')}`);
    const [cmd, ...args] = o.command;
    // The build writes where this server reads (WEB_DIST), whatever the current folder was.
    const env = { ...process.env, WEB_DIST: o.webDist };
    const r = spawnSync(cmd as string, args, { cwd: o.cwd, stdio: 'inherit', env });
    return r.status === 0 && built(o.webDist);
  } finally {
    rmSync(lock, { force: true });
  }
}
