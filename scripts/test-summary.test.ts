import { describe, expect, it } from 'vitest';
import { filtersByName, summarise, type VitestJson } from './test-summary.ts';

const file = (name: string, status: string, tests: [string, string][]) => ({
  name: `/repo/${name}`,
  status,
  assertionResults: tests.map(([fullName, s]) => ({ fullName, status: s })),
});

const allPass: VitestJson = {
  testResults: [
    file('src/a.test.ts', 'passed', [
      ['a one', 'passed'],
      ['a two', 'passed'],
    ]),
  ],
};

const withSkips: VitestJson = {
  testResults: [
    file('src/a.test.ts', 'passed', [
      ['a one', 'passed'],
      ['a two', 'skipped'],
    ]),
    file('src/b.test.ts', 'passed', [['b later', 'todo']]),
  ],
};

describe('summarise (the lines that end npm test)', () => {
  it('ends with the counted line and exits 0 when everything passed', () => {
    expect(summarise(allPass, 0, { root: '/repo' })).toEqual({
      passed: 2,
      failed: 0,
      lines: ['2 passed, 0 failed'],
      exitCode: 0,
    });
  });

  it('counts skipped and todo tests as failed, names them, and explains on the line before the count', () => {
    const s = summarise(withSkips, 0, { root: '/repo' });
    expect(s.exitCode).toBe(1);
    expect(s.lines).toEqual([
      '  skipped: src/a.test.ts > a two',
      '  todo: src/b.test.ts > b later',
      '2 not run (skipped or todo), counted as failed below: a skipped test hides a gap; fix it or remove it.',
      '1 passed, 2 failed',
    ]);
  });

  it('does not fail a run filtered by test name for the tests it filtered out', () => {
    const s = summarise(withSkips, 0, { root: '/repo', filtered: true });
    expect(s.exitCode).toBe(0);
    expect(s.lines).toEqual([
      '2 not run: filtered out by test name (-t), so not counted as failed.',
      '1 passed, 0 failed',
    ]);
    expect(filtersByName(['--project', 'unit', '-t', 'store'])).toBe(true);
    expect(filtersByName(['--testNamePattern=store'])).toBe(true);
    expect(filtersByName(['--project', 'unit'])).toBe(false);
  });

  it('counts a file that failed without a failing test once, and a vitest error outside any test', () => {
    const broken = { testResults: [file('src/c.test.ts', 'failed', [])] };
    expect(summarise(broken, 1).lines).toEqual(['0 passed, 1 failed']);
    expect(summarise(allPass, 1).lines).toEqual([
      'vitest exited with an error outside the tests',
      '2 passed, 1 failed',
    ]);
    expect(summarise(undefined, 1).lines).toEqual(['vitest wrote no report', '0 passed, 1 failed']);
  });
});
