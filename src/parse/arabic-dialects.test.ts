/**
 * Arabic as people write it across dialects (Egyptian, Levantine, Gulf, Maghrebi) and in Modern Standard
 * Arabic, with spelling variants, dictation and clinical notes: each block holds a reading that was wrong
 * before its fix, and the nearby readings the fix must keep.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string) => {
  const out = parseStory({ text, today: '2026-12-07' }, 'ar');
  return new Map(out.evidence.map((e) => [e.id as string, e]));
};
const state = (text: string, id: string) => read(text).get(id)?.state;

describe('Arabic dialects: a place denied, then the place meant, is a correction', () => {
  it('reads the second place as said when it opens with the same "في" or "ب"', () => {
    for (const text of ['الوجع مش بصدري، بضهري', 'الوجع مو في صدري، في ظهري', 'الألم ليس في الصدر، في الظهر']) {
      const r = read(text);
      expect(r.get('pain_chest')?.state, text).toBe('absent');
      expect(r.get('pain_lower_back')?.state, text).toBe('present');
    }
  });

  it('keeps places joined by "ولا" or "أو" denied', () => {
    expect(state('ما عندي وجع بصدري، ولا بضهري', 'pain_lower_back')).toBe('absent');
    expect(state('ما في وجع بصدري، أو بضهري', 'pain_lower_back')).toBe('absent');
  });
});
