/**
 * A Store in process memory, for unit tests and as the executable reference of the contract: the SQL
 * stores must behave exactly like this. Records are kept as JSON text, as the SQL stores keep them, so a
 * caller can never mutate stored data through an object it still holds.
 */
import type { Diary, Profile } from '../diary/model.ts';
import { COLLECTION_NAMES, type CollectionName, type CollectionRecords, timeKey } from './collections.ts';
import { MemoryAccountSecurity } from './memory-account-security.ts';
import {
  type CounterHit,
  type ListQuery,
  type Page,
  type RowCounts,
  type Session,
  type Store,
  UnknownUserError,
  type User,
} from './store.ts';

interface Entry {
  readonly at: number;
  readonly id: string;
  readonly data: string;
  readonly updatedAt: number;
}

/** Newest first, ties by id descending: the order every store lists in. */
export function compareDesc(a: { at: number; id: string }, b: { at: number; id: string }): number {
  if (a.at !== b.at) return b.at - a.at;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  readonly #users = new Map<string, User>();
  readonly #sessions = new Map<string, Session>();
  readonly security = new MemoryAccountSecurity(this.#sessions);
  readonly #counters = new Map<string, { windowStart: number; count: number }>();
  readonly #profiles = new Map<string, { data: string; updatedAt: number }>();
  /** key: `${userId}\0${collection}\0${id}` */
  readonly #entries = new Map<string, Entry>();

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
    return p ? (JSON.parse(p.data) as Profile) : null;
  }

  async putProfile(userId: string, profile: Profile, now: number): Promise<void> {
    this.#requireUser(userId);
    this.#profiles.set(userId, { data: JSON.stringify(profile), updatedAt: now });
  }

  async listEntries<C extends CollectionName>(
    userId: string,
    collection: C,
    q: ListQuery,
  ): Promise<Page<CollectionRecords[C]>> {
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
      items: page.map((e) => JSON.parse(e.data) as CollectionRecords[C]),
      next: matching.length > q.limit && last ? { at: last.at, id: last.id } : null,
    };
  }

  async getEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    id: string,
  ): Promise<CollectionRecords[C] | null> {
    const e = this.#entries.get(`${userId}\0${collection}\0${id}`);
    return e ? (JSON.parse(e.data) as CollectionRecords[C]) : null;
  }

  async putEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    record: CollectionRecords[C],
    now: number,
    mode: 'create' | 'upsert' = 'upsert',
  ): Promise<'created' | 'replaced' | 'exists'> {
    this.#requireUser(userId);
    const key = `${userId}\0${collection}\0${record.id}`;
    const existed = this.#entries.has(key);
    if (existed && mode === 'create') return 'exists';
    this.#entries.set(key, {
      at: timeKey(collection, record),
      id: record.id,
      data: JSON.stringify(record),
      updatedAt: now,
    });
    return existed ? 'replaced' : 'created';
  }

  async deleteEntry(userId: string, collection: CollectionName, id: string): Promise<boolean> {
    return this.#entries.delete(`${userId}\0${collection}\0${id}`);
  }

  async exportDiary(userId: string): Promise<{ profile: Profile | null } & Omit<Diary, 'profile'>> {
    const lists = {} as { -readonly [C in CollectionName]: CollectionRecords[C][] };
    for (const c of COLLECTION_NAMES) {
      const page = await this.listEntries(userId, c, { limit: Number.MAX_SAFE_INTEGER });
      (lists as Record<CollectionName, unknown[]>)[c] = [...page.items].reverse();
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
        const entry = { at: timeKey(c, record), id: record.id, data: JSON.stringify(record), updatedAt: now };
        rows.push([`${userId}\0${c}\0${record.id}`, entry]);
      }
    }
    this.#profiles.set(userId, { data: JSON.stringify(diary.profile), updatedAt: now });
    for (const [key, entry] of rows) this.#entries.set(key, entry);
  }

  async countRows(): Promise<RowCounts> {
    return {
      users: this.#users.size,
      sessions: this.#sessions.size,
      profiles: this.#profiles.size,
      entries: this.#entries.size,
    };
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  #requireUser(userId: string): void {
    // Mirrors the SQL stores' foreign keys: no data for a user who does not exist (any more).
    if (!this.#users.has(userId)) throw new UnknownUserError();
  }
}
