/**
 * Two-way sync of the on-device diary with the server, when signed in, that never loses an edit
 * (docs/sync.md).
 *
 * 1. Push: every record changed on this device (`dirty`) is sent with PUT, naming the server version it
 *    is based on; every local deletion with DELETE, naming the version it deletes. The server refuses a
 *    change to a version that is no longer current (409) and answers with what it has now. Then:
 *    - changes to different fields merge by themselves, and the merge is sent again;
 *    - changes to the same field, or a change on one side and a deletion on the other, wait for the
 *      person (`conflict`; conflicts.ts settles them). Nothing is sent for that record meanwhile.
 * 2. Pull: every collection is listed. A server record replaces the local copy unless this device has
 *    changed it (then the next push reconciles them). A record the server lists as deleted (or no longer
 *    has) is removed here, unless it was changed here: then the push will ask the person.
 *
 * A retry is harmless: the server answers 200 to a write of exactly what it has. The storage and the
 * HTTP calls are passed in, so the algorithm is tested without a browser, against the real server.
 */
import { COLLECTIONS, type Collection, type Conflict, recordKey, type StoredRecord } from './diary-db.ts';
import { mergeRecords, sameValue } from './merge.ts';

export interface SyncStore {
  allStored(): Promise<StoredRecord[]>;
  getStored(key: string): Promise<StoredRecord | undefined>;
  putStored(stored: StoredRecord): Promise<void>;
  removeStored(key: string): Promise<void>;
}

export interface Versioned {
  readonly record: StoredRecord['record'];
  readonly version: number;
}

/** What a write found: done at `version`, or someone else's change (or deletion) in the way. */
export type WriteAnswer =
  | { readonly ok: true; readonly version: number }
  | {
      readonly ok: false;
      readonly current: Versioned | null;
      /** The deletion's version, when the record was deleted. */
      readonly deletedVersion: number | null;
    };

export interface SyncApi {
  /** PUT naming the version the record is based on (none to create). */
  put(collection: Collection, id: string, record: unknown, version: number | undefined): Promise<WriteAnswer>;
  /** DELETE naming the version; deleted now, before, or never there all count as done. */
  remove(
    collection: Collection,
    id: string,
    version: number,
  ): Promise<{ readonly ok: true } | { readonly ok: false; readonly current: Versioned }>;
  /** One record as the server has it, or null when it has none. */
  get(collection: Collection, id: string): Promise<Versioned | null>;
  /** Every record of the collection on the server, with its version. */
  list(collection: Collection): Promise<Versioned[]>;
  /** Every deletion on the server. */
  listDeleted(): Promise<
    { readonly collection: Collection; readonly id: string; readonly version: number }[]
  >;
}

export interface SyncOptions {
  /** Whether a merged record is still a valid record (two valid halves can make an invalid whole). */
  readonly valid?: (collection: Collection, record: unknown) => boolean;
  /** The clock for the bookkeeping of records this sync writes. */
  readonly now?: () => number;
}

export interface SyncResult {
  readonly pushed: number;
  readonly pulled: number;
  readonly removed: number;
  /** Changes merged with changes made elsewhere, without asking. */
  readonly merged: number;
  /** Records that now wait for the person's choice (all of them, not only new ones). */
  readonly conflicts: number;
}

/** A merged record is resent at most this many times in one sync before it waits for the next. */
const MAX_RESENDS = 3;

export async function syncDiary(
  store: SyncStore,
  api: SyncApi,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const valid = options.valid ?? (() => true);
  const now = options.now ?? Date.now;
  const counts = { pushed: 0, pulled: 0, removed: 0, merged: 0 };

  const setConflict = async (key: string, conflict: Conflict) => {
    const latest = await store.getStored(key);
    if (latest) await store.putStored({ ...latest, conflict });
  };

  const pushDeletion = async (s: StoredRecord) => {
    if (s.version === undefined) {
      // Never reached the server (a copy from before versions, or lost): nothing to delete there.
      if (!s.synced) await store.removeStored(s.key);
      else await removeUnversioned(s);
      return;
    }
    const r = await api.remove(s.collection, s.id, s.version);
    counts.pushed++;
    if (r.ok) {
      const latest = await store.getStored(s.key);
      if (latest?.deleted) await store.removeStored(s.key);
      return;
    }
    await setConflict(s.key, { kind: 'deletedHere', theirs: r.current.record, version: r.current.version });
  };

  // A deletion of a record synced before versions existed: delete the server's copy if it is the one this
  // device had; if another device changed it since, ask.
  const removeUnversioned = async (s: StoredRecord) => {
    const there = await api.get(s.collection, s.id);
    if (!there) return store.removeStored(s.key);
    if (sameValue(there.record, s.base ?? s.record)) return pushDeletion({ ...s, version: there.version });
    await setConflict(s.key, { kind: 'deletedHere', theirs: there.record, version: there.version });
  };

  const pushChange = async (first: StoredRecord) => {
    let s = first;
    for (let attempt = 0; attempt < MAX_RESENDS; attempt++) {
      const r = await api.put(s.collection, s.id, s.record, s.version);
      counts.pushed++;
      const latest = await store.getStored(s.key);
      if (r.ok) {
        if (!latest) {
          // Deleted here while the write was under way: delete what was just written.
          return pushDeletion({ ...s, deleted: true, version: r.version });
        }
        const untouched = latest.updatedAt === s.updatedAt;
        await store.putStored({
          ...latest,
          version: r.version,
          base: s.record,
          synced: true,
          dirty: untouched ? false : latest.dirty,
        });
        return;
      }
      if (!latest) return;
      if (!r.current) {
        await setConflict(s.key, { kind: 'deletedThere', version: r.deletedVersion ?? undefined });
        return;
      }
      // Merge into the newest local copy, from the version both started from.
      const theirs = r.current.record;
      const { merged, conflicts } = mergeRecords(latest.base, latest.record, theirs);
      if (conflicts.length > 0 || !valid(latest.collection, merged)) {
        const fields = conflicts.length > 0 ? conflicts : changedFields(latest.record, theirs);
        await setConflict(s.key, { kind: 'fields', fields, theirs, version: r.current.version });
        return;
      }
      counts.merged++;
      const next: StoredRecord = {
        ...latest,
        record: merged,
        base: theirs,
        version: r.current.version,
        synced: true,
        dirty: !sameValue(merged, theirs),
        updatedAt: now(),
      };
      await store.putStored(next);
      if (!next.dirty) return;
      s = next;
    }
  };

  for (const s of await store.allStored()) {
    if (!s.dirty || s.conflict) continue;
    if (s.deleted) await pushDeletion(s);
    else await pushChange(s);
  }

  const deleted = new Map((await api.listDeleted()).map((t) => [recordKey(t.collection, t.id), t.version]));
  for (const collection of COLLECTIONS) {
    const remote = await api.list(collection);
    const remoteKeys = new Set<string>();
    for (const { record, version } of remote) {
      const key = recordKey(collection, record.id);
      remoteKeys.add(key);
      const local = await store.getStored(key);
      // Changed here, or waiting for the person: the push reconciles it, never the pull.
      if (local?.dirty || local?.conflict) continue;
      if (local && local.version === version && sameValue(local.record, record)) continue;
      await store.putStored({
        key,
        collection,
        id: record.id,
        record,
        updatedAt: now(),
        dirty: false,
        deleted: false,
        synced: true,
        version,
        base: record,
      });
      counts.pulled++;
    }
    for (const local of await store.allStored()) {
      if (local.collection !== collection || local.dirty || local.conflict || remoteKeys.has(local.key))
        continue;
      // Deleted on another device: its tombstone says so (or, for a deletion older than tombstones, the
      // server simply no longer has a record this device had synced).
      if (deleted.has(local.key) || local.synced || local.version !== undefined) {
        await store.removeStored(local.key);
        counts.removed++;
      }
    }
  }
  const conflicts = (await store.allStored()).filter((s) => s.conflict).length;
  return { ...counts, conflicts };
}

/** Fields where `mine` and `theirs` differ: the whole choice, when merging gave an invalid record. */
function changedFields(mine: object, theirs: object): string[] {
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  return [...new Set([...Object.keys(m), ...Object.keys(t)])].filter((k) => !sameValue(m[k], t[k]));
}
