/**
 * The tight reference loop the Node benchmarks divide by (bench/engine.ts, bench/parse.ts; the browser
 * page runs the same loop): fixed arithmetic over 1,024 doubles, nothing to do with BackEase. Timed in
 * the same process as the workload, in rounds interleaved with it, so the ratio workload ÷ reference
 * says how much work a call is whatever the machine and its neighbours are doing.
 *
 * Time is this process's CPU time (user + system, garbage collection included), not the wall clock: on
 * a shared machine the wall clock mostly measures the neighbours.
 */

/** CPU time of this process so far, in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const REF = new Float64Array(1024).map((_, i) => ((i * 7919) % 1000) / 1000);

/** Whatever a measured call returns is folded in here, so no call is dead code; print it at the end. */
export const sink = { value: 0 };

/**
 * Time per reference run by `clock` (ms), over at least `minMs` of it: the loop itself, shared with the
 * browser page (bench/browser-engine-page.ts), which times it by its own clock.
 */
export function referenceRun(clock: () => number, minMs: number): number {
  let runs = 0;
  let s = 0;
  const start = clock();
  let now = start;
  do {
    for (let r = 0; r < 100; r++) {
      for (let i = 0; i < REF.length; i++) {
        const x = REF[i] as number;
        s += x > 0.5 ? Math.sqrt(x) : x * x;
      }
    }
    runs += 100;
    now = clock();
  } while (now - start < minMs);
  // The sum is kept, so the loop cannot be optimised away.
  sink.value += s;
  return (now - start) / runs;
}

/** µs of CPU per reference run, over at least `minMs` of CPU. */
export function referenceUs(minMs: number): number {
  return referenceRun(cpuMs, minMs) * 1000;
}

/** µs of CPU per call of `fn` over `inputs`, repeated (in batches that double) for at least `minMs`. */
export function perCall<T>(inputs: readonly T[], fn: (x: T) => number, minMs: number): number {
  let calls = 0;
  let batch = 1;
  let s = 0;
  const start = cpuMs();
  let now = start;
  do {
    for (let b = 0; b < batch; b++) for (const x of inputs) s += fn(x);
    calls += batch * inputs.length;
    batch *= 2;
    now = cpuMs();
  } while (now - start < minMs);
  sink.value += s;
  return ((now - start) * 1000) / calls;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
};

/** µs with a sensible number of digits. */
export const us = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
