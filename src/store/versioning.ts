/**
 * The rules of versioned writes (docs/sync.md), decided from what is stored for one record id: its row
 * (version and JSON text), or its tombstone, or neither (a key is never in both). Every store reads that
 * state and does what this says, inside one transaction, so the three stores cannot disagree.
 */
import type { PutOptions } from './store.ts';

export interface StoredState {
  readonly row: { readonly version: number; readonly data: string } | null;
  readonly tombstone: { readonly version: number } | null;
}

export type PutDecision =
  /** A new record (version 1), or one brought back over its tombstone (the tombstone's version + 1). */
  | { readonly kind: 'create' | 'restore'; readonly version: number }
  | { readonly kind: 'replace'; readonly version: number }
  | { readonly kind: 'unchanged'; readonly version: number }
  | { readonly kind: 'conflict' };

export function decidePut(state: StoredState, data: string, options: PutOptions): PutDecision {
  const { row, tombstone } = state;
  const named = options.version;
  if (row) {
    if (options.createOnly) return { kind: 'conflict' };
    // The same content whatever version it names: a retry whose answer was lost, or two devices that
    // made the same change. Nothing is lost by keeping what is there.
    if (row.data === data) return { kind: 'unchanged', version: row.version };
    return named === row.version ? { kind: 'replace', version: row.version + 1 } : { kind: 'conflict' };
  }
  if (tombstone) {
    // Only a device that has seen the deletion (it names the deletion's version) may undo it.
    if (!options.createOnly && named === tombstone.version)
      return { kind: 'restore', version: tombstone.version + 1 };
    return { kind: 'conflict' };
  }
  // A write that names a version of a record that is not there changes something it cannot see.
  return named === undefined ? { kind: 'create', version: 1 } : { kind: 'conflict' };
}

export type DeleteDecision =
  | { readonly kind: 'delete'; readonly version: number }
  | { readonly kind: 'gone' | 'not_found' | 'conflict' };

export function decideDelete(state: StoredState, version: number): DeleteDecision {
  if (state.row) {
    return state.row.version === version
      ? { kind: 'delete', version: state.row.version + 1 }
      : { kind: 'conflict' };
  }
  return { kind: state.tombstone ? 'gone' : 'not_found' };
}
