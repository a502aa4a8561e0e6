/**
 * Review 7 of the parser changes merged after ae96950: where the new rules misfired from the side their
 * authors did not probe. The worst were wrong absents from the collective denial ("I don't have any of
 * that"), which reached a finding the person had told as a fact.
 */
import { describe, expect, it } from 'vitest';
import { numberOf, stateOf } from './testing/read.ts';

describe('a collective denial denies only what was imagined or quoted', () => {
  it.each([
    // The denial in the next sentence answers its own sentence's list, not the wetting said before.
    [
      "I'm worried it's cauda equina as I've wet myself twice. Dad had cancer and arthritis, I don't have any of those.",
      'incontinence',
    ],
    ["Scared it's my kidneys as I've had a fever. My wife says no, I don't have any of that.", 'fever'],
    // A worry's reason told with "as" or "since" is a fact, not part of the worry.
    ["Worried it's serious as I cannot feel my bum. Don't have any of that.", 'saddle_numbness'],
    [
      'Worried it is a slipped disc since my leg went numb, but the physio says none of that.',
      'numbness_one_leg',
    ],
  ])('"%s" keeps %s said', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe('present');
  });

  it.each([
    [
      "The website says if you get numbness around your bum or can't pee go to A&E. I don't have any of that.",
      'saddle_numbness',
    ],
    [
      "The website says if you get numbness around your bum or can't pee go to A&E. But I don't have any of that.",
      'urinary_retention',
    ],
    [
      'The doctor said to come back if I get numbness in my bum or leg weakness. None of that so far.',
      'saddle_numbness',
    ],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe('absent');
  });
});

describe('a worry stops at its reason said with "as" or "since"', () => {
  it.each([
    ["I'm going to bed early as I have a fever.", 'fever'],
    ['My wife is going to ring 111 as I have wet myself.', 'incontinence'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe('present');
  });

  it.each([
    ["What if it's cancer?", 'history_cancer'],
    ["I'm worried I might have wet myself.", 'incontinence'],
  ])('"%s" still asks or drops %s', (text, id) => {
    expect(['none', 'unknown']).toContain(stateOf(`My back hurts. ${text}`, id));
  });
});

describe('"going to" a place is going there, not a plan', () => {
  it.each([
    ["I'm going to A&E now I can't feel my legs.", 'numbness_both_legs'],
    ['I am going to casualty now my legs are numb.', 'numbness_both_legs'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe('present');
  });

  it('a plan before a verb still says nothing of what follows', () => {
    expect(stateOf("My back hurts. I'm going to ask for a test for cancer.", 'history_cancer')).toBe('none');
  });
});

describe('a check of whether is asked, not had', () => {
  it.each([
    ['The physio is going to check if my legs are numb.', 'numbness_both_legs'],
    ["I'm going to the GP to check if it's cancer.", 'history_cancer'],
    ["I'm going to a physio who will check if my legs are weak.", 'weakness_both_legs'],
  ])('"%s" does not say %s', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).not.toBe('present');
  });

  it('a check named after the finding leaves it said', () => {
    expect(
      stateOf('My back hurts. My legs are numb so the GP will check my reflexes.', 'numbness_both_legs'),
    ).toBe('present');
  });
});

describe("a relative's denial with a bare verb is theirs", () => {
  it.each([
    ["My dad didn't get a fever but I did.", 'fever'],
    ["My wife doesn't get numb legs, I do.", 'numbness_both_legs'],
  ])('"%s" does not deny the teller\'s %s', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).not.toBe('absent');
  });

  it.each([
    ["I didn't get a fever.", 'fever', 'absent'],
    ['My legs get numb when I walk.', 'numbness_both_legs', 'present'],
  ])('"%s" still reads %s as %s', (text, id, state) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe(state);
  });
});

describe('"between my legs" takes the saddle, not numbness said of both legs before it', () => {
  it.each([
    'Numbness in both legs and between my legs.',
    'Pins and needles in both legs and between my legs.',
    'Numb down both legs and between my legs.',
  ])('"%s" says both legs and the saddle', (text) => {
    expect(stateOf(`My back hurts. ${text}`, 'numbness_both_legs')).toBe('present');
    expect(stateOf(`My back hurts. ${text}`, 'saddle_numbness')).toBe('present');
  });

  it('numbness only between the legs is still the saddle alone', () => {
    expect(stateOf("My back hurts. Can't feel my bum or between my legs.", 'numbness_both_legs')).toBe(
      'none',
    );
  });
});

describe('a denial of one named side says nothing of both legs', () => {
  it.each([
    ["The numbness isn't in one leg, it's in both.", 'numbness_both_legs'],
    ["I don't have numbness in one leg, I have it in both legs.", 'numbness_both_legs'],
    ["My right foot isn't numb but my legs are.", 'numbness_both_legs'],
    ["The weakness isn't in one leg, it's both legs.", 'weakness_both_legs'],
  ])('"%s" does not deny %s', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).not.toBe('absent');
  });

  it.each([
    ['LBP. Denies leg numbness.', 'numbness_both_legs'],
    ['LBP. Denies leg weakness.', 'weakness_both_legs'],
    ['My back hurts. Neither leg is weak.', 'weakness_both_legs'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe('a denied verb of knowing before "what" or "why" is a doubt of the cause, not a denial', () => {
  it.each([
    ["I don't know what is causing the numbness in my legs.", 'numbness_both_legs'],
    ["The doctors don't know what's causing the numbness in my bum.", 'saddle_numbness'],
    ["I can't work out why my legs have gone numb.", 'numbness_both_legs'],
  ])('"%s" keeps %s said', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe('present');
  });

  it.each([
    ["I don't know what to do, no numbness or weakness.", 'numbness_both_legs'],
    ["No numbness. I don't know what is causing the pain.", 'numbness_both_legs'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe('absent');
  });
});

describe("what is told after a collective denial's quote stays told", () => {
  it.each([
    [
      "The website says if you get numbness in your bum go to A&E, well I can't pee but I don't have any of that.",
      'urinary_retention',
    ],
    [
      "The website says if you get numbness in your bum go to A&E. I don't have any of that, apart from not being able to pee.",
      'urinary_retention',
    ],
    ["I'm fine apart from not being able to pee.", 'urinary_retention'],
  ])('"%s" keeps %s said', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe('present');
  });

  it.each([
    ['Apyrexial, well, no saddle anaesthesia.', 'saddle_numbness', 'absent'],
    [
      "The website says if you get numbness in your bum go to A&E. Well I don't have any of that.",
      'saddle_numbness',
      'absent',
    ],
  ])('"%s" still reads %s as %s', (text, id, state) => {
    expect(stateOf(`LBP. ${text}`, id)).toBe(state);
  });
});

describe('Scots "no" before a past participle is "not"', () => {
  it.each([
    ["I've nae had a pee since last night.", 'urinary_retention'],
    ["I've no had a wee all day.", 'urinary_retention'],
    ["I've nae been able tae pee.", 'urinary_retention'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(`Ma back's sore. ${text}`, id)).toBe('present');
  });

  it.each([
    ['Nae fever.', 'fever', 'absent'],
    ['No, had a fever yesterday.', 'fever', 'present'],
  ])('"%s" still reads %s as %s', (text, id, state) => {
    expect(stateOf(`Ma back's sore. ${text}`, id)).toBe(state);
  });
});

describe('a follow-up to come dates nothing', () => {
  it('"f/u 6/52" beside "3/52" of symptoms keeps 21 days', () => {
    expect(numberOf('LBP. Symptoms 3/52. F/U in 6/52.', 'duration_days')).toBe(21);
    expect(numberOf('LBP 3/52. f/u 6/52.', 'duration_days')).toBe(21);
  });

  it('a "u" of a lay message is still "you"', () => {
    expect(numberOf('Can u help, my back hurts for 2 weeks.', 'duration_days')).toBe(14);
  });
});

describe('an exception inside a denied phrase is not denied', () => {
  it('"no problems in my legs apart from weakness" keeps the weakness', () => {
    expect(stateOf('My back hurts. No problems in my legs apart from weakness.', 'weakness_both_legs')).toBe(
      'present',
    );
  });

  it.each([
    ['No weakness in my legs except when I walk far.', 'weakness_both_legs'],
    ['No numbness except when I sit for long.', 'saddle_numbness'],
  ])('"%s" asks %s again (denied but for some times)', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe('unknown');
  });

  it.each([
    ['No numbness in my legs.', 'numbness_both_legs'],
    ['No fever, only when I walk the pain is bad.', 'fever'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(`My back hurts. ${text}`, id)).toBe('absent');
  });
});
