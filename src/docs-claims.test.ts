/**
 * Claims the documentation makes about the repository, checked against it: the paths it names exist
 * and stay inside the repository (a clean clone has no ../shared/), and the only run-time reads of
 * process.env are the ones docs/server.md and src/config/config.ts name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(join(root, path)).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

const docs = files('docs', /\.md$/);
const sources = ['src', 'scripts', 'bench'].flatMap((d) => files(d, /\.ts$/));

describe('what the docs say about the repository', () => {
  it('names no file outside the repository (../shared/ is not in a clean clone)', () => {
    const outside = [...docs, ...sources]
      .filter((f) => f !== relative(root, new URL(import.meta.url).pathname))
      .filter((f) => readFileSync(join(root, f), 'utf8').includes('../shared/'));
    expect(outside).toEqual([]);
  });

  it('names only repository paths that exist', () => {
    const missing: string[] = [];
    for (const doc of docs) {
      const text = readFileSync(join(root, doc), 'utf8');
      for (const m of text.matchAll(
        /`((?:src|docs|contract|scripts|bench|web|e2e|vignettes|\.ci|bin)\/[\w./-]+)`/g,
      )) {
        const path = m[1] as string;
        // Placeholders such as summary-a4-N.png stand for a family of files; web/dist is built, not kept.
        if (/-N\.\w+$/.test(path) || /^web\/dist(\/|$)/.test(path)) continue;
        if (!existsSync(join(root, path))) missing.push(`${doc}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names every run-time reader of process.env: the server config, the CLI for NO_COLOR and LANG, and its backup', () => {
    const runTime = files('src', /\.ts$/).filter((f) => !/\.test\.ts$|\/testing\//.test(f));
    const readers = runTime.filter((f) =>
      /process\.env\b/.test(readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(readers.sort()).toEqual([
      'src/cli/commands/backup.ts',
      'src/cli/io.ts',
      'src/cli/lang.ts',
      'src/config/config.ts',
    ]);
    const server = readFileSync(join(root, 'docs/server.md'), 'utf8');
    expect(server).toMatch(/The server reads the environment\s+nowhere else/);
    expect(server).toContain('`NO_COLOR`');
    expect(server).toContain('`LANG`');
    expect(server).toMatch(/`backease backup` reads the server's own configuration/);
  });

  it('says how to run it as a service: the production layout of docs/server.md (issue 14)', () => {
    const server = readFileSync(join(root, 'docs/server.md'), 'utf8');
    const section = server.slice(server.indexOf('## Running it in production'));
    for (const needed of [
      /reverse proxy/i,
      /TLS/,
      /`TRUST_PROXY`/,
      /`TRUST_PROXY=true` believes whatever address/,
      /Build once, then start/,
      /npm run build:web/,
      /Several processes per machine/,
      /`max_connections` \(default 100\)/,
      /processes × `PG_POOL_SIZE`/,
      /PgBouncer/,
      /Read replicas/,
    ])
      expect(section).toMatch(needed);
    const backup = server.slice(server.indexOf('## Backup and restore'));
    for (const needed of [/backease backup --out/, /pg_dump --format=custom/, /pg_restore/, /To restore:/])
      expect(backup).toMatch(needed);
  });
});
