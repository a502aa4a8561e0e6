/** The chart's text summary in words (also its text alternative). Pure apart from the message catalog. */
import { formatDateTime, t } from '../i18n/i18n.ts';
import type { ChartPoint } from './pain-chart.tsx';

export function chartSummary(points: readonly ChartPoint[]): string {
  if (points.length === 0) return t('diary.chartEmpty');
  const sorted = [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = sorted[0] as ChartPoint;
  const last = sorted[sorted.length - 1] as ChartPoint;
  const pains = sorted.map((p) => p.pain);
  return t('diary.chartSummary', {
    count: sorted.length,
    from: formatDateTime(first.at, { dateStyle: 'medium' }),
    to: formatDateTime(last.at, { dateStyle: 'medium' }),
    first: first.pain,
    last: last.pain,
    min: Math.min(...pains),
    max: Math.max(...pains),
  });
}
