import { direction, formatDateTime, t } from '../i18n/i18n.ts';

export interface ChartPoint {
  readonly at: string;
  readonly pain: number;
}

const W = 320;
const H = 160;
const PAD = { top: 10, right: 10, bottom: 24, left: 28 };

/** Optional: a fixed time axis, shaded spans (episodes) and gaps in the line (the visit summary). */
export interface ChartOptions {
  /** The time axis, instants in ms (end exclusive); by default the first to the last point. */
  readonly range?: { readonly start: number; readonly end: number };
  /** Spans shaded behind the line, e.g. episodes from start until they settled. */
  readonly spans?: readonly { readonly start: number; readonly end: number }[];
  /** Points further apart than this are not joined: a line across the gap would invent the days between. */
  readonly joinWithinMs?: number;
  /** Shown instead of the chart when there are no points. */
  readonly emptyText?: string;
  /** The id of the caption that names the picture (one chart per page uses the default). */
  readonly captionId?: string;
}

/**
 * Pain over time, drawn as SVG (no chart library: small, crisp at any zoom, styled by CSS for high
 * contrast). The picture is one image with a text alternative; the same numbers are in the table next
 * to it, which is what screen-reader users and anyone who prefers numbers read.
 */
export function PainChart(props: { points: readonly ChartPoint[]; summary: string } & ChartOptions) {
  const pts = [...props.points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (pts.length === 0) return <p>{props.emptyText ?? t('diary.chartEmpty')}</p>;
  const captionId = props.captionId ?? 'chart-summary';
  const t0 = props.range?.start ?? Date.parse(pts[0]?.at ?? '');
  const t1 = props.range ? props.range.end - 1 : Date.parse(pts[pts.length - 1]?.at ?? '');
  const span = Math.max(1, t1 - t0);
  // Time runs in the reading direction: right to left in Arabic, with the pain scale on the right.
  const rtl = direction() === 'rtl';
  const X = (v: number) => (rtl ? W - v : v);
  const xAt = (ms: number) => X(PAD.left + ((ms - t0) / span) * (W - PAD.left - PAD.right));
  const [startAnchor, endAnchor] = rtl ? ['end', 'start'] : ['start', 'end'];
  const x = (at: string) => xAt(Date.parse(at));
  const y = (pain: number) => PAD.top + (1 - pain / 10) * (H - PAD.top - PAD.bottom);
  const joinWithin = props.joinWithinMs ?? Number.POSITIVE_INFINITY;
  const line = pts
    .map((p, i) => {
      const prev = pts[i - 1];
      const join = prev !== undefined && Date.parse(p.at) - Date.parse(prev.at) <= joinWithin;
      return `${join ? 'L' : 'M'}${x(p.at).toFixed(1)},${y(p.pain).toFixed(1)}`;
    })
    .join(' ');
  const day = (ms: number) => formatDateTime(new Date(ms).toISOString(), { dateStyle: 'short' });
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={captionId}
        class="pain-chart"
        // Geometry, not reading order: the anchors above are placed for each direction already.
        direction="ltr"
      >
        <title>{t('diary.chartTitle')}</title>
        {(props.spans ?? []).map((s) => {
          const a = Math.max(PAD.left, X(xAt(s.start)));
          const b = Math.min(W - PAD.right, Math.max(X(xAt(s.end)), a + 1.5));
          return (
            <rect
              key={`${s.start}-${s.end}`}
              class="chart-span"
              x={rtl ? W - b : a}
              y={PAD.top}
              width={Math.max(0, b - a)}
              height={H - PAD.top - PAD.bottom}
            />
          );
        })}
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line class="chart-grid" x1={X(PAD.left)} x2={X(W - PAD.right)} y1={y(v)} y2={y(v)} />
            <text class="chart-label" x={X(PAD.left - 6)} y={y(v) + 4} text-anchor={endAnchor}>
              {v}
            </text>
          </g>
        ))}
        <text class="chart-label" x={X(PAD.left)} y={H - 6} text-anchor={startAnchor}>
          {day(t0)}
        </text>
        <text class="chart-label" x={X(W - PAD.right)} y={H - 6} text-anchor={endAnchor}>
          {day(t1)}
        </text>
        <path class="chart-line" d={line} />
        {pts.map((p, i) => (
          <circle key={`${p.at}-${i}`} class="chart-point" cx={x(p.at)} cy={y(p.pain)} r="4" />
        ))}
      </svg>
      <figcaption id={captionId}>{props.summary}</figcaption>
    </figure>
  );
}

/** The chart's numbers as a table. */
export function PainTable(props: { points: readonly ChartPoint[] }) {
  const pts = [...props.points].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <div class="table-wrap">
      <table>
        <caption>{t('diary.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diary.when')}</th>
            <th scope="col">{t('diary.pain')}</th>
          </tr>
        </thead>
        <tbody>
          {pts.map((p, i) => (
            <tr key={`${p.at}-${i}`}>
              <td>{formatDateTime(p.at)}</td>
              <td>{p.pain}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
