/**
 * Arabic legs that no longer carry the teller, found by a sweep of warning signs in plain Arabic: "رجليّ
 * ضعيفة وما تشيلني" (my legs are weak and don't carry me) read as one weak leg, and "رجلي ما بتحملني من
 * الوجع" (my legs don't carry me from the pain) read the leg pain as denied, a wrong absent.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const ar = (text: string, id: string) => parseStory({ text }, 'ar').evidence.find((e) => e.id === id)?.state;

describe('legs that no longer carry the teller', () => {
  it.each([['رجليّ ضعيفة وما تشيلني.'], ['رجلي ما عادت تشيلني.']])('"%s" is weakness of both legs', (text) => {
    expect(ar(text, 'weakness_both_legs')).toBe('present');
  });

  it('"رجلي اليمين ما تشيلني" is one weak leg', () => {
    expect(ar('رجلي اليمين ما تشيلني.', 'weakness_one_leg')).toBe('present');
    expect(ar('رجلي اليمين ما تشيلني.', 'weakness_both_legs')).toBeUndefined();
  });

  it.each([['رجلي ما بتحملني من الوجع.'], ['رجلي ما تشيلني من الوجع.']])(
    '"%s": held back by pain, the leg pain asked, never denied',
    (text) => {
      expect(ar(text, 'leg_pain_both_legs')).toBe('unknown');
      expect(ar(text, 'weakness_both_legs')).toBeUndefined();
    },
  );

  it.each([
    ['رجليه ما عادت تشيله.', 'weakness_both_legs', 'present'],
    ['ما عندي وجع في رجلي.', 'leg_pain_both_legs', 'absent'],
  ])('"%s" is read as before', (text, id, state) => {
    expect(ar(text, id)).toBe(state);
  });
});
