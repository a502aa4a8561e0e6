/**
 * Three ways a denial was read as the teller's when it was not: a relative's denial ("my dad doesn't
 * have cancer"), a denied verb of knowing ("my mum doesn't know I have cancer"), and a history denied
 * only of today ("I don't have cancer now, it was removed"). Each read a warning sign or a history as
 * absent, so the check would not have asked it.
 */
import { describe, expect, it } from 'vitest';
import { stateOf } from './testing/read.ts';

describe("a relative's denial is theirs, not the teller's", () => {
  it.each([
    ["My dad doesn't have cancer.", 'history_cancer'],
    ["My wife didn't have a fever.", 'fever'],
    ["My husband doesn't have a fever, I do.", 'fever'],
    ["My sister doesn't take warfarin but I do.", 'med_anticoagulant'],
    ["My dad hasn't got diabetes.", 'diabetes'],
    ['My mum never had cancer.', 'history_cancer'],
  ])('"%s" says nothing of the teller\'s %s', (text, id) => {
    expect(stateOf(text, id)).toBe('none');
  });

  it.each([
    ["My husband doesn't have a fever. I have a high temperature.", 'fever', 'present'],
    ['My dad had cancer but I have never had cancer.', 'history_cancer', 'absent'],
    ["I don't have a fever.", 'fever', 'absent'],
    ["I don't take warfarin.", 'med_anticoagulant', 'absent'],
  ])('"%s" still reads the teller\'s own words', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it('an auxiliary makes a subject only before a verb of having: "mum didnt know who i was" stays her confusion', () => {
    expect(stateOf('mum didnt know who i was when i went round', 'confusion_drowsy')).toBe('present');
  });
});

describe('a denied verb of knowing leaves what is known said', () => {
  it.each([
    ["My mum doesn't know I have cancer.", 'history_cancer'],
    ["My wife doesn't know that I've had cancer.", 'history_cancer'],
    ["I didn't realise I'd wet myself.", 'incontinence'],
    ["I hadn't noticed I was numb down below.", 'saddle_numbness'],
    ["I didn't know I had diabetes until last year.", 'diabetes'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ["I don't know if I have a fever.", 'fever', 'unknown'],
    ["I don't know whether I've lost control of my bladder.", 'incontinence', 'unknown'],
    ["I didn't notice any numbness around my bottom.", 'saddle_numbness', 'absent'],
    ["I don't think I have a fever.", 'fever', 'unknown'],
  ])('"%s": after "if", "whether", a verb of believing or a plain object, as before', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });
});

describe('a history denied only of today is asked', () => {
  it.each([
    ["I don't have cancer now, it was removed."],
    ['I no longer have cancer.'],
    ['No cancer now, I had a lump removed from my bowel in 2019.'],
    ["I'm not diabetic any more."],
  ])('"%s" leaves the history open', (text) => {
    const id = text.includes('diabetic') ? 'diabetes' : 'history_cancer';
    expect(stateOf(text, id)).toBe('unknown');
  });

  it.each([
    ['No history of cancer.', 'history_cancer', 'absent'],
    ['I have never had cancer.', 'history_cancer', 'absent'],
    ["I don't take warfarin any more.", 'med_anticoagulant', 'absent'],
    ["I take paracetamol. That's only eight tablets today.", 'med_paracetamol_over_max', 'absent'],
    ['No cancer, now on warfarin.', 'history_cancer', 'absent'],
  ])('"%s": a plain denial, or a medicine stopped, still denies', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });
});
