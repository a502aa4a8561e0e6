/**
 * A Store in process memory, for unit tests and as the executable reference of the contract: the SQL
 * stores must behave exactly like this. Records are kept as JSON text, as the SQL stores keep them, so a
 * caller can never mutate stored data through an object it still holds.
 */
import { type Diary, type Profile, storedProfile } from '../diary/model.ts';
import { COLLECTION_NAMES, type CollectionName, type CollectionRecords, timeKey } from './collections.ts';
import { MemoryAccountSecurity } from './memory-account-security.ts';
import { MemoryFeedback } from './memory-feedback.ts';
import {
  type CounterHit,
  type DeleteOutcome,
  type ListQuery,
  type Page,
  type PutOptions,
  type PutOutcome,
  type RowCounts,
  type Session,
  type Store,
  type Tombstone,
  type TombstoneCursor,
  type TombstonePage,
  type TombstoneQuery,
  UnknownUserError,
  type User,
  type Versioned,
} from './store.ts';
import { decideDelete, decidePut } from './versioning.ts';

interface Entry {
  readonly at: number;
  readonly id: string;
  readonly data: string;
  readonly updatedAt: number;
  readonly version: number;
}

/** Newest first, ties by id descending: the order every store lists in. */
export function compareDesc(a: { at: number; id: string }, b: { at: number; id: string }): number {
  if (a.at !== b.at) return b.at - a.at;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Newest deletion first, ties by collection and then id, descending: the order tombstones are listed in. */
export function compareTombstones(
  a: { deletedAt: number; collection: string; id: string } | TombstoneCursor,
  b: { deletedAt: number; collection: string; id: string } | TombstoneCursor,
): number {
  const at = (t: typeof a) => ('deletedAt' in t ? t.deletedAt : t.at);
  if (at(a) !== at(b)) return at(b) - at(a);
  if (a.collection !== b.collection) return a.collection < b.collection ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function versioned<T>(e: Entry): Versioned<T> {
  return { record: JSON.parse(e.data) as T, version: e.version };
}

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  readonly #users = new Map<string, User>();
  readonly #sessions = new Map<string, Session>();
  readonly security = new MemoryAccountSecurity(this.#sessions);
  readonly feedback = new MemoryFeedback();
  readonly #counters = new Map<string, { windowStart: number; count: number }>();
  readonly #profiles = new Map<string, { data: string; updatedAt: number }>();
  /** key: `${userId}\0${collection}\0${id}` */
  readonly #entries = new Map<string, Entry>();
  /** The same keys as #entries; a key is in one of the two at most. */
  readonly #tombstones = new Map<string, Tombstone>();

  async createUser(user: User, session: Session): Promise<'created' | 'email_taken'> {
    for (const u of this.#users.values()) if (u.email === user.email) return 'email_taken';
    this.#users.set(user.id, { ...user });
    this.#sessions.set(session.tokenHash, { ...session });
    return 'created';
  }

  async findUserByEmail(email: string): Promise<User | null> {
    for (const u of this.#users.values()) if (u.email === email) return { ...u };
    return null;
  }

  async findUserById(id: string): Promise<User | null> {
    const u = this.#users.get(id);
    return u ? { ...u } : null;
  }

  async changePassword(userId: string, passwordHash: string, keepTokenHash: string): Promise<void> {
    const u = this.#users.get(userId);
    if (!u) return;
    this.#users.set(userId, { ...u, passwordHash });
    for (const [hash, s] of this.#sessions) {
      if (s.userId === userId && hash !== keepTokenHash) this.#sessions.delete(hash);
    }
  }

  async deleteUser(userId: string): Promise<void> {
    this.security.forgetUser(userId);
    this.#users.delete(userId);
    this.#profiles.delete(userId);
    for (const [hash, s] of this.#sessions) if (s.userId === userId) this.#sessions.delete(hash);
    const prefix = `${userId}\0`;
    for (const key of this.#entries.keys()) if (key.startsWith(prefix)) this.#entries.delete(key);
    for (const key of this.#tombstones.keys()) if (key.startsWith(prefix)) this.#tombstones.delete(key);
  }

  async createSession(session: Session): Promise<void> {
    if (!this.#users.has(session.userId)) throw new Error('session for a user that does not exist');
    this.#sessions.set(session.tokenHash, { ...session });
  }

  async findSession(tokenHash: string): Promise<Session | null> {
    const s = this.#sessions.get(tokenHash);
    return s ? { ...s } : null;
  }

  async touchSession(tokenHash: string, lastSeenAt: number): Promise<void> {
    const s = this.#sessions.get(tokenHash);
    if (s) this.#sessions.set(tokenHash, { ...s, lastSeenAt });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.#sessions.delete(tokenHash);
  }

  async purgeExpired(now: number, idleMs: number, counterMaxAgeMs: number): Promise<void> {
    for (const [hash, s] of this.#sessions) {
      if (s.expiresAt <= now || s.lastSeenAt + idleMs <= now) this.#sessions.delete(hash);
    }
    for (const [key, c] of this.#counters) {
      if (c.windowStart <= now - counterMaxAgeMs) this.#counters.delete(key);
    }
  }

  async hitCounter(key: string, now: number, windowMs: number): Promise<CounterHit> {
    const c = this.#counters.get(key);
    const next =
      !c || c.windowStart <= now - windowMs
        ? { windowStart: now, count: 1 }
        : { windowStart: c.windowStart, count: c.count + 1 };
    this.#counters.set(key, next);
    return { count: next.count, resetAt: next.windowStart + windowMs };
  }

  async resetCounter(key: string): Promise<void> {
    this.#counters.delete(key);
  }

  async getProfile(userId: string): Promise<Profile | null> {
    const p = this.#profiles.get(userId);
    return p ? storedProfile(p.data) : null;
  }

  async putProfile(userId: string, profile: Profile, now: number): Promise<void> {
    this.#requireUser(userId);
    this.#profiles.set(userId, { data: JSON.stringify(profile), updatedAt: now });
  }

  async listEntries<C extends CollectionName>(
    userId: string,
    collection: C,
    q: ListQuery,
  ): Promise<Page<Versioned<CollectionRecords[C]>>> {
    const prefix = `${userId}\0${collection}\0`;
    const matching: Entry[] = [];
    for (const [key, e] of this.#entries) {
      if (!key.startsWith(prefix)) continue;
      if (q.from !== undefined && e.at < q.from) continue;
      if (q.to !== undefined && e.at >= q.to) continue;
      if (q.after && compareDesc(e, q.after) <= 0) continue;
      matching.push(e);
    }
    matching.sort(compareDesc);
    const page = matching.slice(0, q.limit);
    const last = page.at(-1);
    return {
      items: page.map((e) => versioned<CollectionRecords[C]>(e)),
      next: matching.length > q.limit && last ? { at: last.at, id: last.id } : null,
    };
  }

  async getEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    id: string,
  ): Promise<Versioned<CollectionRecords[C]> | null> {
    const e = this.#entries.get(`${userId}\0${collection}\0${id}`);
    return e ? versioned<CollectionRecords[C]>(e) : null;
  }

  async putEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    record: CollectionRecords[C],
    now: number,
    options: PutOptions = {},
  ): Promise<PutOutcome<CollectionRecords[C]>> {
    this.#requireUser(userId);
    const key = `${userId}\0${collection}\0${record.id}`;
    const row = this.#entries.get(key) ?? null;
    const tombstone = this.#tombstones.get(key) ?? null;
    const data = JSON.stringify(record);
    const at = timeKey(collection, record);
    const decision = decidePut({ row, tombstone }, data, options);
    switch (decision.kind) {
      case 'conflict':
        return {
          outcome: 'conflict',
          current: row ? versioned<CollectionRecords[C]>(row) : null,
          deleted: tombstone ? { ...tombstone } : null,
        };
      case 'unchanged':
        return { outcome: 'unchanged', version: decision.version };
      default:
        this.#tombstones.delete(key);
        this.#entries.set(key, { at, id: record.id, data, updatedAt: now, version: decision.version });
        return { outcome: decision.kind === 'replace' ? 'replaced' : 'created', version: decision.version };
    }
  }

  async deleteEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    id: string,
    version: number,
    now: number,
  ): Promise<DeleteOutcome<CollectionRecords[C]>> {
    const key = `${userId}\0${collection}\0${id}`;
    const row = this.#entries.get(key) ?? null;
    const tombstone = this.#tombstones.get(key) ?? null;
    const decision = decideDelete({ row, tombstone }, version);
    switch (decision.kind) {
      case 'delete': {
        const made: Tombstone = { collection, id, version: decision.version, deletedAt: now };
        this.#entries.delete(key);
        this.#tombstones.set(key, made);
        return { outcome: 'deleted', tombstone: { ...made } };
      }
      case 'gone':
        return { outcome: 'gone', tombstone: { ...(tombstone as Tombstone) } };
      case 'conflict':
        return { outcome: 'conflict', current: versioned<CollectionRecords[C]>(row as Entry) };
      default:
        return { outcome: 'not_found' };
    }
  }

  async listTombstones(userId: string, q: TombstoneQuery): Promise<TombstonePage> {
    const prefix = `${userId}\0`;
    const matching = [...this.#tombstones]
      .filter(([key, t]) => key.startsWith(prefix) && (!q.after || compareTombstones(t, q.after) > 0))
      .map(([, t]) => t)
      .sort(compareTombstones);
    const page = matching.slice(0, q.limit);
    const last = page.at(-1);
    return {
      items: page.map((t) => ({ ...t })),
      next:
        matching.length > q.limit && last
          ? { at: last.deletedAt, collection: last.collection, id: last.id }
          : null,
    };
  }

  async exportDiary(userId: string): Promise<{ profile: Profile | null } & Omit<Diary, 'profile'>> {
    const lists = {} as { -readonly [C in CollectionName]: CollectionRecords[C][] };
    for (const c of COLLECTION_NAMES) {
      const page = await this.listEntries(userId, c, { limit: Number.MAX_SAFE_INTEGER });
      (lists as Record<CollectionName, unknown[]>)[c] = page.items.map((v) => v.record).reverse();
    }
    return { profile: await this.getProfile(userId), ...lists };
  }

  async importDiary(userId: string, diary: Diary, now: number): Promise<void> {
    this.#requireUser(userId);
    // Everything that can fail happens before the first change, and the changes are synchronous, so no
    // failure and no other call can leave or observe half an import.
    const rows: [string, Entry][] = [];
    for (const c of COLLECTION_NAMES) {
      for (const record of diary[c] as readonly CollectionRecords[typeof c][]) {
        const key = `${userId}\0${c}\0${record.id}`;
        const data = JSON.stringify(record);
        const at = timeKey(c, record);
        const old = this.#entries.get(key);
        const version = old
          ? old.data === data
            ? old.version
            : old.version + 1
          : (this.#tombstones.get(key)?.version ?? 0) + 1;
        rows.push([key, { at, id: record.id, data, updatedAt: now, version }]);
      }
    }
    this.#profiles.set(userId, { data: JSON.stringify(diary.profile), updatedAt: now });
    for (const [key, entry] of rows) {
      this.#tombstones.delete(key);
      this.#entries.set(key, entry);
    }
  }

  async countRows(): Promise<RowCounts> {
    return {
      users: this.#users.size,
      sessions: this.#sessions.size,
      profiles: this.#profiles.size,
      entries: this.#entries.size,
      tombstones: this.#tombstones.size,
    };
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  #requireUser(userId: string): void {
    // Mirrors the SQL stores' foreign keys: no data for a user who does not exist (any more).
    if (!this.#users.has(userId)) throw new UnknownUserError();
  }
}
