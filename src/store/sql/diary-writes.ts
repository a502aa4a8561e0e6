/**
 * Versioned diary writes over Kysely (docs/sync.md): read what is stored for the id (row or tombstone),
 * decide with versioning.ts, write. Each runs in one transaction; on PostgreSQL the transaction first takes
 * a lock on the user's diary (an advisory lock, released at commit), so two processes writing one person's
 * record cannot both read version 3 and both write version 4. SQLite runs one transaction at a time on
 * its one connection already. Different people never wait for each other.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Diary } from '../../diary/model.ts';
import { COLLECTION_NAMES, type CollectionName, type CollectionRecords, timeKey } from '../collections.ts';
import {
  type DeleteOutcome,
  type PutOptions,
  type PutOutcome,
  type StoreKind,
  type Tombstone,
  type TombstonePage,
  type TombstoneQuery,
  UnknownUserError,
  type Versioned,
} from '../store.ts';
import { decideDelete, decidePut, type StoredState } from '../versioning.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Rows per INSERT in bulk writes: well under both dialects' bound-parameter limits. */
const BATCH = 500;

/**
 * The first key of the two-integer advisory locks on one user's diary (the second is a hash of the user
 * id). Two-integer keys never collide with the one-bigint keys of the migration locks.
 */
const DIARY_LOCK = 0x0bac_ea5e;

/** Runs `write` in a transaction that holds the user's diary lock (PostgreSQL; SQLite needs none). */
export function inDiaryTransaction<T>(
  db: Kysely<Database>,
  kind: StoreKind,
  userId: string,
  write: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (kind === 'postgres')
      await sql`select pg_advisory_xact_lock(${sql.lit(DIARY_LOCK)}, hashtext(${userId}))`.execute(trx);
    return write(trx);
  });
}

interface Key {
  readonly userId: string;
  readonly collection: CollectionName;
  readonly id: string;
}

async function readState(db: Db, k: Key): Promise<StoredState & { readonly tombstone: Tombstone | null }> {
  const row = await db
    .selectFrom('diary_entries')
    .select(['version', 'data'])
    .where('user_id', '=', k.userId)
    .where('kind', '=', k.collection)
    .where('id', '=', k.id)
    .executeTakeFirst();
  const gone = await db
    .selectFrom('diary_tombstones')
    .select(['version', 'deleted_at'])
    .where('user_id', '=', k.userId)
    .where('kind', '=', k.collection)
    .where('id', '=', k.id)
    .executeTakeFirst();
  const tombstone: Tombstone | null = gone
    ? {
        collection: k.collection,
        id: k.id,
        version: Number(gone.version),
        deletedAt: Number(gone.deleted_at),
      }
    : null;
  return { row: row ? { version: Number(row.version), data: row.data } : null, tombstone };
}

function versioned<T>(row: { version: number; data: string }): Versioned<T> {
  return { record: JSON.parse(row.data) as T, version: Number(row.version) };
}

export async function putEntry<C extends CollectionName>(
  trx: Transaction<Database>,
  userId: string,
  collection: C,
  record: CollectionRecords[C],
  now: number,
  options: PutOptions,
): Promise<PutOutcome<CollectionRecords[C]>> {
  const key = { userId, collection, id: record.id };
  const state = await readState(trx, key);
  const data = JSON.stringify(record);
  const decision = decidePut(state, data, options);
  const at = timeKey(collection, record);
  switch (decision.kind) {
    case 'conflict':
      // With nothing stored for the id, the user may be gone: then no write of theirs is a conflict.
      if (!state.row && !state.tombstone && !(await userExists(trx, userId))) throw new UnknownUserError();
      return {
        outcome: 'conflict',
        current: state.row ? versioned(state.row) : null,
        deleted: state.tombstone,
      };
    case 'unchanged':
      return { outcome: 'unchanged', version: decision.version };
    case 'replace':
      await trx
        .updateTable('diary_entries')
        .set({ at, data, updated_at: now, version: decision.version })
        .where('user_id', '=', userId)
        .where('kind', '=', collection)
        .where('id', '=', record.id)
        .execute();
      return { outcome: 'replaced', version: decision.version };
    default:
      if (decision.kind === 'restore') await deleteTombstone(trx, key);
      await trx
        .insertInto('diary_entries')
        .values({
          user_id: userId,
          kind: collection,
          id: record.id,
          at,
          data,
          updated_at: now,
          version: decision.version,
        })
        .execute();
      return { outcome: 'created', version: decision.version };
  }
}

async function userExists(db: Db, userId: string): Promise<boolean> {
  return (
    (await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst()) !== undefined
  );
}

async function deleteTombstone(db: Db, k: Key): Promise<void> {
  await db
    .deleteFrom('diary_tombstones')
    .where('user_id', '=', k.userId)
    .where('kind', '=', k.collection)
    .where('id', '=', k.id)
    .execute();
}

export async function deleteEntry<C extends CollectionName>(
  trx: Transaction<Database>,
  userId: string,
  collection: C,
  id: string,
  version: number,
  now: number,
): Promise<DeleteOutcome<CollectionRecords[C]>> {
  const key = { userId, collection, id };
  const state = await readState(trx, key);
  const decision = decideDelete(state, version);
  switch (decision.kind) {
    case 'delete': {
      await trx
        .deleteFrom('diary_entries')
        .where('user_id', '=', userId)
        .where('kind', '=', collection)
        .where('id', '=', id)
        .execute();
      const tombstone: Tombstone = { collection, id, version: decision.version, deletedAt: now };
      await trx
        .insertInto('diary_tombstones')
        .values({ user_id: userId, kind: collection, id, version: decision.version, deleted_at: now })
        .execute();
      return { outcome: 'deleted', tombstone };
    }
    case 'gone':
      return { outcome: 'gone', tombstone: state.tombstone as Tombstone };
    case 'conflict':
      return { outcome: 'conflict', current: versioned(state.row as { version: number; data: string }) };
    default:
      return { outcome: 'not_found' };
  }
}

export async function listTombstones(db: Db, userId: string, q: TombstoneQuery): Promise<TombstonePage> {
  let query = db
    .selectFrom('diary_tombstones')
    .select(['kind', 'id', 'version', 'deleted_at'])
    .where('user_id', '=', userId);
  const after = q.after;
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('deleted_at', 'kind', 'id'), '<', eb.tuple(after.at, after.collection, after.id)),
    );
  }
  const rows = await query
    .orderBy('deleted_at', 'desc')
    .orderBy('kind', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const items = rows.slice(0, q.limit).map((r) => ({
    collection: r.kind as CollectionName,
    id: r.id,
    version: Number(r.version),
    deletedAt: Number(r.deleted_at),
  }));
  const last = items.at(-1);
  return {
    items,
    next:
      rows.length > q.limit && last ? { at: last.deletedAt, collection: last.collection, id: last.id } : null,
  };
}

/**
 * Adds or replaces every record of the diary by id (the caller writes the profile). A record whose content
 * changes gets the next version; one that was deleted comes back with the version after its tombstone's.
 */
export async function importRecords(
  trx: Transaction<Database>,
  userId: string,
  diary: Diary,
  now: number,
): Promise<void> {
  for (const c of COLLECTION_NAMES) {
    // Last one wins if an id repeats (the API refuses that earlier): PostgreSQL rejects an upsert that
    // touches the same row twice in one statement.
    const unique = [
      ...new Map((diary[c] as readonly CollectionRecords[typeof c][]).map((r) => [r.id, r])).values(),
    ];
    for (let i = 0; i < unique.length; i += BATCH) {
      const batch = unique.slice(i, i + BATCH);
      const rows = batch.map((record) => ({
        user_id: userId,
        kind: c,
        id: record.id,
        at: timeKey(c, record),
        data: JSON.stringify(record),
        updated_at: now,
      }));
      const revived = new Map(
        (
          await trx
            .deleteFrom('diary_tombstones')
            .where('user_id', '=', userId)
            .where('kind', '=', c)
            .where(
              'id',
              'in',
              batch.map((r) => r.id),
            )
            .returning(['id', 'version'])
            .execute()
        ).map((t) => [t.id, Number(t.version)]),
      );
      await trx
        .insertInto('diary_entries')
        .values(rows.map((r) => ({ ...r, version: (revived.get(r.id) ?? 0) + 1 })))
        .onConflict((oc) =>
          oc.columns(['user_id', 'kind', 'id']).doUpdateSet((eb) => ({
            at: eb.ref('excluded.at'),
            data: eb.ref('excluded.data'),
            updated_at: eb.ref('excluded.updated_at'),
            version: sql<number>`case when diary_entries.data = excluded.data then diary_entries.version else diary_entries.version + 1 end`,
          })),
        )
        .execute();
    }
  }
}
