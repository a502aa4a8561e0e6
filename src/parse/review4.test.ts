/**
 * Review of the "limits" rules (limits.test.ts): readings that broke them from the side their author did
 * not probe, each with the plain readings that must not move beside it.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';
import { numberOf, stateOf } from './testing/read.ts';

describe('a state item in the middle of a list that goes on with a bare noun is an item of the list', () => {
  it.each([
    // Under a note's "denies" every item is denied, the state's and those after it.
    ['Denies fever, weak legs, urinary retention.', 'weakness_both_legs'],
    ['Denies fever, weak legs, urinary retention.', 'urinary_retention'],
    ['Denies fever, weight loss, numb saddle area, urinary retention.', 'saddle_numbness'],
    ['Denies fever, weight loss, numb saddle area, urinary retention.', 'urinary_retention'],
    ['Patient denies fever, reduced sensation, incontinence.', 'incontinence'],
    ['Denies fever, unsteady gait, bladder dysfunction.', 'unsteady_walking'],
  ])('"%s" denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });

  it.each([
    // Otherwise it may be a note's list of denials or a person's list of what they have: asked.
    ['No fever, weak legs, urinary retention.', 'weakness_both_legs'],
    ['No fever, weak legs, urinary retention.', 'urinary_retention'],
    ['No fever, reduced appetite, weight loss.', 'weight_loss_unexplained'],
    ['no fever, chills, weak legs, sweats', 'weakness_both_legs'],
  ])('"%s" leaves %s open', (text, id) => {
    expect(stateOf(text, id)).toBe('unknown');
  });

  it.each([
    // A state that ends the list, or is followed only by other states or statements, is still said.
    ['no fever, legs weak', 'weakness_both_legs'],
    ['no fever, numb bum, legs weak', 'saddle_numbness'],
    ['no fever, numb bum, legs weak', 'weakness_both_legs'],
    ["no fever, numb bum, can't pee", 'saddle_numbness'],
    ['No fever, night sweats, weight loss, numb saddle.', 'saddle_numbness'],
    // What follows is no bare noun of the list: a new denial, a new clause, an item with its own sign.
    ['no fever, numb bum and no weight loss', 'saddle_numbness'],
    ['no fever, numb bum, no weight loss', 'saddle_numbness'],
    ['no fever, legs weak, rigors (+)', 'weakness_both_legs'],
    ['no fever, legs weak, rigors (+)', 'chills_rigors'],
    ['no fever, numb bum, fever (-)', 'saddle_numbness'],
  ])('"%s" still says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });
});

describe('a bare "no" to a checklist question', () => {
  it.each([
    // About a function or a part ("pee", "bladder"), "no" may say it does not work: asked.
    ['Can you pee? No.', 'urinary_retention', 'unknown'],
    ['Able to pee? No.', 'urinary_retention', 'unknown'],
    ['Bladder? No.', 'urinary_retention', 'unknown'],
    // About a symptom it denies, as before.
    ['Fever? No.', 'fever', 'absent'],
    ['Problems peeing? No.', 'urinary_retention', 'absent'],
    ['Saddle numbness? No.', 'saddle_numbness', 'absent'],
  ])('"%s": %s is %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it.each([
    // It answers its own question only, not what the person adds after it.
    ['Fever? no, chills.', 'chills_rigors', 'present'],
    ['Fever? no, chills.', 'fever', 'absent'],
    ['Fever? No, but chills.', 'chills_rigors', 'present'],
    // A denial that is no bare answer still runs through its list.
    ['Fever? no fever, chills or sweats.', 'chills_rigors', 'absent'],
  ])('"%s": %s is %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });
});

describe('a bare number said with "now" is the score now only where it is said of the pain', () => {
  it.each([
    // A number said of someone or something else, or a day's number, is no score.
    ['pain 8/10, son now 3', 8],
    ['pain 8/10, the kids are 3 now', 8],
    ['pain 8/10 took 2 now', 8],
    ['pain 8/10, its now day 3', 8],
    ['pain 8/10, now on day 3', 8],
    ['pain 8/10, its been 3 now', 8],
    // The score now, as before.
    ['pain 8/10 now 3', 3],
    ['8/10 at worst, 4 now', 4],
    ['it was a 9 but now its more like a 5', 5],
    ['pain 7/10 worse now 9', 9],
    ['8/10 pain, 2 now', 2],
  ])('"%s" scores %d', (text, value) => {
    expect(numberOf(text, 'pain_severity')).toBe(value);
  });
});

describe("a note's bracketed none", () => {
  it.each([
    ['leg weakness (none)', 'weakness_one_leg', 'absent'],
    ['saddle anaesthesia (none), fever (+)', 'saddle_numbness', 'absent'],
    ['saddle anaesthesia (none), fever (+)', 'fever', 'present'],
  ])('"%s": %s is %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });
});

describe("Spanish and Arabic states said past a denial's comma (their lexicons' stateWords)", () => {
  const state = (text: string, lang: 'es' | 'ar', id: string) =>
    parseStory({ text }, lang).evidence.find((e) => e.id === id)?.state ?? 'none';
  it.each([
    ['no tengo fiebre, piernas débiles', 'es', 'weakness_both_legs', 'present'],
    ['sin fiebre, piernas flojas', 'es', 'weakness_both_legs', 'present'],
    ['no tengo fiebre, nalgas dormidas', 'es', 'saddle_numbness', 'present'],
    ['ما عندي حرارة، رجليّ ضعاف', 'ar', 'weakness_one_leg', 'present'],
    // Nouns stay items of the list, alternatives are denied to the end.
    ['sin fiebre, debilidad en las piernas', 'es', 'weakness_both_legs', 'absent'],
    ['no tengo fiebre, piernas débiles ni entumecidas', 'es', 'weakness_both_legs', 'absent'],
    ['لا حمى، ضعف في الساقين', 'ar', 'weakness_both_legs', 'absent'],
  ] as const)('"%s" (%s): %s is %s', (text, lang, id, expected) => {
    expect(state(text, lang, id)).toBe(expected);
  });
});

describe('a note\'s "(+)" and a checklist "no" keep what is said beside them', () => {
  it.each([
    // A bracketed sign past a denial's comma affirms its item, as "present" does.
    ['no fever, rigors (+)', 'chills_rigors', 'present'],
    ['no weight loss, rigors (+)', 'chills_rigors', 'present'],
    ['no fever, chills or rigors (+)', 'chills_rigors', 'absent'],
    // A statement joined before a checklist question is not answered by its "no".
    ['legs numb and Fever? No.', 'numbness_both_legs', 'present'],
    ['legs numb and Fever? No.', 'fever', 'absent'],
    ['I cant pee and Fever? No.', 'urinary_retention', 'present'],
    ['numb bum and Fever? No.', 'saddle_numbness', 'present'],
    // A question of alternatives, or of one finding, is answered.
    ['Numb bum or weak legs? No.', 'saddle_numbness', 'absent'],
    ['Fever and chills? No.', 'chills_rigors', 'absent'],
    ['Numb bum? No.', 'saddle_numbness', 'absent'],
  ])('"%s": %s is %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });
});

describe("a note's fields run together without a comma", () => {
  it.each([
    ['fever: no numb bum: yes', 'saddle_numbness', 'present'],
    ['fever: no, numb bum: yes', 'saddle_numbness', 'present'],
    ['fever: no, numb bum: yes', 'fever', 'absent'],
    ['no numb bum', 'saddle_numbness', 'absent'],
  ])('"%s": %s is %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });
});
