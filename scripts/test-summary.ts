/**
 * The counted lines that end `npm test`, from Vitest's JSON report. The last line is always
 * "N passed, N failed" (CI reads it). A test that did not run (skipped, todo) is counted as failed, named
 * above that line and explained on the line just before it: a skipped test hides a gap, and nothing in
 * this repository is allowed to skip (a missing tool fails or is installed, it does not skip). A run
 * filtered by test name (-t) skips on purpose: there the skipped tests are counted, not failed.
 */
import { relative } from 'node:path';

export interface VitestJson {
  readonly testResults: readonly {
    readonly name: string;
    readonly status: string;
    readonly assertionResults: readonly { readonly fullName: string; readonly status: string }[];
  }[];
}

export interface TestSummary {
  readonly passed: number;
  readonly failed: number;
  /** What to print, the counted line last. */
  readonly lines: readonly string[];
  readonly exitCode: 0 | 1;
}

/** Whether the arguments filter tests by name, so that skipped tests are expected. */
export function filtersByName(args: readonly string[]): boolean {
  return args.some((a) => a === '-t' || a === '--testNamePattern' || a.startsWith('--testNamePattern='));
}

/**
 * `report` is undefined when Vitest wrote none (it crashed before reporting); `vitestStatus` is its exit
 * status; `root` shortens file names.
 */
export function summarise(
  report: VitestJson | undefined,
  vitestStatus: number | null,
  options: { readonly filtered?: boolean; readonly root?: string } = {},
): TestSummary {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  const notRun: string[] = [];
  if (!report) {
    lines.push('vitest wrote no report');
    failed = 1;
  } else {
    for (const file of report.testResults) {
      const statuses = file.assertionResults.map((a) => a.status);
      passed += statuses.filter((s) => s === 'passed').length;
      const failedHere = statuses.filter((s) => s === 'failed').length;
      // A file that failed without a failing test (it did not load, or a hook threw) counts once, so a
      // broken file can never pass silently.
      failed += failedHere > 0 ? failedHere : file.status === 'failed' ? 1 : 0;
      const where = options.root ? relative(options.root, file.name) : file.name;
      for (const a of file.assertionResults)
        if (a.status !== 'passed' && a.status !== 'failed')
          notRun.push(`  ${a.status}: ${where} > ${a.fullName}`);
    }
  }
  if (vitestStatus !== 0 && failed === 0) {
    // Vitest failed outside any test (an unhandled error, a crashed worker): that is a failure too.
    lines.push('vitest exited with an error outside the tests');
    failed = 1;
  }
  if (notRun.length > 0 && options.filtered) {
    lines.push(`${notRun.length} not run: filtered out by test name (-t), so not counted as failed.`);
  } else if (notRun.length > 0) {
    lines.push(
      ...notRun,
      `${notRun.length} not run (skipped or todo), counted as failed below: a skipped test hides a gap; fix it or remove it.`,
    );
    failed += notRun.length;
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { passed, failed, lines, exitCode: vitestStatus === 0 && failed === 0 ? 0 : 1 };
}
