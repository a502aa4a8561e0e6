/**
 * A job worker thread: opens its own connection to the server's database (SQLite allows a reader and a
 * writer beside the main connection; PostgreSQL gets a small pool of its own) and runs one task at a time
 * as the pool sends them. Bytes go back transferred, not copied.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { DatabaseConfig } from '../../config/config.ts';
import { openPostgresStore } from '../../store/sql/postgres.ts';
import { openSqliteStore } from '../../store/sql/sqlite.ts';
import type { Store } from '../../store/store.ts';
import { ApiError } from '../http-error.ts';
import { refusalFrom, runTask, type Task } from './tasks.ts';

const database = (workerData as { database: DatabaseConfig }).database;

/**
 * Jobs are background work: on Linux this thread takes a lower priority (nice 10) than the thread that
 * answers requests, so on a busy machine a health check or an assessment is not kept waiting behind a
 * PDF. Elsewhere (no /proc/thread-self) it keeps the process's priority.
 */
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {
  // not Linux, or not allowed: the same priority as the rest of the server
}

let store: Promise<Store> | undefined;
function openOwnStore(): Promise<Store> {
  store ??=
    database.kind === 'sqlite'
      ? openSqliteStore(database.file, {
          further: true,
          ...(database.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: database.busyTimeoutMs }),
        })
      : openPostgresStore({ ...database, poolSize: 2 });
  return store;
}

/** What the pool sends, and what it gets back. */
export interface JobMessage {
  readonly id: number;
  readonly task: Task;
}
export type JobAnswer =
  | { readonly id: number; readonly ok: true; readonly value: unknown; readonly heapBytes: number }
  | {
      readonly id: number;
      readonly ok: false;
      readonly refusal: ApiError['issues'];
      readonly heapBytes: number;
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly failure: { name: string; message: string; code?: unknown };
      readonly heapBytes: number;
    };

/** The heap as the job left it: the pool retires a thread a big job has grown (pool.ts). */
const heapBytes = () => getHeapStatistics().total_heap_size;

parentPort?.on('message', async ({ id, task }: JobMessage) => {
  try {
    const value = await runTask(await openOwnStore(), task);
    const bytes = (value as { bytes?: Uint8Array }).bytes;
    parentPort?.postMessage(
      { id, ok: true, value, heapBytes: heapBytes() } satisfies JobAnswer,
      bytes ? [bytes.buffer as ArrayBuffer] : [],
    );
  } catch (error) {
    if (error instanceof ApiError) {
      parentPort?.postMessage({
        id,
        ok: false,
        refusal: refusalFrom(error).issues,
        heapBytes: heapBytes(),
      } satisfies JobAnswer);
      return;
    }
    const e = error as Error & { code?: unknown };
    parentPort?.postMessage({
      id,
      ok: false,
      failure: { name: e?.name ?? 'Error', message: String(e?.message ?? error), code: e?.code },
      heapBytes: heapBytes(),
    } satisfies JobAnswer);
  }
});
