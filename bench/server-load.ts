/**
 * Server load benchmark (`npm run bench:server`): GET /api/v1/health, POST /api/v1/assess and POST
 * /api/v1/interview against one server process in one run, under the same concurrent load (autocannon,
 * keep-alive connections, 10 by default). The three are measured in turn, round after round, and each
 * figure is the median of its rounds, so a burst of other work on the machine lands on all three alike.
 * Prints throughput and p50/p99 latency of each, and the ratios to health: the cost of an answer read
 * against the cost of the HTTP stack itself. autocannon keeps latencies in whole milliseconds, and a
 * health check's p50 is often under one (shown as 0): the latency ratio is taken from the mean latency
 * instead, which for a fixed number of connections each waiting for its answer is connections ÷
 * throughput (Little's law), exact to the microsecond; a p50 ratio against a 0 ms p50 is "n/a".
 * It also prints the server's CPU time per answer (from /proc, on Linux) and the ratio of those: on a
 * machine shared with other work, throughput says how much CPU the server was given, CPU per answer
 * (much less disturbed) says what an answer costs. Prints numbers; asserts nothing. About 90 s with the defaults.
 *
 *   node bench/server-load.ts [--seconds 8] [--connections 10] [--rounds 3]
 *
 * The server runs as its own process (production settings: info-level JSON logs to a pipe that is
 * drained), pinned to CPU 1 when taskset is available so the load generator does not share its core.
 * The bodies: assess gets each development vignette's full answers; interview gets the states a
 * simulated person passes through (nothing answered, then a quarter, half and three quarters of what
 * that person's interview asks), so its figure mixes early and late steps.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { readCaseFile } from '../src/engine/testing/golden-files.ts';
import { fullInput } from '../src/eval/case.ts';
import { median, runInterview } from '../src/eval/evaluate.ts';
import { getKnowledge } from '../src/knowledge/index.ts';
import { spawnServer } from '../src/server/testing/spawn-server.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const rounds = Number(values.rounds);

const cases = readCaseFile('dev');
const kb = getKnowledge();

const post = (path: string, body: unknown): autocannon.Request => ({
  method: 'POST',
  path,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const assessRequests = cases.map((c) => post('/api/v1/assess', fullInput(c)));
const interviewRequests = cases.flatMap((c) => {
  const { input } = runInterview(kb, c);
  const n = input.evidence.length;
  return [0, 0.25, 0.5, 0.75].map((f) =>
    post('/api/v1/interview', { ...input, evidence: input.evidence.slice(0, Math.floor(n * f)) }),
  );
});

const canPin = cpus().length > 1 && spawnSync('taskset', ['-c', '1', 'true']).status === 0;
const dataDir = mkdtempSync(join(tmpdir(), 'backease-bench-'));
const server = await spawnServer(
  { DATA_DIR: dataDir, LOG_LEVEL: 'info', REQUEST_LIMIT_PER_MINUTE: '0' },
  canPin ? { cpu: 1 } : {},
);

interface Measured {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  /** The server's CPU time per answer in µs (user + system, from /proc), NaN where there is no /proc. */
  readonly cpuUs: number;
}

/** The server process's CPU time so far in µs, NaN where /proc cannot tell. */
function serverCpuUs(): number {
  try {
    const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks of 10 ms (the kernel's USER_HZ of 100).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return Number.NaN;
  }
}

async function load(duration: number, requests?: autocannon.Request[]): Promise<Measured> {
  const cpuBefore = serverCpuUs();
  const result = await autocannon({
    url: `${server.url}api/v1/health`,
    connections,
    duration,
    ...(requests ? { requests } : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    cpuUs: (serverCpuUs() - cpuBefore) / result.requests.total,
  };
}

const targets = [
  { name: 'GET /api/v1/health', requests: undefined },
  { name: 'POST /api/v1/assess', requests: assessRequests },
  { name: 'POST /api/v1/interview', requests: interviewRequests },
] as const;

try {
  // Warm-up: JIT, the knowledge base, connection set-up.
  for (const t of targets) await load(2, t.requests);
  const runs: Measured[][] = targets.map(() => []);
  for (let round = 0; round < rounds; round++)
    for (const [i, t] of targets.entries()) runs[i]?.push(await load(seconds, t.requests));

  const med = (ms: Measured[]): Measured => ({
    rps: median(ms.map((m) => m.rps)),
    p50: median(ms.map((m) => m.p50)),
    p99: median(ms.map((m) => m.p99)),
    errors: ms.reduce((s, m) => s + m.errors, 0),
    cpuUs: median(ms.map((m) => m.cpuUs)),
  });
  const [health, assess, interview] = runs.map(med) as [Measured, Measured, Measured];
  /** Mean latency in ms: each connection waits for its answer before it asks again (Little's law). */
  const mean = (m: Measured) => (connections / m.rps) * 1000;
  const row = (name: string, m: Measured) =>
    `${name.padEnd(24)} ${m.rps.toFixed(0).padStart(8)} req/s   mean ${mean(m).toFixed(2).padStart(6)} ms   p50 ${String(m.p50).padStart(4)} ms   p99 ${String(m.p99).padStart(4)} ms   server CPU ${m.cpuUs.toFixed(0).padStart(4)} µs/answer   non-2xx/errors ${m.errors}`;
  const times = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}x` : 'n/a');
  console.log(
    `server load: ${connections} connections, ${rounds} rounds of ${seconds} s each (medians), server ${canPin ? 'pinned to CPU 1' : 'not pinned'}, ` +
      `${assessRequests.length} assess and ${interviewRequests.length} interview bodies, Node ${process.version}, ` +
      `${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'})`,
  );
  for (const [i, t] of targets.entries())
    console.log(row(t.name, [health, assess, interview][i] as Measured));
  for (const [name, m] of [
    ['assess', assess],
    ['interview', interview],
  ] as const)
    console.log(
      `ratio ${name}/health: throughput ${(m.rps / health.rps).toFixed(3)}, ` +
        `mean latency ${times(mean(m), mean(health))}, p50 latency ${times(m.p50, health.p50)}, p99 latency ${times(m.p99, health.p99)}; ` +
        `server CPU per answer ${(health.cpuUs / m.cpuUs).toFixed(3)} (health's over ${name}'s: the throughput ratio on a core of its own)`,
    );
} finally {
  server.child.kill('SIGTERM');
  await server.exited();
  rmSync(dataDir, { recursive: true, force: true });
}
