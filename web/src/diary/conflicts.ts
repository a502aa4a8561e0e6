/**
 * Settling a sync conflict with the person's choice (docs/sync.md). The result is an ordinary local
 * change based on the server's current version, so the next sync sends it and the server accepts it,
 * unless yet another device changed the record meanwhile: then the person is asked again.
 */
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

export async function resolveConflict(
  store: SyncStore,
  key: string,
  resolution: Resolution,
  now: number,
): Promise<void> {
  const s = await store.getStored(key);
  const c = s?.conflict;
  if (!s || !c) return;
  const settled = { ...s, conflict: undefined, updatedAt: now };
  switch (c.kind) {
    case 'fields': {
      if (resolution.kind !== 'fields') throw new Error('A field conflict is settled field by field.');
      const { merged } = mergeRecords(s.base, s.record, c.theirs);
      const record = withChoices(merged, c.theirs, resolution.choices);
      const same = sameValue(record, c.theirs);
      await store.putStored({
        ...settled,
        record,
        base: c.theirs,
        version: c.version,
        synced: true,
        dirty: !same,
      });
      return;
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
      return;
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
      return;
  }
}
