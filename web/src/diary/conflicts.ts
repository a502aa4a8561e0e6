/**
 * Settling a sync conflict with the person's choice (docs/sync.md). The result is an ordinary local
 * change based on the server's current version, so the next sync sends it and the server accepts it,
 * unless yet another device changed the record meanwhile: then the person is asked again.
 */

import type { Collection } from './diary-db.ts';
import { mergeRecords, sameValue, withChoices } from './merge.ts';
import type { SyncStore } from './sync.ts';

export type Choice = 'mine' | 'theirs';

/**
 * - `fields`: for each conflicting field, this device's value or the other device's.
 * - `keep`: keep the record (changed here and deleted there: keep this device's; deleted here and
 *   changed there: keep the other device's).
 * - `delete`: let the deletion stand.
 */
export type Resolution =
  | { readonly kind: 'fields'; readonly choices: Readonly<Record<string, Choice>> }
  | { readonly kind: 'keep' }
  | { readonly kind: 'delete' };

/**
 * Stores the person's choice; false (and nothing stored) when the chosen values together do not make a
 * valid record (an episode that would end before it starts), so the person can choose again.
 */
export async function resolveConflict(
  store: SyncStore,
  key: string,
  resolution: Resolution,
  now: number,
  valid: (collection: Collection, record: unknown) => boolean = () => true,
): Promise<boolean> {
  const s = await store.getStored(key);
  const c = s?.conflict;
  if (!s || !c) return true;
  const settled = { ...s, conflict: undefined, updatedAt: now };
  switch (c.kind) {
    case 'fields': {
      if (resolution.kind !== 'fields') throw new Error('A field conflict is settled field by field.');
      const { merged } = mergeRecords(s.base, s.record, c.theirs);
      const record = withChoices(merged, s.record, c.theirs, resolution.choices);
      if (!valid(s.collection, record)) return false;
      const same = sameValue(record, c.theirs);
      await store.putStored({
        ...settled,
        record,
        base: c.theirs,
        version: c.version,
        synced: true,
        dirty: !same,
      });
      return true;
    }
    case 'deletedThere':
      // Keeping it names the deletion's version: the server then knows this device saw the deletion.
      if (resolution.kind === 'keep')
        await store.putStored({
          ...settled,
          version: c.version,
          base: undefined,
          dirty: true,
          deleted: false,
        });
      else await store.removeStored(key);
      return true;
    case 'deletedHere':
      if (resolution.kind === 'keep')
        await store.putStored({
          ...settled,
          record: c.theirs,
          base: c.theirs,
          version: c.version,
          synced: true,
          deleted: false,
          dirty: false,
        });
      else
        await store.putStored({ ...settled, base: c.theirs, version: c.version, deleted: true, dirty: true });
      return true;
  }
}
