import { describe, expect, it } from 'vitest';
import { mergeRecords, sameValue, withChoices } from './merge.ts';

const base = { id: 'x', pain: 4, notes: 'a', tags: ['lifting'], endedAt: null as string | null };

describe('three-way merge of a record', () => {
  it('takes each side’s changes to different fields', () => {
    const r = mergeRecords(base, { ...base, pain: 7 }, { ...base, notes: 'b', tags: ['garden'] });
    expect(r).toEqual({ merged: { ...base, pain: 7, notes: 'b', tags: ['garden'] }, conflicts: [] });
  });

  it('names a field both changed differently, keeping this device’s value until the person chooses', () => {
    const r = mergeRecords(base, { ...base, notes: 'mine', pain: 1 }, { ...base, notes: 'theirs' });
    expect(r.conflicts).toEqual(['notes']);
    expect(r.merged).toEqual({ ...base, notes: 'mine', pain: 1 });
  });

  it('is no conflict when both made the same change, arrays and nulls included', () => {
    const both = { ...base, tags: ['a', 'b'], endedAt: '2026-11-28T10:00:00Z' };
    expect(mergeRecords(base, both, { ...both, tags: ['a', 'b'] })).toEqual({ merged: both, conflicts: [] });
  });

  it('treats every difference as a conflict without a base: nothing is overwritten on a guess', () => {
    const r = mergeRecords(undefined, { ...base, pain: 7 }, { ...base, notes: 'b' });
    expect(r.conflicts).toEqual(['pain', 'notes']);
  });

  it('handles a field one side removed or added', () => {
    const { notes: _n, ...without } = base;
    expect(mergeRecords(base, without, base)).toEqual({ merged: without, conflicts: [] });
    expect(mergeRecords(without, without, base)).toEqual({ merged: base, conflicts: [] });
  });

  it('applies the person’s choices field by field', () => {
    const mine = { ...base, notes: 'mine', pain: 1 };
    const theirs = { ...base, notes: 'theirs', endedAt: '2026-11-28T10:00:00Z' };
    const { merged } = mergeRecords(base, mine, theirs);
    expect(withChoices(merged, mine, theirs, { notes: 'theirs' })).toEqual({ ...theirs, pain: 1 });
    expect(withChoices(merged, mine, theirs, { notes: 'mine' })).toEqual(merged);
    // A field the merge took from one side (asked about because the merge broke a rule) follows the choice.
    expect(withChoices(merged, mine, theirs, { endedAt: 'mine' }).endedAt).toBeNull();
  });

  it('compares JSON values by content, ignoring key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
