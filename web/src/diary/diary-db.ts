/**
 * The diary on this device, in IndexedDB. Each record is kept with sync bookkeeping (docs/sync.md):
 * `updatedAt` (this device's clock when it was last written), `dirty` (changed since the last successful
 * sync), `deleted` (a tombstone until the deletion reaches the server), `version` and `base` (the server's
 * version this copy starts from, and its content, for merging), and `conflict` when the person must
 * choose. Works with no account and offline.
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
  /** The server's version this copy is based on; absent until the server has it. */
  readonly version?: number | undefined;
  /** The server's content at `version`: what both devices started from, for a three-way merge. */
  readonly base?: DiaryRecords[C] | undefined;
  /** Set when a sync found a change here and a change elsewhere that only the person can reconcile. */
  readonly conflict?: Conflict<C> | undefined;
}

/**
 * Why a record waits for the person:
 * - `fields`: both devices changed these fields differently (every other change merges by itself).
 * - `deletedThere`: changed here, deleted on another device (`version` is the deletion's, if known).
 * - `deletedHere`: deleted here, changed on another device.
 */
export type Conflict<C extends Collection = Collection> =
  | {
      readonly kind: 'fields';
      readonly fields: readonly string[];
      readonly theirs: DiaryRecords[C];
      readonly version: number;
    }
  | { readonly kind: 'deletedThere'; readonly version: number | undefined }
  | { readonly kind: 'deletedHere'; readonly theirs: DiaryRecords[C]; readonly version: number };

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

/** The API path segment of each collection (docs/api.md). */
export const SEGMENTS: Readonly<Record<Collection, string>> = {
  episodes: 'episodes',
  checkIns: 'checkins',
  remedySessions: 'remedy-sessions',
  assessments: 'assessments',
  doctorQuestions: 'doctor-questions',
};

export const recordKey = (collection: Collection, id: string) => `${collection}/${id}`;

/**
 * A record made or changed on this device, as stored: to be pushed at the next sync. The sync
 * bookkeeping of an earlier copy (its server version, its base, a pending conflict) is kept.
 */
export function changedCopy<C extends Collection>(
  old: StoredRecord<C> | undefined,
  collection: C,
  record: DiaryRecords[C] & { id: string },
  now: number,
): StoredRecord<C> {
  return {
    ...old,
    key: recordKey(collection, record.id),
    collection,
    id: record.id,
    record,
    updatedAt: now,
    dirty: true,
    deleted: false,
    synced: old?.synced ?? false,
  };
}

/**
 * A record deleted on this device: gone at once if the server never had it, otherwise a tombstone
 * until the server has deleted it too.
 */
export function deletedCopy(old: StoredRecord, now: number): StoredRecord | null {
  if (!old.synced && old.version === undefined) return null;
  return { ...old, deleted: true, dirty: true, updatedAt: now };
}

/** Saves a record made or changed on this device; it will be pushed at the next sync. */
export async function saveRecord<C extends Collection>(
  collection: C,
  record: DiaryRecords[C] & { id: string },
) {
  const d = await db();
  const old = (await d.get('records', recordKey(collection, record.id))) as StoredRecord<C> | undefined;
  await d.put('records', changedCopy(old, collection, record, Date.now()) as StoredRecord);
}

/** Deletes on this device at once; the tombstone stays until the server has deleted it too. */
export async function deleteRecord(collection: Collection, id: string) {
  const d = await db();
  const old = await d.get('records', recordKey(collection, id));
  if (!old) return;
  const next = deletedCopy(old, Date.now());
  if (next) await d.put('records', next);
  else await d.delete('records', old.key);
}

/** Every record waiting for the person to settle a conflict. */
export async function listConflicts(): Promise<StoredRecord[]> {
  return (await (await db()).getAll('records')).filter((r) => r.conflict);
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
