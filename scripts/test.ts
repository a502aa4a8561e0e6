// The README's test command. Makes sure Debian's Chromium is there for the browser tests (the one tool
// npm cannot bring; see chromium.ts), runs every Vitest project, and ends with the counted line CI reads,
// taken from Vitest's JSON report because Vitest's own summary is not a line CI counts. Skipped and
// todo tests fail the run (see test-summary.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium, needsBrowser } from './chromium.ts';
import { filtersByName, summarise, type VitestJson } from './test-summary.ts';

const extra = process.argv.slice(2);
if (needsBrowser(extra) && !ensureChromium()) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'backease-test-'));
const report = join(dir, 'vitest.json');
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
];
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });

const json = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as VitestJson) : undefined;
rmSync(dir, { recursive: true, force: true });
const summary = summarise(json, run.status, {
  filtered: filtersByName(extra),
  root: resolve(import.meta.dirname, '..'),
});
// One stream, so the counted line is the last line whatever reads it.
for (const line of summary.lines) console.log(line);
process.exit(summary.exitCode);
