import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../contract/errors.ts';
import { renderIssue } from '../../contract/errors.ts';
import { renderer } from '../../i18n/catalogs.ts';
import { diaryOf, exportOf, question } from '../../insights/fixtures.ts';
import { SAMPLE_NOW, sampleDiary } from '../../report/sample-diary.ts';
import { registerReport, runReport } from './report.ts';

const dir = mkdtempSync(join(tmpdir(), 'backease-report-cli-'));
const diaryPath = join(dir, 'export.json');
writeFileSync(diaryPath, JSON.stringify(exportOf(sampleDiary(), '2026-11-28T09:00:00Z')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs `backease report ...` in process, collecting what it wrote and the issues it failed with. */
async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const issues: Issue[] = [];
  const program = new Command().exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerReport(program, {
    now: () => SAMPLE_NOW,
    write: (t) => out.push(t),
    fail: (i) => issues.push(...i),
    warn: (t) => err.push(t),
  });
  await program.parseAsync(['report', ...args], { from: 'user' });
  return { out: out.join(''), err: err.join(''), issues };
}

describe('backease report', () => {
  it('writes the summary PDF for the period to --out', async () => {
    const out = join(dir, 'summary.pdf');
    const r = await cli([
      '--from',
      '2026-10-01',
      '--to',
      '2026-11-27',
      '--diary',
      diaryPath,
      '--out',
      out,
      '--paper',
      'letter',
    ]);
    expect(r.issues).toEqual([]);
    expect(r.out).toMatch(/^Wrote .*summary\.pdf \(\d+ KB\)\.\n$/);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Letter paper: the page box is 612 x 792 points.
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
  });

  it('names the default file after the period, in the current directory', async () => {
    // In a directory of its own, so the test never writes into the working copy.
    const cwd = process.cwd();
    const here = mkdtempSync(join(tmpdir(), 'backease-report-cwd-'));
    try {
      process.chdir(here);
      const r = await runReport({ from: '2026-11-01', to: '2026-11-27', diary: diaryPath }, SAMPLE_NOW);
      expect(r.ok && r.value.path).toBe('backease-summary-2026-11-01-to-2026-11-27.pdf');
      expect(existsSync(join(here, 'backease-summary-2026-11-01-to-2026-11-27.pdf'))).toBe(true);
    } finally {
      process.chdir(cwd);
      rmSync(here, { recursive: true, force: true });
    }
    expect(existsSync(join(cwd, 'backease-summary-2026-11-01-to-2026-11-27.pdf'))).toBe(false);
  });

  it.each([
    [['--from', '2026-13-01', '--to', '2026-11-27'], 'from', 'invalid_value', /from must be a day like/],
    [['--from', '2026-11-27', '--to', '2026-11-01'], 'to', 'invalid_value', /must be after from/],
    [
      ['--from', '2016-01-01', '--to', '2026-11-27'],
      'to',
      'invalid_value',
      /A report covers at most 3660 days/,
    ],
    [
      ['--from', '2026-11-01', '--to', '2026-11-27', '--paper', 'a3'],
      'paper',
      'invalid_value',
      /"a4" or "letter", not "a3"/,
    ],
    [
      ['--from', '2026-11-01', '--to', '2026-11-27', '--lang', 'fr'],
      'lang',
      'invalid_value',
      /one of "en".*not "fr"/,
    ],
  ])('refuses bad options %j, naming the option', async (args, path, code, message) => {
    const r = await cli([...args, '--diary', diaryPath]);
    expect(r.out).toBe('');
    expect(r.issues[0]).toMatchObject({ path, code });
    expect(r.issues[0] && renderIssue(r.issues[0], renderer('en')).message).toMatch(message);
  });

  it.each([
    ['a missing file', join(dir, 'nope.json'), 'invalid_value', 'diary', /no such file/],
    ['an empty file', file('empty.json', ''), 'invalid_json', '', /is empty/],
    ['a file that is not JSON', file('bad.json', '{"format": '), 'invalid_json', '', /not valid JSON/],
    [
      'a check-in with pain 11',
      file(
        'pain.json',
        JSON.stringify({
          ...exportOf(sampleDiary(), '2026-11-28T09:00:00Z'),
          checkIns: [
            {
              id: '00000000-0000-4000-8000-000000000001',
              episodeId: null,
              at: '2026-11-02T08:00:00Z',
              pain: 11,
              notes: '',
            },
          ],
        }),
      ),
      'invalid_value',
      'checkIns[0].pain',
      /too large: at most 10/,
    ],
    [
      'another format',
      file('other.json', JSON.stringify({ format: 'other' })),
      'invalid_value',
      'format',
      /must be one of "backease-diary"/,
    ],
  ])('refuses %s with a message naming the problem', async (_name, path, code, where, message) => {
    const r = await cli(['--from', '2026-11-01', '--to', '2026-11-27', '--diary', path]);
    expect(r.issues[0]).toMatchObject({ code, path: where });
    expect(r.issues[0] && renderIssue(r.issues[0], renderer('en')).message).toMatch(message);
  });

  it('names each character no font has on standard error, once, and still writes the PDF', async () => {
    const diary = diaryOf({
      doctorQuestions: [
        question('2026-11-02T08:00:00Z', 'Is this normal? 😀 𝄞 😀'),
        question('2026-11-03T08:00:00Z', 'هل هذا طبيعي؟ Czy to normalne? 这正常吗？'),
      ],
    });
    const path = file('odd.json', JSON.stringify(exportOf(diary, '2026-11-28T09:00:00Z')));
    const out = join(dir, 'odd.pdf');
    const r = await cli([
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-27',
      '--diary',
      path,
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(r.issues).toEqual([]);
    expect(r.out).toMatch(/^Wrote .*odd\.pdf/);
    expect(r.err).toBe(
      'backease: warning: U+1F600 GRINNING FACE is in no font of the PDF; it shows as an empty box.\n' +
        'backease: warning: U+1D11E MUSICAL SYMBOL G CLEF is in no font of the PDF; it shows as an empty box.\n',
    );
    // Never the person's words, only the characters' names.
    expect(r.err).not.toContain('normal');
    expect(readFileSync(out).toString('latin1')).toContain('/Lang (en-GB)');
  });

  it('requires --from, --to and --diary (commander stops; the CLI maps that to exit 2)', async () => {
    await expect(cli(['--from', '2026-11-01', '--diary', diaryPath])).rejects.toBeInstanceOf(CommanderError);
  });
});
