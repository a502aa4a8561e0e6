/**
 * Statements joined into one sentence read as each does alone. A phrase with a free gap, a denial or an
 * "is normal" that reached across "and" or a comma into the next statement read "my back hurts and my
 * legs are numb" as leg pain, "I have no fever and my foot drags" as no weakness, and "I have diabetes,
 * peeing is normal" as no diabetes. Every ordered pair of these statements, joined by "and" and by a
 * comma, must give exactly the findings of the two alone (pairs that speak of the same finding are left
 * out: they contradict or repeat each other).
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const STATEMENTS = [
  'my back hurts',
  "I can't pee",
  'I have a fever',
  'my legs are numb',
  'it burns when I pee',
  'I feel sick',
  'my calf is swollen',
  'I fell over',
  'my bum is numb',
  'I wet myself',
  'my left leg is weak',
  'I have chest pain',
  "I'm short of breath",
  'I feel dizzy',
  'I have a rash on one side',
  'the pain goes down my leg',
  'it hurts more at night',
  'I lost weight',
  'I take warfarin',
  'I have diabetes',
  "I'm pregnant",
  'I had cancer',
  'the pain comes in waves',
  'I have blood in my pee',
  'I am shivering',
  'I feel confused',
  'my jaw is locked',
  'my lips are tingling',
  'I have pain in my side',
  'it started suddenly',
  'I was lifting a box',
  'the pain is 7/10',
  'it eases when I rest',
  'I feel very unwell',
  'I have no fever',
  "I don't have any numbness",
  'my bladder is fine',
  'my legs are fine',
  "I haven't fallen",
  'my foot drags',
  'I take ibuprofen',
  'I have had back pain for 3 weeks',
];

const read = (text: string) =>
  parseStory({ text, sex: 'female', age: 40 }).evidence.map((e) => `${e.id}:${e.state}`);

describe('statements joined in one sentence', () => {
  const alone = new Map(STATEMENTS.map((s) => [s, read(`${s}.`)]));
  const ids = (s: string) => new Set((alone.get(s) ?? []).map((x) => x.split(':')[0]));

  it('each statement alone says something', () => {
    for (const [s, found] of alone) expect(found.length, s).toBeGreaterThan(0);
  });

  it.each([' and ', ', '])('read as each alone when joined by "%s"', (join) => {
    const wrong: string[] = [];
    for (const a of STATEMENTS)
      for (const b of STATEMENTS) {
        if (a === b || [...ids(a)].some((id) => ids(b).has(id))) continue;
        const text = `${a}${join}${b}.`;
        const got = new Set(read(text));
        const want = new Set([...(alone.get(a) ?? []), ...(alone.get(b) ?? [])]);
        const extra = [...got].filter((x) => !want.has(x));
        const lost = [...want].filter((x) => !got.has(x));
        if (extra.length > 0 || lost.length > 0)
          wrong.push(`"${text}": extra ${extra.join(' ') || '-'}, lost ${lost.join(' ') || '-'}`);
      }
    expect(wrong).toEqual([]);
  });
});
