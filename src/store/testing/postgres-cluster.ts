/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temporary directory, start it on a
 * free port, hand back its URL, and remove every trace on stop. Uses Debian's PostgreSQL binaries; when
 * they are missing this throws with the install command, because a PostgreSQL test run that quietly
 * skipped would prove nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SEARCH_DIRS = ['/usr/lib/postgresql'];

export interface PostgresCluster {
  /** A superuser URL to the `postgres` database of the cluster. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** The bin directory of the newest installed PostgreSQL, or a clear error. */
export function findPostgresBin(searchDirs: readonly string[] = SEARCH_DIRS): string {
  for (const root of searchDirs) {
    if (!existsSync(root)) continue;
    const versions = readdirSync(root)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  throw new Error(
    'PostgreSQL server binaries not found (looked for /usr/lib/postgresql/<version>/bin/initdb). ' +
      'The integration tests run every route against a real PostgreSQL and do not skip it: ' +
      'install it with `apt-get install -y postgresql` (Debian/Ubuntu) and run the tests again.',
  );
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
 * PostgreSQL refuses to run as root. When we are root (CI containers), the cluster runs as the `postgres`
 * system user that Debian's package creates; otherwise as ourselves.
 */
function runAs(): {
  wrap: (cmd: string, args: string[]) => [string, string[]];
  chown: (path: string) => void;
} {
  if (process.getuid?.() !== 0) return { wrap: (cmd, args) => [cmd, args], chown: () => {} };
  const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (ids.status !== 0 || gids.status !== 0) {
    throw new Error(
      'Running as root but there is no `postgres` user to run PostgreSQL as (apt-get install postgresql creates it).',
    );
  }
  const uid = Number(ids.stdout.trim());
  const gid = Number(gids.stdout.trim());
  return {
    wrap: (cmd, args) => ['runuser', ['-u', 'postgres', '--', cmd, ...args]],
    chown: (path) => chownSync(path, uid, gid),
  };
}

export interface ClusterOptions {
  /**
   * Trade durability for speed (fsync off). Right for tests, where the cluster dies with the run; the
   * benchmarks keep the defaults so their numbers mean something.
   */
  readonly fast?: boolean;
}

export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'backease-pg-'));
  user.chown(dir);
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  const run = (cmd: string, args: string[]) => {
    const [c, a] = user.wrap(join(bin, cmd), args);
    execFileSync(c, a, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(options.fast ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : []),
  ].join(' ');
  try {
    run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    run('pg_ctl', ['-D', dataDir, '-o', settings, '-l', logFile, '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`Could not start a throwaway PostgreSQL cluster: ${stderr || String(error)}`, {
      cause: error,
    });
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
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
