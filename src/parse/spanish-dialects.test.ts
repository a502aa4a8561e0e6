/**
 * Spanish as people write it across dialects (Mexico, Río de la Plata, the Caribbean, the Andes, Spain),
 * informal spelling, dictation and clinical notes: each block holds a reading that was wrong before its
 * fix, and the nearby readings the fix must keep.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string) => {
  const out = parseStory({ text, today: '2026-12-07' }, 'es');
  return new Map(out.evidence.map((e) => [e.id as string, e]));
};
const state = (text: string, id: string) => read(text).get(id)?.state;

describe('Spanish dialects: a place denied, then the place meant, is a correction', () => {
  it('reads the second place as said when it opens with the same "en" and nothing joins them', () => {
    const back = read('el dolor no es en el pecho, en la espalda');
    expect(back.get('pain_chest')?.state).toBe('absent');
    expect(back.get('pain_lower_back')?.state).toBe('present');
    expect(state('sin dolor en el pecho, en la espalda', 'pain_lower_back')).toBe('present');
  });

  it('keeps a list of places joined by "ni" or "y" denied, and a list that repeats its denial', () => {
    expect(state('no tengo dolor en el pecho, en la espalda ni en las piernas', 'pain_lower_back')).toBe('absent');
    expect(state('no tengo fiebre, escalofríos ni vómitos', 'chills_rigors')).toBe('absent');
    expect(state('sin dolor en el pecho, sin dolor en la espalda', 'pain_lower_back')).toBe('absent');
  });
});

describe('the same correction in English, from the shared rule', () => {
  it('reads "not in my chest, in my back" as back pain', () => {
    const out = parseStory({ text: 'the pain is not in my chest, in my back', today: '2026-12-07' }, 'en');
    const r = new Map(out.evidence.map((e) => [e.id as string, e.state]));
    expect(r.get('pain_chest')).toBe('absent');
    expect(r.get('pain_lower_back')).toBe('present');
    const list = parseStory({ text: 'no pain in my chest, in my back or legs', today: '2026-12-07' }, 'en');
    expect(list.evidence.find((e) => e.id === 'pain_lower_back')?.state).toBe('absent');
  });
});
