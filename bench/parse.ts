/**
 * Story parser benchmark: parsing a 1,000-character story, in one process on one core, against two
 * baselines run in the same process: splitting the same texts into words with a regular expression (the
 * least any reading of a text costs), and the tight reference loop every Node benchmark divides by
 * (bench/reference.ts). Times are CPU times, medians of interleaved rounds. Also the one-off cost of
 * compiling the lexicon on first use. Prints numbers; nothing here is asserted.
 *
 *   node bench/parse.ts            (npm run bench runs it pinned to one core with taskset)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median, perCall, referenceUs, sink } from './reference.ts';

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

const split = (t: string) => t.split(/[^\p{L}\p{N}]+/u).length;
const parse = (t: string) => parseStory({ text: t }).evidence.length;
for (let i = 0; i < 300; i++)
  sink.value += split(texts[i % texts.length] as string) + parse(texts[i % texts.length] as string);

const ROUNDS = 3;
const refs: number[] = [];
const splits: number[] = [];
const parses: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  refs.push(referenceUs(100));
  splits.push(perCall(texts, split, 300));
  parses.push(perCall(texts, parse, 1000));
}
const ref = median(refs);
const base = median(splits);
const parseUs = median(parses);

console.log(
  `BackEase story parser benchmark — Node ${process.version}, one process${process.env.BENCH_PINNED ? ', pinned to one core' : ''}`,
);
console.log(
  `workload: ${texts.length} stories of 1,000 characters (case texts joined and cut); ${ROUNDS} interleaved rounds (medians)`,
);
console.log(`reference loop: ${ref.toFixed(2)} µs of CPU per run (as in bench/engine.ts)\n`);
console.log(`  ${'what'.padEnd(44)} ${'µs CPU each'.padStart(12)} ${'× reference'.padStart(12)}`);
for (const [label, x] of [
  ['baseline: split into words (regex)', base],
  ['parseStory (1,000 characters)', parseUs],
] as const)
  console.log(`  ${label.padEnd(44)} ${x.toFixed(1).padStart(12)} ${(x / ref).toFixed(1).padStart(12)}`);
console.log(
  `\nparse of a 1,000-character story: ${(parseUs / 1000).toFixed(2)} ms (${(parseUs / base).toFixed(0)}× the word split, ${(parseUs / ref).toFixed(0)}× the reference loop)`,
);
console.log(`first use (validate and compile the English lexicon): ${coldMs.toFixed(0)} ms`);
if (sink.value < 0) console.log(sink.value);
