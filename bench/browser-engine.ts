/**
 * Browser benchmark: one interview step in Chromium with the CPU slowed 4× (DevTools' CPU throttling,
 * the usual stand-in for a cheap phone), at every depth the dev cases reach. The engine is bundled from
 * src/ with Vite as the web app bundles it (bench/browser-engine-page.ts), loaded into a blank page of
 * Debian's Chromium through playwright-core, and timed by the page's own clock beside the same
 * reference loop as bench/engine.ts (throttled too). The page's clock is the wall clock, which on a
 * shared machine also counts the neighbours: so each state's figure is the fastest of its rounds (each
 * round a mean over at least 5 ms of repeated steps), which neighbours can only slow, never speed up.
 * Prints numbers; nothing here is asserted.
 *
 *   npm run bench:browser [-- --rate 4 --rounds 3]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { CHROMIUM_PATH, INSTALL_COMMAND } from '../scripts/chromium.ts';
import type { AssessmentInput } from '../src/contract/input.ts';
import { readCaseFile } from '../src/engine/testing/golden-files.ts';
import { getKnowledge } from '../src/knowledge/index.ts';
import { interviewStatesByDepth } from './interview-states.ts';

const { values: args } = parseArgs({
  options: { rate: { type: 'string', default: '4' }, rounds: { type: 'string', default: '3' } },
});
const RATE = Number(args.rate);
const ROUNDS = Number(args.rounds);
if (!(RATE >= 1 && ROUNDS >= 1)) {
  console.error('bench/browser-engine: --rate and --rounds must be at least 1');
  process.exit(2);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`bench/browser-engine: Chromium is not installed at ${CHROMIUM_PATH} (${INSTALL_COMMAND})`);
  process.exit(2);
}

// The states a server or the web app sees, by depth, as in bench/engine.ts.
const kb = getKnowledge();
const cases = readCaseFile('dev');
const depths = interviewStatesByDepth(kb, cases);

// The engine bundled for the browser, as one script.
const out = (await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: {
      entry: fileURLToPath(new URL('./browser-engine-page.ts', import.meta.url)),
      formats: ['iife'],
      name: 'backeaseBenchPage',
      fileName: () => 'page.js',
    },
  },
})) as Rolldown.RolldownOutput[];
const script = out.flatMap((o) => o.output).find((c) => c.type === 'chunk');
if (script?.type !== 'chunk') throw new Error('the page bundle was not built');

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: script.code });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const userAgent = await page.evaluate(() => navigator.userAgent);

  type Bench = {
    referenceMs(minMs: number): number;
    stepMs(states: readonly AssessmentInput[], minMs: number): number[];
    warm(states: readonly AssessmentInput[]): void;
  };
  const all = depths.flat();
  await page.evaluate(
    (states) => (globalThis as unknown as { backeaseBench: Bench }).backeaseBench.warm(states),
    all,
  );

  const median = (xs: readonly number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const h = Math.floor(s.length / 2);
    return s.length % 2 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
  };
  const refs: number[] = [];
  const perState = depths.map((states) => states.map((): number[] => []));
  for (let round = 0; round < ROUNDS; round++) {
    refs.push(
      await page.evaluate(() =>
        (globalThis as unknown as { backeaseBench: Bench }).backeaseBench.referenceMs(100),
      ),
    );
    for (const [d, states] of depths.entries()) {
      const ms = await page.evaluate(
        (s) => (globalThis as unknown as { backeaseBench: Bench }).backeaseBench.stepMs(s, 5),
        states,
      );
      for (const [i, x] of ms.entries()) perState[d]?.[i]?.push(x);
    }
  }

  const ref = Math.min(...refs);
  console.log(
    `BackEase engine in the browser — ${userAgent.replace(/^.*(HeadlessChrome\/\S+|Chrome\/\S+).*$/, '$1')}, CPU throttled ${RATE}×`,
  );
  console.log(
    `workload: ${all.length} interview states of the ${cases.length} dev cases; ${ROUNDS} rounds (each state's fastest round); bundle ${(script.code.length / 1024).toFixed(0)} KB`,
  );
  console.log(
    `reference loop: ${(ref * 1000).toFixed(1)} µs per run (fastest round), throttled (the unit of the ratios below)\n`,
  );
  console.log(
    `  ${'depth'.padStart(5)} ${'cases'.padStart(6)} ${'median ms'.padStart(10)} ${'slowest ms'.padStart(11)} ${'× reference'.padStart(12)}`,
  );
  const fastest = (xs: readonly number[]) => Math.min(...xs);
  const rows = perState.map((states, d) => {
    const ms = states.map(fastest);
    return { d, cases: ms.length, median: median(ms), slowest: Math.max(...ms) };
  });
  for (const r of rows)
    console.log(
      `  ${String(r.d).padStart(5)} ${String(r.cases).padStart(6)} ${r.median.toFixed(2).padStart(10)} ${r.slowest.toFixed(2).padStart(11)} ${(r.median / ref).toFixed(0).padStart(12)}`,
    );
  const overall = median(perState.flatMap((states) => states.map(fastest)));
  const slowest = rows.reduce((a, b) => (b.median > a.median ? b : a));
  const worstState = Math.max(...rows.map((r) => r.slowest));
  console.log(
    `\ninterview step at ${RATE}× throttling: median ${overall.toFixed(2)} ms over all states; slowest depth ${slowest.d}: median ${slowest.median.toFixed(2)} ms over its ${slowest.cases} cases; slowest single state ${worstState.toFixed(2)} ms`,
  );
  console.log(
    `target (issue 13): an interview step ≤ 4 ms at 4× throttling: ${RATE === 4 ? (worstState <= 4 ? 'met by every state' : slowest.median <= 4 ? 'met at the median of every depth, not by every state' : 'NOT met') : 'run with --rate 4 to check'}`,
  );
} finally {
  await browser.close();
}
