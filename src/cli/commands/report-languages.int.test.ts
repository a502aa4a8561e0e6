/**
 * `backease report --lang ar|es|en` with the real binary: a tagged PDF in that language (/Lang, the
 * catalog's words in its headings), laid out in its direction, whose doctor questions in Arabic, Polish
 * and Chinese read back exactly, with pdf.js; and `--digits arab` writes the report's numbers in
 * Arabic-Indic digits while the person's own words keep theirs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderer } from '../../i18n/catalogs.ts';
import { exportOf } from '../../insights/fixtures.ts';
import { SAMPLE_FROM, SAMPLE_TO, sampleDiaryInManyScripts } from '../../report/sample-diary.ts';
import { pdfTags, readPdf, structElements } from '../../report/testing/read-pdf.ts';

const bin = new URL('../../../bin/backease.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'backease-report-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const diaryPath = join(dir, 'diary.json');
writeFileSync(diaryPath, JSON.stringify(exportOf(sampleDiaryInManyScripts(), '2026-11-28T09:00:00Z')));

const QUESTIONS = sampleDiaryInManyScripts().doctorQuestions.map((q) => q.text);
const ARABIC_INDIC = /[\u0660-\u0669]/;

function report(lang: string, extra: string[] = []) {
  const out = join(dir, `summary-${lang}${extra.join('')}.pdf`);
  const r = spawnSync(
    process.execPath,
    [
      bin,
      'report',
      '--from',
      SAMPLE_FROM,
      '--to',
      SAMPLE_TO,
      '--diary',
      diaryPath,
      '--out',
      out,
      '--lang',
      lang,
      ...extra,
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, pdf: () => new Uint8Array(readFileSync(out)) };
}

/** The text as pdf.js reads it, without the bidi controls the layout keeps for itself. */
const plain = (text: string) =>
  text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[ \t]+/g, ' ');

describe.each([
  ['ar', 'ar', 'rtl'],
  ['es', 'es', 'ltr'],
  ['en', 'en-GB', 'ltr'],
] as const)('backease report --lang %s', (lang, pdfLang, direction) => {
  const r = renderer(lang);

  it('writes a tagged PDF in that language, saying so in its own words', async () => {
    const run = report(lang);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(r.text('cli.report.written', { file: '', kb: 0 }).split(' ')[0]);
    expect(run.stderr).toBe('');
    const pdf = run.pdf();
    expect(Buffer.from(pdf).toString('latin1')).toContain(`/Lang (${pdfLang})`);
    const tags = await pdfTags(pdf);
    // pdfinfo's "Tagged: yes" is the catalog's /MarkInfo << /Marked true >>, as pdf.js reads it.
    expect(tags.marked).toBe(true);
    expect(tags.lang).toBe(pdfLang);
    const elements = structElements(tags);
    expect(elements.filter((e) => e.role === 'H1').map((e) => e.text)).toEqual([r.text('pdf.title')]);
    const headings = elements.filter((e) => e.role === 'H2').map((e) => e.text);
    expect(headings).toContain(r.text('visit.questionsTitle'));
    expect(headings).toContain(r.text('visit.episodesTitle'));
  });

  it('reads back the Arabic, Polish and Chinese questions exactly, in their own direction', async () => {
    const read = await readPdf(report(lang).pdf());
    const text = plain(read.text);
    // An Arabic line with Latin letters, digits or brackets comes back from pdf.js in visual pieces
    // (their order is tested in src/report/pdf/scripts.int.test.ts), and its brackets as the mirrored
    // glyphs drawn: each of its words, then; the others whole.
    for (const q of QUESTIONS) {
      if (/[\u0600-\u06ff]/.test(q) && /[A-Za-z0-9()]/.test(q))
        for (const word of q.replace(/[()]/g, '').split(' ')) expect(text, q).toContain(word);
      else expect(text, q).toContain(q);
    }
    expect(text).toContain('Czy mogę dalej chodzić na siłownię i czego unikać?');
    expect(text).toContain('我可以继续去健身房锻炼吗？应该避免哪些动作？');
    expect(text).toContain('هل يمكن أن يكون دواء الستاتين سببًا في زيادة التشنجات؟');
    const title = read.items.find((i) => plain(i.text).includes(r.text('visit.questionsTitle')));
    expect(title?.dir).toBe(direction);
  });
});

describe('backease report --digits', () => {
  it('writes the report’s numbers in Arabic-Indic digits, and never changes the person’s own text', async () => {
    const run = report('ar', ['--digits', 'arab']);
    expect(run.code, run.stderr).toBe(0);
    const text = plain((await readPdf(run.pdf())).text);
    expect(text).toContain('٢٠٢٦');
    expect(text).toMatch(ARABIC_INDIC);
    expect(text).toContain('Ibuprofen 400 mg');
    expect(text).toContain('لمدة 3 أيام');
    expect(text).not.toMatch(/\b2026\b/);
  });

  it('refuses digits it does not know, naming --digits', () => {
    const run = report('ar', ['--digits', 'roman']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--digits');
    expect(run.stderr).toContain('"roman"');
  });
});
