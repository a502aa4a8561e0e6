/**
 * Lays out one paragraph of styled text for the PDF: picks a font family for each character by script
 * and by what the fonts cover, breaks it into lines that fit a width, and only then orders each line
 * for display with the Unicode bidi algorithm (bidi-js: embedding levels per paragraph, rule L1 per
 * line, L2 reversal of runs, L4 mirrored brackets in right-to-left runs). pdfkit shapes Arabic but has
 * no bidi: each run comes out ready to draw left to right at its own x, and `shaped` runs must be drawn
 * as one piece (pdfkit's `features`), so fontkit shapes and reverses them as a whole.
 *
 * Pure: fonts are reached only through `Metrics`, so tests can use made-up widths.
 */
import bidiModule from 'bidi-js';
import {
  FAMILY_ORDER,
  type Family,
  isInvisible,
  isSpace,
  mayBreakBetween,
  scriptFamily,
  shapedRightToLeft,
} from './script.ts';

// bidi-js is CommonJS with ES-module types: Node hands over the factory itself, TypeScript (and a
// bundler reading its `module` build) expect it as `default`.
type Factory = typeof bidiModule.default;
const bidiFactory = ((bidiModule as unknown as { default?: Factory }).default ??
  bidiModule) as unknown as Factory;
const bidi = bidiFactory();

export interface Span {
  readonly text: string;
  readonly bold?: boolean;
  readonly size: number;
  readonly color?: string;
}

export interface Metrics {
  /** Whether the family's font has a glyph for the code point (may load the font). */
  covers(family: Family, cp: number): boolean;
  /** Advance width in points of `text` drawn as one run; `shaped` as for `Run`. */
  width(family: Family, bold: boolean, size: number, text: string, shaped: boolean): number;
}

export type Direction = 'ltr' | 'rtl';

export interface Run {
  /** The characters to draw, in the order to pass to pdfkit. */
  readonly text: string;
  readonly family: Family;
  readonly bold: boolean;
  readonly size: number;
  readonly color: string | undefined;
  /** Offset from the line's left end, in points. */
  readonly x: number;
  readonly width: number;
  /** Draw with pdfkit `features`, so the run is shaped (and reversed by fontkit) in one piece. */
  readonly shaped: boolean;
  /** Right-to-left (an odd bidi level). */
  readonly rtl: boolean;
}

export interface Line {
  readonly runs: readonly Run[];
  readonly width: number;
  /** Space above and below the baseline, in points. */
  readonly ascent: number;
  readonly descent: number;
}

export interface Paragraph {
  readonly lines: readonly Line[];
  /** Code points that no font covers, in order of first appearance. */
  readonly uncovered: readonly number[];
  /** The paragraph's base direction (from its first letter unless given; left to right without). */
  readonly direction: Direction;
}

/** Arabic letters are small for their point size next to Latin ones; Amiri is drawn this much larger. */
export const FAMILY_SCALE: Readonly<Record<Family, number>> = { latin: 1, arabic: 1.15, hebrew: 1, cjk: 1 };
/** Room above and below the baseline per family, in ems of the drawn size (Amiri's marks reach far). */
const FAMILY_BOX: Readonly<Record<Family, readonly [number, number]>> = {
  latin: [0.94, 0.28],
  arabic: [0.9, 0.42],
  hebrew: [0.94, 0.28],
  cjk: [0.94, 0.28],
};

interface Char {
  /** UTF-16 index of the code point in the paragraph text. */
  readonly at: number;
  readonly ch: string;
  readonly span: number;
  /** null for invisible characters (they draw nothing). */
  family: Family | null;
}

/** Tabs are spaces, CR/CRLF are line feeds; nothing else in the person's text changes. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

function chooseFamilies(chars: Char[], m: Metrics, uncovered: Set<number>): void {
  // The family of the next character that asks for one, for neutral characters at the start of a run.
  const next: (Family | null)[] = new Array(chars.length).fill(null);
  let ahead: Family | null = null;
  for (let i = chars.length - 1; i >= 0; i--) {
    next[i] = ahead;
    const f = scriptFamily((chars[i] as Char).ch);
    if (f) ahead = f;
  }
  let prev: Family | null = null;
  chars.forEach((c, i) => {
    if (c.ch === '\n' || isInvisible(c.ch)) {
      c.family = c.ch === '\n' ? prev : null;
      return;
    }
    const cp = c.ch.codePointAt(0) as number;
    const own = scriptFamily(c.ch);
    const tries = own ? [own, ...FAMILY_ORDER] : [prev, next[i] ?? null, ...FAMILY_ORDER];
    const found = tries.find((f): f is Family => f !== null && m.covers(f, cp));
    if (!found) uncovered.add(cp);
    c.family = found ?? prev ?? own ?? 'latin';
    prev = c.family;
  });
}

/** A piece of text between break opportunities: its content, then the spaces after it. */
interface Atom {
  readonly from: number; // index into chars
  readonly contentTo: number;
  readonly to: number;
  readonly width: number;
  readonly forced: boolean; // a line feed ends it
}

export function layoutParagraph(
  spans: readonly Span[],
  maxWidth: number,
  m: Metrics,
  base: Direction | 'auto' = 'auto',
): Paragraph {
  const texts = spans.map((s) => normalise(s.text));
  const text = texts.join('');
  const chars: Char[] = [];
  let at = 0;
  texts.forEach((t, span) => {
    for (const ch of t) {
      chars.push({ at, ch, span, family: null });
      at += ch.length;
    }
  });
  const uncovered = new Set<number>();
  chooseFamilies(chars, m, uncovered);
  const embedding = bidi.getEmbeddingLevels(
    text,
    // Without letters or direction marks ("-1.8", "6 / 7") text reads left to right in every language.
    base === 'auto' ? (hasStrong(text) ? undefined : 'ltr') : base,
  );
  const direction: Direction = (embedding.paragraphs[0]?.level ?? 0) % 2 ? 'rtl' : 'ltr';

  const measure = (from: number, to: number): number =>
    fontRuns(chars, from, to, spans).reduce(
      (sum, r) => sum + m.width(r.family, r.bold, r.size, r.text, shapedRightToLeft(r.text)),
      0,
    );

  const atoms = toAtoms(chars, measure, maxWidth);
  const lineRanges: [number, number][] = [];
  let start = 0;
  let width = 0;
  let end = 0;
  atoms.forEach((a, i) => {
    if (end > start && width + a.width > maxWidth) {
      lineRanges.push([start, end]);
      start = a.from;
      width = 0;
    }
    width += a.width + measure(a.contentTo, a.to);
    end = a.contentTo;
    if (a.forced || i === atoms.length - 1) {
      lineRanges.push([start, end]);
      start = a.to;
      end = a.to;
      width = 0;
    }
  });
  if (lineRanges.length === 0) lineRanges.push([0, 0]);

  const lines = lineRanges.map(([from, to]) => orderLine(chars, from, to, text, embedding, spans, m));
  return { lines, uncovered: [...uncovered], direction };
}

/**
 * Letters, and the marks that stand in for them: Intl writes an Arabic date as 03<RLM>/10<RLM>/2026 so
 * that it reads right to left without a letter in it, and a signed number or percentage with an LRM.
 */
const STRONG = /[\p{L}\u200e\u200f\u061c]/u;
function hasStrong(text: string): boolean {
  return STRONG.test(text);
}

function toAtoms(
  chars: readonly Char[],
  measure: (from: number, to: number) => number,
  maxWidth: number,
): Atom[] {
  const atoms: Atom[] = [];
  let from = 0;
  const push = (contentTo: number, to: number, forced: boolean) => {
    if (to === from && !forced) return;
    const width = measure(from, contentTo);
    if (width > maxWidth && contentTo - from > 1)
      atoms.push(...splitLong(chars, from, contentTo, measure, maxWidth));
    else atoms.push({ from, contentTo, to: contentTo, width, forced: false });
    const last = atoms[atoms.length - 1] as Atom;
    atoms[atoms.length - 1] = { ...last, to, forced };
    from = to;
  };
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] as Char;
    if (c.ch === '\n') {
      push(i, i + 1, true);
      i++;
      continue;
    }
    if (isSpace(c.ch)) {
      let j = i;
      while (j < chars.length && isSpace((chars[j] as Char).ch)) j++;
      const forced = j < chars.length && (chars[j] as Char).ch === '\n';
      push(i, forced ? j + 1 : j, forced);
      i = forced ? j + 1 : j;
      continue;
    }
    const next = chars[i + 1];
    if (next && !isSpace(next.ch) && next.ch !== '\n' && mayBreakBetween(c.ch, next.ch))
      push(i + 1, i + 1, false);
    i++;
  }
  if (from < chars.length) push(chars.length, chars.length, false);
  return atoms;
}

/** A word wider than the line is cut between grapheme clusters, as many as fit on each line. */
function splitLong(
  chars: readonly Char[],
  from: number,
  to: number,
  measure: (from: number, to: number) => number,
  maxWidth: number,
): Atom[] {
  const text = chars
    .slice(from, to)
    .map((c) => c.ch)
    .join('');
  // Cluster boundaries as char indexes.
  const bounds: number[] = [];
  let k = from;
  for (const g of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    bounds.push(k);
    k += [...g.segment].length;
  }
  bounds.push(to);
  const out: Atom[] = [];
  let start = from;
  for (let b = 1; b < bounds.length; b++) {
    const end = bounds[b] as number;
    const prevEnd = bounds[b - 1] as number;
    if (prevEnd > start && measure(start, end) > maxWidth) {
      out.push({
        from: start,
        contentTo: prevEnd,
        to: prevEnd,
        width: measure(start, prevEnd),
        forced: false,
      });
      start = prevEnd;
    }
  }
  out.push({ from: start, contentTo: to, to, width: measure(start, to), forced: false });
  return out;
}

interface FontRun {
  readonly family: Family;
  readonly bold: boolean;
  readonly size: number;
  readonly span: number;
  readonly text: string;
}

/** Logical runs of one font and style over chars [from, to), invisible characters left out. */
function fontRuns(chars: readonly Char[], from: number, to: number, spans: readonly Span[]): FontRun[] {
  const runs: FontRun[] = [];
  for (let i = from; i < to; i++) {
    const c = chars[i] as Char;
    if (!c.family || c.ch === '\n') continue;
    const last = runs[runs.length - 1];
    if (last && last.family === c.family && last.span === c.span) {
      runs[runs.length - 1] = { ...last, text: last.text + c.ch };
    } else {
      const s = spans[c.span] as Span;
      runs.push({
        family: c.family,
        bold: s.bold ?? false,
        size: s.size * FAMILY_SCALE[c.family],
        span: c.span,
        text: c.ch,
      });
    }
  }
  return runs;
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}

function mirror(text: string): string {
  let out = '';
  for (const ch of text) out += bidi.getMirroredCharacter(ch) ?? ch;
  return out;
}

/** Chars [from, to) as runs in visual order, left to right. */
function orderLine(
  chars: readonly Char[],
  from: number,
  to: number,
  text: string,
  embedding: ReturnType<typeof bidi.getEmbeddingLevels>,
  spans: readonly Span[],
  m: Metrics,
): Line {
  if (from >= to) return { runs: [], width: 0, ...lineBox([], spans, chars, from) };
  const first = (chars[from] as Char).at;
  const lastChar = chars[to - 1] as Char;
  const last = lastChar.at + lastChar.ch.length - 1;
  // Visual order of UTF-16 indexes, then back to our chars (a surrogate pair reversed stays one char).
  const order = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  for (const flip of bidi.getReorderSegments(text, embedding, first, last)) {
    const [a, b] = flip as [number, number];
    const seg = order.slice(a - first, b - first + 1).reverse();
    order.splice(a - first, seg.length, ...seg);
  }
  const byAt = new Map<number, number>();
  for (let i = from; i < to; i++) byAt.set((chars[i] as Char).at, i);
  const visual = order.map((u) => byAt.get(u)).filter((i): i is number => i !== undefined);

  // Group visually adjacent chars of one font, span and level into runs.
  interface Group {
    family: Family;
    span: number;
    level: number;
    indexes: number[];
  }
  const groups: Group[] = [];
  for (const i of visual) {
    const c = chars[i] as Char;
    if (!c.family || c.ch === '\n') continue;
    const level = embedding.levels[c.at] as number;
    const g = groups[groups.length - 1];
    if (g && g.family === c.family && g.span === c.span && g.level === level) g.indexes.push(i);
    else groups.push({ family: c.family, span: c.span, level, indexes: [i] });
  }
  let x = 0;
  const runs: Run[] = groups.map((g) => {
    const logical = [...g.indexes]
      .sort((a, b) => a - b)
      .map((i) => (chars[i] as Char).ch)
      .join('');
    const rtl = g.level % 2 === 1;
    const visualText = rtl ? reverse(mirror(logical)) : logical;
    // fontkit reverses text of a right-to-left script itself, so it gets such text back to front.
    const shaped = shapedRightToLeft(logical);
    const drawn = shaped ? reverse(visualText) : visualText;
    const s = spans[g.span] as Span;
    const bold = s.bold ?? false;
    const size = s.size * FAMILY_SCALE[g.family];
    const width = m.width(g.family, bold, size, drawn, shaped);
    const run: Run = { text: drawn, family: g.family, bold, size, color: s.color, x, width, shaped, rtl };
    x += width;
    return run;
  });
  return { runs, width: x, ...lineBox(runs, spans, chars, from) };
}

function lineBox(
  runs: readonly Run[],
  spans: readonly Span[],
  chars: readonly Char[],
  from: number,
): { ascent: number; descent: number } {
  if (runs.length === 0) {
    const s = spans[chars[from]?.span ?? 0] ?? spans[0];
    const size = s?.size ?? 0;
    return { ascent: size * FAMILY_BOX.latin[0], descent: size * FAMILY_BOX.latin[1] };
  }
  return {
    ascent: Math.max(...runs.map((r) => r.size * FAMILY_BOX[r.family][0])),
    descent: Math.max(...runs.map((r) => r.size * FAMILY_BOX[r.family][1])),
  };
}
