/**
 * The type check, the linter and the unused-code check, run as part of `npm test` so CI fails on any.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

// Whole-repository tools: on a busy two-core machine tsc alone can take two minutes. The budget is for
// the tool to finish, not a measure of speed.
const WHOLE_REPO = 300_000;

describe('static checks', () => {
  it(
    'type-checks the whole repository (tsc --noEmit)',
    () => {
      const r = run(`${root}node_modules/.bin/tsc`, ['--noEmit', '-p', 'tsconfig.json']);
      expect(r.output).toBe('');
      expect(r.code).toBe(0);
    },
    WHOLE_REPO,
  );

  it(
    'passes the linter and formatter (biome check)',
    () => {
      const r = run(`${root}node_modules/.bin/biome`, ['check', '.']);
      expect(r.code, r.output).toBe(0);
    },
    WHOLE_REPO,
  );

  it(
    'has no unused files, exports, types or dependencies (knip, knip.json)',
    () => {
      const r = run(`${root}node_modules/.bin/knip`, ['--no-progress', '--no-config-hints']);
      expect(r.output.trim()).toBe('');
      expect(r.code).toBe(0);
    },
    WHOLE_REPO,
  );
});
