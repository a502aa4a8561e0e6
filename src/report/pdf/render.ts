/**
 * The doctor-visit summary as a PDF (pdfkit, with embedded Unicode fonts from npm packages: no
 * network, no native build). Sections run in the order a visit goes: what to act on and the person's
 * own questions first (the agenda), then the latest assessment, pain over time, episodes, remedies,
 * and medicines and conditions.
 * The PDF is tagged (PDF/UA: a structure tree, /Lang from the document language) and keeps every
 * character of the person's text; a character no embedded font covers is drawn as the font's empty box
 * and reported in `uncovered`. The creation date is the summary's generation time, so the same summary
 * gives the same file.
 */
import PDFDocument from 'pdfkit';
import type { TriageLevel } from '../../contract/ids.ts';
import { LEVEL_TITLES, longDay, painChange, personLine } from '../format.ts';
import type { Summary } from '../summary.ts';
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

/** The document's language: sets /Lang, and right-to-left page layout for Arabic. */
export type DocumentLanguage = 'en' | 'es' | 'ar';
export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['en', 'es', 'ar'];

export interface PdfOptions {
  readonly paper?: Paper;
  readonly lang?: DocumentLanguage;
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

/** The /Lang of each document language (the dates are written day-month-year, as in en-GB). */
const PDF_LANG: Readonly<Record<DocumentLanguage, string>> = { en: 'en-GB', es: 'es', ar: 'ar' };

const LEVEL_COLOURS: Readonly<Record<TriageLevel, string>> = {
  emergency: '#b00020',
  urgent: '#b34700',
  gp: '#1f5fbf',
  self_care: '#2e7d32',
};

function header(w: PdfWriter, s: Summary): void {
  w.title('BackEase: summary for a doctor\u2019s visit', { bold: true, size: 17, after: 2 });
  w.text(
    `${longDay(s.from)} to ${longDay(s.to)}  \u00b7  ${personLine(s.age, s.sex)}  \u00b7  prepared ${longDay(s.generatedAt.slice(0, 10))}`,
    { size: 10, color: MUTED, after: 3 },
  );
  w.text(s.disclaimer, { size: 8, color: MUTED, after: 2 });
}

function actOn(w: PdfWriter, s: Summary): void {
  w.heading('Points to act on');
  if (s.nudges.length === 0) {
    w.text('Nothing in the diary calls for getting help sooner than planned.');
    return;
  }
  for (const n of s.nudges) {
    w.labelled(`${LEVEL_TITLES[n.level]}:`, n.text, { color: LEVEL_COLOURS[n.level], after: 1 });
    w.text(`Why: ${n.because}`, { size: 8.5, color: MUTED, indent: 10, after: 5 });
  }
}

function latestAssessment(w: PdfWriter, s: Summary): void {
  const a = s.latest;
  w.heading(a ? `Latest assessment (${longDay(a.day)})` : 'Latest assessment');
  if (!a) {
    w.text('No assessment in this period.');
    return;
  }
  w.labelled('Result:', `${LEVEL_TITLES[a.level]}.`, { color: LEVEL_COLOURS[a.level] });
  w.labelled('Advice given:', a.action || `${a.levelMeaning}.`);
  if (a.reasons.length) {
    w.text('Because:', { bold: true, after: 2 });
    w.list(a.reasons);
  }
  if (s.assessmentCount > 1)
    w.text(`${s.assessmentCount} assessments in this period; this is the latest.`, {
      size: 8.5,
      color: MUTED,
    });
  if (a.causes.length === 0) return;
  w.text('Possible causes considered (estimates from self-reported answers, not a diagnosis):', {
    bold: true,
    after: 3,
  });
  w.table(
    [
      { header: 'Possible cause', width: 185 },
      { header: 'Estimate', width: 50, align: 'right' },
      { header: 'Pointing to it', width: 130 },
      { header: 'Pointing away', width: 130 },
    ],
    a.causes.map((c) => [c.name, c.percent, c.for.join('; ') || '-', c.against.join('; ') || '-']),
  );
}

function painOverTime(w: PdfWriter, s: Summary): void {
  w.heading('Pain over time', 175);
  drawPainChart(w, s);
  w.text(s.pain.text, { after: 2 });
  if (s.pain.count > 0)
    w.text(
      `${s.pain.count} check-ins: lowest ${s.pain.min}, highest ${s.pain.max}, average ${s.pain.mean} out of 10.`,
      { color: MUTED, size: 8.5 },
    );
}

function episodes(w: PdfWriter, s: Summary): void {
  w.heading('Episodes');
  w.text(`${s.episodes.rateText} ${s.episodes.recoveryText}`);
  if (s.episodes.rows.length === 0) return;
  w.table(
    [
      { header: 'Started', width: 62 },
      { header: 'Settled', width: 62 },
      { header: 'Days', width: 44, align: 'right' },
      { header: 'Worst pain', width: 40, align: 'right' },
      { header: 'Pain first / last', width: 52, align: 'center' },
      { header: 'Where', width: 90 },
      { header: 'Triggers and notes', width: 145 },
    ],
    s.episodes.rows.map((e) => [
      longDay(e.started),
      e.ended ? longDay(e.ended) : 'not yet',
      e.ongoing ? `${e.days} so far` : String(e.days),
      String(e.worstPain),
      e.painFirst === null ? '-' : `${e.painFirst} / ${e.painLast}`,
      e.areas || '-',
      [e.triggers, e.notes].filter(Boolean).join('. ') || '-',
    ]),
  );
}

function remedies(w: PdfWriter, s: Summary): void {
  w.heading('Remedies tried');
  w.text(s.remedies.text);
  if (s.remedies.rows.length === 0) return;
  w.table(
    [
      { header: 'Remedy', width: 140 },
      { header: 'Sessions', width: 50, align: 'right' },
      { header: 'Average change in pain', width: 70, align: 'right' },
      { header: 'Note', width: 235 },
    ],
    s.remedies.rows.map((r) => [r.name, String(r.sessions), painChange(r.meanDrop), r.note]),
  );
}

function medicinesAndConditions(w: PdfWriter, s: Summary): void {
  w.heading('Medicines and conditions (as the person entered them)');
  w.text('Medicines and substances:', { bold: true, after: 2 });
  if (s.medicines.length) w.list(s.medicines);
  else w.text('None entered.', { indent: 16 });
  w.text('Conditions and health background:', { bold: true, after: 2 });
  if (s.conditions.length) w.list(s.conditions);
  else w.text('None entered.', { indent: 16 });
  if (s.saidNo.length) w.labelled('Said no to:', s.saidNo.join('; '), { color: MUTED, size: 8.5 });
}

function questions(w: PdfWriter, s: Summary): void {
  w.heading('Questions to ask');
  if (s.questions.length) w.list(s.questions, { numbered: true, align: 'content' });
  else w.text('No questions written down.');
}

function footers(w: PdfWriter, s: Summary): void {
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
        `BackEase summary, ${longDay(s.from)} to ${longDay(s.to)}. Not a diagnosis.`,
        w.boxX(0, 380),
        top,
        380,
        w.mirrored('left'),
        style,
      );
      w.label(
        `Page ${i + 1 - range.start} of ${range.count}`,
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
  const lang = options.lang ?? 'en';
  const doc = new PDFDocument({
    size: [...PAPER_SIZES[paper]],
    margins: pageMargins(paper),
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: PDF_LANG[lang],
    displayTitle: true,
    info: {
      Title: `BackEase summary ${summary.from} to ${summary.to}`,
      Author: 'BackEase',
      Subject: "Summary of a back pain diary for a doctor's visit",
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
  const w = new PdfWriter(doc, paper, lang === 'ar' ? 'rtl' : 'ltr');
  doc.strokeColor(ACCENT);
  header(w, summary);
  actOn(w, summary);
  questions(w, summary);
  latestAssessment(w, summary);
  painOverTime(w, summary);
  episodes(w, summary);
  remedies(w, summary);
  medicinesAndConditions(w, summary);
  footers(w, summary);
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
