/**
 * Story parser benchmark: parsing a 1,000-character story, in one process on one core, against a tight
 * baseline run in the same loop over the same texts (splitting them into words with a regular
 * expression, the least any reading of a text costs). Also the one-off cost of compiling the lexicon on
 * first use. Prints numbers; nothing here is asserted.
 *
 *   node bench/parse.ts            (npm run bench runs it pinned to one core with taskset)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

// The lexicon is validated and compiled on first use: measured once, cold, before anything else.
const t0 = performance.now();
const { getCompiledLexicon, parseStory } = await import('../src/parse/index.ts');
getCompiledLexicon('en');
const coldMs = performance.now() - t0;

// 1,000-character stories: each case text of the two case files followed by the next one, cut to length.
const texts: string[] = [];
for (const file of ['dev.json', 'extra.json']) {
  const cases = JSON.parse(readFileSync(new URL(`../vignettes/${file}`, import.meta.url), 'utf8')) as {
    text: string;
  }[];
  cases.forEach((c, i) => {
    const next = cases[(i + 1) % cases.length] as { text: string };
    texts.push(`${c.text} ${next.text} ${c.text}`.slice(0, 1000));
  });
}

let sink = 0;
function measure(label: string, fn: (text: string) => number, minMs = 3000): number {
  for (let i = 0; i < 300; i++) sink += fn(texts[i % texts.length] as string);
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (const t of texts) sink += fn(t);
    ops += texts.length;
    now = performance.now();
  }
  const us = ((now - start) / ops) * 1000;
  console.log(`  ${label.padEnd(44)} ${us.toFixed(1).padStart(9)} µs each`);
  return us;
}

console.log(
  `BackEase story parser benchmark — Node ${process.version}, one process${process.env.BENCH_PINNED ? ', pinned to one core' : ''}`,
);
console.log(`workload: ${texts.length} stories of 1,000 characters (case texts joined and cut)\n`);
const base = measure('baseline: split into words (regex)', (t) => t.split(/[^\p{L}\p{N}]+/u).length);
const parse = measure('parseStory (1,000 characters)', (t) => parseStory({ text: t }).evidence.length);
console.log(
  `\nparse of a 1,000-character story: ${(parse / 1000).toFixed(2)} ms (${(parse / base).toFixed(0)}× the baseline)`,
);
console.log(`first use (validate and compile the English lexicon): ${coldMs.toFixed(0)} ms`);
if (sink < 0) console.log(sink);
