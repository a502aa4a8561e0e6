/**
 * The pain-over-time chart, drawn as vector graphics: pain 0-10 against the days of the period, a line
 * through the check-ins, and the episodes shaded behind it. Labels are real text so they can be read
 * (and tested) from the PDF.
 */

import type { Renderer } from '../../i18n/render.ts';
import { DAY_MS } from '../../insights/period.ts';
import type { Summary } from '../summary.ts';
import { ACCENT, CONTENT_WIDTH, MUTED, type PdfWriter, RULE } from './writer.ts';

export const CHART_HEIGHT = 130;
/** Check-ins further apart than this are not joined: a line across the gap would invent the days between. */
export const MAX_JOIN_DAYS = 7;
const AXIS_WIDTH = 24;
const LABEL_HEIGHT = 14;
const EPISODE_FILL = '#dfe9f7';
const TICKS = 6;

export function drawPainChart(w: PdfWriter, s: Summary, r: Renderer): void {
  const { doc } = w;
  const total = CHART_HEIGHT + LABEL_HEIGHT + 14;
  w.ensure(total);
  const top = doc.y + 4;
  const x0 = w.left + AXIS_WIDTH;
  const width = CONTENT_WIDTH - AXIS_WIDTH - 6;
  const { start, end } = s.period;
  const xOf = (t: number) => x0 + ((t - start) / (end - start)) * width;
  const yOf = (pain: number) => top + CHART_HEIGHT - (pain / 10) * CHART_HEIGHT;

  for (const span of s.episodes.spans) {
    const a = xOf(span.start);
    const b = Math.max(xOf(span.end), a + 1.5);
    doc.rect(a, top, b - a, CHART_HEIGHT).fill(EPISODE_FILL);
  }

  doc.font('Helvetica').fontSize(7.5);
  for (let pain = 0; pain <= 10; pain += 2) {
    const y = yOf(pain);
    doc
      .moveTo(x0, y)
      .lineTo(x0 + width, y)
      .lineWidth(pain === 0 ? 0.8 : 0.4)
      .strokeColor(RULE)
      .stroke();
    doc
      .fillColor(MUTED)
      .text(String(pain), w.left, y - 3.5, { width: AXIS_WIDTH - 5, align: 'right', lineBreak: false });
  }

  for (let i = 0; i < TICKS; i++) {
    const t = start + (i / (TICKS - 1)) * (end - 1 - start);
    const x = xOf(t);
    doc
      .moveTo(x, top + CHART_HEIGHT)
      .lineTo(x, top + CHART_HEIGHT + 3)
      .lineWidth(0.6)
      .strokeColor(MUTED)
      .stroke();
    const align = i === 0 ? 'left' : i === TICKS - 1 ? 'right' : 'center';
    const lx = align === 'left' ? x : align === 'right' ? x - 60 : x - 30;
    doc
      .fillColor(MUTED)
      .text(shortDay(r, t), lx, top + CHART_HEIGHT + 5, { width: 60, align, lineBreak: false });
  }

  const points = s.pain.points;
  if (points.length === 0) {
    doc
      .fillColor(MUTED)
      .fontSize(10)
      .text(r.text('visit.painNone'), x0, top + CHART_HEIGHT / 2 - 6, { width, align: 'center' });
  } else {
    points.forEach((p, i) => {
      const prev = points[i - 1];
      if (!prev || p.t - prev.t > MAX_JOIN_DAYS * DAY_MS) return;
      doc
        .moveTo(xOf(prev.t), yOf(prev.pain))
        .lineTo(xOf(p.t), yOf(p.pain))
        .lineWidth(1.6)
        .strokeColor(ACCENT)
        .stroke();
    });
    for (const p of points) doc.circle(xOf(p.t), yOf(p.pain), 2.4).fill(ACCENT);
  }

  doc.x = w.left;
  doc.y = top + CHART_HEIGHT + LABEL_HEIGHT + 6;
  w.text(r.text('visit.chartKey'), { size: 7.5, color: MUTED });
}

/** An instant as a short day in the reader's language ("3 Oct"), in UTC like the diary's days. */
function shortDay(r: Renderer, t: number): string {
  return new Intl.DateTimeFormat(r.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(t);
}
