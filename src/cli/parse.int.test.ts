/**
 * `backease parse --json` and `backease eval --text` as a person or a script uses them: the real binary
 * in a child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingLabel } from '../i18n/assessment-messages.ts';
import { renderer } from '../i18n/catalogs.ts';

const bin = new URL('../../bin/backease.js', import.meta.url).pathname;

function backease(args: string[], stdin = '') {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('backease parse --json', () => {
  it('prints the evidence of a story with the words that say so', () => {
    const text = 'Denies fever or chills. Presents complaining of dysuria and saddle anaesthesia, pain 8/10.';
    const r = backease(['parse', '--json'], JSON.stringify({ text }));
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as {
      evidence: { id: string; state: string; value?: number; spans: [number, number][] }[];
    };
    const byId = new Map(out.evidence.map((e) => [e.id, e]));
    expect(byId.get('fever')?.state).toBe('absent');
    expect(byId.get('chills_rigors')?.state).toBe('absent');
    expect(byId.get('burning_urination')?.state).toBe('present');
    expect(byId.get('saddle_numbness')?.state).toBe('present');
    expect(byId.get('pain_severity')).toMatchObject({ state: 'present', value: 8 });
    const [s, e] = byId.get('saddle_numbness')?.spans[0] ?? [0, 0];
    expect(text.slice(s, e)).toBe('saddle anaesthesia');
  });

  it('puts each finding in words beside its id, in the language of --lang', () => {
    const r = backease(['parse', '--json', '--lang', 'en'], JSON.stringify({ text: 'I take warfarin.' }));
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { lang: string; evidence: { id: string; label: string }[] };
    expect(out.lang).toBe('en');
    expect(out.evidence.map((e) => e.id)).toEqual(['med_anticoagulant']);
    expect(out.evidence[0]?.label).toBe(renderer('en').render(findingLabel('med_anticoagulant')));
  });

  it.each([
    ['not JSON', '{text: 3', 'invalid_json', ''],
    ['an empty text', JSON.stringify({ text: '' }), 'text_invalid', 'text'],
    ['an unknown sex', JSON.stringify({ text: 'back pain', sex: 'x' }), 'sex_invalid', 'sex'],
    [
      'a date that is not a day',
      JSON.stringify({ text: 'back pain', today: 'Tuesday' }),
      'invalid_value',
      'today',
    ],
  ])('exits 2 on %s, naming the problem on standard error', (_name, stdin, code, path) => {
    const r = backease(['parse', '--json'], stdin);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    // One line per issue: "backease: <path>: <message> [<code>]".
    expect(r.err).toMatch(new RegExp(`^backease: ${path ? `${path}: ` : ''}.+ \\[${code}\\]\n`));
  });

  it('exits 2 on a --lang that is not shipped, naming it', () => {
    const r = backease(['parse', '--json', '--lang', 'xx'], JSON.stringify({ text: 'back pain' }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^backease: lang: .+ \[invalid_value\]\n/);
  });
});

describe('backease eval --text', () => {
  it('scores the parser on case files and story files', () => {
    // A few cases are enough to see the command work; src/eval/text.test.ts scores the whole files.
    const dev = JSON.parse(readFileSync(new URL('../../vignettes/dev.json', import.meta.url), 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'backease-eval-text-'));
    try {
      const cases = join(dir, 'cases.json');
      writeFileSync(cases, JSON.stringify(dev.slice(0, 3)));
      const stories = new URL('../parse/testing/stories.json', import.meta.url).pathname;
      const r = backease(['eval', '--text', cases, stories]);
      expect(r.code, r.err).toBe(0);
      for (const label of [
        'present findings',
        'warning-sign recall',
        'wrong absents',
        'seeded interview',
        'questions asked',
        'words read',
        'denials read as absent',
      ])
        expect(r.out).toContain(label);
      expect(r.out).toMatch(/text: .*cases\.json \(3 cases\)/);
      expect(r.out).toMatch(/stories\.json \(\d+ stories\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on a story file with an unknown finding, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backease-eval-text-'));
    try {
      const file = join(dir, 'stories.json');
      writeFileSync(file, JSON.stringify({ stories: [{ id: 'x', text: 'back pain', present: ['fevr'] }] }));
      const r = backease(['eval', '--text', file]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        /^backease: .*stories\.json\.stories\[0\] \(x\): .*"fevr".* \[unknown_finding\]\n/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
