import { formatDateTime, t } from '../i18n/i18n.ts';

export interface ChartPoint {
  readonly at: string;
  readonly pain: number;
}

const W = 320;
const H = 160;
const PAD = { top: 10, right: 10, bottom: 24, left: 28 };

/**
 * Pain over time, drawn as SVG (no chart library: small, crisp at any zoom, styled by CSS for high
 * contrast). The picture is one image with a text alternative; the same numbers are in the table next
 * to it, which is what screen-reader users and anyone who prefers numbers read.
 */
export function PainChart(props: { points: readonly ChartPoint[]; summary: string }) {
  const pts = [...props.points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (pts.length === 0) return <p>{t('diary.chartEmpty')}</p>;
  const t0 = Date.parse(pts[0]?.at ?? '');
  const t1 = Date.parse(pts[pts.length - 1]?.at ?? '');
  const span = Math.max(1, t1 - t0);
  const x = (at: string) => PAD.left + ((Date.parse(at) - t0) / span) * (W - PAD.left - PAD.right);
  const y = (pain: number) => PAD.top + (1 - pain / 10) * (H - PAD.top - PAD.bottom);
  const line = pts
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.at).toFixed(1)},${y(p.pain).toFixed(1)}`)
    .join(' ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-summary" class="pain-chart">
        <title>{t('diary.chartTitle')}</title>
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line class="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text class="chart-label" x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        <text class="chart-label" x={PAD.left} y={H - 6}>
          {formatDateTime(pts[0]?.at ?? '', { dateStyle: 'short' })}
        </text>
        <text class="chart-label" x={W - PAD.right} y={H - 6} text-anchor="end">
          {formatDateTime(pts[pts.length - 1]?.at ?? '', { dateStyle: 'short' })}
        </text>
        <path class="chart-line" d={line} />
        {pts.map((p, i) => (
          <circle key={`${p.at}-${i}`} class="chart-point" cx={x(p.at)} cy={y(p.pain)} r="4" />
        ))}
      </svg>
      <figcaption id="chart-summary">{props.summary}</figcaption>
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
