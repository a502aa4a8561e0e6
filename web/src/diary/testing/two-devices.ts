/**
 * Two devices of one person against the real server: each has its own on-device diary (the same
 * bookkeeping as IndexedDB's, in memory) and its own session, and syncs with the web app's own sync code
 * and API client, over the server in-process. Used by the unit tests (memory store) and the int tests
 * (SQLite and PostgreSQL).
 */
import type { FastifyInstance } from 'fastify';
import { type Client, signIn, signUp } from '../../../../src/server/testing/harness.ts';
import { answerOf, diaryApiOver, type Request } from '../../account/api-client.ts';
import { type Resolution, resolveConflict } from '../conflicts.ts';
import {
  type Collection,
  changedCopy,
  type DiaryRecords,
  deletedCopy,
  recordKey,
  type StoredRecord,
} from '../diary-db.ts';
import { type SyncApi, type SyncResult, type SyncStore, syncDiary } from '../sync.ts';
import { validRecord } from '../valid-record.ts';

/** Requests through the app, as the browser would make them with this client's cookie and CSRF token. */
export function requestVia(client: Client): Request {
  return async <T>(method: string, path: string, body?: unknown) => {
    const res = await client.call(method as 'GET', `/api/v1${path}`, body);
    if (res.statusCode === 204) return undefined as T;
    return answerOf<T>(res.statusCode, res.body ? JSON.parse(res.body) : null);
  };
}

export class Device {
  readonly records = new Map<string, StoredRecord>();
  readonly store: SyncStore = {
    allStored: async () => [...this.records.values()],
    getStored: async (k) => this.records.get(k),
    putStored: async (s) => void this.records.set(s.key, s),
    removeStored: async (k) => void this.records.delete(k),
  };
  api: SyncApi;
  #clock = 1;

  readonly name: string;

  constructor(name: string, client: Client) {
    this.name = name;
    this.api = diaryApiOver(requestVia(client));
  }

  now = () => this.#clock++;

  save<C extends Collection>(collection: C, record: DiaryRecords[C]): void {
    const key = recordKey(collection, record.id);
    const old = this.records.get(key) as StoredRecord<C> | undefined;
    this.records.set(key, changedCopy(old, collection, record, this.now()) as StoredRecord);
  }

  /** Changes some fields of a record this device holds, as the app's screens do. */
  edit<C extends Collection>(collection: C, id: string, change: Partial<DiaryRecords[C]>): void {
    const old = this.get(collection, id);
    if (!old) throw new Error(`${this.name} has no ${collection}/${id}`);
    this.save(collection, { ...old, ...change });
  }

  delete(collection: Collection, id: string): void {
    const old = this.records.get(recordKey(collection, id));
    if (!old) return;
    const next = deletedCopy(old, this.now());
    if (next) this.records.set(old.key, next);
    else this.records.delete(old.key);
  }

  /** The record as the person sees it on this device (none when deleted here). */
  get<C extends Collection>(collection: C, id: string): DiaryRecords[C] | undefined {
    const s = this.records.get(recordKey(collection, id));
    return s && !s.deleted ? (s.record as DiaryRecords[C]) : undefined;
  }

  stored(collection: Collection, id: string): StoredRecord | undefined {
    return this.records.get(recordKey(collection, id));
  }

  conflicts(): StoredRecord[] {
    return [...this.records.values()].filter((s) => s.conflict);
  }

  sync(): Promise<SyncResult> {
    return syncDiary(this.store, this.api, { valid: validRecord, now: this.now });
  }

  resolve(collection: Collection, id: string, resolution: Resolution): Promise<boolean> {
    return resolveConflict(this.store, recordKey(collection, id), resolution, this.now(), validRecord);
  }
}

/** A new account, and two devices signed in to it (a phone and a laptop). */
export async function twoDevices(
  app: FastifyInstance,
): Promise<{ phone: Device; laptop: Device; client: Client }> {
  const first = await signUp(app);
  const second = await signIn(app, first.email);
  return { phone: new Device('phone', first), laptop: new Device('laptop', second), client: first };
}
