/**
 * Runs the benchmarks one after another, each in its own process pinned to one core when `taskset`
 * is available (Debian's util-linux), so the numbers are per-core and comparable between runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['bench/engine.ts', 'bench/insights.ts', 'bench/parse.ts'];
const pin = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
for (const file of benches) {
  if (!existsSync(file)) {
    console.error(`bench: no such file ${file}`);
    process.exit(2);
  }
  const cmd = pin ? 'taskset' : process.execPath;
  const args = pin ? ['-c', '0', process.execPath, '--expose-gc', file] : ['--expose-gc', file];
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ...(pin ? { BENCH_PINNED: '1' } : {}) },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
