// Every script the person writes in comes back out of the PDF: text read back with poppler-utils
// (pdftotext), the tags and the language read from the file's catalog, the visual order of mixed
// right-to-left lines from the words' boxes (pdftotext -bbox). Needs poppler-utils.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderer } from '../../i18n/catalogs.ts';
import { rightToLeftEnglish } from '../../i18n/testing/right-to-left.ts';
import { diaryOf, question } from '../../insights/fixtures.ts';
import { parsePeriod } from '../../insights/period.ts';
import { pdfPages, pdfWords, type WordBox } from '../poppler.ts';
import { SAMPLE_FROM, SAMPLE_NOW, SAMPLE_TO, sampleDiary } from '../sample-diary.ts';
import { buildSummary } from '../summary.ts';
import { makeSummaryPdf, type SummaryPdf } from './render.ts';
import { PAPER_SIZES, pageMargins } from './writer.ts';

const period = parsePeriod(SAMPLE_FROM, SAMPLE_TO);
if (!period.ok) throw new Error('bad sample period');
const range = period.value;

const ARABIC = 'هل يمكنني ممارسة الرياضة مع هذا الألم؟';
const POLISH = 'Czy mogę ćwiczyć na siłowni, gdy ból jest słabszy? Zażółć gęślą jaźń.';
const CHINESE = '我可以继续去健身房锻炼吗？疼痛加重时怎么办？';
const GREEK_CYRILLIC = 'Πόνος στη μέση · Боль в пояснице';
const HEBREW = 'האם זה נורמלי';
/** Arabic with a medicine name, a dose and a number of days. */
const MIXED = 'هل يمكنني تناول Ibuprofen 400 mg مرتين لمدة 3 أيام؟';
const UNCOVERED = 'A clef 𝄞 for the notes';

function diaryWith(...texts: string[]) {
  return diaryOf({ doctorQuestions: texts.map((t, i) => question(`2026-11-0${i + 1}T08:00:00Z`, t)) });
}

/** English words; for ar, laid out right to left (the layout, not a translation, is under test). */
const words = (lang: 'en' | 'ar') => (lang === 'ar' ? rightToLeftEnglish() : renderer('en'));

async function render(texts: readonly string[], lang: 'en' | 'ar' = 'en'): Promise<SummaryPdf> {
  return makeSummaryPdf(buildSummary(diaryWith(...texts), range, SAMPLE_NOW), { renderer: words(lang) });
}

/**
 * pdftotext marks right-to-left text with U+202B ... U+202C in its output; they are not in the PDF.
 * Runs of spaces are one space, so a line reads as one string.
 */
function readBack(pdf: Uint8Array): string {
  return pdfPages(pdf)
    .join('\n')
    .replace(/[\u202a-\u202e]/g, '')
    .replace(/[ \t]+/g, ' ');
}

function latin1(pdf: Uint8Array): string {
  return Buffer.from(pdf).toString('latin1');
}

/** The words of the line holding `word`, left to right (boxes that share its vertical middle). */
function lineOf(words: readonly WordBox[], word: string): WordBox[] {
  const anchor = words.find((w) => w.word === word);
  if (!anchor) throw new Error(`"${word}" not found`);
  const middle = (anchor.yMin + anchor.yMax) / 2;
  return words
    .filter((w) => w.page === anchor.page && w.yMin < middle && w.yMax > middle)
    .sort((a, b) => a.xMin - b.xMin);
}

const rev = (text: string) => [...text].reverse().join('');

describe.each(['en', 'ar'] as const)(
  'a diary in Arabic, Polish and Chinese, document language %s',
  (lang) => {
    let out: SummaryPdf;
    beforeAll(async () => {
      out = await render([ARABIC, POLISH, CHINESE, GREEK_CYRILLIC, HEBREW], lang);
    });

    it('reads back every script exactly', () => {
      const text = readBack(out.pdf);
      for (const q of [ARABIC, POLISH, CHINESE, GREEK_CYRILLIC, HEBREW]) expect(text, q).toContain(q);
      expect(out.uncovered).toEqual([]);
    });

    it('is a tagged PDF/UA file in the document language, with headings, lists, tables and a figure', () => {
      const raw = latin1(out.pdf);
      const catalog = /\/Type \/Catalog([\s\S]*?)>>/.exec(raw)?.[1] ?? '';
      expect(catalog).toContain(`/Lang (${lang === 'ar' ? 'ar' : 'en-GB'})`);
      expect(catalog).toMatch(/\/MarkInfo \d+ 0 R/);
      expect(catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
      expect(raw).toMatch(/\/Marked true/);
      expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
      const tags = new Set([...raw.matchAll(/\/S \/(\w+)/g)].map((m) => m[1]));
      for (const tag of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Figure'])
        expect(tags).toContain(tag);
      // Rules, fills and page footers are artifacts, not content.
      expect(raw).not.toMatch(/Helvetica/);
    });

    it('pdfinfo says it is tagged', () => {
      const info = execFileSync('pdfinfo', ['-'], { input: out.pdf }).toString('utf8');
      expect(info).toMatch(/Tagged:\s+yes/);
    });

    it('embeds the fonts it uses, subset, and the CJK font only because the text needs it', () => {
      const fonts = new Set(
        [...latin1(out.pdf).matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]),
      );
      expect([...fonts].sort()).toEqual([
        'Amiri-Regular',
        'NotoSans-Bold',
        'NotoSans-Regular',
        'NotoSansHebrew-Regular',
        'NotoSansSC-Regular',
      ]);
    });
  },
);

describe('a mixed Arabic line', () => {
  it.each(['en', 'ar'] as const)(
    'reads right to left with the Latin and the digits in place (%s)',
    async (lang) => {
      const { pdf } = await render([MIXED], lang);
      // Left to right on the page: the last Arabic word first, the medicine and dose as written.
      // pdftotext -bbox gives each word's letters in page order, so Arabic words come reversed.
      const line = lineOf(pdfWords(pdf), 'Ibuprofen').map((w) => w.word);
      const marker = lang === 'ar' ? '.1' : '1.';
      expect(line.filter((w) => w !== marker)).toEqual([
        rev('أيام؟'),
        '3',
        rev('لمدة'),
        rev('مرتين'),
        'Ibuprofen',
        '400',
        'mg',
        rev('تناول'),
        rev('يمكنني'),
        rev('هل'),
      ]);
      // The list number stands on the document's start side, level with the question.
      expect(lang === 'ar' ? line.at(-1) : line[0]).toBe(marker);
      // And the plain-text read-back gives the Arabic words in reading order.
      expect(readBack(pdf)).toContain('هل يمكنني تناول');
    },
  );
});

describe('right-to-left layout', () => {
  it('right-aligns headings and puts list numbers on the right in Arabic, on the left in English', async () => {
    const summary = buildSummary(sampleDiary(), range, SAMPLE_NOW);
    const right = PAPER_SIZES.a4[0] - pageMargins('a4').right;
    const left = pageMargins('a4').left;
    const ar = pdfWords((await makeSummaryPdf(summary, { renderer: words('ar') })).pdf);
    const en = pdfWords((await makeSummaryPdf(summary, { renderer: words('en') })).pdf);
    const heading = (words: WordBox[]) => lineOf(words, 'Questions');
    expect(heading(ar).map((w) => w.word)).toEqual(['Questions', 'for', 'my', 'doctor']);
    expect(heading(ar).at(-1)?.xMax).toBeGreaterThan(right - 2);
    expect(heading(en)[0]?.xMin).toBeLessThan(left + 2);
    // "1." is drawn right to left in an Arabic document, so pdftotext reads ".1". Either way it stands
    // in the 16 pt before the item's text, on the document's start side.
    const marker = (words: WordBox[], text: string) => words.find((w) => w.word === text) as WordBox;
    expect(marker(ar, '.1').xMin).toBeGreaterThan(right - 16);
    expect(marker(en, '1.').xMax).toBeLessThan(left + 16);
  });
});

describe('characters no font has', () => {
  it('are drawn in place, named in the result, once each, and nothing else is replaced', async () => {
    const out = await render([UNCOVERED, 'Again 𝄞 and ≥ → ✓']);
    expect(out.uncovered).toEqual([{ codePoint: 0x1d11e, label: 'U+1D11E', name: 'MUSICAL SYMBOL G CLEF' }]);
    const text = readBack(out.pdf);
    expect(text).toContain('A clef');
    expect(text).toContain('for the notes');
    expect(text).toContain('Again');
    expect(text).toContain('≥ → ✓');
    expect(text).not.toContain('?');
  });
});

describe('font loading', () => {
  it('never reads the CJK font for a document without CJK text', () => {
    const render = new URL('./render.ts', import.meta.url).pathname;
    const fonts = new URL('./fonts.ts', import.meta.url).pathname;
    const sample = new URL('../sample-diary.ts', import.meta.url).pathname;
    const summary = new URL('../summary.ts', import.meta.url).pathname;
    const periodTs = new URL('../../insights/period.ts', import.meta.url).pathname;
    const script = `
      const { makeSummaryPdf } = await import(${JSON.stringify(render)});
      const { loadedFontFiles } = await import(${JSON.stringify(fonts)});
      const { SAMPLE_FROM, SAMPLE_TO, SAMPLE_NOW, sampleDiary } = await import(${JSON.stringify(sample)});
      const { buildSummary } = await import(${JSON.stringify(summary)});
      const { parsePeriod } = await import(${JSON.stringify(periodTs)});
      const p = parsePeriod(SAMPLE_FROM, SAMPLE_TO);
      await makeSummaryPdf(buildSummary(sampleDiary(), p.value, SAMPLE_NOW));
      console.log(JSON.stringify(loadedFontFiles()));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString('utf8');
    const files: string[] = JSON.parse(out);
    expect(files.some((f) => f.includes('noto-sans/'))).toBe(true);
    expect(files.filter((f) => f.includes('noto-sans-sc'))).toEqual([]);
  });
});
