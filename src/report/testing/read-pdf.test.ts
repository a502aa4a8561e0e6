// The PDF reader the PDF tests rely on, checked on a PDF whose every word, position and colour is known.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pdfInfo,
  pdfPages,
  pdfRasters,
  pdfText,
  pdfToPngs,
  pdfWords,
  type Raster,
  readPdf,
} from './read-pdf.ts';

const A4 = [595.28, 841.89] as const;
const LETTER = [612, 792] as const;

/** Two pages: A4 with a heading, a two-column row and a red square; then a Letter page. */
function knownPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: [...A4], margin: 0, info: { Title: 'Known test document' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
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
