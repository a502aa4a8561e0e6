/**
 * The diary on this device, in IndexedDB. Each record is kept with sync bookkeeping: `updatedAt`
 * (this device's clock when it was last written), `dirty` (changed since the last successful sync)
 * and `deleted` (a tombstone until the deletion reaches the server). Works with no account and offline.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type {
  CheckIn,
  DoctorQuestion,
  Episode,
  RemedySession,
  SavedAssessment,
} from '../../../src/diary/model.ts';

export interface DiaryRecords {
  episodes: Episode;
  checkIns: CheckIn;
  remedySessions: RemedySession;
  assessments: SavedAssessment;
  doctorQuestions: DoctorQuestion;
}
export type Collection = keyof DiaryRecords;
export const COLLECTIONS: readonly Collection[] = [
  'episodes',
  'checkIns',
  'remedySessions',
  'assessments',
  'doctorQuestions',
];

export interface StoredRecord<C extends Collection = Collection> {
  readonly key: string;
  readonly collection: C;
  readonly id: string;
  readonly record: DiaryRecords[C];
  readonly updatedAt: number;
  readonly dirty: boolean;
  readonly deleted: boolean;
  /** Set once the server has this record, so a later absence from the server means it was deleted there. */
  readonly synced: boolean;
}

interface Schema extends DBSchema {
  records: { key: string; value: StoredRecord; indexes: { collection: string } };
  meta: { key: string; value: { key: string; value: unknown } };
}

let dbPromise: Promise<IDBPDatabase<Schema>> | undefined;

function db(): Promise<IDBPDatabase<Schema>> {
  dbPromise ??= openDB<Schema>('backease', 1, {
    upgrade(d) {
      const records = d.createObjectStore('records', { keyPath: 'key' });
      records.createIndex('collection', 'collection');
      d.createObjectStore('meta', { keyPath: 'key' });
    },
  });
  return dbPromise;
}

export const recordKey = (collection: Collection, id: string) => `${collection}/${id}`;

/** Saves a record made or changed on this device; it will be pushed at the next sync. */
export async function saveRecord<C extends Collection>(
  collection: C,
  record: DiaryRecords[C] & { id: string },
) {
  const stored: StoredRecord<C> = {
    key: recordKey(collection, record.id),
    collection,
    id: record.id,
    record,
    updatedAt: Date.now(),
    dirty: true,
    deleted: false,
    synced: (await (await db()).get('records', recordKey(collection, record.id)))?.synced ?? false,
  };
  await (await db()).put('records', stored as StoredRecord);
}

/** Deletes on this device at once; the tombstone stays until the server has deleted it too. */
export async function deleteRecord(collection: Collection, id: string) {
  const d = await db();
  const old = await d.get('records', recordKey(collection, id));
  if (!old) return;
  if (!old.synced) await d.delete('records', old.key);
  else await d.put('records', { ...old, deleted: true, dirty: true, updatedAt: Date.now() });
}

export async function listRecords<C extends Collection>(collection: C): Promise<DiaryRecords[C][]> {
  const all = (await (await db()).getAllFromIndex('records', 'collection', collection)) as StoredRecord<C>[];
  return all.filter((r) => !r.deleted).map((r) => r.record);
}

export async function allStored(): Promise<StoredRecord[]> {
  return (await db()).getAll('records');
}

export async function getStored(key: string): Promise<StoredRecord | undefined> {
  return (await db()).get('records', key);
}

export async function putStored(stored: StoredRecord): Promise<void> {
  await (await db()).put('records', stored);
}

export async function removeStored(key: string): Promise<void> {
  await (await db()).delete('records', key);
}

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await (await db()).get('meta', key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await (await db()).put('meta', { key, value });
}

/** Forgets the whole diary on this device (sign-out on a shared phone, account deletion). */
export async function clearDiary(): Promise<void> {
  const d = await db();
  await d.clear('records');
  await d.clear('meta');
}
