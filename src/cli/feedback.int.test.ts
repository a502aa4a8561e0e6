/**
 * `backease feedback list`: reviewers read the reports in the server's SQLite database (DATA_DIR), as
 * JSON or as text, oldest first, from a day or a time on; bad options and a missing database exit 2
 * naming the problem, and reading never makes a database where there was none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackReport } from '../store/feedback.ts';
import { openSqliteStore } from '../store/sql/sqlite.ts';

const bin = new URL('../../bin/backease.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'backease-feedback-'));

const REPORTS: FeedbackReport[] = [
  {
    id: '11111111-1111-4111-8111-111111111111',
    receivedAt: Date.parse('2026-12-01T09:30:00Z'),
    problem: 'unsafe',
    item: { kind: 'advice', id: 'stay_active' },
    text: 'It told me to keep moving\nbut my leg is weak.',
    lang: 'en',
    answers: {
      age: 61,
      sex: 'female',
      evidence: [
        { id: 'pain_lower_back', state: 'present' },
        { id: 'pain_severity', state: 'present', value: 8 },
        { id: 'fever', state: 'absent' },
      ],
    },
  },
  {
    id: '22222222-2222-4222-8222-222222222222',
    receivedAt: Date.parse('2026-12-03T18:00:00Z'),
    problem: 'unclear',
    item: { kind: 'triage', id: 'gp' },
    text: null,
    lang: null,
    answers: null,
  },
];

function cli(args: string[], env: Record<string, string> = { DATA_DIR: dir }) {
  const r = spawnSync(process.execPath, [bin, 'feedback', 'list', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'en', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  const store = await openSqliteStore(join(dir, 'backease.sqlite'));
  for (const r of REPORTS) await store.feedback.add(r);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backease feedback list', () => {
  it('gives every report as JSON, oldest first, with times as ISO text', () => {
    const r = cli(['--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual(
      REPORTS.map((x) => ({ ...x, receivedAt: new Date(x.receivedAt).toISOString() })),
    );
  });

  it('gives only reports from a day, or a time, on', () => {
    expect(JSON.parse(cli(['--json', '--since', '2026-12-02']).out).map((x: { id: string }) => x.id)).toEqual(
      [REPORTS[1]?.id],
    );
    expect(JSON.parse(cli(['--json', '--since', '2026-12-01T09:30:00Z']).out)).toHaveLength(2);
    expect(JSON.parse(cli(['--json', '--since', '2026-12-04']).out)).toEqual([]);
    expect(JSON.parse(cli(['--json', '--limit', '1']).out)).toHaveLength(1);
  });

  it('reads as text for a reviewer: what, which card, the words and the answers sent', () => {
    const r = cli([]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('2026-12-01T09:30:00.000Z');
    expect(r.out).toContain('It could be unsafe');
    expect(r.out).toContain('advice stay_active');
    expect(r.out).toContain('It told me to keep moving\n    but my leg is weak.');
    expect(r.out).toContain('61');
    expect(r.out).toContain('pain_severity=8');
    expect(r.out).not.toContain('fever');
    expect(r.out).toContain('2 reports');
    expect(cli(['--since', '2026-12-04']).out).toContain('No reports');
  });

  it.each([
    [['--since', 'yesterday'], 'since'],
    [['--since', '2026-02-30'], 'since'],
    [['--limit', '0'], 'limit'],
    [['--limit', 'many'], 'limit'],
  ])('refuses %j with exit 2, naming --%s', (args, name) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${name}:`);
    expect(r.out).toBe('');
  });

  it('says where no database is, and makes none', () => {
    const empty = join(dir, 'nothing-here');
    const r = cli(['--json'], { DATA_DIR: empty });
    expect(r.code).toBe(2);
    expect(r.err).toContain('backease.sqlite');
    expect(existsSync(join(empty, 'backease.sqlite'))).toBe(false);
  });
});
