// The PDF reader the PDF tests rely on, checked on a PDF whose every word, position and colour is known.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pdfInfo,
  pdfItems,
  pdfPages,
  pdfRasters,
  pdfTags,
  pdfText,
  pdfToPngs,
  pdfWords,
  type Raster,
  readPdf,
  structElements,
} from './read-pdf.ts';

const A4 = [595.28, 841.89] as const;
const LETTER = [612, 792] as const;

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

const HEBREW_FONT = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
);

/**
 * A tagged page in Hebrew: an H1, a paragraph "שלום עולם" drawn as the report draws right-to-left text
 * (each word at its own x, the last word leftmost), a figure with alternative text, a footer that is
 * an artifact and a note outside any tag. Also gives where the Hebrew words end on the page.
 */
async function taggedPdf(): Promise<{ pdf: Uint8Array; hebrew: { xMin: number; xMax: number } }> {
  const doc = new PDFDocument({ size: [...A4], margin: 0, tagged: true, lang: 'he', pdfVersion: '1.7' });
  const done = collect(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const element = (tag: string, draw: () => void, options = {}) => {
    const el = doc.struct(tag, options);
    root.add(el);
    el.add(draw);
    el.end();
  };
  element('H1', () =>
    doc.font('Helvetica').fontSize(20).text('Heading on top', 100, 100, { lineBreak: false }),
  );
  doc.font(HEBREW_FONT).fontSize(12);
  const last = doc.widthOfString('עולם');
  const right = 100 + last + doc.widthOfString(' ') + doc.widthOfString('שלום');
  element('P', () => {
    doc.text('עולם', 100, 200, { lineBreak: false });
    doc.text('שלום', right - doc.widthOfString('שלום'), 200, { lineBreak: false });
  });
  element('Figure', () => doc.rect(400, 400, 72, 72).fill('#ff0000'), { alt: 'A red square' });
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.fillColor('#000000').font('Helvetica').fontSize(8).text('Page 1 of 1', 100, 800, { lineBreak: false });
  doc.endMarkedContent();
  doc.text('Loose note', 100, 820, { lineBreak: false });
  root.end();
  doc.end();
  return { pdf: await done, hebrew: { xMin: 100, xMax: right } };
}

/** Two pages: A4 with a heading, a two-column row and a red square; then a Letter page. */
function knownPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: [...A4], margin: 0, info: { Title: 'Known test document' } });
  const done = collect(doc);
  doc.font('Helvetica').fontSize(20).text('Heading on top', 100, 100, { lineBreak: false });
  doc.fontSize(10).text('left cell', 100, 200, { lineBreak: false });
  doc.text('right cell', 300, 200, { lineBreak: false });
  doc.text('second line', 100, 215, { lineBreak: false });
  doc.rect(400, 400, 72, 72).fill('#ff0000');
  doc.addPage({ size: [...LETTER], margin: 0 });
  doc.fillColor('#000000').fontSize(12).text('Letter page text', 72, 700, { lineBreak: false });
  doc.end();
  return done;
}

let pdf: Uint8Array;
beforeAll(async () => {
  pdf = await knownPdf();
});

const dir = mkdtempSync(join(tmpdir(), 'backease-read-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pixel(r: Raster, x: number, y: number): [number, number, number] {
  const i = (y * r.width + x) * 3;
  return [r.rgb[i] as number, r.rgb[i + 1] as number, r.rgb[i + 2] as number];
}

describe('readPdf', () => {
  it('gives the page count, the first page size and the title', async () => {
    expect(await pdfInfo(pdf)).toEqual({
      pages: 2,
      width: A4[0],
      height: A4[1],
      title: 'Known test document',
    });
  });

  it('gives each page its text in reading order: lines top to bottom, cells left to right', async () => {
    const pages = await pdfPages(pdf);
    expect(pages).toEqual(['Heading on top\nleft cell right cell\nsecond line', 'Letter page text']);
    expect(await pdfText(pdf)).toBe(pages.join('\n'));
  });

  it('places every word in points from the top-left of its page', async () => {
    const words = await pdfWords(pdf);
    expect(words.map((w) => `${w.page}:${w.word}`)).toEqual([
      '1:Heading',
      '1:on',
      '1:top',
      '1:left',
      '1:cell',
      '1:right',
      '1:cell',
      '1:second',
      '1:line',
      '2:Letter',
      '2:page',
      '2:text',
    ]);
    const right = words.find((w) => w.word === 'right') as (typeof words)[number];
    // pdfkit puts the top of the line at y; the box runs from the font's ascent to its descent.
    expect(right.xMin).toBeCloseTo(300, 0);
    expect(right.yMin).toBeGreaterThan(196);
    expect(right.yMin).toBeLessThan(202);
    expect(right.yMax).toBeGreaterThan(208);
    expect(right.yMax).toBeLessThan(214);
    const heading = words.filter((w) => w.page === 1 && w.yMin < 150);
    expect(heading.map((w) => w.word)).toEqual(['Heading', 'on', 'top']);
    // Words of one run follow each other with a space between, and the run's ends are exact.
    for (let i = 1; i < heading.length; i++)
      expect((heading[i] as { xMin: number }).xMin).toBeGreaterThan(
        (heading[i - 1] as { xMax: number }).xMax,
      );
    expect((heading[0] as { xMin: number }).xMin).toBeCloseTo(100, 0);
    const letter = words.filter((w) => w.page === 2);
    expect((letter[0] as { xMin: number }).xMin).toBeCloseTo(72, 0);
    expect((letter[0] as { yMin: number }).yMin).toBeGreaterThan(695);
    expect((letter[0] as { yMin: number }).yMin).toBeLessThan(702);
  });

  it('gives each piece of text as drawn, with its exact ends and baseline', async () => {
    const items = await pdfItems(pdf);
    expect(items.map((i) => `${i.page}:${i.text}:${i.dir}`)).toEqual([
      '1:Heading on top:ltr',
      '1:left cell:ltr',
      '1:right cell:ltr',
      '1:second line:ltr',
      '2:Letter page text:ltr',
    ]);
    const right = items[2] as (typeof items)[number];
    const width = new PDFDocument().font('Helvetica').fontSize(10).widthOfString('right cell');
    expect(right.xMin).toBeCloseTo(300, 3);
    expect(right.xMax).toBeCloseTo(300 + width, 3);
    // pdfkit puts the top of the line at y, so the baseline is Helvetica's ascender (718/1000 em) below.
    expect(right.baseline).toBeCloseTo(200 + 7.18, 3);
    expect(right.yMin).toBeLessThan(right.baseline);
    expect(right.yMax).toBeGreaterThan(right.baseline);
    expect((await readPdf(pdf)).items).toEqual(items);
  });

  it('gives right-to-left text in reading order, with the ends where it was drawn', async () => {
    const { pdf: tagged, hebrew } = await taggedPdf();
    const item = (await pdfItems(tagged)).find((i) => i.dir === 'rtl');
    expect(item).toMatchObject({ page: 1, text: 'שלום עולם' });
    expect(item?.xMin).toBeCloseTo(hebrew.xMin, 3);
    expect(item?.xMax).toBeCloseTo(hebrew.xMax, 3);
    expect(await pdfText(tagged)).toBe('Heading on top\nשלום עולם\nPage 1 of 1\nLoose note');
  });

  it("reads the tags: mark info, language and each page's structure with the text it marks", async () => {
    const { pdf: tagged, hebrew } = await taggedPdf();
    const tags = await pdfTags(tagged);
    expect(tags.marked).toBe(true);
    expect(tags.lang).toBe('he');
    expect(tags.pages).toHaveLength(1);
    const elements = structElements(tags);
    expect(elements.map((e) => [e.role, e.text, e.alt])).toEqual([
      ['Document', 'Heading on top שלום עולם', undefined],
      ['H1', 'Heading on top', undefined],
      ['P', 'שלום עולם', undefined],
      ['Figure', '', 'A red square'],
    ]);
    // Each element's text is made of pieces that stand where they were drawn.
    const paragraph = elements.find((e) => e.role === 'P');
    expect(paragraph?.items).toHaveLength(1);
    expect(paragraph?.items[0]).toMatchObject({ page: 1, text: 'שלום עולם', dir: 'rtl' });
    expect(paragraph?.items[0]?.xMin).toBeCloseTo(hebrew.xMin, 3);
    expect(paragraph?.items[0]?.xMax).toBeCloseTo(hebrew.xMax, 3);
    expect(elements[0]?.items.map((i) => i.text)).toEqual(['Heading on top', 'שלום עולם']);
    // The footer is an artifact, the note is in no tag at all: neither is in an element.
    expect(tags.artifacts.map((i) => i.text)).toEqual(['Page 1 of 1']);
    expect(tags.unmarked.map((i) => i.text)).toEqual(['Loose note']);
    expect(elements.some((e) => /Page|Loose/.test(e.text))).toBe(false);
  });

  it('finds no tags in an untagged PDF', async () => {
    const tags = await pdfTags(pdf);
    expect(tags).toMatchObject({ marked: false, lang: '', artifacts: [] });
    expect(tags.unmarked.map((i) => i.text)).toEqual((await pdfItems(pdf)).map((i) => i.text));
    expect(tags.pages.map((p) => p.children.length)).toEqual([0, 0]);
    expect(structElements(tags)).toEqual([]);
  });

  it('renders pages on white at the asked resolution, colours where they were drawn', async () => {
    const [a4, letter] = await pdfRasters(pdf, 72);
    if (!a4 || !letter) throw new Error('two pages expected');
    expect([a4.width, a4.height]).toEqual([Math.ceil(A4[0]), Math.ceil(A4[1])]);
    expect([letter.width, letter.height]).toEqual([612, 792]);
    expect(a4.rgb).toHaveLength(a4.width * a4.height * 3);
    expect(pixel(a4, 436, 436)).toEqual([255, 0, 0]);
    expect(pixel(a4, 20, 20)).toEqual([255, 255, 255]);
    expect(pixel(a4, 500, 600)).toEqual([255, 255, 255]);
    // The heading's letters are dark pixels in its band, and nothing dark is left of the text.
    let dark = 0;
    for (let y = 100; y < 125; y++) for (let x = 100; x < 240; x++) if (pixel(a4, x, y)[0] < 100) dark++;
    expect(dark).toBeGreaterThan(100);
    const half = await (await readPdf(pdf)).raster(1, 36);
    expect([half.width, half.height]).toEqual([Math.ceil(A4[0] / 2), Math.ceil(A4[1] / 2)]);
    expect(pixel(half, 218, 218)).toEqual([255, 0, 0]);
  });

  it('writes PNG images of the pages', async () => {
    const paths = await pdfToPngs(pdf, join(dir, 'known'), 36);
    expect(paths).toEqual([join(dir, 'known-1.png'), join(dir, 'known-2.png')]);
    const png = readFileSync(paths[1] as string);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk holds the width and height.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([306, 396]);
  });

  it('refuses bytes that are not a PDF with an error saying so', async () => {
    await expect(readPdf(new TextEncoder().encode('not a pdf at all'))).rejects.toThrow(/not a readable PDF/);
    await expect((await readPdf(pdf)).raster(3)).rejects.toThrow(
      /page 3 does not exist: the PDF has 2 pages/,
    );
  });
});
