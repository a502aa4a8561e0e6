/**
 * Engine benchmark: µs per call of input validation, `assess`, `assessRaw` and one interview step at
 * every depth the dev cases reach, each beside a tight reference loop run in the same process.
 *
 * Time is the CPU time of this process (user + system, every thread: garbage collection included), not
 * the wall clock: on a shared machine the wall clock mostly measures the neighbours. The reference loop
 * (fixed arithmetic over a Float64Array, nothing to do with the engine) is timed in every round beside
 * the engine, and the ratio engine ÷ reference is what to compare between runs and machines; on an idle
 * core of the machine quoted in the README one reference run takes about 1.3 µs. Each figure is the
 * median of several interleaved rounds. Prints numbers; nothing here is asserted.
 *
 *   node bench/engine.ts [--rounds 5]   (npm run bench runs it pinned to one core with taskset)
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { AssessmentInput } from '../src/contract/input.ts';
import { us as f, median, perCall, referenceUs, sink } from './reference.ts';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const ROUNDS = Number(args.rounds);
if (!(ROUNDS >= 1)) {
  console.error('bench/engine: --rounds must be at least 1');
  process.exit(2);
}

// Memory: the heap the engine and its validated knowledge base add, measured around their first load
// (so they are imported here, not at the top).
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const { assessRaw } = await import('../src/engine/api.ts');
const { assess } = await import('../src/engine/assess.ts');
const { nextStep } = await import('../src/engine/interview.ts');
const { parseAssessmentInput } = await import('../src/contract/input.ts');
const { fullInput } = await import('../src/eval/case.ts');
const { readCaseFile } = await import('../src/engine/testing/golden-files.ts');
const { getKnowledge } = await import('../src/knowledge/index.ts');
const { interviewStatesByDepth } = await import('./interview-states.ts');
const kb = getKnowledge();
gc?.();
const heapKnowledge = process.memoryUsage().heapUsed - heapBefore;

const cases = readCaseFile('dev');

const oneShot = cases.map(fullInput);
// Raw JSON-shaped inputs, as the API receives them.
const oneShotRaw = oneShot.map((x) => JSON.parse(JSON.stringify(x)) as unknown);
const depths = interviewStatesByDepth(kb, cases);
const allStates = depths.flat();

// The harness's own cost per call: a function that reads its input (so it cannot be optimised away).
const harness = (x: AssessmentInput) => x.evidence.length;

const workloads = {
  'harness (reads the input)': () => perCall(oneShot, harness, 20),
  'parse (validate raw input)': () => perCall(oneShotRaw, (x) => (parseAssessmentInput(x).ok ? 1 : 0), 150),
  'assess (validated input)': () => perCall(oneShot, (x) => assess(kb, x).causes.length, 150),
  'assessRaw (parse + assess)': () => perCall(oneShotRaw, (x) => (assessRaw(x, kb).ok ? 1 : 0), 150),
  'interview step (all states)': () => perCall(allStates, (x) => (nextStep(kb, x).done ? 1 : 0), 300),
};
type Workload = keyof typeof workloads;

// Warm up every path over all inputs (the JIT), then measure in interleaved rounds.
for (let i = 0; i < 3; i++) {
  referenceUs(20);
  for (const x of allStates) nextStep(kb, x);
  for (const x of oneShotRaw) assessRaw(x, kb);
}

const refRuns: number[] = [];
const runs = new Map<Workload, number[]>();
const ratios = new Map<Workload, number[]>();
/** Per depth, per state: the µs of each round. */
const stateRuns = depths.map((states) => states.map((): number[] => []));
const depthRatios = depths.map((): number[] => []);

const benchStart = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  const ref = referenceUs(30);
  refRuns.push(ref);
  for (const [name, run] of Object.entries(workloads) as [Workload, () => number][]) {
    const us = run();
    (runs.get(name) ?? runs.set(name, []).get(name))?.push(us);
    (ratios.get(name) ?? ratios.set(name, []).get(name))?.push(us / ref);
  }
  depths.forEach((states, d) => {
    const times = states.map((x, i) => {
      const us = perCall([x], (y) => (nextStep(kb, y).done ? 1 : 0), 1);
      stateRuns[d]?.[i]?.push(us);
      return us;
    });
    depthRatios[d]?.push(median(times) / ref);
  });
}
const benchSeconds = (performance.now() - benchStart) / 1000;

const refUs = median(refRuns);
console.log(
  `BackEase engine benchmark — Node ${process.version}, one process${process.env.BENCH_PINNED ? ', pinned to one core' : ''}`,
);
console.log(
  `workload: ${oneShot.length} dev cases one-shot; ${allStates.length} interview states at depths 0–${depths.length - 1}; ${ROUNDS} interleaved rounds (medians), ${benchSeconds.toFixed(0)} s`,
);
console.log(`reference loop: ${f(refUs)} µs of CPU per run (1,024 doubles; the unit of the ratios below)\n`);
console.log(`  ${'what'.padEnd(30)} ${'µs CPU / call'.padStart(14)} ${'× reference'.padStart(12)}`);
for (const name of Object.keys(workloads) as Workload[]) {
  const us = median(runs.get(name) ?? []);
  const ratio = median(ratios.get(name) ?? []);
  console.log(`  ${name.padEnd(30)} ${f(us).padStart(14)} ${ratio.toFixed(3).padStart(12)}`);
}

console.log('\n  interview step by depth (questions answered so far): median and slowest over the dev cases');
console.log(
  `  ${'depth'.padStart(5)} ${'cases'.padStart(6)} ${'median µs'.padStart(10)} ${'slowest µs'.padStart(11)} ${'× reference'.padStart(12)}`,
);
const perDepth = stateRuns.map((states, d) => {
  const perState = states.map(median);
  return { d, cases: states.length, median: median(perState), slowest: Math.max(...perState) };
});
for (const x of perDepth) {
  const ratio = median(depthRatios[x.d] ?? []);
  console.log(
    `  ${String(x.d).padStart(5)} ${String(x.cases).padStart(6)} ${f(x.median).padStart(10)} ${f(x.slowest).padStart(11)} ${ratio.toFixed(3).padStart(12)}`,
  );
}
const allMedian = median(stateRuns.flatMap((states) => states.map(median)));
const slowestDepth = perDepth.reduce((a, b) => (b.median > a.median ? b : a));
console.log(
  `\ninterview step: median ${f(allMedian)} µs over all ${allStates.length} states; slowest depth ${slowestDepth.d}: median ${f(slowestDepth.median)} µs over its ${slowestDepth.cases} cases (${(slowestDepth.median / refUs).toFixed(2)}× reference)`,
);
const assessUs = median(runs.get('assess (validated input)') ?? []);
const harnessUs = median(runs.get('harness (reads the input)') ?? []);
console.log(
  `assess: ${f(assessUs)} µs (${(assessUs / refUs).toFixed(2)}× reference); the harness itself costs ${(harnessUs * 1000).toFixed(1)} ns per call (${((harnessUs / assessUs) * 100).toFixed(2)}% of an assessment)`,
);

console.log(
  `targets (issue 13, one core): assess ≤ 20 µs ${assessUs <= 20 ? 'met' : 'NOT met'}; interview step median ≤ 100 µs ${allMedian <= 100 ? 'met' : 'NOT met'}, slowest depth ≤ 300 µs ${slowestDepth.median <= 300 ? 'met' : 'NOT met'} (µs scale with the machine and its load: compare the ratios)`,
);

// Memory: heap after many assessments against the heap before them (a ratio near 1 means nothing is kept).
gc?.();
const heapStart = process.memoryUsage().heapUsed;
for (let i = 0; i < 20_000; i++) sink.value += assessRaw(oneShotRaw[i % oneShotRaw.length], kb).ok ? 1 : 0;
gc?.();
const heapEnd = process.memoryUsage().heapUsed;
console.log(
  `memory: engine and knowledge base ${(heapKnowledge / 1e6).toFixed(1)} MB of heap; heap after 20,000 more assessments ${(heapEnd / heapStart).toFixed(2)}× the heap before them${gc ? '' : ' (run with --expose-gc for exact figures)'}`,
);
if (sink.value === Number.MIN_VALUE) console.log(sink.value);
