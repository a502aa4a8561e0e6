/**
 * Reading PDFs back in tests, the way a person or a clinician's system would: the text of the whole
 * document and of each page, every piece of text and every word with its box, the page count and paper
 * size, page images, and the tags (mark info, language and structure tree) an assistive technology reads.
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
import type { StructTreeNode } from 'pdfjs-dist/types/src/display/api.js';

export interface PdfInfo {
  readonly pages: number;
  /** The first page's size in points. */
  readonly width: number;
  readonly height: number;
  readonly title: string;
}

/**
 * A piece of text as pdf.js gives it: one drawn run, or several that meet on a line in the same font.
 * Its left and right ends and its baseline are exact; top and bottom come from the font's ascent and
 * descent.
 */
export interface ItemBox {
  /** 1-based. */
  readonly page: number;
  /**
   * In reading order: pdf.js reads a right-to-left item's glyphs, which stand left to right on the
   * page, back to front (its own bidi pass), so Arabic and Hebrew come out as they are typed.
   */
  readonly text: string;
  /** pdf.js's reading of the item's direction, from its letters (digits and Latin alone are `ltr`). */
  readonly dir: 'ltr' | 'rtl';
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  /** From the top of the page. */
  readonly baseline: number;
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

/** An element of a tagged PDF's structure tree, with the text of the content it marks. */
export interface StructElement {
  /** The structure type, through the file's role map if it has one: Document, H1, P, LI, Figure... */
  readonly role: string;
  /** Alternative text (a figure's description), when the element has one. */
  readonly alt: string | undefined;
  /**
   * The text of the marked content below the element, its own and its children's, pieces in the order
   * they are drawn, joined by a space. Text inside an artifact marks nothing and is in no element.
   */
  readonly text: string;
  /** The pieces of text that make up `text`, where they stand on the page. */
  readonly items: readonly ItemBox[];
  readonly children: readonly StructElement[];
}

/** What an assistive technology reads of a PDF besides its text. */
export interface PdfTags {
  /** The catalog's /MarkInfo has Marked true: what pdfinfo reports as "Tagged: yes". */
  readonly marked: boolean;
  /** The catalog's /Lang ('' without one). */
  readonly lang: string;
  /**
   * Each page's structure tree as pdf.js builds it for that page (what a screen reader is given): the
   * elements with content on the page, below a root whose role is "Root"; an element that spans pages
   * shows on each. A page without structure has a root without children.
   */
  readonly pages: readonly StructElement[];
  /** Text marked as an artifact (page numbers, running footers): decoration a screen reader skips. */
  readonly artifacts: readonly ItemBox[];
  /**
   * Text in no artifact and in no marked content a structure element can point to: content a screen
   * reader cannot place. PDF/UA allows none.
   */
  readonly unmarked: readonly ItemBox[];
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
  /** Every piece of text, page by page in the order it is drawn. */
  readonly items: readonly ItemBox[];
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
  readonly dir: 'ltr' | 'rtl';
  readonly x: number;
  /** The baseline, from the top of the page. */
  readonly baseline: number;
  readonly width: number;
  readonly size: number;
  readonly ascent: number;
  readonly descent: number;
}

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type ContentItem = TextContent['items'][number];
type Viewport = ReturnType<PDFPageProxy['getViewport']>;

/** A text item placed on the page; null for marked-content markers and items of only white space. */
function runOf(item: ContentItem, content: TextContent, viewport: Viewport): Run | null {
  if (!('str' in item) || item.str.trim() === '') return null;
  const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
  const [x, baseline] = viewport.convertToViewportPoint(e, f) as [number, number];
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  const style = content.styles[item.fontName];
  // pdf.js gives ascent and descent as fractions of the font size; without them, typical values.
  const ascent = style?.ascent && style.ascent > 0 ? style.ascent : 0.8;
  const descent = style?.descent && style.descent < 0 ? style.descent : -0.2;
  const dir = item.dir === 'rtl' ? 'rtl' : 'ltr';
  return { text: item.str, dir, x, baseline, width: item.width, size, ascent, descent };
}

async function runsOf(page: PDFPageProxy): Promise<Run[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  return content.items.map((item) => runOf(item, content, viewport)).filter((r): r is Run => r !== null);
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

function itemOf(run: Run, page: number): ItemBox {
  return {
    page,
    text: run.text,
    dir: run.dir,
    xMin: run.x,
    xMax: run.x + run.width,
    yMin: run.baseline - run.ascent * run.size,
    yMax: run.baseline - run.descent * run.size,
    baseline: run.baseline,
  };
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

/** A page's text sorted by what marks it, as a screen reader tells content from decoration. */
interface PageMarks {
  /** By marked-content id (what a structure element points to). */
  readonly marked: Map<string, ItemBox[]>;
  /** Inside an /Artifact sequence: page furniture, not content. */
  readonly artifacts: ItemBox[];
  /** In no marked content with an id and in no artifact: content no tag can reach. */
  readonly unmarked: ItemBox[];
  /** The catalog's /Lang, as pdf.js gives it with every page's text. */
  readonly lang: string;
}

/** pdf.js ends a text item where marked content begins or ends, so each item belongs to one sequence. */
async function pageMarks(page: PDFPageProxy, n: number): Promise<PageMarks> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: true });
  const marks: PageMarks = { marked: new Map(), artifacts: [], unmarked: [], lang: content.lang ?? '' };
  // Marked content nests; text belongs to the innermost sequence with an id, unless an artifact holds it.
  const open: { id: string | null; artifact: boolean }[] = [];
  for (const item of content.items) {
    if ('str' in item) {
      const run = runOf(item, content, viewport);
      if (!run) continue;
      const box = itemOf(run, n);
      const id = open.findLast((m) => m.id !== null)?.id;
      if (open.some((m) => m.artifact)) marks.artifacts.push(box);
      else if (id) marks.marked.set(id, [...(marks.marked.get(id) ?? []), box]);
      else marks.unmarked.push(box);
    } else if (item.type === 'endMarkedContent') open.pop();
    else {
      const { id, tag } = item as { id?: string | null; tag?: string | null };
      open.push({
        id: item.type === 'beginMarkedContentProps' && id ? id : null,
        artifact: tag === 'Artifact',
      });
    }
  }
  return marks;
}

function elementOf(node: StructTreeNode, marked: ReadonlyMap<string, readonly ItemBox[]>): StructElement {
  const children: StructElement[] = [];
  const items: ItemBox[] = [];
  for (const child of node.children) {
    if ('role' in child) {
      const element = elementOf(child, marked);
      children.push(element);
      items.push(...element.items);
    } else if (child.type === 'content') items.push(...(marked.get(child.id) ?? []));
  }
  const alt = (node as { alt?: unknown }).alt;
  return {
    role: node.role,
    alt: typeof alt === 'string' ? alt : undefined,
    text: items
      .map((i) => i.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    items,
    children,
  };
}

function contentIds(node: StructTreeNode): string[] {
  return node.children.flatMap((child) =>
    'role' in child ? contentIds(child) : child.type === 'content' ? [child.id] : [],
  );
}

/** The mark info, the language and each page's structure tree, read by pdf.js. */
export async function pdfTags(pdf: Uint8Array): Promise<PdfTags> {
  return withDocument(pdf, async (doc) => {
    // pdf.js types the mark info as an object but hands over a Map.
    const markInfo: unknown = await doc.getMarkInfo();
    const marked =
      markInfo instanceof Map
        ? markInfo.get('Marked') === true
        : (markInfo as { Marked?: unknown } | null)?.Marked === true;
    let lang = '';
    const pages: StructElement[] = [];
    const artifacts: ItemBox[] = [];
    const unmarked: ItemBox[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const marks = await pageMarks(page, n);
      if (n === 1) lang = marks.lang;
      artifacts.push(...marks.artifacts);
      unmarked.push(...marks.unmarked);
      const tree = await page.getStructTree();
      const reached = new Set(tree ? contentIds(tree) : []);
      for (const [id, items] of marks.marked) if (!reached.has(id)) unmarked.push(...items);
      pages.push(
        tree
          ? elementOf(tree, marks.marked)
          : { role: 'Root', alt: undefined, text: '', items: [], children: [] },
      );
    }
    return { marked, lang, pages, artifacts, unmarked };
  });
}

/** Every element below the pages' roots, depth first in document order (an element spanning pages once per page). */
export function structElements(tags: PdfTags): StructElement[] {
  const out: StructElement[] = [];
  const visit = (element: StructElement) => {
    out.push(element);
    element.children.forEach(visit);
  };
  for (const root of tags.pages) root.children.forEach(visit);
  return out;
}

/** Reads a PDF's text, words and page sizes; page images are rendered on request. */
export async function readPdf(pdf: Uint8Array): Promise<ReadPdf> {
  const bytes = new Uint8Array(pdf);
  const read = await withDocument(bytes, async (doc) => {
    const pages: string[] = [];
    const words: WordBox[] = [];
    const items: ItemBox[] = [];
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
      for (const run of runs) {
        words.push(...wordsOf(run, n));
        items.push(itemOf(run, n));
      }
    }
    const title = ((await doc.getMetadata()).info as { Title?: unknown }).Title;
    const info: PdfInfo = {
      pages: doc.numPages,
      width,
      height,
      title: typeof title === 'string' ? title : '',
    };
    return { info, pages, words, items };
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

/** Every piece of text with its exact left and right ends, to check where runs are drawn. */
export async function pdfItems(pdf: Uint8Array): Promise<ItemBox[]> {
  return [...(await readPdf(pdf)).items];
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
