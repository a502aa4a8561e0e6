/**
 * Engine benchmark: assessments per second and interview steps per second in one process on one core,
 * each against a no-op baseline run in the same loop, so the printed share is the engine's own work
 * and not the harness's. Prints numbers; nothing here is asserted.
 *
 *   node bench/engine.ts            (npm run bench runs it pinned to one core with taskset)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { AssessmentInput } from '../src/contract/input.ts';

// Memory: the heap the engine and its validated knowledge base add, measured around their first load
// (so they are imported here, after the baseline, not at the top).
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const { assessRaw } = await import('../src/engine/api.ts');
const { nextStep } = await import('../src/engine/interview.ts');
const { answer, fullInput, parseCases } = await import('../src/eval/case.ts');
const { getKnowledge } = await import('../src/knowledge/index.ts');
const kb = getKnowledge();
gc?.();
const heapKnowledge = process.memoryUsage().heapUsed - heapBefore;
const parsed = parseCases(
  JSON.parse(readFileSync(new URL('../vignettes/dev.json', import.meta.url), 'utf8')),
  'dev.json',
);
if (!parsed.ok) throw new Error('cannot read the dev cases');
const cases = parsed.value;

/** Every interview state the dev cases pass through: the inputs a server sees on POST /interview. */
function interviewStates(): AssessmentInput[] {
  const states: AssessmentInput[] = [];
  for (const c of cases) {
    let input: AssessmentInput = { age: c.age, sex: c.sex, evidence: [] };
    for (let i = 0; i < 80; i++) {
      states.push(input);
      const s = nextStep(kb, input);
      if (s.done) break;
      input = {
        ...input,
        evidence: [...input.evidence, ...s.question.items.map((it) => answer(c, it.findingId))],
      };
    }
  }
  return states;
}

// Raw JSON-shaped inputs, as the API receives them (validation is part of the measured work).
const oneShot = cases.map((c) => JSON.parse(JSON.stringify(fullInput(c))) as unknown);
const steps = interviewStates();

let sink = 0;
const noop = (x: unknown) => {
  sink += x === undefined ? 0 : 1;
};

function measure(
  label: string,
  inputs: readonly unknown[],
  fn: (x: unknown) => void,
  minMs = 2000,
): { perSecond: number; msPerOp: number } {
  for (let i = 0; i < Math.min(200, inputs.length * 3); i++) fn(inputs[i % inputs.length]);
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (const x of inputs) fn(x);
    ops += inputs.length;
    now = performance.now();
  }
  const ms = now - start;
  const r = { perSecond: (ops / ms) * 1000, msPerOp: ms / ops };
  console.log(
    `  ${label.padEnd(34)} ${r.perSecond.toFixed(0).padStart(10)} /s   ${(r.msPerOp * 1000).toFixed(1).padStart(9)} µs each`,
  );
  return r;
}

console.log(
  `BackEase engine benchmark — Node ${process.version}, one process${process.env.BENCH_PINNED ? ', pinned to one core' : ''}`,
);
console.log(
  `workload: ${oneShot.length} one-shot assessments (dev cases), ${steps.length} interview states\n`,
);

const base1 = measure('no-op baseline (assessments)', oneShot, noop);
const assess = measure('assessRaw (validate + assess)', oneShot, (x) => {
  const r = assessRaw(x, kb);
  sink += r.ok ? 1 : 0;
});
const base2 = measure('no-op baseline (interview)', steps, noop);
const next = measure('nextStep (one interview step)', steps, (x) => {
  const r = nextStep(kb, x as AssessmentInput);
  sink += r.done ? 1 : 0;
});

const share = (engine: { msPerOp: number }, base: { msPerOp: number }) =>
  (((engine.msPerOp - base.msPerOp) / engine.msPerOp) * 100).toFixed(2);
console.log(
  `\nassessments per second: ${assess.perSecond.toFixed(0)} (engine ${share(assess, base1)}% of loop time; ${(assess.msPerOp / base1.msPerOp).toFixed(0)}× the no-op)`,
);
console.log(
  `interview steps per second: ${next.perSecond.toFixed(0)} (engine ${share(next, base2)}% of loop time; ${(next.msPerOp / base2.msPerOp).toFixed(0)}× the no-op)`,
);

// Memory: heap after many assessments against the heap before them (a ratio near 1 means nothing is kept).
gc?.();
const heapStart = process.memoryUsage().heapUsed;
for (let i = 0; i < 20_000; i++) sink += assessRaw(oneShot[i % oneShot.length], kb).ok ? 1 : 0;
gc?.();
const heapEnd = process.memoryUsage().heapUsed;
console.log(
  `memory: engine and knowledge base ${(heapKnowledge / 1e6).toFixed(1)} MB of heap; heap after 20,000 more assessments ${(heapEnd / heapStart).toFixed(2)}× the heap before them${gc ? '' : ' (run with --expose-gc for exact figures)'}`,
);
if (sink < 0) console.log(sink);
