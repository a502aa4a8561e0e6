/**
 * The PDF's fonts: TrueType files from npm packages (OFL-1.1; see docs/report.md), read from disk once
 * per process and only when first needed, so a document without Chinese or Japanese never reads the
 * 10 MB CJK font. pdfkit embeds each font used, subset to the glyphs drawn.
 *
 * | family | font | covers |
 * |---|---|---|
 * | latin | Noto Sans | Latin, Latin Extended, Greek, Cyrillic, common punctuation |
 * | arabic | Amiri | Arabic (pdftotext reads its text back exactly; Noto Sans Arabic's it does not) |
 * | hebrew | Noto Sans Hebrew | Hebrew |
 * | cjk | Noto Sans SC | Chinese, Japanese kana, CJK punctuation, and many symbols (≥ → ✓ ①) |
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Metrics } from './paragraph.ts';
import type { Family } from './script.ts';

const FILES: Readonly<Record<Family, readonly [regular: string, bold: string]>> = {
  latin: [
    '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  ],
  arabic: [
    '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf',
    '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf',
  ],
  hebrew: [
    '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
    '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  ],
  cjk: [
    '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  ],
};

const require = createRequire(import.meta.url);
const files = new Map<string, Buffer>();
const parsed = new Map<string, fontkit.Font>();

function fileOf(family: Family, bold: boolean): string {
  return FILES[family][bold ? 1 : 0];
}

/** The font file's bytes, read once per process. */
export function fontBytes(family: Family, bold: boolean): Buffer {
  const spec = fileOf(family, bold);
  let bytes = files.get(spec);
  if (!bytes) {
    bytes = readFileSync(require.resolve(spec));
    files.set(spec, bytes);
  }
  return bytes;
}

/** Which font files this process has read so far (to check that the CJK font stays unread). */
export function loadedFontFiles(): string[] {
  return [...files.keys()];
}

/** A face parsed once per process and shared by every document, so its layout tables are read once. */
function face(family: Family, bold: boolean): fontkit.Font {
  const spec = fileOf(family, bold);
  let font = parsed.get(spec);
  if (!font) {
    font = fontkit.create(fontBytes(family, bold)) as fontkit.Font;
    parsed.set(spec, font);
  }
  return font;
}

/** The bold face has the regular face's characters in all four families. */
export function familyCovers(family: Family, cp: number): boolean {
  return face(family, false).hasGlyphForCodePoint(cp);
}

export function fontName(family: Family, bold: boolean): string {
  return `${family}-${bold ? 'bold' : 'regular'}`;
}

/**
 * Advance widths in ems, per face and piece of text, for every document of the process (laying text
 * out with fontkit is most of the cost of a PDF). Bounded, and only widths are kept.
 */
const advances = new Map<string, number>();
const MAX_ADVANCES = 20_000;

function advance(family: Family, bold: boolean, text: string, shaped: boolean): number {
  const key = `${fontName(family, bold)}${shaped ? 's' : ''}\u0000${text}`;
  let em = advances.get(key);
  if (em === undefined) {
    const font = face(family, bold);
    em =
      font.layout(text, shaped ? (SHAPED as unknown as string[]) : undefined).advanceWidth / font.unitsPerEm;
    if (advances.size >= MAX_ADVANCES) advances.clear();
    advances.set(key, em);
  }
  return em;
}

/** Splits like pdfkit does for unshaped text (after each space), so widths match what it draws. */
function pieces(text: string): string[] {
  return text.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? [];
}

/** One document's fonts: registers each face with pdfkit when first used, and measures text. */
export class DocumentFonts implements Metrics {
  private readonly doc: PDFKit.PDFDocument;
  private readonly registered = new Set<string>();

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
  }

  covers(family: Family, cp: number): boolean {
    return familyCovers(family, cp);
  }

  /** Selects the face on the document and returns it. */
  use(family: Family, bold: boolean, size: number): PDFKit.PDFDocument {
    const name = fontName(family, bold);
    if (!this.registered.has(name)) {
      // pdfkit takes a parsed fontkit font as well as bytes; sharing it saves parsing per document.
      this.doc.registerFont(name, face(family, bold) as unknown as PDFKit.Mixins.PDFFontSource);
      this.registered.add(name);
    }
    return this.doc.font(name).fontSize(size);
  }

  width(family: Family, bold: boolean, size: number, text: string, shaped: boolean): number {
    const em = shaped
      ? advance(family, bold, text, true)
      : pieces(text).reduce((sum, piece) => sum + advance(family, bold, piece, false), 0);
    return em * size;
  }
}

/**
 * pdfkit lays out text with `features` as one piece (without, word by word, which puts right-to-left
 * words in left-to-right order). `rtla` is the OpenType right-to-left alternates feature. Kerning is
 * off: Amiri kerns a non-joining letter away from the next one (ر before ي in الرياضة), and pdftotext
 * then reads a space inside the word; without it the letters sit a hair closer and read back whole.
 * (fontkit takes features as an object too; pdfkit's types only name the array form.)
 */
export const SHAPED = { rtla: true, kern: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];
