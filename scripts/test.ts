// The README's test command. Runs every Vitest project and ends with the counted line CI reads,
// taken from Vitest's JSON report because Vitest's own summary is not a line CI counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'backease-test-'));
const report = join(dir, 'vitest.json');
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  interface FileResult {
    status: string;
    assertionResults: { status: string }[];
  }
  const r = JSON.parse(readFileSync(report, 'utf8')) as { testResults: FileResult[] };
  for (const file of r.testResults) {
    const results = file.assertionResults.map((a) => a.status);
    passed += results.filter((x) => x === 'passed').length;
    const failedHere = results.filter((x) => x === 'failed').length;
    // A file that failed without a failing test (it did not load, or a hook threw) counts once, so a
    // broken file can never pass silently.
    failed += failedHere > 0 ? failedHere : file.status === 'failed' ? 1 : 0;
  }
} else {
  failed = 1;
}
if (run.status !== 0 && failed === 0) {
  // Vitest failed outside any test (an unhandled error, a crashed worker): that is a failure too.
  console.error('vitest exited with an error outside the tests');
  failed = 1;
}
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
