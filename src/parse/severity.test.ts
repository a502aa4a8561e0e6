/**
 * Numbers: pain scores in digits and words, ranges, and the score of now.
 */
import { describe, expect, it } from 'vitest';
import { numberOf } from './testing/read.ts';

const score = (text: string) => numberOf(text, 'pain_severity');

describe('pain scores', () => {
  it.each([
    ['The pain is 7/10.', 7],
    ['It is seven out of ten.', 7],
    ['About an 8.', 8],
    ["It's a solid 6.", 6],
    ['Pain score 4.', 4],
    ['Probably 6 or 7 out of 10.', 6.5],
    ['Pain 6-7/10.', 6.5],
    ['Pain rated 8 of 10.', 8],
    ['It is a 10+/10.', 10],
    ['Pain level: 5.', 5],
    ["It's the worst pain of my life.", 10],
  ])('"%s" is %s', (text, expected) => {
    expect(score(text)).toBe(expected);
  });

  it('takes the score said to be now over earlier ones, else the highest', () => {
    expect(score('It was a 9 yesterday but it is about a 5 now.')).toBe(5);
    expect(score('It is a 4 at rest and an 8 when I move.')).toBe(8);
  });

  it('does not take other numbers for a score', () => {
    expect(score("I'm 34 and I have a 2 year old.")).toBeUndefined();
    expect(score('I walk about 100 yards before the pain starts.')).toBeUndefined();
    expect(score('My temperature is 38.5.')).toBeUndefined();
    expect(score('I came off my motorbike at 40 mph.')).toBeUndefined();
  });

  it('reads "pain-free now" as 0 only when no number is given', () => {
    expect(score("I'm pain free now.")).toBe(0);
    expect(score("I'm pain free now but it was an 8 last night.")).toBe(8);
  });

  it('reads "about 6 or 7", "the pain is about 6" and "hurts about 7 when I move"', () => {
    expect(score('My back pain is about 6 or 7.')).toBe(6.5);
    expect(score('The pain is about 6.')).toBe(6);
    expect(score('My back hurts about 7 when I move and 2 when I rest.')).toBe(7);
  });

  it('takes a denied score for what the pain is not', () => {
    expect(score("It isn't the worst pain ever, but I can't pee properly.")).toBeUndefined();
    expect(score("It's not a 10, more like a 7.")).toBe(7);
    expect(score('No pain now, 0/10.')).toBe(0);
  });
});
