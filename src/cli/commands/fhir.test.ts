import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../contract/errors.ts';
import { renderIssue } from '../../contract/errors.ts';
import { renderer } from '../../i18n/catalogs.ts';
import { exportOf } from '../../insights/fixtures.ts';
import { SAMPLE_NOW, sampleDiary } from '../../report/sample-diary.ts';
import { registerFhir } from './fhir.ts';

const dir = mkdtempSync(join(tmpdir(), 'backease-fhir-cli-'));
const diaryPath = join(dir, 'export.json');
writeFileSync(diaryPath, JSON.stringify(exportOf(sampleDiary(), '2026-11-28T09:00:00Z')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const out: string[] = [];
  const issues: Issue[] = [];
  const program = new Command().exitOverride();
  registerFhir(program, { now: () => SAMPLE_NOW, write: (t) => out.push(t), fail: (i) => issues.push(...i) });
  await program.parseAsync(['fhir', ...args], { from: 'user' });
  return { out: out.join(''), issues };
}

type Entry = { resource: { resourceType: string } };
const count = (json: string, type: string) =>
  (JSON.parse(json) as { entry: Entry[] }).entry.filter((e) => e.resource.resourceType === type).length;

describe('backease fhir', () => {
  it('prints the whole diary as a Bundle on standard output', async () => {
    const r = await cli(['--diary', diaryPath]);
    expect(r.issues).toEqual([]);
    const bundle = JSON.parse(r.out);
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-11-28T09:00:00.000Z',
    });
    expect(count(r.out, 'QuestionnaireResponse')).toBe(3);
  });

  it('keeps to a period, and takes an open end', async () => {
    expect(
      count(
        (await cli(['--diary', diaryPath, '--from', '2026-11-01', '--to', '2026-11-30'])).out,
        'QuestionnaireResponse',
      ),
    ).toBe(2);
    expect(
      count((await cli(['--diary', diaryPath, '--from', '2026-11-20'])).out, 'QuestionnaireResponse'),
    ).toBe(1);
    expect(
      count((await cli(['--diary', diaryPath, '--to', '2026-10-31'])).out, 'QuestionnaireResponse'),
    ).toBe(1);
  });

  it('writes to --out', async () => {
    const out = join(dir, 'bundle.json');
    const r = await cli(['--diary', diaryPath, '--out', out]);
    expect(r.out).toBe(`Wrote ${out}.\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).resourceType).toBe('Bundle');
  });

  it('refuses a bad day or a missing diary, naming it', async () => {
    const bad = await cli(['--diary', diaryPath, '--from', 'yesterday']);
    expect(bad.out).toBe('');
    expect(bad.issues).toEqual([expect.objectContaining({ code: 'invalid_value', path: 'from' })]);
    const missing = await cli(['--diary', join(dir, 'none.json')]);
    const first = missing.issues[0];
    expect(first && renderIssue(first, renderer('en'))).toMatchObject({
      path: 'diary',
      message: expect.stringMatching(/no such file/),
    });
  });
});
