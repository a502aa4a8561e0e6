/**
 * Doctor-visit PDF benchmark: size and render time of the sample summary (English, A4) and of the same
 * diary with questions in Arabic, Polish and Chinese laid out in Arabic (`lang: 'ar'`, which embeds the
 * Arabic and the CJK fonts), and the ratio of the two. The first render of each is timed apart: it
 * reads and parses the font files (the CJK font is 10 MB and read only by the second). Prints
 * numbers; nothing here is asserted.
 *
 *   node bench/report-pdf.ts
 *   node bench/run.ts bench/report-pdf.ts     (pinned to one core)
 */
import { performance } from 'node:perf_hooks';
import { renderer } from '../src/i18n/catalogs.ts';
import { rightToLeftEnglish } from '../src/i18n/testing/right-to-left.ts';
import { parsePeriod } from '../src/insights/period.ts';
import { renderSummaryPdf } from '../src/report/pdf/render.ts';
import {
  SAMPLE_FROM,
  SAMPLE_NOW,
  SAMPLE_TO,
  sampleDiary,
  sampleDiaryInManyScripts,
} from '../src/report/sample-diary.ts';
import { buildSummary } from '../src/report/summary.ts';

const period = parsePeriod(SAMPLE_FROM, SAMPLE_TO);
if (!period.ok) throw new Error('bad sample period');
const cases = [
  {
    name: 'sample, en',
    summary: buildSummary(sampleDiary(), period.value, SAMPLE_NOW),
    words: renderer('en'),
  },
  {
    name: 'Arabic/Polish/Chinese, ar',
    summary: buildSummary(sampleDiaryInManyScripts(), period.value, SAMPLE_NOW),
    words: rightToLeftEnglish(),
  },
];

/** Median time of `fn` over repeated runs lasting about `minMs` (at least 5 runs). */
async function time(fn: () => Promise<unknown>, minMs = 3000): Promise<number> {
  const runs: number[] = [];
  const start = performance.now();
  while (runs.length < 5 || performance.now() - start < minMs) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] as number;
}

console.log(
  `BackEase PDF benchmark — Node ${process.version}${process.env.BENCH_PINNED ? ', pinned to one core' : ''}`,
);
const results: { name: string; bytes: number; first: number; median: number }[] = [];
for (const c of cases) {
  const t = performance.now();
  const pdf = await renderSummaryPdf(c.summary, { paper: 'a4', renderer: c.words });
  results.push({ name: c.name, bytes: pdf.byteLength, first: performance.now() - t, median: 0 });
}
for (const [i, c] of cases.entries()) {
  const r = results[i] as (typeof results)[number];
  r.median = await time(() => renderSummaryPdf(c.summary, { paper: 'a4', renderer: c.words }));
  console.log(
    `  ${r.name.padEnd(28)} ${(r.bytes / 1024).toFixed(1).padStart(6)} KB, first render ${r.first
      .toFixed(0)
      .padStart(5)} ms, then median ${r.median.toFixed(1).padStart(7)} ms`,
  );
}
const [en, ar] = results as [(typeof results)[number], (typeof results)[number]];
console.log(
  `  ratio (Arabic/Polish/Chinese ÷ sample): size ${(ar.bytes / en.bytes).toFixed(2)}, median time ${(ar.median / en.median).toFixed(2)}`,
);
