/**
 * Known limits of the parser closed as general rules (docs/parse.md, "Known limits"). Each block is a
 * wrong reading found by probing, with the plain readings that must not move beside it.
 */
import { describe, expect, it } from 'vitest';
import { numberOf, stateOf } from './testing/read.ts';

describe('a state said with no verb after a denied symptom is said, not denied', () => {
  it.each([
    ['no fever, numb bum', 'saddle_numbness'],
    ['no fever, legs weak', 'weakness_both_legs'],
    ['no fever, left leg numb', 'numbness_one_leg'],
    ['no fever, weak legs', 'weakness_both_legs'],
    ['not feverish, numb groin', 'saddle_numbness'],
    ['no temperature, numb down below', 'saddle_numbness'],
    ['no fever chills or sweats, legs numb', 'numbness_both_legs'],
    ['denies fever, legs weak', 'weakness_both_legs'],
    ['no fever, tingly feet', 'numbness_both_legs'],
    ['no fever, leaking urine', 'incontinence'],
    ['no pain meds, numb bum', 'saddle_numbness'],
    ['doctor said no fever, legs weak', 'weakness_both_legs'],
    ['no fever, legs like jelly', 'weakness_both_legs'],
    ['no fever, left leg weaker', 'weakness_one_leg'],
    ['no fever, bum numbish', 'saddle_numbness'],
    ['no fever, reduced sensation L5', 'numbness_one_leg'],
    ['no fever, power reduced left ankle', 'weakness_one_leg'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    // Nouns are items of the list of denials.
    ['no fever, chills, sweats or weight loss', 'weight_loss_unexplained'],
    ['denies fever, saddle numbness', 'saddle_numbness'],
    ['no fever, numbness in my bum', 'saddle_numbness'],
    ['denies bowel or bladder dysfunction, saddle anaesthesia', 'saddle_numbness'],
    // A state item in a list of alternatives is denied to its end: its own "or", or one later.
    ['no fever, numb or weak legs', 'weakness_both_legs'],
    ['no fever, stiff neck, photophobia or rash', 'neck_stiffness_headache'],
    ['No fever, numb bum, or weakness', 'saddle_numbness'],
    // A state with its own "not" is denied by it.
    ['no fever, legs not weak', 'weakness_both_legs'],
    ['no headache, neck not stiff', 'neck_stiffness_headache'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe('an item after a list that "or" has closed is left open, never absent', () => {
  it.each([
    ['no fever or chills, numbness in my legs', 'numbness_both_legs'],
    ['no fever chills or sweats, numbness in my legs', 'numbness_both_legs'],
    ['no fever or chills, urinary retention', 'urinary_retention'],
    ['denies fever or chills, saddle anaesthesia', 'saddle_numbness'],
    ['no fever, chills or sweats, numbness down below', 'saddle_numbness'],
    ['no fever nor chills, incontinence', 'incontinence'],
    ['no nausea or vomiting, blood in my pee', 'blood_in_urine'],
  ])('"%s" leaves %s unknown', (text, id) => {
    expect(stateOf(text, id)).toBe('unknown');
  });

  it.each([
    // The item goes on with the list: its own "or".
    ['no fever or chills, night sweats or weight loss', 'weight_loss_unexplained'],
    // An "or" inside one phrase closes nothing.
    ['no bowel or bladder problems, saddle numbness', 'saddle_numbness'],
    // The list closed by "or" itself is denied.
    ['no fever chills or sweats, legs numb', 'chills_rigors'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe("a note's bracketed sign and its query", () => {
  it.each([
    ['fever (-)', 'fever'],
    ['saddle anaesthesia (-)', 'saddle_numbness'],
    ['fever(-)', 'fever'],
    ['fever (-ve), rigors (neg)', 'chills_rigors'],
    ['SLR (-) bilaterally, saddle anaesthesia (-)', 'saddle_numbness'],
    ['saddle anaesthesia: -ve', 'saddle_numbness'],
    ['urinary retention: neg', 'urinary_retention'],
  ])('"%s" denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });

  it.each([
    ['rigors (+)', 'chills_rigors'],
    ['urinary retention (-), fever (+)', 'fever'],
    // A question ends its sentence: what follows is said.
    ['is it serious? fever since monday', 'fever'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ['? fever', 'fever'],
    ['back pain ?fever', 'fever'],
    ['Imp: ?retention', 'urinary_retention'],
    ['back pain, ? cauda equina, ? saddle anaesthesia', 'saddle_numbness'],
    ['Back pain.\n? fever', 'fever'],
  ])('"%s" leaves %s open', (text, id) => {
    expect(stateOf(text, id)).toBe('unknown');
  });

  it('a query hedges only what it asks, not what stands before it', () => {
    expect(stateOf('back pain ?fever', 'pain_lower_back')).toBe('present');
  });
});

describe('the pain score is the pain now when the story says which', () => {
  it.each([
    ['pain 8/10 now 3', 3],
    ['was 8/10, now about 3/10', 3],
    ['8/10 at worst, 4 now', 4],
    ['pain was 8/10 now its a 3', 3],
    ['it was a 9 but now its more like a 5', 5],
    ['it was 10/10 on monday, today its about 5', 5],
    ['worst 9/10 now 6', 6],
    ['8 out of 10 when it started, 5 now', 5],
    // Otherwise the highest, as before.
    ['8/10 pain, down to 3 with rest', 8],
    ['8/10 on arrival, 4/10 after morphine', 8],
    // A number with a unit, or the scale itself, is no score.
    ['pain 8/10, now 3 days', 8],
    ['8/10 now 2 tablets a day', 8],
    ['the pain is 7/10 and I have had it for 3 days now', 7],
  ])('"%s" scores %d', (text, value) => {
    expect(numberOf(text, 'pain_severity')).toBe(value);
  });

  it('a bare number said with "now" is no score without a score out of ten beside it', () => {
    expect(stateOf('my son is now 3 and I have back pain', 'pain_severity')).toBe('none');
  });
});

describe('more states said after a denial', () => {
  it.each([
    ['no fever, struggling to pee', 'urinary_retention'],
    ['no fever, wetting myself', 'incontinence'],
    ['no fever, dribbling urine', 'urinary_retention'],
    ['no fever, unable to pee', 'urinary_retention'],
    ['no fever, shivering', 'chills_rigors'],
    ['no fever, shaking all over', 'chills_rigors'],
    ['denies fever, unable to void', 'urinary_retention'],
    ['no fever, unsteady on my feet', 'unsteady_walking'],
    ['no fever, pulsating lump in tummy', 'pulsing_in_belly'],
    ['no fever, foot slapping', 'weakness_one_leg'],
    // Dictated: a state right after the denied word opens a statement, even where a phrase of the
    // denied word runs on over it ("pain … bum").
    ['no pain numb bum', 'saddle_numbness'],
    ['no pain numb bum since yesterday', 'saddle_numbness'],
    ['no pain weak legs', 'weakness_both_legs'],
    ['not sore numb bum', 'saddle_numbness'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ['no pain or numb bum', 'saddle_numbness'],
    ['no numb bum', 'saddle_numbness'],
    ['no pain going down my legs', 'leg_pain_below_knee'],
    ['not unable to pee', 'urinary_retention'],
    ['no pain worse at night', 'night_pain'],
    ['no fever, chills or pain worse at night', 'night_pain'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe('a question asks, it does not deny', () => {
  it.each([
    ['is my bladder normal?', 'urinary_retention'],
    ['my bladder is normal?', 'urinary_retention'],
    ['bladder fine?', 'urinary_retention'],
    ['fever -ve?', 'fever'],
  ])('"%s" leaves %s open', (text, id) => {
    expect(stateOf(text, id)).toBe('unknown');
  });

  it.each([
    ['bladder and bowels fine, is that good?', 'urinary_retention'],
    ['bladder fine. is that a good sign?', 'urinary_retention'],
    ['my waterworks are fine but is the numbness serious?', 'urinary_retention'],
    // A note's checklist answers its own question.
    ['Bladder normal? Yes.', 'urinary_retention'],
    ['Are bladder and bowels working normally? Yes.', 'incontinence'],
  ])('"%s" still denies %s (the question is a clause of its own)', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe('a state joined by "and" to a denial is left open, never absent', () => {
  it.each([
    ['no fever and legs weak', 'weakness_both_legs'],
    ['no fever and numb bum', 'saddle_numbness'],
    ['no fever, no chills and legs weak', 'weakness_both_legs'],
    ['no fever or chills and legs weak', 'weakness_both_legs'],
    ['no temperature and shivering like mad', 'chills_rigors'],
    ['no fever and shaking all night', 'chills_rigors'],
  ])('"%s" leaves %s unknown', (text, id) => {
    expect(stateOf(text, id)).toBe('unknown');
  });

  it.each([
    ['no numbness and tingling', 'numbness_both_legs'],
    ['no fever and numb or weak legs', 'weakness_both_legs'],
    ['not numb and not weak', 'weakness_both_legs'],
    ['no fever and chills', 'chills_rigors'],
    ['no fever or shivering', 'chills_rigors'],
    ['no fever, shivering or sweats', 'chills_rigors'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });

  it('said as a clause it is said: "no fever and my bum is numb"', () => {
    expect(stateOf('no fever and my bum is numb', 'saddle_numbness')).toBe('present');
  });
});

describe("a checklist's question answered at once", () => {
  it.each([
    ['Fever? No. Numb bum? Yes.', 'saddle_numbness', 'present'],
    ['Fever? No. Numb bum? Yes.', 'fever', 'absent'],
    ['saddle anaesthesia? no', 'saddle_numbness', 'absent'],
    ['fever? no, but chills', 'fever', 'absent'],
    // Not answered plainly: still asked.
    ['fever? no idea', 'fever', 'unknown'],
    ['weight loss? not that i know of', 'weight_loss_unexplained', 'unknown'],
    ['fever?', 'fever', 'unknown'],
  ])('"%s": %s is %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });
});
