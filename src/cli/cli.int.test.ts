/**
 * The CLI as a person or a script uses it: the real `backease` binary in a child process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/backease.js', import.meta.url).pathname;

function backease(args: string[], stdin = '') {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const benign = {
  age: 34,
  sex: 'male',
  evidence: [
    { id: 'pain_lower_back', state: 'present' },
    { id: 'onset_lifting_twisting', state: 'present' },
    { id: 'pain_severity', state: 'present', value: 6 },
  ],
};

describe('backease assess --json (contract mode)', () => {
  it('prints the assessment with triage, reasons and causes sorted by probability', () => {
    const r = backease(['assess', '--json'], JSON.stringify(benign));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(['emergency', 'urgent', 'gp', 'self_care']).toContain(out.triage.level);
    expect(out.triage.reasons.length).toBeGreaterThan(0);
    const ps = out.causes.map((c: { probability: number }) => c.probability);
    expect([...ps].sort((a: number, b: number) => b - a)).toEqual(ps);
    expect(out.causes[0]).toHaveProperty('for');
    expect(out.causes[0]).toHaveProperty('against');
  });

  it.each([
    ['not JSON', '{age: 3', /not valid JSON/],
    ['empty input', '', /empty/],
    [
      'an unknown finding',
      JSON.stringify({ ...benign, evidence: [{ id: 'fevr', state: 'present' }] }),
      /"fevr" is not a known finding/,
    ],
    ['an impossible age', JSON.stringify({ ...benign, age: 200 }), /age must be between 0 and 120/],
    ['an unknown sex', JSON.stringify({ ...benign, sex: 'x' }), /sex must be one of/],
  ])('exits 2 on %s, naming the problem on standard error', (_name, stdin, message) => {
    const r = backease(['assess', '--json'], stdin);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });
});

describe('backease next --json', () => {
  it('returns the first question of the interview', () => {
    const r = backease(['next', '--json'], JSON.stringify({ age: 40, sex: 'female', evidence: [] }));
    expect(r.code).toBe(0);
    const step = JSON.parse(r.out);
    expect(step.done).toBe(false);
    expect(step.question.items.length).toBeGreaterThan(1);
  });
});

describe('backease assess (terminal interview)', () => {
  it('walks a cauda equina story to the emergency action first', () => {
    // age, sex, "no" to the four emergency gateways, "yes" to the nerve gateway, then saddle numbness
    const r = backease(['assess'], '46\nm\nn\nn\nn\nn\ny\n1\n');
    expect(r.code).toBe(0);
    const action = r.out.indexOf('EMERGENCY');
    expect(action).toBeGreaterThan(0);
    expect(r.out.indexOf('Call the emergency number now')).toBeGreaterThan(action);
    expect(action).toBeLessThan(r.out.indexOf('WHAT THIS CAN BE'));
  });

  it('re-asks after an answer it cannot read, and says why', () => {
    const r = backease(['assess'], '46\nm\nmaybe\nn\nn\nn\nn\ny\n99\n1\n');
    expect(r.out).toMatch(/Type y for yes, n for no/);
    expect(r.out).toMatch(/Type numbers from 1 to \d+/);
    expect(r.out).toMatch(/EMERGENCY/);
  });

  it('exits 2 when the answers run out before the end', () => {
    const r = backease(['assess'], '34\nm\n');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/answers ended before the interview finished/);
  });
});

describe('backease report', () => {
  it('exits 2 on a period longer than a report covers, naming --to, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backease-report-'));
    try {
      const out = join(dir, 'summary.pdf');
      const diary = new URL('../../docs/samples/diary-export.json', import.meta.url).pathname;
      const r = backease([
        'report',
        '--from',
        '2016-01-01',
        '--to',
        '2026-11-27',
        '--diary',
        diary,
        '--out',
        out,
      ]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^backease: to: A report covers at most 3660 days .*\[invalid_value\]\n$/);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('backease eval', () => {
  it('prints every metric for both modes', () => {
    const r = backease(['eval', new URL('../../vignettes/dev.json', import.meta.url).pathname]);
    expect(r.code).toBe(0);
    for (const label of [
      'triage accuracy',
      'under-triage',
      'emergency sensitivity',
      'self-care accuracy',
      'top-1 cause',
      'top-3 cause',
      'questions asked',
    ])
      expect(r.out).toContain(label);
    expect(r.out).toContain('mode: interview');
    expect(r.out).toContain('mode: one-shot');
  });

  it('exits 2 on a missing file or a malformed case, naming it', () => {
    expect(backease(['eval', '/nonexistent.json']).err).toMatch(/\/nonexistent\.json: cannot read/);
    const dir = mkdtempSync(join(tmpdir(), 'backease-eval-'));
    try {
      const file = join(dir, 'bad.json');
      writeFileSync(
        file,
        JSON.stringify([
          { id: 'x', age: 30, sex: 'male', present: ['fevr'], gold: { triage: 'urgent', causes: [] } },
        ]),
      );
      const r = backease(['eval', file]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/"fevr" is not a known finding/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
