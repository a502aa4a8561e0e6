// Every script the person writes in comes back out of the PDF, read with pdf.js
// (src/report/testing/read-pdf.ts, from npm): the text read back exactly, the tags as pdf.js gives them
// to a screen reader (mark info, /Lang, the structure tree and the text each element marks) besides the
// file's own catalog, and the visual order of mixed right-to-left lines from where each drawn piece of
// text stands on the page.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderer } from '../../i18n/catalogs.ts';
import { rightToLeftEnglish } from '../../i18n/testing/right-to-left.ts';
import { diaryOf, question } from '../../insights/fixtures.ts';
import { parsePeriod } from '../../insights/period.ts';
import { SAMPLE_FROM, SAMPLE_NOW, SAMPLE_TO, sampleDiary } from '../sample-diary.ts';
import { buildSummary } from '../summary.ts';
import {
  type ItemBox,
  pdfTags,
  type ReadPdf,
  readPdf,
  type StructElement,
  structElements,
} from '../testing/read-pdf.ts';
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
const SCRIPTS = [ARABIC, POLISH, CHINESE, GREEK_CYRILLIC, HEBREW];
/** Arabic with a medicine name, a dose and a number of days. */
const MIXED = 'هل يمكنني تناول Ibuprofen 400 mg مرتين لمدة 3 أيام؟';
const UNCOVERED = 'A clef 𝄞 for the notes';

const RIGHT = PAPER_SIZES.a4[0] - pageMargins('a4').right;
const LEFT = pageMargins('a4').left;

function diaryWith(...texts: string[]) {
  return diaryOf({ doctorQuestions: texts.map((t, i) => question(`2026-11-0${i + 1}T08:00:00Z`, t)) });
}

/** English words; for ar, laid out right to left (the layout, not a translation, is under test). */
const words = (lang: 'en' | 'ar') => (lang === 'ar' ? rightToLeftEnglish() : renderer('en'));

async function render(texts: readonly string[], lang: 'en' | 'ar' = 'en'): Promise<SummaryPdf> {
  return makeSummaryPdf(buildSummary(diaryWith(...texts), range, SAMPLE_NOW), { renderer: words(lang) });
}

/**
 * The document's text as pdf.js reads it: a right-to-left piece in reading order, the pieces of a line
 * left to right with a space where the page leaves a gap. Runs of spaces are one space.
 */
function readBack(read: ReadPdf): string {
  return read.text.replace(/[ \t]+/g, ' ');
}

function latin1(pdf: Uint8Array): string {
  return Buffer.from(pdf).toString('latin1');
}

/** The pieces of text on the baseline of the piece reading `text`, left to right on the page. */
function lineOf(items: readonly ItemBox[], text: string): ItemBox[] {
  const anchor = items.find((i) => i.text === text);
  if (!anchor) throw new Error(`"${text}" not found`);
  return items
    .filter((i) => i.page === anchor.page && Math.abs(i.baseline - anchor.baseline) < 0.5)
    .sort((a, b) => a.xMin - b.xMin);
}

/**
 * The words of a line in the order they stand on the page, left to right. pdf.js gives a right-to-left
 * piece in reading order, so its words stand on the page the other way round.
 */
function wordsLeftToRight(line: readonly ItemBox[]): string[] {
  return line.flatMap((i) => {
    const w = i.text.split(/\s+/).filter((x) => x !== '');
    return i.dir === 'rtl' ? w.reverse() : w;
  });
}

const withRole = (elements: readonly StructElement[], role: string) =>
  elements.filter((e) => e.role === role).map((e) => e.text);

describe.each(['en', 'ar'] as const)(
  'a diary in Arabic, Polish and Chinese, document language %s',
  (lang) => {
    let out: SummaryPdf;
    let read: ReadPdf;
    beforeAll(async () => {
      out = await render(SCRIPTS, lang);
      read = await readPdf(out.pdf);
    });

    it('reads back every script exactly', () => {
      const text = readBack(read);
      for (const q of SCRIPTS) expect(text, q).toContain(q);
      // Each question is one piece of text on the page, whole, and the right-to-left ones read so.
      for (const q of SCRIPTS) {
        const item = read.items.find((i) => i.text === q);
        expect(item?.dir, q).toBe(q === ARABIC || q === HEBREW ? 'rtl' : 'ltr');
      }
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

    it('is tagged to pdf.js: marked, in its language, each element marking its own text', async () => {
      const tags = await pdfTags(out.pdf);
      expect(tags.marked).toBe(true);
      expect(tags.lang).toBe(lang === 'ar' ? 'ar' : 'en-GB');
      const elements = structElements(tags);
      const roles = new Set(elements.map((e) => e.role));
      for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Figure'])
        expect(roles).toContain(role);
      expect(withRole(elements, 'H1')).toEqual(['BackEase: summary for a doctor’s visit']);
      expect(withRole(elements, 'H2')).toContain('Questions for my doctor');
      // The questions are the list's bodies, in order, each numbered; in ar "1." is drawn ".1".
      expect(withRole(elements, 'LBody')).toEqual(SCRIPTS);
      expect(withRole(elements, 'Lbl')).toEqual(
        SCRIPTS.map((_, i) => (lang === 'ar' ? `.${i + 1}` : `${i + 1}.`)),
      );
      for (const li of elements.filter((e) => e.role === 'LI'))
        expect(li.children.map((c) => c.role)).toEqual(['Lbl', 'LBody']);
      const figure = elements.find((e) => e.role === 'Figure');
      expect(figure?.alt).toMatch(/^Pain 0 \(none\) to 10/);
      // Every piece of text is content in an element or, like the page footer, an artifact.
      expect(tags.unmarked).toEqual([]);
      expect(tags.artifacts.map((i) => i.text)).toContain('Page 1 of 1');
      expect(elements.filter((e) => e.text.includes('Page 1 of 1'))).toEqual([]);
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
      const read = await readPdf((await render([MIXED], lang)).pdf);
      const marker = lang === 'ar' ? '.1' : '1.';
      const line = lineOf(read.items, 'Ibuprofen 400 mg');
      // Left to right on the page: the end of the question, the medicine and dose as written, its start.
      const body = line.filter((i) => i.text !== marker);
      expect(body.map((i) => [i.text, i.dir])).toEqual([
        ['مرتين لمدة 3 أيام؟', 'rtl'],
        ['Ibuprofen 400 mg', 'ltr'],
        ['هل يمكنني تناول', 'rtl'],
      ]);
      expect(wordsLeftToRight(body)).toEqual([
        'أيام؟',
        '3',
        'لمدة',
        'مرتين',
        'Ibuprofen',
        '400',
        'mg',
        'تناول',
        'يمكنني',
        'هل',
      ]);
      // Each piece stands where the layout put it: side by side, a space apart, the line ending on the
      // right edge of the item's text (the list number takes the right 16 pt in ar).
      for (let i = 1; i < body.length; i++) {
        const gap = (body[i] as ItemBox).xMin - (body[i - 1] as ItemBox).xMax;
        expect(gap).toBeGreaterThan(1);
        expect(gap).toBeLessThan(5);
      }
      expect(body.at(-1)?.xMax).toBeCloseTo(lang === 'ar' ? RIGHT - 16 : RIGHT, 1);
      // The list number stands on the document's start side, level with the question.
      expect((lang === 'ar' ? line.at(-1) : line[0])?.text).toBe(marker);
      // And the plain-text read-back gives the Arabic words in reading order.
      expect(readBack(read)).toContain('هل يمكنني تناول');
    },
  );
});

describe('right-to-left layout', () => {
  it('right-aligns headings and puts list numbers on the right in Arabic, on the left in English', async () => {
    const summary = buildSummary(sampleDiary(), range, SAMPLE_NOW);
    const ar = await makeSummaryPdf(summary, { renderer: words('ar') });
    const en = await makeSummaryPdf(summary, { renderer: words('en') });
    const [arTags, enTags] = [structElements(await pdfTags(ar.pdf)), structElements(await pdfTags(en.pdf))];
    // Every section heading, found by its tag, stands against the document's start edge.
    const headings = (elements: readonly StructElement[]) => elements.filter((e) => e.role === 'H2');
    expect(headings(arTags).map((h) => h.text)).toContain('Questions for my doctor');
    expect(headings(arTags).length).toBeGreaterThan(4);
    for (const h of headings(arTags))
      expect(Math.max(...h.items.map((i) => i.xMax)), h.text).toBeCloseTo(RIGHT, 1);
    for (const h of headings(enTags))
      expect(Math.min(...h.items.map((i) => i.xMin)), h.text).toBeCloseTo(LEFT, 1);
    expect(headings(enTags)).toHaveLength(headings(arTags).length);
    // "1." is drawn right to left in an Arabic document, so it reads ".1". Either way it stands in the
    // 16 pt before the item's text, on the document's start side, on the baseline of its first line.
    const first = (elements: readonly StructElement[]) => {
      const li = elements.find((e) => e.role === 'LI');
      const [label, body] = li?.children ?? [];
      const [marker, line] = [label?.items[0], body?.items[0]];
      if (!marker || !line) throw new Error('no numbered list item');
      return { marker, line };
    };
    const arFirst = first(arTags);
    const enFirst = first(enTags);
    expect(arFirst.marker.text).toBe('.1');
    expect(enFirst.marker.text).toBe('1.');
    expect(arFirst.line.text).toMatch(/^Could my statin/);
    expect(arFirst.marker.xMin).toBeGreaterThan(RIGHT - 16);
    expect(arFirst.marker.xMax).toBeLessThanOrEqual(RIGHT + 0.01);
    expect(enFirst.marker.xMax).toBeLessThan(LEFT + 16);
    expect(enFirst.marker.xMin).toBeGreaterThanOrEqual(LEFT - 0.01);
    for (const { marker, line } of [arFirst, enFirst]) expect(marker.baseline).toBeCloseTo(line.baseline, 1);
    // The question (English in both) follows the number: on its left in ar, on its right in en.
    expect(arFirst.line.xMax).toBeLessThan(arFirst.marker.xMin);
    expect(enFirst.line.xMin).toBeGreaterThan(enFirst.marker.xMax);
  });
});

describe('characters no font has', () => {
  it('are drawn in place, named in the result, once each, and nothing else is replaced', async () => {
    const out = await render([UNCOVERED, 'Again 𝄞 and ≥ → ✓']);
    expect(out.uncovered).toEqual([{ codePoint: 0x1d11e, label: 'U+1D11E', name: 'MUSICAL SYMBOL G CLEF' }]);
    const text = readBack(await readPdf(out.pdf));
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
