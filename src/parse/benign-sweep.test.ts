/**
 * Everyday ways of telling a strained back that read as warning signs: being "on my feet" read as pain
 * in both feet (both legs, which P16 sends to 999), and "like I've been hit by a bus" as a road accident.
 * Found by a sweep of plain benign sentences; each fixed as general language knowledge, with the
 * readings that must not move.
 */
import { describe, expect, it } from 'vitest';
import { stateOf } from './testing/read.ts';

describe("being on one's feet", () => {
  it.each([
    ["It throbs when I've been on my feet all day."],
    ["My back aches when I'm on my feet."],
    ['My back is better with my feet up.'],
  ])('"%s" is standing, not pain in the legs', (text) => {
    expect(stateOf(text, 'leg_pain_both_legs')).toBe('none');
    expect(stateOf(text, 'leg_pain_below_knee')).toBe('none');
  });

  it.each([['My feet ache.'], ['Burning pain in both feet at night.']])(
    '"%s" is still pain in both legs',
    (text) => {
      expect(stateOf(text, 'leg_pain_both_legs')).toBe('present');
    },
  );

  it.each([
    ["I'm unsteady on my feet.", 'unsteady_walking'],
    ['I have pins and needles on my feet.', 'numbness_both_legs'],
  ])('"%s" is still read', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });
});

describe('a comparison with an accident', () => {
  it.each([
    ["I feel like I've been hit by a bus."],
    ["It feels like I've been hit by a truck."],
    ["I feel like I've been run over by a bus."],
  ])('"%s" is how it feels, not an accident', (text) => {
    expect(stateOf(text, 'onset_major_trauma')).toBe('none');
  });

  it.each([['I was hit by a bus.'], ['I was knocked down by a car.'], ['I got run over by a van.']])(
    '"%s" is a serious accident',
    (text) => {
      expect(stateOf(text, 'onset_major_trauma')).toBe('present');
    },
  );
});

describe('sore feet in shoes, jelly legs after the gym, weak at the knees', () => {
  it.each([
    ['My feet hurt in these new shoes and my back aches.', 'leg_pain_both_legs'],
    ['After the gym my legs were like jelly for a bit, fine now.', 'weakness_both_legs'],
    ["I'm weak at the knees thinking about the dentist.", 'weakness_both_legs'],
  ])('"%s" does not read %s', (text, id) => {
    expect(stateOf(text, id)).toBe('none');
  });

  it.each([
    ['My feet ache.', 'leg_pain_both_legs'],
    ["The pain goes down both legs into my feet, I can't wear shoes.", 'leg_pain_both_legs'],
    ['My legs have gone like jelly and I keep falling.', 'weakness_both_legs'],
    ['My legs are weak at the knees and give way.', 'weakness_both_legs'],
  ])('"%s" still reads %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });
});
