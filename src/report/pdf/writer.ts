/**
 * A small layout layer over pdfkit: headings, paragraphs, lists and tables that keep together or move
 * to a new page as a whole. All text is laid out by `paragraph.ts` (fonts by script, line breaks, then
 * bidi order) and drawn run by run in embedded fonts; every block is tagged (PDF structure: H1, H2, P,
 * L/LI/Lbl/LBody, Table/TR/TH/TD, Figure) and rules and fills are artifacts. The content column is
 * 495 pt wide, centred, on both A4 (595 pt) and Letter (612 pt), so one layout fits both papers; only
 * the page height, and so the page breaks, differ. In a right-to-left document blocks are right-aligned,
 * list markers stand on the right and table columns run from the right.
 */
import { DocumentFonts, SHAPED } from './fonts.ts';
import { type Direction, type Line, layoutParagraph, type Paragraph, type Span } from './paragraph.ts';

export type Paper = 'a4' | 'letter';

export const PAPER_SIZES: Readonly<Record<Paper, readonly [number, number]>> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

export const CONTENT_WIDTH = 495;
export const MARGIN_TOP = 48;
/** Room for the footer below the content. */
export const MARGIN_BOTTOM = 58;

export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#c8c8c8';
export const ACCENT = '#1f5fbf';
export const BODY_SIZE = 9.5;
/** Extra space between lines, in points. */
const LINE_GAP = 1;

/** Physical alignment within a box. */
export type Align = 'left' | 'right' | 'center';

export interface Column {
  readonly header: string;
  readonly width: number;
  /** As in a left-to-right document; mirrored in a right-to-left one. */
  readonly align?: Align;
}

export interface TextStyle {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  /** Space after, in points. */
  readonly after?: number;
  readonly indent?: number;
  /**
   * `content`: align each paragraph by its own direction (the person's own text, which may be in
   * another script than the document). Otherwise blocks follow the document's direction.
   */
  readonly align?: 'document' | 'content';
}

export function pageMargins(paper: Paper) {
  const side = (PAPER_SIZES[paper][0] - CONTENT_WIDTH) / 2;
  return { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: side, right: side };
}

type Struct = PDFKit.PDFStructureElement;

export function lineHeight(line: Line): number {
  return line.ascent + line.descent + LINE_GAP;
}

export function paragraphHeight(p: Paragraph): number {
  return p.lines.reduce((h, l) => h + lineHeight(l), 0);
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly paper: Paper;
  readonly left: number;
  readonly dir: Direction;
  readonly fonts: DocumentFonts;
  /** The structure tree's root element; every block hangs below it in reading order. */
  readonly root: Struct;
  private readonly missing = new Set<number>();

  constructor(doc: PDFKit.PDFDocument, paper: Paper, dir: Direction = 'ltr') {
    this.doc = doc;
    this.paper = paper;
    this.dir = dir;
    this.left = pageMargins(paper).left;
    this.fonts = new DocumentFonts(doc);
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** Code points no embedded font covers, in order of first appearance. */
  get uncovered(): readonly number[] {
    return [...this.missing];
  }

  get bottom(): number {
    return this.doc.page.height - MARGIN_BOTTOM;
  }

  newPage(): void {
    this.doc.addPage({ size: [...PAPER_SIZES[this.paper]], margins: pageMargins(this.paper) });
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  space(points: number): void {
    this.doc.y += points;
  }

  /** Mirrors a left-to-right alignment in a right-to-left document. */
  mirrored(align: Align): Align {
    if (this.dir === 'ltr' || align === 'center') return align;
    return align === 'left' ? 'right' : 'left';
  }

  /** The x of a box `width` wide that starts `offset` points in from the column's start edge. */
  boxX(offset: number, width: number, outer = CONTENT_WIDTH, outerLeft = this.left): number {
    return this.dir === 'rtl' ? outerLeft + outer - offset - width : outerLeft + offset;
  }

  /** Lays out text; its direction comes from its first letter unless `base` is given. */
  layout(spans: readonly Span[], width: number, base: Direction | 'auto' = 'auto'): Paragraph {
    const p = layoutParagraph(spans, width, this.fonts, base);
    for (const cp of p.uncovered) this.missing.add(cp);
    return p;
  }

  private spans(text: string, s: TextStyle): Span[] {
    return [{ text, bold: s.bold ?? false, size: s.size ?? BODY_SIZE, color: s.color ?? INK }];
  }

  heightOf(text: string, width: number, s: TextStyle = {}): number {
    return paragraphHeight(this.layout(this.spans(text, s), width));
  }

  /** Draws one laid-out line with its top at `top`. */
  drawLine(line: Line, x: number, width: number, align: Align, top: number): void {
    const start =
      align === 'left' ? x : align === 'right' ? x + width - line.width : x + (width - line.width) / 2;
    const baseline = top + line.ascent;
    // pdfkit moves its cursor after each piece of text; the layout here keeps its own.
    const { x: cursorX, y: cursorY } = this.doc;
    for (const run of line.runs) {
      this.fonts
        .use(run.family, run.bold, run.size)
        .fillColor(run.color ?? INK)
        .text(run.text, start + run.x, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
          ...(run.shaped ? { features: SHAPED } : {}),
        });
    }
    this.doc.x = cursorX;
    this.doc.y = cursorY;
  }

  /** The physical alignment of a paragraph: the document's start edge, or its own for `content`. */
  alignOf(p: Paragraph, s: TextStyle): Align {
    const dir = s.align === 'content' ? p.direction : this.dir;
    return dir === 'rtl' ? 'right' : 'left';
  }

  /** Draws a paragraph from doc.y down, moving to a new page between lines when one does not fit. */
  drawParagraph(p: Paragraph, x: number, width: number, align: Align): void {
    for (const line of p.lines) {
      const h = lineHeight(line);
      if (this.doc.y + h > this.bottom) this.newPage();
      this.drawLine(line, x, width, align, this.doc.y);
      this.doc.y += h;
    }
  }

  /** A structure element below `parent` whose content is what `draw` paints. */
  block(tag: string, draw: () => void, parent: Struct = this.root, options: object = {}): Struct {
    const el = this.doc.struct(tag, options);
    parent.add(el);
    el.add(draw);
    el.end();
    return el;
  }

  /** A structure element that holds other elements (L, LI, Table, TR). */
  group(tag: string, fill: (el: Struct) => void, parent: Struct = this.root): Struct {
    const el = this.doc.struct(tag);
    parent.add(el);
    fill(el);
    el.end();
    return el;
  }

  /** Paints decoration that is not content (rules, fills) as an artifact. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** The document's title. */
  title(text: string, s: TextStyle): void {
    this.text(text, s, 'H1');
  }

  /** A section heading, kept with at least `keepWith` points of what follows. */
  heading(text: string, keepWith = 60): void {
    this.space(8);
    const p = this.layout(this.spans(text, { bold: true, size: 12.5, color: ACCENT }), CONTENT_WIDTH);
    this.ensure(paragraphHeight(p) + 2 + keepWith);
    this.block('H2', () => this.drawParagraph(p, this.left, CONTENT_WIDTH, this.alignOf(p, {})));
    const y = this.doc.y + 1.5;
    this.artifact(() => {
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + CONTENT_WIDTH, y)
        .lineWidth(0.6)
        .strokeColor(RULE)
        .stroke();
    });
    this.doc.y = y + 5;
  }

  text(text: string, s: TextStyle = {}, tag = 'P'): void {
    this.spansBlock(this.spans(text, s), s, tag);
  }

  private spansBlock(spans: readonly Span[], s: TextStyle, tag: string, parent: Struct = this.root): void {
    const indent = s.indent ?? 0;
    const width = CONTENT_WIDTH - indent;
    const p = this.layout(spans, width);
    // Short paragraphs move to the next page whole; a long one may flow across the break.
    const height = paragraphHeight(p);
    if (height < 200) this.ensure(height);
    this.block(tag, () => this.drawParagraph(p, this.boxX(indent, width), width, this.alignOf(p, s)), parent);
    this.space(s.after ?? 4);
  }

  /** Bold label, then plain text, in one wrapped paragraph ("Result: Self-care"). */
  labelled(label: string, text: string, s: TextStyle = {}): void {
    const size = s.size ?? BODY_SIZE;
    const color = s.color ?? INK;
    this.spansBlock(
      [
        { text: label, bold: true, size, color },
        { text: ` ${text}`, bold: false, size, color },
      ],
      s,
      'P',
    );
  }

  list(items: readonly string[], options: { numbered?: boolean } & TextStyle = {}): void {
    // Wide enough for the longest marker ("25."), so numbers never run into the text.
    const indent = options.numbered && items.length >= 10 ? 22 : 16;
    const width = CONTENT_WIDTH - indent;
    this.group('L', (list) => {
      items.forEach((item, i) => {
        const body = this.layout(this.spans(item, options), width);
        // A list number follows the document: "1." reads ".1" in a right-to-left list.
        const marker = this.layout(
          this.spans(options.numbered ? `${i + 1}.` : '•', options),
          indent - 4,
          this.dir,
        );
        this.ensure(paragraphHeight(body));
        const y = this.doc.y;
        this.group(
          'LI',
          (li) => {
            this.block(
              'Lbl',
              () => {
                const line = marker.lines[0];
                // On the baseline of the item's first line, whose script may stand taller.
                const lift = (body.lines[0]?.ascent ?? 0) - (line?.ascent ?? 0);
                if (line)
                  this.drawLine(line, this.boxX(0, indent - 4), indent - 4, this.mirrored('right'), y + lift);
              },
              li,
            );
            this.block(
              'LBody',
              () => this.drawParagraph(body, this.boxX(indent, width), width, this.alignOf(body, options)),
              li,
            );
          },
          list,
        );
        this.space(2.5);
      });
    });
    this.space(2);
  }

  /** A table whose rows never split; the header is repeated on each new page. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 8.5): void {
    const pad = 3;
    const lay = (cells: readonly string[], bold: boolean) =>
      columns.map((c, i) => this.layout(this.spans(cells[i] ?? '', { size, bold }), c.width - 2 * pad));
    const heightOf = (cells: readonly Paragraph[]) => Math.max(...cells.map(paragraphHeight)) + 2 * pad;
    const drawRow = (table: Struct, cells: readonly Paragraph[], header: boolean) => {
      const h = heightOf(cells);
      const y = this.doc.y;
      if (header) this.artifact(() => this.doc.rect(this.left, y, CONTENT_WIDTH, h).fill('#eef2f8'));
      this.group(
        'TR',
        (tr) => {
          let offset = 0;
          columns.forEach((c, i) => {
            const cell = cells[i] as Paragraph;
            const x = this.boxX(offset, c.width);
            this.block(
              header ? 'TH' : 'TD',
              () => {
                this.doc.y = y + pad;
                this.drawParagraph(cell, x + pad, c.width - 2 * pad, this.mirrored(c.align ?? 'left'));
              },
              tr,
              header ? { scope: 'Column' } : {},
            );
            offset += c.width;
          });
        },
        table,
      );
      this.artifact(() => {
        this.doc
          .moveTo(this.left, y + h)
          .lineTo(this.left + CONTENT_WIDTH, y + h)
          .lineWidth(0.4)
          .strokeColor(RULE)
          .stroke();
      });
      this.doc.y = y + h;
    };
    const headers = lay(
      columns.map((c) => c.header),
      true,
    );
    const body = rows.map((r) => lay(r, false));
    this.group('Table', (table) => {
      this.ensure(heightOf(headers) + (body[0] ? heightOf(body[0]) : 0));
      drawRow(table, headers, true);
      for (const row of body) {
        if (this.doc.y + heightOf(row) > this.bottom) {
          this.newPage();
          drawRow(table, headers, true);
        }
        drawRow(table, row, false);
      }
    });
    this.doc.x = this.left;
    this.space(6);
  }

  /**
   * One line of text at a fixed place (chart labels, footers), inside whatever element is being
   * drawn. Text that does not fit the width is not wrapped: it is only ever a short label.
   */
  label(text: string, x: number, top: number, width: number, align: Align, s: TextStyle = {}): void {
    const p = this.layout(this.spans(text, s), Number.POSITIVE_INFINITY);
    const line = p.lines[0];
    if (line) this.drawLine(line, x, width, align, top);
  }
}
