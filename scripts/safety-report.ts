// `npm run safety-report [-- --as-of YYYY-MM-DD]`: runs every test the hazard log names, then writes
// docs/clinical-safety.md from the log, the knowledge base and each test's pass state (read from Vitest's
// JSON report, matched by file and by describe titles and title; an `.each` template matches its cases).
// A test the parser saw but Vitest did not run is "not run". The report is written whatever the results,
// so it shows them; the exit code is 1 when any named test failed or did not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { getKnowledge } from '../src/knowledge/index.ts';
import { getHazardLog } from '../src/safety/index.ts';
import { isIsoDay } from '../src/safety/load.ts';
import { renderSafetyReport, type TestState, testKey } from '../src/safety/report.ts';
import type { TestRef } from '../src/safety/types.ts';
import { matchesName, NAME_SEPARATOR } from './test-names.ts';

const REPORT_PATH = 'docs/clinical-safety.md';

interface RunFile {
  readonly name: string;
  readonly assertionResults: readonly {
    readonly ancestorTitles: readonly string[];
    readonly title: string;
    readonly status: string;
  }[];
}

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const asOfArg = args[args.indexOf('--as-of') + 1];
const asOf = args.includes('--as-of') && asOfArg ? asOfArg : new Date().toISOString().slice(0, 10);
if (!isIsoDay(asOf)) {
  console.error(`safety-report: --as-of "${asOf}" is not a YYYY-MM-DD day`);
  process.exit(2);
}

const log = getHazardLog();
const refs = new Map<string, TestRef>();
for (const c of log.controls) for (const t of c.verifiedBy) refs.set(testKey(t), t);
const files = [...new Set([...refs.values()].map((t) => t.file))].sort();

const dir = mkdtempSync(join(tmpdir(), 'backease-safety-'));
const jsonPath = join(dir, 'vitest.json');
console.log(`safety-report: running ${files.length} test files named by the hazard log…`);
spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${jsonPath}`, ...files],
  {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  },
);
const run: readonly RunFile[] = existsSync(jsonPath)
  ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as { testResults: RunFile[] }).testResults
  : [];
rmSync(dir, { recursive: true, force: true });

const results: Record<string, TestState> = {};
for (const [key, t] of refs) {
  const name = t.name.split(NAME_SEPARATOR);
  const cases = run
    .filter((f) => relative(root, f.name) === t.file)
    .flatMap((f) => f.assertionResults)
    .filter((a) => matchesName(name, [...a.ancestorTitles, a.title]));
  const ran = cases.filter((a) => a.status === 'passed' || a.status === 'failed');
  results[key] = ran.length === 0 ? 'not run' : ran.some((a) => a.status === 'failed') ? 'failed' : 'passed';
}

writeFileSync(join(root, REPORT_PATH), renderSafetyReport({ log, kb: getKnowledge(), asOf, results }));
const bad = Object.entries(results).filter(([, s]) => s !== 'passed');
console.log(`wrote ${REPORT_PATH}: ${refs.size} verifying tests, ${refs.size - bad.length} passed`);
for (const [key, s] of bad) console.log(`  ${s}: ${key}`);
process.exit(bad.length > 0 ? 1 : 0);
