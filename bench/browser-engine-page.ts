/**
 * The page side of bench/browser-engine.ts: the engine and its knowledge base, bundled as the web app
 * bundles them, with a timer the benchmark calls through the page. Times one interview step per state
 * and the same reference loop as bench/engine.ts, both by the page's own clock.
 */
import type { AssessmentInput } from '../src/contract/input.ts';
import { nextStep } from '../src/engine/interview.ts';
import { getKnowledge } from '../src/knowledge/index.ts';
import { referenceRun, sink as referenceSink } from './reference.ts';

let sink = 0;

/** ms per reference run (1,024 doubles) by the page's clock, over at least `minMs`. */
const referenceMs = (minMs: number): number => referenceRun(() => performance.now(), minMs);

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
  sink: () => sink + referenceSink.value,
};
