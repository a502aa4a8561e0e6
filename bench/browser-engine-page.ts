/**
 * The page side of bench/browser-engine.ts: the engine and its knowledge base, bundled as the web app
 * bundles them, with a timer the benchmark calls through the page. Times one interview step per state
 * and the same reference loop as bench/engine.ts, both by the page's own clock.
 */
import type { AssessmentInput } from '../src/contract/input.ts';
import { nextStep } from '../src/engine/interview.ts';
import { getKnowledge } from '../src/knowledge/index.ts';

const REF = new Float64Array(1024).map((_, i) => ((i * 7919) % 1000) / 1000);
let sink = 0;

/** ms per reference run (1,024 doubles), over at least `minMs`. */
function referenceMs(minMs: number): number {
  let runs = 0;
  let s = 0;
  const start = performance.now();
  let now = start;
  do {
    for (let r = 0; r < 100; r++) {
      for (let i = 0; i < REF.length; i++) {
        const x = REF[i] as number;
        s += x > 0.5 ? Math.sqrt(x) : x * x;
      }
    }
    runs += 100;
    now = performance.now();
  } while (now - start < minMs);
  sink += s;
  return (now - start) / runs;
}

/** ms per interview step of each state, each repeated for at least `minMs`. */
function stepMs(states: readonly AssessmentInput[], minMs: number): number[] {
  const kb = getKnowledge();
  return states.map((x) => {
    let calls = 0;
    const start = performance.now();
    let now = start;
    do {
      sink += nextStep(kb, x).done ? 1 : 0;
      calls++;
      now = performance.now();
    } while (now - start < minMs);
    return (now - start) / calls;
  });
}

function warm(states: readonly AssessmentInput[]): void {
  const kb = getKnowledge();
  for (const x of states) sink += nextStep(kb, x).done ? 1 : 0;
  referenceMs(5);
}

(globalThis as { backeaseBench?: unknown }).backeaseBench = {
  referenceMs,
  stepMs,
  warm,
  sink: () => sink,
};
