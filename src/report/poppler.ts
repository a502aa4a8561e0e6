/**
 * Reading PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm), for the PDF tests and the
 * sample page images. A missing tool makes every test that reads a PDF fail with the install command,
 * never skip: CI's .ci/run installs poppler-utils from Debian.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MISSING = 'the PDF tests need poppler-utils (apt-get install -y poppler-utils).';

/** Runs a poppler tool; a missing tool fails with the install command rather than a bare ENOENT. */
function run(tool: string, args: readonly string[]): Buffer {
  try {
    return execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: ${MISSING}`);
    throw e;
  }
}

export function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdfinfo', 'pdftoppm']) run(tool, ['-v']);
}

function withFile<T>(pdf: Uint8Array, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'backease-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, pdf);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text in reading order, one string per page. */
export function pdfPages(pdf: Uint8Array): string[] {
  const text = withFile(pdf, (path) => run('pdftotext', ['-layout', path, '-']).toString('utf8'));
  return text.split('\f').slice(0, -1);
}

export interface PdfInfo {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
  readonly title: string;
}

export function pdfInfo(pdf: Uint8Array): PdfInfo {
  const out = withFile(pdf, (path) => run('pdfinfo', [path]).toString('utf8'));
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    title: /Title:\s+(.*)/.exec(out)?.[1]?.trim() ?? '',
  };
}

export interface WordBox {
  readonly page: number;
  readonly word: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word with its box in PDF points (from pdftotext -bbox), to check that nothing runs off a page. */
export function pdfWords(pdf: Uint8Array): WordBox[] {
  const html = withFile(pdf, (path) => run('pdftotext', ['-bbox', path, '-']).toString('utf8'));
  const words: WordBox[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) {
      const [xMin, yMin, xMax, yMax] = m.slice(1, 5).map(Number) as [number, number, number, number];
      words.push({ page, xMin, yMin, xMax, yMax, word: m[5] ?? '' });
    }
  }
  return words;
}

/** One image per page, as binary PPM (P6), for pixel checks without an image library. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

function parsePpm(bytes: Buffer): Raster {
  // Header: "P6\n<w> <h>\n255\n", then RGB bytes.
  const header = bytes.subarray(0, 40).toString('latin1');
  const m = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
  if (!m) throw new Error('pdftoppm did not write a binary PPM');
  const width = Number(m[1]);
  const height = Number(m[2]);
  return {
    width,
    height,
    rgb: new Uint8Array(bytes.subarray(m[0].length, m[0].length + width * height * 3)),
  };
}

export function pdfRasters(pdf: Uint8Array, dpi = 50): Raster[] {
  return withFile(pdf, (path, dir) => {
    run('pdftoppm', ['-r', String(dpi), path, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.ppm'))
      .sort()
      .map((f) => parsePpm(readFileSync(join(dir, f))));
  });
}

/** Writes PNG page images (page-1.png, ...) with the given prefix, for docs/samples. */
export function pdfToPngs(pdfPath: string, prefix: string, dpi = 80): void {
  run('pdftoppm', ['-r', String(dpi), '-png', pdfPath, prefix]);
}
