/**
 * The doctor-visit summary as a PDF (pdfkit, with embedded Unicode fonts from npm packages: no
 * network, no native build). Sections run in the order a visit goes: what to act on and the person's
 * own questions first (the agenda), then the latest check, pain over time, episodes, remedies,
 * and medicines and conditions. Every word comes from the catalogs through the renderer given.
 * The PDF is tagged (PDF/UA: a structure tree, /Lang from the document language) and keeps every
 * character of the person's text; a character no embedded font covers is drawn as the font's empty box
 * and reported in `uncovered`. The creation date is the summary's generation time, so the same summary
 * gives the same file.
 */
import PDFDocument from 'pdfkit';
import type { TriageLevel } from '../../contract/ids.ts';
import { findingLabel, serviceAction } from '../../i18n/assessment-messages.ts';
import { renderer } from '../../i18n/catalogs.ts';
import type { Renderer } from '../../i18n/render.ts';
import type { Summary } from '../summary.ts';
import { causeWords, painChange, painStats, percentText, personLine, sentences } from '../summary-words.ts';
import { drawPainChart } from './chart.ts';
import { codePointLabel } from './script.ts';
import {
  ACCENT,
  CONTENT_WIDTH,
  MUTED,
  PAPER_SIZES,
  type Paper,
  PdfWriter,
  pageMargins,
  RULE,
} from './writer.ts';

export interface PdfOptions {
  readonly paper?: Paper;
  /**
   * The words, in the reader's language (English when not given). Its locale is the document's /Lang,
   * and a right-to-left language lays the page out right to left.
   */
  readonly renderer?: Renderer;
}

/** A character of the person's text that no embedded font has: it shows as an empty box. */
export interface UncoveredCharacter {
  readonly codePoint: number;
  /** "U+1F600" */
  readonly label: string;
  /** The Unicode name, "GRINNING FACE". */
  readonly name: string;
}

export interface SummaryPdf {
  readonly pdf: Uint8Array;
  readonly uncovered: readonly UncoveredCharacter[];
}

const LEVEL_COLOURS: Readonly<Record<TriageLevel, string>> = {
  emergency: '#b00020',
  urgent: '#b34700',
  gp: '#1f5fbf',
  self_care: '#2e7d32',
};

function header(w: PdfWriter, s: Summary, r: Renderer, day: (iso: string) => string): void {
  w.title(r.text('pdf.title'), { bold: true, size: 17, after: 2 });
  w.text(
    r.text('visit.summaryMeta', {
      from: day(s.from),
      to: day(s.to),
      person: personLine(r, s),
      prepared: day(s.generatedAt.slice(0, 10)),
    }),
    { size: 10, color: MUTED, after: 3 },
  );
  w.text(r.render(s.disclaimer), { size: 8, color: MUTED, after: 2 });
}

function actOn(w: PdfWriter, s: Summary, r: Renderer): void {
  w.heading(r.text('visit.actOnTitle'));
  if (s.nudges.length === 0) {
    w.text(r.text('visit.actOnNone'));
    return;
  }
  for (const n of s.nudges) {
    w.labelled(r.text('pdf.labelled', { label: r.text(`visit.level.${n.level}`) }), r.render(n.message), {
      color: LEVEL_COLOURS[n.level],
      after: 1,
    });
    w.text(r.text('pdf.why', { why: sentences(r, n.because) }), {
      size: 8.5,
      color: MUTED,
      indent: 10,
      after: 5,
    });
  }
}

function latestAssessment(w: PdfWriter, s: Summary, r: Renderer, day: (iso: string) => string): void {
  const a = s.latest;
  w.heading(a ? r.text('visit.latestTitleOn', { date: day(a.day) }) : r.text('visit.latestTitle'));
  if (!a) {
    w.text(r.text('visit.latestNone'));
    return;
  }
  w.labelled(r.text('visit.result'), r.text(`visit.level.${a.level}`), { color: LEVEL_COLOURS[a.level] });
  w.labelled(r.text('visit.advice'), r.render(serviceAction(a.service)));
  if (a.reasons.length) {
    w.text(r.text('visit.because'), { bold: true, after: 2 });
    w.list(a.reasons.map((m) => r.render(m)));
  }
  if (s.assessmentCount > 1)
    w.text(r.text('visit.assessmentCount', { count: s.assessmentCount }), { size: 8.5, color: MUTED });
  if (a.causes.length === 0) return;
  w.text(r.text('visit.causesTitle'), { bold: true, after: 3 });
  w.table(
    [
      { header: r.text('pdf.col.cause'), width: 185 },
      { header: r.text('pdf.col.estimate'), width: 50, align: 'right' },
      { header: r.text('pdf.col.for'), width: 130 },
      { header: r.text('pdf.col.against'), width: 130 },
    ],
    a.causes.map((c) => {
      const words = causeWords(r, c);
      return [
        words.name,
        percentText(r, c.probability),
        words.for.join('; ') || '-',
        words.against.join('; ') || '-',
      ];
    }),
  );
}

function painOverTime(w: PdfWriter, s: Summary, r: Renderer): void {
  w.heading(r.text('visit.painTitle'), 175);
  drawPainChart(w, s, r);
  w.text(r.render(s.pain.message), { after: 2 });
  if (s.pain.count > 0) w.text(painStats(r, s.pain), { color: MUTED, size: 8.5 });
}

function episodes(w: PdfWriter, s: Summary, r: Renderer, day: (iso: string) => string): void {
  w.heading(r.text('visit.episodesTitle'));
  w.text(sentences(r, s.episodes.messages));
  if (s.episodes.rows.length === 0) return;
  w.table(
    [
      { header: r.text('pdf.col.started'), width: 62 },
      { header: r.text('pdf.col.settled'), width: 62 },
      { header: r.text('pdf.col.days'), width: 44, align: 'right' },
      { header: r.text('pdf.col.worst'), width: 40, align: 'right' },
      { header: r.text('pdf.col.firstLast'), width: 52, align: 'center' },
      { header: r.text('pdf.col.where'), width: 90 },
      { header: r.text('pdf.col.notes'), width: 145 },
    ],
    s.episodes.rows.map((e) => [
      day(e.started),
      e.ended ? day(e.ended) : r.text('pdf.notYet'),
      e.ongoing ? r.text('pdf.daysSoFar', { days: e.days }) : r.number(e.days),
      r.number(e.worstPain),
      e.painFirst === null ? '-' : firstThenLast(r, e.painFirst, e.painLast ?? e.painFirst),
      e.areaIds.map((id) => r.text(`area.${id}`)).join(', ') || '-',
      [e.triggers, e.notes].filter(Boolean).join('. ') || '-',
    ]),
  );
}

/**
 * "6 / 1": the first pain, then the last, in the reading order of the column's heading. In a
 * right-to-left document the first stands on the right, as in "الألم أولًا / أخيرًا"; a right-to-left
 * mark says so, since two numbers alone would read left to right.
 */
function firstThenLast(r: Renderer, first: number, last: number): string {
  const pair = `${r.number(first)} / ${r.number(last)}`;
  return r.dir === 'rtl' ? `\u200f${pair}` : pair;
}

function remedies(w: PdfWriter, s: Summary, r: Renderer): void {
  w.heading(r.text('visit.remediesTitle'));
  w.text(r.render(s.remedies.message));
  if (s.remedies.rows.length === 0) return;
  w.table(
    [
      { header: r.text('pdf.col.remedy'), width: 140 },
      { header: r.text('pdf.col.sessions'), width: 50, align: 'right' },
      { header: r.text('pdf.col.change'), width: 70, align: 'right' },
      { header: r.text('pdf.col.note'), width: 235 },
    ],
    s.remedies.rows.map((x) => [
      r.render(x.name),
      r.number(x.sessions),
      painChange(r, x.meanDrop),
      r.render(x.note),
    ]),
  );
}

function medicinesAndConditions(w: PdfWriter, s: Summary, r: Renderer): void {
  const labels = (ids: readonly string[]) => ids.map((id) => r.render(findingLabel(id)));
  w.heading(r.text('visit.medsTitle'));
  w.text(r.text('visit.medsSource'), { size: 8.5, color: MUTED });
  w.text(r.text('visit.medicines'), { bold: true, after: 2 });
  if (s.medicineIds.length) w.list(labels(s.medicineIds));
  else w.text(r.text('visit.noneEntered'), { indent: 16 });
  w.text(r.text('visit.conditions'), { bold: true, after: 2 });
  if (s.conditionIds.length) w.list(labels(s.conditionIds));
  else w.text(r.text('visit.noneEntered'), { indent: 16 });
  if (s.saidNoIds.length)
    w.labelled(r.text('visit.saidNo'), labels(s.saidNoIds).join('; '), { color: MUTED, size: 8.5 });
}

function questions(w: PdfWriter, s: Summary, r: Renderer): void {
  w.heading(r.text('visit.questionsTitle'));
  if (s.questions.length) w.list(s.questions, { numbered: true, align: 'content' });
  else w.text(r.text('visit.questionsNone'));
}

function footers(w: PdfWriter, s: Summary, r: Renderer): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Drawing below the bottom margin would make pdfkit start a new page; lift the margin while we do.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 38;
    const style = { size: 7.5, color: MUTED };
    w.artifact(() => {
      doc
        .moveTo(w.left, y - 5)
        .lineTo(w.left + CONTENT_WIDTH, y - 5)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      const top = y - 1;
      w.label(
        r.text('pdf.footer', { from: r.day(s.from), to: r.day(s.to) }),
        w.boxX(0, 380),
        top,
        380,
        w.mirrored('left'),
        style,
      );
      w.label(
        r.text('pdf.page', { page: i + 1 - range.start, pages: range.count }),
        w.boxX(380, 115),
        top,
        115,
        w.mirrored('right'),
        style,
      );
    }, 'Pagination');
    doc.page.margins.bottom = margin;
  }
}

/** The summary as a PDF, with the characters that no embedded font covers. */
export async function makeSummaryPdf(summary: Summary, options: PdfOptions = {}): Promise<SummaryPdf> {
  const paper = options.paper ?? 'a4';
  const r = options.renderer ?? renderer();
  const doc = new PDFDocument({
    size: [...PAPER_SIZES[paper]],
    margins: pageMargins(paper),
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: r.locale.split('-u-')[0] as string,
    displayTitle: true,
    info: {
      Title: r.text('pdf.infoTitle', { from: summary.from, to: summary.to }),
      Author: 'BackEase',
      Subject: r.text('pdf.infoSubject'),
      CreationDate: new Date(summary.generatedAt),
      ModDate: new Date(summary.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const w = new PdfWriter(doc, paper, r.dir);
  doc.strokeColor(ACCENT);
  const day = (iso: string) => r.day(iso);
  header(w, summary, r, day);
  actOn(w, summary, r);
  questions(w, summary, r);
  latestAssessment(w, summary, r, day);
  painOverTime(w, summary, r);
  episodes(w, summary, r, day);
  remedies(w, summary, r);
  medicinesAndConditions(w, summary, r);
  footers(w, summary, r);
  w.root.end();
  doc.end();
  const pdf = await done;
  return { pdf, uncovered: await describe(w.uncovered) };
}

/** Names each code point; the name table is loaded only when something is missing. */
async function describe(codePoints: readonly number[]): Promise<UncoveredCharacter[]> {
  if (codePoints.length === 0) return [];
  const { unicodeName } = await import('unicode-name');
  return codePoints.map((codePoint) => ({
    codePoint,
    label: codePointLabel(codePoint),
    name: unicodeName(codePoint) ?? 'unnamed character',
  }));
}

export async function renderSummaryPdf(summary: Summary, options: PdfOptions = {}): Promise<Uint8Array> {
  return (await makeSummaryPdf(summary, options)).pdf;
}
