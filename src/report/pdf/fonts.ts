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

/** The regular face, parsed once per process, to ask which characters it covers. */
function coverageFont(family: Family): fontkit.Font {
  const spec = fileOf(family, false);
  let font = parsed.get(spec);
  if (!font) {
    font = fontkit.create(fontBytes(family, false)) as fontkit.Font;
    parsed.set(spec, font);
  }
  return font;
}

/** The bold face has the regular face's characters in all four families. */
export function familyCovers(family: Family, cp: number): boolean {
  return coverageFont(family).hasGlyphForCodePoint(cp);
}

export function fontName(family: Family, bold: boolean): string {
  return `${family}-${bold ? 'bold' : 'regular'}`;
}

/**
 * One document's fonts: registers each face with pdfkit when first used and measures text with it
 * (measurements cached per document).
 */
export class DocumentFonts implements Metrics {
  private readonly doc: PDFKit.PDFDocument;
  private readonly registered = new Set<string>();
  private readonly widths = new Map<string, number>();

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
      this.doc.registerFont(name, fontBytes(family, bold));
      this.registered.add(name);
    }
    return this.doc.font(name).fontSize(size);
  }

  width(family: Family, bold: boolean, size: number, text: string, shaped: boolean): number {
    const key = `${family}${bold ? 'b' : 'r'}${shaped ? 's' : ''}${size}\u0000${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.use(family, bold, size).widthOfString(text, shaped ? { features: SHAPED } : {});
      this.widths.set(key, w);
    }
    return w;
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
