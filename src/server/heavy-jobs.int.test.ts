/**
 * One account cannot freeze the server (issue 13): the real server imports a 20 MB, ten-year diary and
 * renders six ten-year PDFs of it at once, while this test asks GET /api/v1/health every 10 ms and
 * reads the server's resident memory. The jobs run in the server's worker threads, one at a time for
 * the account, so health keeps answering and memory stays bounded.
 *
 * Health latency is judged against a control: a second, idle server started by this test and asked for
 * its health at the same moments, one request to each in turn. A shared 2-core machine under other
 * engineers' test runs delays both alike, so the difference is what the jobs cost the server that runs
 * them. The acceptance figure is a p99 of 50 ms on a quiet machine; the test asserts that the jobs add at
 * most 50 ms to the p99 (p99 of the busy server ≤ p99 of the control + 50 ms), and prints both. A
 * baseline sampled earlier, before the jobs, made this flaky: load that began in between counted as the
 * jobs' cost.
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
/** Runs no jobs: its health latency is the machine's, at the same moments. */
let control: ServerProcess;
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

async function healthMs(base: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${base}api/v1/health`);
  await res.arrayBuffer();
  expect(res.status).toBe(200);
  return performance.now() - t;
}

/**
 * Asks both servers for health every 10 ms (one request at a time, the first one asked taking turns)
 * until `until` resolves; each answer's latency, per server.
 */
async function sampleHealth(
  until: Promise<unknown>,
  onTick: () => void,
): Promise<{ busy: number[]; control: number[] }> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const out = { busy: [] as number[], control: [] as number[] };
  for (let tick = 0; !done; tick++) {
    if (tick % 2 === 0) {
      out.busy.push(await healthMs(server.url));
      out.control.push(await healthMs(control.url));
    } else {
      out.control.push(await healthMs(control.url));
      out.busy.push(await healthMs(server.url));
    }
    onTick();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backease-heavy-'));
  const env = { LOG_LEVEL: 'info', REQUEST_LIMIT_PER_MINUTE: '0', IMPORT_LIMIT_BYTES: String(24 * MB) };
  [server, control] = await Promise.all([
    spawnServer({ ...env, DATA_DIR: join(dir, 'busy') }),
    spawnServer({ ...env, DATA_DIR: join(dir, 'control') }),
  ]);
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
  control?.child.kill('SIGTERM');
  await Promise.all([server?.exited(), control?.exited()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('heavy jobs off the event loop', () => {
  it('renders six ten-year PDFs of a 20 MB diary at once while health answers and memory stays bounded', async () => {
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
    const { busy: loaded, control: baseline } = await sampleHealth(pdfs, () => {
      rssMax = Math.max(rssMax, rssMb(pid));
    });
    const seconds = (performance.now() - started) / 1000;
    const answers = await pdfs;

    console.log(
      `six ten-year PDFs of a ${(file.length / MB).toFixed(1)} MB diary (${counts.checkIns} check-ins) in ${seconds.toFixed(1)} s; ` +
        `health p99 ${p99(loaded).toFixed(1)} ms on the busy server (${loaded.length} samples, max ${Math.max(...loaded).toFixed(1)} ms), ` +
        `${p99(baseline).toFixed(1)} ms on the idle control at the same moments; ` +
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
