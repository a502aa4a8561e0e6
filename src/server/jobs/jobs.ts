/**
 * The heavy jobs of one app: the scheduler (limits, queue, 429) in front of where jobs run — worker
 * threads with their own database connections when the app was given its database's address (the
 * server always is), else this thread and the app's own store (an in-memory store cannot be opened
 * twice; tests of routes use it).
 */
import type { DatabaseConfig, JobsConfig } from '../../config/config.ts';
import type { Store } from '../../store/store.ts';
import { WorkerPool } from './pool.ts';
import { JobScheduler } from './scheduler.ts';
import { type Done, runTask, type Task } from './tasks.ts';

export class Jobs {
  readonly scheduler: JobScheduler;
  readonly #pool: WorkerPool | null;
  readonly #store: Store;

  constructor(config: JobsConfig, store: Store, database?: DatabaseConfig) {
    this.#store = store;
    this.#pool = database
      ? new WorkerPool({ size: config.workers, database, memoryMb: config.workerMemoryMb })
      : null;
    this.scheduler = new JobScheduler({
      slots: config.workers,
      runningPerAccount: config.runningPerAccount,
      queuePerAccount: config.queuePerAccount,
      queueLimit: config.queueLimit,
    });
  }

  /** Where jobs run: "worker threads" or "this thread". */
  get where(): string {
    return this.#pool ? 'worker threads' : 'this thread';
  }

  /** Runs a task for its account when the limits allow; 429 when the queue is full. */
  run<T extends Task>(task: T): Promise<Done<T>> {
    return this.scheduler.schedule(task.userId, () =>
      this.#pool ? this.#pool.run(task) : runTask(this.#store, task),
    );
  }

  async close(): Promise<void> {
    await this.#pool?.close();
  }
}
