import { describe, expect, it, vi } from 'vitest';
import { defaultProfile, profileSchema } from '../../diary/model.ts';
import { withIdFilledIn } from './diary.ts';

describe('withIdFilledIn (POST makes the id, PUT takes the path’s)', () => {
  it('fills in an id only when an object body has none', () => {
    const make = vi.fn(() => 'made');
    expect(withIdFilledIn({ pain: 3 }, make)).toEqual({ pain: 3, id: 'made' });
    expect(withIdFilledIn({ id: 'given', pain: 3 }, make)).toEqual({ id: 'given', pain: 3 });
    expect(withIdFilledIn({ id: undefined }, make)).toEqual({ id: undefined });
    for (const other of [null, [], 'text', 4]) expect(withIdFilledIn(other, make)).toBe(other);
    expect(make).toHaveBeenCalledOnce();
  });
});

describe('defaultProfile', () => {
  it('is every field at its default, a new object each time', () => {
    expect(defaultProfile()).toEqual({ age: null, sex: null, evidence: [], country: null, language: null });
    expect(defaultProfile()).toEqual(profileSchema.parse({}));
    expect(defaultProfile()).not.toBe(defaultProfile());
  });
});
