/**
 * A small layout layer over pdfkit: headings, paragraphs, lists and tables that keep together or move
 * to a new page as a whole, all drawn through the WinAnsi filter. The content column is 495 pt wide,
 * centred, on both A4 (595 pt) and Letter (612 pt), so one layout fits both papers; only the page
 * height, and so the page breaks, differ.
 */
import { winAnsi } from './win-ansi.ts';

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

export interface Column {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
}

export interface TextStyle {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  /** Space after, in points. */
  readonly after?: number;
  readonly indent?: number;
}

export function pageMargins(paper: Paper) {
  const side = (PAPER_SIZES[paper][0] - CONTENT_WIDTH) / 2;
  return { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: side, right: side };
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly paper: Paper;
  readonly left: number;

  constructor(doc: PDFKit.PDFDocument, paper: Paper) {
    this.doc = doc;
    this.paper = paper;
    this.left = pageMargins(paper).left;
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

  style(s: TextStyle): PDFKit.PDFDocument {
    return this.doc
      .font(s.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(s.size ?? BODY_SIZE)
      .fillColor(s.color ?? INK);
  }

  heightOf(text: string, width: number, s: TextStyle = {}): number {
    this.style(s);
    return this.doc.heightOfString(winAnsi(text), { width, lineGap: 1 });
  }

  /** A section heading, kept with at least `keepWith` points of what follows. */
  heading(text: string, keepWith = 60): void {
    this.space(8);
    this.ensure(22 + keepWith);
    this.style({ bold: true, size: 12.5, color: ACCENT });
    this.doc.text(winAnsi(text), this.left, this.doc.y, { width: CONTENT_WIDTH });
    const y = this.doc.y + 1.5;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + CONTENT_WIDTH, y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    this.doc.y = y + 5;
  }

  text(text: string, s: TextStyle = {}): void {
    const indent = s.indent ?? 0;
    const width = CONTENT_WIDTH - indent;
    // Short paragraphs move to the next page whole; a long one may flow across the break.
    const height = this.heightOf(text, width, s);
    if (height < 200) this.ensure(height);
    this.style(s);
    this.doc.text(winAnsi(text), this.left + indent, this.doc.y, { width, lineGap: 1 });
    this.space(s.after ?? 4);
  }

  /** Bold label, then plain text, on one wrapped line ("Result: Self-care"). */
  labelled(label: string, text: string, s: TextStyle = {}): void {
    const full = `${label} ${text}`;
    this.ensure(this.heightOf(full, CONTENT_WIDTH, s));
    this.style({ ...s, bold: true });
    this.doc.text(winAnsi(label), this.left, this.doc.y, {
      width: CONTENT_WIDTH,
      continued: true,
      lineGap: 1,
    });
    this.style({ ...s, bold: false });
    this.doc.text(` ${winAnsi(text)}`, { lineGap: 1 });
    this.space(s.after ?? 4);
  }

  list(items: readonly string[], options: { numbered?: boolean } & TextStyle = {}): void {
    // Wide enough for the longest marker ("25."), so numbers never run into the text.
    const indent = options.numbered && items.length >= 10 ? 22 : 16;
    items.forEach((item, i) => {
      const marker = options.numbered ? `${i + 1}.` : '•';
      const height = this.heightOf(item, CONTENT_WIDTH - indent, options);
      this.ensure(height);
      const y = this.doc.y;
      this.style(options);
      this.doc.text(marker, this.left, y, { width: indent - 4, align: 'right', lineBreak: false });
      this.doc.text(winAnsi(item), this.left + indent, y, { width: CONTENT_WIDTH - indent, lineGap: 1 });
      this.space(2.5);
    });
    this.space(2);
  }

  /** A table whose rows never split; the header is repeated on each new page. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 8.5): void {
    const pad = 3;
    const rowHeight = (cells: readonly string[], bold: boolean) =>
      Math.max(...columns.map((c, i) => this.heightOf(cells[i] ?? '', c.width - 2 * pad, { size, bold }))) +
      2 * pad;
    const drawRow = (cells: readonly string[], header: boolean) => {
      const h = rowHeight(cells, header);
      const y = this.doc.y;
      if (header) this.doc.rect(this.left, y, CONTENT_WIDTH, h).fill('#eef2f8');
      let x = this.left;
      columns.forEach((c, i) => {
        this.style({ size, bold: header });
        this.doc.text(winAnsi(cells[i] ?? ''), x + pad, y + pad, {
          width: c.width - 2 * pad,
          align: c.align ?? 'left',
          lineGap: 1,
        });
        x += c.width;
      });
      this.doc
        .moveTo(this.left, y + h)
        .lineTo(this.left + CONTENT_WIDTH, y + h)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      this.doc.y = y + h;
    };
    const headers = columns.map((c) => c.header);
    this.ensure(rowHeight(headers, true) + (rows[0] ? rowHeight(rows[0], false) : 0));
    drawRow(headers, true);
    for (const row of rows) {
      if (this.doc.y + rowHeight(row, false) > this.bottom) {
        this.newPage();
        drawRow(headers, true);
      }
      drawRow(row, false);
    }
    this.doc.x = this.left;
    this.space(6);
  }
}
