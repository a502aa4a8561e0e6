/**
 * The parser as a whole: its output is valid contract evidence with spans that point at the words,
 * the same input always gives the same output, and what is not understood is listed.
 */
import { describe, expect, it } from 'vitest';
import { parseAssessmentInput } from '../contract/input.ts';
import { parseRaw, parseStory } from './index.ts';
import { parseOutputSchema } from './output.ts';

const story =
  "I'm 34 and yesterday I was helping a friend carry a washing machine when my lower back suddenly locked up. " +
  "It's about a 6 out of 10 and it catches when I bend. No pain going into my legs, no numbness, and peeing is normal. " +
  'I take naproxen. My dad had a slipped disc.';

describe('parseStory', () => {
  it('gives evidence the engine accepts, in the documented shape', () => {
    const out = parseStory({ text: story, age: 34, sex: 'male' });
    expect(parseOutputSchema.safeParse(out).success).toBe(true);
    const input = parseAssessmentInput({
      age: 34,
      sex: 'male',
      evidence: out.evidence.map(({ id, state, value }) => ({
        id,
        state,
        ...(value === undefined ? {} : { value }),
      })),
    });
    expect(input.ok).toBe(true);
    expect(new Set(out.evidence.map((e) => e.id)).size).toBe(out.evidence.length);
  });

  it('points every span at the words that say so', () => {
    const out = parseStory({ text: story });
    const words = (id: string) =>
      out.evidence.find((e) => e.id === id)?.spans.map(([s, e]) => story.slice(s, e)) ?? [];
    expect(words('onset_sudden')).toEqual(['suddenly']);
    expect(words('pain_severity')).toEqual(['6 out of 10']);
    expect(words('duration_days')).toEqual(['yesterday']);
    expect(words('med_nsaid')).toEqual(['naproxen']);
    expect(words('urinary_retention')).toEqual(['peeing']);
    for (const e of out.evidence)
      for (const [s, end] of e.spans) {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(end).toBeGreaterThan(s);
        expect(end).toBeLessThanOrEqual(story.length);
      }
  });

  it('reads the story the way it is told', () => {
    const out = parseStory({ text: story });
    const state = (id: string) => out.evidence.find((e) => e.id === id)?.state;
    expect(state('pain_lower_back')).toBe('present');
    expect(state('onset_lifting_twisting')).toBe('present');
    expect(state('pain_worse_movement')).toBe('present');
    expect(state('numbness_both_legs')).toBe('absent');
    expect(state('urinary_retention')).toBe('absent');
    expect(state('previous_similar_diagnosis_sciatica')).toBeUndefined();
  });

  it('is deterministic: the same input, the same output', () => {
    expect(parseStory({ text: story })).toEqual(parseStory({ text: story }));
  });

  it('lists a symptom it could not place, and nothing for a story without symptoms', () => {
    const out = parseStory({ text: 'My back hurts. My elbow has a weird clicking noise.' });
    expect(out.unrecognised.map((u) => u.text)).toEqual(['My elbow has a weird clicking noise']);
    expect(parseStory({ text: 'Hello there, I have a question about my account.' })).toEqual({
      evidence: [],
      unrecognised: [],
    });
  });

  it('keeps within 5,000 characters of any text, including only punctuation or other scripts', () => {
    for (const text of ['.', '!!!???', '背痛已经三天了', 'ألم في الظهر', `${'pain '.repeat(999)}back`])
      expect(() => parseStory({ text })).not.toThrow();
  });
});

describe('parseRaw', () => {
  it('validates first and names the problem', () => {
    const r = parseRaw({ text: 'back pain', today: 'yesterday' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('today');
  });
});
