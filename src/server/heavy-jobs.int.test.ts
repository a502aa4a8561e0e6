/**
 * One account cannot freeze the server (issue 13): the real server imports a 20 MB, ten-year diary and
 * renders six ten-year PDFs of it at once, while this test asks GET /api/v1/health every 10 ms and
 * reads the server's resident memory. The jobs run in the server's worker threads, one at a time for
 * the account, so health keeps answering and memory stays bounded.
 *
 * Health latency is judged against a baseline sampled in this test just before, on this machine as it
 * is now: the acceptance figure is a p99 of 50 ms on a quiet machine, and a shared 2-core machine under
 * other engineers' test runs adds its own delay to every sample, jobs or none. So the test asserts
 * that the jobs add at most 50 ms to the p99 (p99 under load ≤ baseline p99 + 50 ms), and prints both.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigDiary, BIG_DIARY_FROM as FROM, BIG_DIARY_TO as TO } from './testing/big-diary.ts';
import { PASSWORD } from './testing/harness.ts';
import { type ServerProcess, spawnServer } from './testing/spawn-server.ts';

const MB = 1024 * 1024;
const PDFS = 6;

let dir: string;
let server: ServerProcess;
let cookie: string;
let csrf: string;

/** The server's resident memory, main thread and worker threads together (one process). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return Number(line?.[1] ?? 0) / 1024;
}

const p99 = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] as number;
};

/** Asks for health every 10 ms (one at a time) until `until` resolves; each answer's latency. */
async function sampleHealth(until: Promise<unknown>, onTick: () => void = () => {}): Promise<number[]> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const t = performance.now();
    const res = await fetch(`${server.url}api/v1/health`);
    await res.arrayBuffer();
    latencies.push(performance.now() - t);
    expect(res.status).toBe(200);
    onTick();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return latencies;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backease-heavy-'));
  server = await spawnServer({
    DATA_DIR: dir,
    LOG_LEVEL: 'info',
    REQUEST_LIMIT_PER_MINUTE: '0',
    IMPORT_LIMIT_BYTES: String(24 * MB),
  });
  const signup = await fetch(`${server.url}api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'heavy@example.test', password: PASSWORD }),
  });
  expect(signup.status).toBe(201);
  cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] as string;
  csrf = ((await signup.json()) as { csrfToken: string }).csrfToken;
}, 60_000);

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('heavy jobs off the event loop', () => {
  it('renders six ten-year PDFs of a 20 MB diary at once while health answers and memory stays bounded', async () => {
    // The baseline first, on the idle server, as the machine is now.
    const baseline = await sampleHealth(new Promise((resolve) => setTimeout(resolve, 5000)));
    const file = bigDiary(20 * MB);
    expect(file.length).toBeGreaterThanOrEqual(20 * MB);
    const imported = await fetch(`${server.url}api/v1/import`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: file,
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    const counts = ((await imported.json()) as { imported: { checkIns: number } }).imported;
    expect(counts.checkIns).toBeGreaterThan(50_000);

    const pid = server.child.pid as number;
    const rssBefore = rssMb(pid);

    let rssMax = rssBefore;
    const started = performance.now();
    const pdfs = Promise.all(
      Array.from({ length: PDFS }, async () => {
        const res = await fetch(`${server.url}api/v1/report.pdf?from=${FROM}&to=${TO}`, {
          headers: { cookie },
        });
        const bytes = Buffer.from(await res.arrayBuffer());
        return { status: res.status, bytes };
      }),
    );
    const loaded = await sampleHealth(pdfs, () => {
      rssMax = Math.max(rssMax, rssMb(pid));
    });
    const seconds = (performance.now() - started) / 1000;
    const answers = await pdfs;

    console.log(
      `six ten-year PDFs of a ${(file.length / MB).toFixed(1)} MB diary (${counts.checkIns} check-ins) in ${seconds.toFixed(1)} s; ` +
        `health p99 ${p99(baseline).toFixed(1)} ms idle (${baseline.length} samples), ` +
        `${p99(loaded).toFixed(1)} ms during (${loaded.length} samples, max ${Math.max(...loaded).toFixed(1)} ms); ` +
        `server RSS ${rssBefore.toFixed(0)} MB before, at most ${rssMax.toFixed(0)} MB during`,
    );
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    }
    // Sampled all along, not only once the jobs were done.
    expect(loaded.length).toBeGreaterThan(50);
    expect(p99(loaded)).toBeLessThanOrEqual(p99(baseline) + 50);
    // The figure. Measured 450-490 MB since job threads have a small young generation (pool.ts);
    // 630-720 MB before that, and 1.46 GB before the jobs moved to threads.
    expect(rssMax).toBeLessThanOrEqual(600);
  }, 300_000);
});
