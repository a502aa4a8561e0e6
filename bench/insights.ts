/**
 * Insights and summary benchmark: the time to compute a diary's insights (`computeInsights`) and the
 * doctor-visit summary model (`buildSummary`, what GET /api/v1/report.pdf builds before drawing the
 * PDF) for a small diary and one ten times larger, and the ratio. Linear work gives a ratio near 10
 * (n log n a little more), quadratic work up to 100 (before the one-sweep rewrite it measured about 40).
 * Prints numbers; nothing here is asserted.
 *
 *   node bench/insights.ts [--small 200] [--scale 10]
 *   node bench/run.ts bench/insights.ts                    (pinned to one core, after the engine benchmark)
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { longDiary } from '../src/insights/fixtures.ts';
import { computeInsights } from '../src/insights/index.ts';
import { buildSummary } from '../src/report/summary.ts';

const { values } = parseArgs({
  options: { small: { type: 'string', default: '200' }, scale: { type: 'string', default: '10' } },
});
const smallEpisodes = Number(values.small);
const scale = Number(values.scale);
if (!(smallEpisodes >= 10 && scale >= 2)) {
  console.error('bench/insights: --small must be at least 10 and --scale at least 2');
  process.exit(2);
}

const period = { start: Date.UTC(2016, 10, 1), end: Date.UTC(2026, 10, 1) };
const now = period.end - 86_400_000;

/** Median time of `fn` over repeated runs lasting about `minMs` (at least 3 runs). */
function time(fn: () => unknown, minMs = 1500): number {
  fn();
  const runs: number[] = [];
  const start = performance.now();
  while (runs.length < 3 || performance.now() - start < minMs) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] as number;
}

console.log(
  `BackEase insights benchmark — Node ${process.version}${process.env.BENCH_PINNED ? ', pinned to one core' : ''}`,
);
const sizes = [smallEpisodes, smallEpisodes * scale];
const results = sizes.map((episodes) => {
  const diary = longDiary(episodes, episodes * 4);
  const insights = time(() => computeInsights(diary, period, now));
  const summary = time(() => buildSummary(diary, period, now));
  const records = diary.episodes.length + diary.checkIns.length + diary.remedySessions.length;
  console.log(
    `  ${String(episodes).padStart(6)} episodes, ${String(episodes * 4).padStart(6)} check-ins (${records} records):` +
      ` computeInsights ${insights.toFixed(1).padStart(8)} ms, buildSummary ${summary.toFixed(1).padStart(8)} ms`,
  );
  return { insights, summary };
});
const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
console.log(
  `\n${scale}× the diary: computeInsights ${(large.insights / small.insights).toFixed(1)}× the time, ` +
    `buildSummary ${(large.summary / small.summary).toFixed(1)}× (linear: about ${scale}×; quadratic: about ${scale * scale}×)`,
);
