/**
 * Runs the real server (src/server/serve.ts, or scripts/start.ts as `npm start` does) as a child process
 * and waits for its start-up log line, which carries the URL. Used by the tests and the benchmark that
 * need a process of their own: the crash test, the several-processes test, the web build test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

export interface ServerProcess {
  readonly child: ChildProcess;
  /** With a trailing slash, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  /** Resolves when the process has exited. */
  exited(): Promise<void>;
  /** The error-level lines it has logged so far (a failing test names the server's own reason). */
  loggedErrors(): readonly string[];
}

export interface SpawnOptions {
  /** What to run: the server itself (default), or `npm start`'s script, which builds the web app first. */
  readonly entry?: 'serve' | 'start';
  /** Pin the server to this CPU with `taskset` (benchmarks keep it off the load generator's core). */
  readonly cpu?: number;
  /** How long to wait for the start-up line before killing the process and failing (default 30 s). */
  readonly startTimeoutMs?: number;
}

export async function spawnServer(
  env: Readonly<Record<string, string>>,
  options: SpawnOptions = {},
): Promise<ServerProcess> {
  const script = options.entry === 'start' ? 'scripts/start.ts' : 'src/server/serve.ts';
  const node = [process.execPath, join(ROOT, script)];
  const [cmd, ...args] = options.cpu === undefined ? node : ['taskset', '-c', String(options.cpu), ...node];
  const child = spawn(cmd as string, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exitedPromise = new Promise<void>((r) => child.once('exit', () => r()));
  let stderr = '';
  const loggedErrors: string[] = [];
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let buffer = '';
    const timeoutMs = options.startTimeoutMs ?? 30_000;
    // A server that never says it is up is killed, and the caller hears of it once it is gone: a test
    // run must not leave a stray server (holding its port and files) behind.
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    };
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      child.kill('SIGKILL');
      void exitedPromise.then(() =>
        reject(
          Object.assign(new Error(`server did not start within ${timeoutMs} ms, killed: ${stderr}`), {
            pid: child.pid,
          }),
        ),
      );
    }, timeoutMs);
    const onData = (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        try {
          const entry = JSON.parse(line) as { url?: string; level?: number };
          // pino's levels: 50 is error, 60 fatal.
          if ((entry.level ?? 0) >= 50 && loggedErrors.length < 50) loggedErrors.push(line);
          if (entry.url) {
            clearTimeout(timer);
            resolveUrl(entry.url);
          }
        } catch {
          // not a JSON log line
        }
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
  // Keep draining the pipes so a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  return {
    child,
    url,
    exited: () => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : exitedPromise),
    loggedErrors: () => loggedErrors,
  };
}
