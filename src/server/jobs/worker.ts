/**
 * A job worker thread: opens its own connection to the server's database (SQLite allows a reader and a
 * writer beside the main connection; PostgreSQL gets a small pool of its own) and runs one task at a time
 * as the pool sends them. Bytes go back transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DatabaseConfig } from '../../config/config.ts';
import { openPostgresStore } from '../../store/sql/postgres.ts';
import { openSqliteStore } from '../../store/sql/sqlite.ts';
import type { Store } from '../../store/store.ts';
import { ApiError } from '../http-error.ts';
import { refusalFrom, runTask, type Task } from './tasks.ts';

const database = (workerData as { database: DatabaseConfig }).database;

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
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly refusal: ApiError['issues'] }
  | {
      readonly id: number;
      readonly ok: false;
      readonly failure: { name: string; message: string; code?: unknown };
    };

parentPort?.on('message', async ({ id, task }: JobMessage) => {
  try {
    const value = await runTask(await openOwnStore(), task);
    const bytes = (value as { bytes?: Uint8Array }).bytes;
    parentPort?.postMessage(
      { id, ok: true, value } satisfies JobAnswer,
      bytes ? [bytes.buffer as ArrayBuffer] : [],
    );
  } catch (error) {
    if (error instanceof ApiError) {
      parentPort?.postMessage({ id, ok: false, refusal: refusalFrom(error).issues } satisfies JobAnswer);
      return;
    }
    const e = error as Error & { code?: unknown };
    parentPort?.postMessage({
      id,
      ok: false,
      failure: { name: e?.name ?? 'Error', message: String(e?.message ?? error), code: e?.code },
    } satisfies JobAnswer);
  }
});
