/**
 * Reading PDFs back in tests, the way a person or a clinician's system would: the text of the whole
 * document and of each page, every word with its box, the page count and paper size, and page images.
 * Uses Mozilla's pdf.js (pdfjs-dist) with @napi-rs/canvas for the pixels: both are npm packages with
 * their binaries inside, so `npm ci` is all a machine needs (no poppler-utils).
 *
 * Coordinates are PDF points from the top-left corner of the page, as a person measures a printout.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfInfo {
  readonly pages: number;
  /** The first page's size in points. */
  readonly width: number;
  readonly height: number;
  readonly title: string;
}

export interface WordBox {
  /** 1-based. */
  readonly page: number;
  readonly word: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** A page image as packed RGB bytes, row by row, for pixel checks without an image library. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

export interface ReadPdf {
  readonly info: PdfInfo;
  /** The text of each page in reading order: lines top to bottom, the pieces of a line left to right. */
  readonly pages: readonly string[];
  /** Every page's text, one after the other. */
  readonly text: string;
  readonly words: readonly WordBox[];
  /** The image of a page (1-based) at the given resolution, on white. */
  raster(page: number, dpi?: number): Promise<Raster>;
  /** The image of a page as PNG bytes. */
  png(page: number, dpi?: number): Promise<Uint8Array>;
}

const require = createRequire(import.meta.url);
const PDFJS = `${dirname(require.resolve('pdfjs-dist/package.json'))}/`;

/**
 * Helvetica's character widths (from the font metrics pdfkit ships), to share a run's width out among
 * its words in proportion; a character it does not list counts as an average one.
 */
const HELVETICA: ReadonlyMap<string, number> = new Map(
  [
    ...readFileSync(`${dirname(require.resolve('pdfkit'))}/data/Helvetica.afm`, 'latin1').matchAll(
      /^C (\d+) ; WX (\d+) ;/gm,
    ),
  ]
    .filter((m) => Number(m[1]) >= 32 && Number(m[1]) < 127)
    .map((m) => [String.fromCharCode(Number(m[1])), Number(m[2])]),
);
const AVERAGE_WIDTH = [...HELVETICA.values()].reduce((a, b) => a + b, 0) / HELVETICA.size;

function advance(text: string): number {
  let total = 0;
  for (const char of text) total += HELVETICA.get(char) ?? AVERAGE_WIDTH;
  return total;
}

/** A piece of text as pdf.js reports it, placed on the page. */
interface Run {
  readonly text: string;
  readonly x: number;
  /** The baseline, from the top of the page. */
  readonly baseline: number;
  readonly width: number;
  readonly size: number;
  readonly ascent: number;
  readonly descent: number;
}

async function runsOf(page: PDFPageProxy): Promise<Run[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
    const [x, baseline] = viewport.convertToViewportPoint(e, f) as [number, number];
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const style = content.styles[item.fontName];
    // pdf.js gives ascent and descent as fractions of the font size; without them, typical values.
    const ascent = style?.ascent && style.ascent > 0 ? style.ascent : 0.8;
    const descent = style?.descent && style.descent < 0 ? style.descent : -0.2;
    runs.push({ text: item.str, x, baseline, width: item.width, size, ascent, descent });
  }
  return runs;
}

/** Runs whose baselines are within a fraction of the text size of each other share a line. */
function linesOf(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((p, q) => p.baseline - q.baseline || p.x - q.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(run.baseline - first.baseline) <= 0.3 * Math.min(run.size, first.size))
      line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => line.sort((p, q) => p.x - q.x));
}

/** A line's runs joined left to right, with a space where the page leaves a gap between them. */
function lineText(line: readonly Run[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of line) {
    const gap = run.x - end;
    if (text !== '' && gap > 0.1 * run.size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return text.replace(/\s+$/, '');
}

/**
 * The words of a run with their boxes. pdf.js places runs, not glyphs, so a word's left and right
 * edges inside a run are estimated from Helvetica's widths of the characters before it (close for
 * Helvetica-like fonts, a few points off for others); the run's own ends are exact, which is what
 * "nothing runs off the page" needs.
 */
function wordsOf(run: Run, page: number): WordBox[] {
  const scale = run.width / Math.max(1, advance(run.text));
  const yMin = run.baseline - run.ascent * run.size;
  const yMax = run.baseline - run.descent * run.size;
  return [...run.text.matchAll(/\S+/g)].map((m) => {
    const before = advance(run.text.slice(0, m.index));
    return {
      page,
      word: m[0],
      xMin: run.x + before * scale,
      xMax: run.x + (before + advance(m[0])) * scale,
      yMin,
      yMax,
    };
  });
}

async function render(doc: PDFDocumentProxy, pageNumber: number, dpi: number): Promise<Canvas> {
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.numPages)
    throw new RangeError(`page ${pageNumber} does not exist: the PDF has ${doc.numPages} pages`);
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  return canvas;
}

/** Opens the PDF for `use` and always closes it again, so a test run does not pile up documents. */
async function withDocument<T>(pdf: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of the bytes it is given, so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: `${PDFJS}standard_fonts/`,
    cMapUrl: `${PDFJS}cmaps/`,
    wasmUrl: `${PDFJS}wasm/`,
    iccUrl: `${PDFJS}iccs/`,
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw new Error(`not a readable PDF: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    });
    return await use(doc);
  } finally {
    await task.destroy();
  }
}

function rgbOf(canvas: Canvas): Raster {
  const rgba = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i] as number;
    rgb[j + 1] = rgba[i + 1] as number;
    rgb[j + 2] = rgba[i + 2] as number;
  }
  return { width: canvas.width, height: canvas.height, rgb };
}

/** Reads a PDF's text, words and page sizes; page images are rendered on request. */
export async function readPdf(pdf: Uint8Array): Promise<ReadPdf> {
  const bytes = new Uint8Array(pdf);
  const read = await withDocument(bytes, async (doc) => {
    const pages: string[] = [];
    const words: WordBox[] = [];
    let width = 0;
    let height = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      if (n === 1) {
        const viewport = page.getViewport({ scale: 1 });
        width = viewport.width;
        height = viewport.height;
      }
      const runs = await runsOf(page);
      pages.push(
        linesOf(runs)
          .map(lineText)
          .filter((line) => line !== '')
          .join('\n'),
      );
      for (const run of runs) words.push(...wordsOf(run, n));
    }
    const title = ((await doc.getMetadata()).info as { Title?: unknown }).Title;
    const info: PdfInfo = {
      pages: doc.numPages,
      width,
      height,
      title: typeof title === 'string' ? title : '',
    };
    return { info, pages, words };
  });
  return {
    ...read,
    text: read.pages.join('\n'),
    raster: (page, dpi = 50) => withDocument(bytes, async (doc) => rgbOf(await render(doc, page, dpi))),
    png: (page, dpi = 72) =>
      withDocument(bytes, async (doc) => new Uint8Array(await (await render(doc, page, dpi)).encode('png'))),
  };
}

export async function pdfInfo(pdf: Uint8Array): Promise<PdfInfo> {
  return (await readPdf(pdf)).info;
}

/** The text of each page, in reading order. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  return [...(await readPdf(pdf)).pages];
}

/** The text of the whole document. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  return (await readPdf(pdf)).text;
}

/** Every word with its box, to check that nothing runs off a page. */
export async function pdfWords(pdf: Uint8Array): Promise<WordBox[]> {
  return [...(await readPdf(pdf)).words];
}

/** One image per page. */
export async function pdfRasters(pdf: Uint8Array, dpi = 50): Promise<Raster[]> {
  return withDocument(pdf, async (doc) => {
    const out: Raster[] = [];
    for (let page = 1; page <= doc.numPages; page++) out.push(rgbOf(await render(doc, page, dpi)));
    return out;
  });
}

/** Writes PNG page images `<prefix>-1.png`, `<prefix>-2.png`, ... (for docs/) and returns their paths. */
export async function pdfToPngs(pdf: Uint8Array, prefix: string, dpi = 80): Promise<string[]> {
  mkdirSync(dirname(prefix), { recursive: true });
  return withDocument(pdf, async (doc) => {
    const paths: string[] = [];
    for (let page = 1; page <= doc.numPages; page++) {
      const path = `${prefix}-${page}.png`;
      writeFileSync(path, await (await render(doc, page, dpi)).encode('png'));
      paths.push(path);
    }
    return paths;
  });
}
