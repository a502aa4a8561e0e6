/**
 * The pain-over-time chart, drawn as vector graphics: pain 0-10 against the days of the period, a line
 * through the check-ins, and the episodes shaded behind it. Labels are real text so they can be read
 * (and tested) from the PDF. The chart is one Figure in the structure tree, described by its caption
 * and the pain trend sentence. In a right-to-left document time runs from right to left and the pain
 * scale stands on the right.
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
  const width = CONTENT_WIDTH - AXIS_WIDTH - 6;
  const x0 = w.boxX(AXIS_WIDTH, width);
  const rtl = w.dir === 'rtl';
  const { start, end } = s.period;
  const xOf = (t: number) => {
    const f = (t - start) / (end - start);
    return x0 + (rtl ? 1 - f : f) * width;
  };
  const yOf = (pain: number) => top + CHART_HEIGHT - (pain / 10) * CHART_HEIGHT;
  const label = { size: 7.5, color: MUTED };

  w.block(
    'Figure',
    () => {
      for (const span of s.episodes.spans) {
        const a = Math.min(xOf(span.start), xOf(span.end));
        const b = Math.max(xOf(span.start), xOf(span.end), a + 1.5);
        doc.rect(a, top, b - a, CHART_HEIGHT).fill(EPISODE_FILL);
      }

      for (let pain = 0; pain <= 10; pain += 2) {
        const y = yOf(pain);
        doc
          .moveTo(x0, y)
          .lineTo(x0 + width, y)
          .lineWidth(pain === 0 ? 0.8 : 0.4)
          .strokeColor(RULE)
          .stroke();
        w.label(String(pain), w.boxX(0, AXIS_WIDTH - 5), y - 4.5, AXIS_WIDTH - 5, w.mirrored('right'), label);
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
        const align = w.mirrored(i === 0 ? 'left' : i === TICKS - 1 ? 'right' : 'center');
        const lx = align === 'left' ? x : align === 'right' ? x - 60 : x - 30;
        w.label(shortDay(r, t), lx, top + CHART_HEIGHT + 4, 60, align, label);
      }

      const points = s.pain.points;
      if (points.length === 0) {
        w.label(r.text('visit.painNone'), x0, top + CHART_HEIGHT / 2 - 7, width, 'center', {
          size: 10,
          color: MUTED,
        });
      } else {
        // One path for the line and one for the dots, each painted once; a dot or a joint at the same
        // spot (to a fifth of a millimetre, half a point) as the one before is drawn once. Years of check-ins
        // (tens of thousands over a chart 13 cm wide) then make a page of kilobytes, not megabytes,
        // and the drawing looks the same.
        const spot = (t: number, pain: number) => `${Math.round(xOf(t) * 2)},${Math.round(yOf(pain) * 2)}`;
        let lines = 0;
        let last = '';
        points.forEach((p, i) => {
          const prev = points[i - 1];
          const here = spot(p.t, p.pain);
          if (!prev || p.t - prev.t > MAX_JOIN_DAYS * DAY_MS) {
            doc.moveTo(xOf(p.t), yOf(p.pain));
          } else if (here !== last) {
            doc.lineTo(xOf(p.t), yOf(p.pain));
            lines++;
          }
          last = here;
        });
        // Moves alone paint nothing, so without a line the dots below simply share the path.
        if (lines > 0) doc.lineWidth(1.6).lineJoin('round').strokeColor(ACCENT).stroke();
        const drawn = new Set<string>();
        for (const p of points) {
          const here = spot(p.t, p.pain);
          if (drawn.has(here)) continue;
          drawn.add(here);
          doc.circle(xOf(p.t), yOf(p.pain), 2.4);
        }
        doc.fill(ACCENT);
      }
    },
    w.root,
    { alt: `${r.text('visit.chartKey')} ${r.render(s.pain.message)}` },
  );

  doc.x = w.left;
  doc.y = top + CHART_HEIGHT + LABEL_HEIGHT + 6;
  w.text(r.text('visit.chartKey'), { size: 7.5, color: MUTED });
}

/** An instant as a short day in the reader's language ("3 Oct"), in UTC like the diary's days. */
function shortDay(r: Renderer, t: number): string {
  return new Intl.DateTimeFormat(r.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(t);
}
