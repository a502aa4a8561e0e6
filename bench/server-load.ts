/**
 * Server load benchmark: POST /api/v1/assess against GET /api/v1/health on the same server process in the
 * same run, under the same concurrent load (autocannon, keep-alive connections). Prints throughput and
 * p50/p99 latency of each and the ratios, so the cost of an assessment is read against the cost of the
 * HTTP stack itself. Prints numbers; asserts nothing.
 *
 *   node bench/server-load.ts [--seconds 10] [--connections 32]
 *
 * The server runs as its own process (production settings, info-level JSON logs to a pipe that is
 * drained), pinned to CPU 1 when taskset is available so the load generator does not share its core.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { fullInput, parseCases } from '../src/eval/case.ts';
import { spawnServer } from '../src/server/testing/spawn-server.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

// Representative bodies: the full answers of every development vignette, cycled through.
const parsed = parseCases(
  JSON.parse(readFileSync(new URL('../vignettes/dev.json', import.meta.url), 'utf8')),
  'dev.json',
);
if (!parsed.ok) throw new Error('cannot read vignettes/dev.json');
const bodies = parsed.value.map((c) => JSON.stringify(fullInput(c)));

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
}

async function load(path: string, requests?: autocannon.Request[]): Promise<Measured> {
  const result = await autocannon({
    url: `${server.url}${path.replace(/^\//, '')}`,
    connections,
    duration: seconds,
    ...(requests ? { requests } : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

const assessRequests: autocannon.Request[] = bodies.map((body) => ({
  method: 'POST',
  path: '/api/v1/assess',
  headers: { 'content-type': 'application/json' },
  body,
}));

try {
  // Warm-up: JIT, the knowledge base, connection set-up.
  await autocannon({ url: `${server.url}api/v1/health`, connections, duration: 2 });
  await autocannon({ url: server.url, connections, duration: 2, requests: assessRequests });

  const health = await load('/api/v1/health');
  const assess = await load('/api/v1/assess', assessRequests);

  const row = (name: string, m: Measured) =>
    `${name.padEnd(22)} ${m.rps.toFixed(0).padStart(8)} req/s   p50 ${String(m.p50).padStart(4)} ms   p99 ${String(m.p99).padStart(4)} ms   non-2xx/errors ${m.errors}`;
  console.log(
    `server load: ${connections} connections, ${seconds} s each, server ${canPin ? 'pinned to CPU 1' : 'not pinned'}, ` +
      `${bodies.length} different assessment bodies, Node ${process.version}`,
  );
  console.log(row('GET /api/v1/health', health));
  console.log(row('POST /api/v1/assess', assess));
  console.log(
    `ratio assess/health: throughput ${(assess.rps / health.rps).toFixed(3)}, ` +
      `p50 latency ${(assess.p50 / Math.max(health.p50, 1e-9)).toFixed(1)}x, p99 latency ${(assess.p99 / Math.max(health.p99, 1e-9)).toFixed(1)}x`,
  );
} finally {
  server.child.kill('SIGTERM');
  await server.exited();
  rmSync(dataDir, { recursive: true, force: true });
}
