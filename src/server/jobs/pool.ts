/**
 * The worker threads that run jobs (worker.ts), started when the first job comes and kept. Each runs
 * one job at a time; the scheduler never hands out more jobs than there are threads. A thread that dies
 * (out of its heap ceiling, a crash) fails its job with a 500 and is replaced by the next job's. A
 * thread whose heap a big job grew past RETIRE_HEAP_BYTES is retired after it: V8 keeps a grown heap
 * for ever, and a new thread (under a second to start) gives the memory back.
 */
import { Worker } from 'node:worker_threads';
import type { DatabaseConfig } from '../../config/config.ts';
import { UnknownUserError } from '../../store/store.ts';
import { ApiError } from '../http-error.ts';
import type { Done, Task } from './tasks.ts';
import type { JobAnswer, JobMessage } from './worker.ts';

export interface PoolOptions {
  readonly size: number;
  readonly database: DatabaseConfig;
  /** Each thread's old-generation heap ceiling. */
  readonly memoryMb: number;
}

/** A thread whose heap is larger than this after a job is stopped and replaced. */
export const RETIRE_HEAP_BYTES = 128 * 1024 * 1024;

/**
 * Each thread's young generation, small. With V8's default for the heap ceiling (several times this),
 * a 20 MB import or a ten-year PDF grew the thread's heap to 240–260 MB, the thread was retired after
 * every such job, and on Node 24 a retired thread's pages stay in the process's RSS; the server
 * peaked at 630–670 MB during six ten-year PDFs. With 8 MB the same jobs leave the heap at about
 * 80 MB, the thread is kept, and the peak was 450–490 MB, the PDFs no slower (heavy-jobs.int.test.ts).
 */
const YOUNG_GENERATION_MB = 8;

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

interface Thread {
  readonly worker: Worker;
  busy: Pending | null;
}

/** An error of the worker as the main thread's error handler knows it (503 for the database, 401 for a deleted account). */
function failureError(f: { name: string; message: string; code?: unknown }): Error {
  if (f.name === 'UnknownUserError') return new UnknownUserError();
  return Object.assign(new Error(f.message), { name: f.name, code: f.code });
}

/** An import's bytes with an ArrayBuffer of their own, so they can be handed over rather than copied. */
function sendable<T extends Task>(task: T): T {
  if (task.kind !== 'import') return task;
  const b = task.bytes;
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength
    ? task
    : { ...task, bytes: new Uint8Array(b) };
}

function transferable(task: Task): ArrayBuffer[] {
  return task.kind === 'import' ? [task.bytes.buffer as ArrayBuffer] : [];
}

export class WorkerPool {
  readonly #options: PoolOptions;
  readonly #idle: Thread[] = [];
  readonly #all = new Set<Thread>();
  #nextId = 1;
  #closed = false;

  constructor(options: PoolOptions) {
    this.#options = options;
  }

  run<T extends Task>(task: T): Promise<Done<T>> {
    if (this.#closed) return Promise.reject(new Error('the job pool is closed'));
    const thread = this.#idle.pop() ?? this.#spawn();
    const id = this.#nextId++;
    return new Promise<Done<T>>((resolve, reject) => {
      thread.busy = { resolve: resolve as (v: unknown) => void, reject };
      const onAnswer = (answer: JobAnswer) => {
        if (answer.id !== id) return;
        thread.worker.off('message', onAnswer);
        const pending = thread.busy;
        thread.busy = null;
        if (answer.heapBytes > RETIRE_HEAP_BYTES) this.#retire(thread);
        else if (!this.#closed) this.#idle.push(thread);
        if (answer.ok) pending?.resolve(answer.value);
        else if ('refusal' in answer) pending?.reject(new ApiError(answer.refusal));
        else pending?.reject(failureError(answer.failure));
      };
      thread.worker.on('message', onAnswer);
      const sent = sendable(task);
      thread.worker.postMessage({ id, task: sent } satisfies JobMessage, transferable(sent));
    });
  }

  #spawn(): Thread {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), {
      workerData: { database: this.#options.database },
      resourceLimits: {
        maxOldGenerationSizeMb: this.#options.memoryMb,
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      },
    });
    const thread: Thread = { worker, busy: null };
    this.#all.add(thread);
    const gone = (error: unknown) => {
      this.#all.delete(thread);
      const at = this.#idle.indexOf(thread);
      if (at >= 0) this.#idle.splice(at, 1);
      thread.busy?.reject(error);
      thread.busy = null;
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`a job worker stopped (exit code ${code})`)));
    // An idle thread does not keep the process alive.
    worker.unref();
    return thread;
  }

  #retire(thread: Thread): void {
    this.#all.delete(thread);
    void thread.worker.terminate();
  }

  /** Stops every thread; jobs still running fail. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#idle.length = 0;
    await Promise.all([...this.#all].map((t) => t.worker.terminate()));
    this.#all.clear();
  }
}
