/**
 * A statement of normality turned round by a negation ("peeing is not normal", "my bladder isn't working
 * normally", "I am not peeing normally") says something is wrong: it denies nothing, and the sign is
 * asked. Found by the blind Spanish and Arabic probing, whose English counterparts read as denials (a
 * warning sign the person states, read as absent).
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';
import { stateOf } from './testing/read.ts';

describe('a normality turned round by a negation denies nothing', () => {
  it.each([
    ['peeing is not normal', 'urinary_retention'],
    ["my bladder isn't working normally", 'urinary_retention'],
    ['I am not peeing normally', 'urinary_retention'],
    ["I haven't been peeing normally", 'urinary_retention'],
    ['my bowels are not working normally', 'incontinence'],
    ['waterworks are not ok', 'urinary_retention'],
    ['no fever, not peeing normally', 'urinary_retention'],
  ])('"%s" leaves %s open, never absent', (text, id) => {
    expect(stateOf(text, id)).not.toBe('absent');
  });

  it('keeps the denial the negation makes of something else', () => {
    expect(stateOf('not peeing normally, no fever', 'fever')).toBe('absent');
    expect(stateOf('no fever, not peeing normally', 'fever')).toBe('absent');
    // Two things between: the "no" is the fever's, and the bladder is said fine.
    expect(stateOf('no fever bladder fine', 'fever')).toBe('absent');
    expect(stateOf('no fever bladder fine', 'urinary_retention')).toBe('absent');
  });

  it.each([
    // Plain statements of normality, and negations that are the cue's own word, still deny.
    ['my bladder is fine', 'urinary_retention'],
    ['peeing is normal', 'urinary_retention'],
    ['peeing normally', 'urinary_retention'],
    ['fever not present', 'fever'],
    ['not feverish, bladder normal', 'urinary_retention'],
    ['denies fever, bladder and bowels normal', 'incontinence'],
    ['I can walk normally', 'unsteady_walking'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe('said with a negation of their own', () => {
  it('"I\'m not peeing." is trouble passing urine', () => {
    expect(stateOf("I'm not peeing.", 'urinary_retention')).toBe('present');
    // Not when something follows that makes it another statement.
    expect(stateOf("I'm not peeing blood", 'urinary_retention')).not.toBe('present');
    expect(stateOf("I'm not peeing blood", 'blood_in_urine')).toBe('absent');
  });

  it('"I can\'t walk normally" is pain or unsteadiness: asked, never walking normally', () => {
    expect(stateOf("I can't walk normally", 'unsteady_walking')).toBe('unknown');
    expect(stateOf("I can't walk properly because of the pain", 'unsteady_walking')).toBe('unknown');
    expect(stateOf("I can't walk straight", 'unsteady_walking')).toBe('present');
    expect(
      parseStory({ text: "I can't walk normally", age: 50, sex: 'female' }).evidence.find(
        (e) => e.id === 'pain_worse_movement',
      )?.state,
    ).toBe('present');
  });
});
